//! The decoded gazetteer: the compiled table (see `compile.rs` for its format) read once into an arena of
//! keys, a list of hits grouped by key, a hash index for exact look-ups and a set of the word prefixes of
//! multi-word keys (so a longest match stops as soon as no key can continue).

use super::key::{fold_word, key};
use super::{Class, EntityId, Hit, Langs};
use crate::analysis::lexicon::fnv::Fnv;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for keys that already are hashes.
#[derive(Default)]
pub(super) struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type ByHash<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

/// The FNV-1a hash of a key, extendable word by word (the hasher's state, which is its hash so far).
#[derive(Clone, Copy)]
pub(super) struct KeyHash(u64);

impl KeyHash {
    pub(super) fn new() -> KeyHash {
        KeyHash(Fnv::default().finish())
    }
    pub(super) fn push(&mut self, bytes: &[u8]) {
        let mut h = Fnv::with_key(self.0);
        h.write(bytes);
        self.0 = h.finish();
    }
    pub(super) fn get(&self) -> u64 {
        self.0
    }
    pub(super) fn of(key: &str) -> u64 {
        let mut h = KeyHash::new();
        h.push(key.as_bytes());
        h.get()
    }
}

/// One entity: its class, canonical name and country.
pub(super) struct EntityRec {
    pub class: Class,
    pub canonical: (u32, u32),
    pub country: [u8; 2],
}

/// The decoded table.
pub(super) struct Table {
    /// Folded keys and canonical names, back to back.
    pub arena: String,
    /// (hash, key start, key end, hit), sorted by hash: the hits of one key are adjacent.
    pub entries: Vec<(u64, u32, u32, Hit)>,
    /// Hash → index of its first entry.
    pub index: ByHash<u32>,
    /// Hashes of every proper word prefix of a multi-word key (`new`, `new york` for `new york city`).
    pub prefixes: HashSet<u64, BuildHasherDefault<Identity>>,
    pub entities: Vec<EntityRec>,
    /// Street suffixes (`straat`, `laan`) with their languages, longest first.
    pub suffixes: Vec<(String, Langs)>,
    /// Number of distinct keys per class, in `Class::ALL` order.
    pub counts: Vec<usize>,
}

fn langs(letters: &str) -> Langs {
    let mut l = Langs::NONE;
    for c in letters.chars() {
        l = l | match c {
            'n' => Langs::NL,
            'f' => Langs::FR,
            'e' => Langs::EN,
            _ => Langs::NONE,
        };
    }
    l
}

/// Where [`Table::decode`] is in the table's text: the section, its first entity, the entities read
/// in it, the line being read (front coding rebuilds it from the previous one) and the last key.
struct Section {
    class: Class,
    base: u32,
    local: u32,
    prev: String,
    last_key: String,
}

impl Default for Section {
    fn default() -> Section {
        Section {
            class: Class::Country,
            base: 0,
            local: 0,
            prev: String::new(),
            last_key: String::new(),
        }
    }
}

/// The hit of a demonym line: its languages, then the section letter and number of its place
/// (`section_base` holds each section's first entity).
fn demonym_hit(section_base: &[u32; 16], payload: &str) -> Hit {
    let at = payload
        .find(|c: char| !matches!(c, 'n' | 'f' | 'e'))
        .expect("a place reference");
    let (l, r) = payload.split_at(at);
    let target = Class::ALL
        .into_iter()
        .find(|c| r.starts_with(c.letter()))
        .expect("a section letter");
    let n: u32 = r[1..].parse().expect("a place number");
    Hit {
        class: Class::Demonym,
        langs: langs(l),
        entity: Some(EntityId(section_base[target as usize] + n)),
    }
}

