//! FNV-1a: a small, fast hasher for short keys (words), where SipHash's protection against crafted
//! collisions is not needed: the lexicons' keys come from our own data files, and a text's own words
//! (looked up while analysing that text) can at worst slow down the analysis of that one text.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a 64-bit hasher.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A `HashMap` keyed with FNV-1a.
pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A `HashSet` keyed with FNV-1a.
pub type FnvSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;
