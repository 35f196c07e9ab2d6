//! FNV-1a (the `fnv` crate): a small, fast hasher for short keys (words), where SipHash's protection
//! against crafted collisions is not needed: the lexicons' keys come from our own data files, and a
//! text's own words (looked up while analysing that text) can at worst slow down the analysis of that
//! one text.

/// The FNV-1a 64-bit hasher.
pub use fnv::FnvHasher as Fnv;

/// A `HashMap` keyed with FNV-1a.
pub type FnvMap<K, V> = fnv::FnvHashMap<K, V>;

/// A `HashSet` keyed with FNV-1a.
pub type FnvSet<K> = fnv::FnvHashSet<K>;