impl Table {
    /// Decodes the compiled table. Panics on a malformed table: it is made by `compile.rs` at build
    /// time, so a fault here is a bug in the two, caught by the tests.
    pub fn decode(text: &str) -> Table {
        let mut t = Table {
            arena: String::with_capacity(text.len()),
            entries: Vec::new(),
            index: ByHash::default(),
            prefixes: HashSet::default(),
            entities: Vec::new(),
            suffixes: Vec::new(),
            counts: vec![0; Class::ALL.len()],
        };
        let mut section = Section::default();
        let mut section_base = [0u32; 16];
        for line in text.lines() {
            if let Some(name) = line.strip_prefix('~') {
                let class = Class::ALL
                    .into_iter()
                    .find(|c| c.table_name() == name)
                    .expect("a known section");
                section = Section {
                    class,
                    base: t.entities.len() as u32,
                    ..Section::default()
                };
                section_base[class as usize] = section.base;
                continue;
            }
            let shared = (line.as_bytes()[0] - b'0') as usize;
            let (rest, payload) = line[1..].split_once('\t').unwrap_or((&line[1..], ""));
            section.prev.truncate(shared);
            section.prev.push_str(rest);
            let class = section.class;
            let hit = if class.is_entity() {
                t.entity_hit(&mut section, payload)
            } else if class == Class::Demonym {
                demonym_hit(&section_base, payload)
            } else {
                Hit {
                    class,
                    langs: if payload.is_empty() {
                        Langs::ALL
                    } else {
                        langs(payload)
                    },
                    entity: None,
                }
            };
            let k = if class.is_entity() {
                key(&section.prev)
            } else {
                section.prev.clone()
            };
            t.add_entry(&k, hit, k != section.last_key);
            section.last_key = k;
        }
        crate::sort::sort_by_key(&mut t.entries, |e| e.0);
        for (i, e) in t.entries.iter().enumerate() {
            t.index.entry(e.0).or_insert(i as u32);
        }
        crate::sort::sort_by(&mut t.suffixes, |a, b| {
            b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0))
        });
        t
    }

    /// The hit of a line of an entity section (the name is `section.prev`): a canonical line (`=CC`,
    /// or no payload in the city section) adds the entity; an alias names one by its number.
    fn entity_hit(&mut self, section: &mut Section, payload: &str) -> Hit {
        let canonical_line = payload.starts_with('=') || payload.is_empty();
        let id = if canonical_line {
            let c = payload.strip_prefix('=').unwrap_or("").as_bytes();
            let start = self.arena.len() as u32;
            self.arena.push_str(&section.prev);
            self.entities.push(EntityRec {
                class: section.class,
                canonical: (start, self.arena.len() as u32),
                country: if c.len() == 2 { [c[0], c[1]] } else { [0, 0] },
            });
            section.local += 1;
            section.base + section.local - 1
        } else {
            section.base + payload.parse::<u32>().expect("an entity number")
        };
        Hit {
            class: section.class,
            langs: Langs::ALL,
            entity: Some(EntityId(id)),
        }
    }

    /// Stores a key and its hit (and, for a street suffix, the suffix list); `new_key` counts it.
    fn add_entry(&mut self, k: &str, hit: Hit, new_key: bool) {
        if hit.class == Class::StreetSuffix {
            self.suffixes.push((k.to_string(), hit.langs));
        }
        if new_key {
            self.counts[hit.class as usize] += 1;
        }
        let start = self.arena.len() as u32;
        self.arena.push_str(k);
        self.entries
            .push((KeyHash::of(k), start, self.arena.len() as u32, hit));
        for (i, _) in k.match_indices(' ') {
            self.prefixes.insert(KeyHash::of(&k[..i]));
        }
    }

    /// The hits of a key given as its hash and text.
    pub fn hits<'a>(&'a self, hash: u64, key: &'a str) -> impl Iterator<Item = Hit> + 'a {
        let first = self
            .index
            .get(&hash)
            .map_or(self.entries.len(), |&i| i as usize);
        self.entries[first..]
            .iter()
            .take_while(move |e| e.0 == hash)
            .filter(move |e| &self.arena[e.1 as usize..e.2 as usize] == key)
            .map(|e| e.3)
    }

    /// Whether some key continues `key` with another word.
    pub fn continues(&self, hash: u64) -> bool {
        self.prefixes.contains(&hash)
    }

    /// Appends one token to a key being built (hyphens are skipped by the caller).
    pub fn extend(buf: &mut String, hash: &mut KeyHash, word: &str) {
        let start = buf.len();
        if !buf.is_empty() {
            buf.push(' ');
        }
        fold_word(word, buf);
        hash.push(&buf.as_bytes()[start..]);
    }
}
