//! Compiles the gazetteer's data files (`src/analysis/gazetteer/data/`) into the compact table the library
//! embeds. Run by `build.rs` (which includes this file by path): a malformed line fails the build with
//! `file:line: message`. The library compiles it too, for its tests only.
//!
//! Input files (all UTF-8; `#` starts a comment line; blank lines are skipped):
//!
//! | file | columns (tab-separated) |
//! |---|---|
//! | `places.tsv` (generated) | id, class (`country` `area` `region` `city`), canonical name, country (ISO 3166-1 or empty), names |
//! | `institutions.tsv` (hand-written) | the same, class `institution` |
//! | `demonyms.tsv` (generated) | place id, language (`nl` `fr` `en`), forms |
//! | `cues.tsv` (hand-written) | class (`street-before` `street-after` `street-suffix` `org-before` `org-after` `title`), language (or `*`), forms |
//! | `given_names.txt`, `surnames.txt` (generated) | one name a line |
//!
//! Names are `lang:name` with lang `nl`, `fr`, `en` or `*`, separated by `|`; forms are separated by `|`.
//!
//! Output (text, sorted for binary search and front-coded so that gzip packs it well): sections, each
//! opened by `~class` (`~` is above every prefix byte), with one line per key: a prefix byte (`'0'` + the number of bytes shared with the
//! previous line, at most 74), the rest of the line, and a payload after a tab:
//! - place and institution sections store the name as written; the line of an entity's canonical name
//!   has the payload `=CC` (CC its country, or empty), or none at all in the city section (cities keep no
//!   country: it would cost 13 KB gzipped); entities are numbered by the order of these lines; an alias's
//!   payload is the number of the entity it names;
//! - `demonym`: the key; payload languages (`n`, `f`, `e`) then the section letter and number of the place;
//! - cue sections: the key; payload the languages;
//! - `given`, `surname`: the key alone.

use super::key::key;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

/// The sections, in the order the table stores them: (name in the table and in data files, letter used
/// by demonym references, entity section?).
pub const SECTIONS: [(&str, char, bool); 13] = [
    ("country", 'c', true),
    ("area", 'a', true),
    ("region", 'r', true),
    ("city", 't', true),
    ("institution", 'i', true),
    ("demonym", 'd', false),
    ("given", 'g', false),
    ("surname", 's', false),
    ("street-before", 'b', false),
    ("street-after", 'w', false),
    ("street-suffix", 'x', false),
    ("org-before", 'o', false),
    ("org-after", 'p', false),
];
/// The cue class `title` (kept apart so that `SECTIONS` lists what a data row may name).
pub const TITLE: (&str, char, bool) = ("title", 'h', false);

/// All sections including `title`.
pub fn all_sections() -> impl Iterator<Item = (&'static str, char, bool)> {
    SECTIONS.into_iter().chain(std::iter::once(TITLE))
}

/// One input file: its name (for messages) and its text.
pub struct Input<'a> {
    /// The file name, e.g. `places.tsv`.
    pub name: &'a str,
    /// The file's text.
    pub text: &'a str,
}

/// The file names `compile` reads, in order.
pub const FILES: [&str; 6] = [
    "places.tsv",
    "institutions.tsv",
    "demonyms.tsv",
    "cues.tsv",
    "given_names.txt",
    "surnames.txt",
];

/// A place or institution: its names, the canonical one first.
struct Entity {
    section: usize,
    country: String,
    names: Vec<String>,
}

fn langs_of(code: &str) -> Option<u8> {
    match code {
        "nl" => Some(1),
        "fr" => Some(2),
        "en" => Some(4),
        "*" => Some(7),
        _ => None,
    }
}

fn lang_letters(bits: u8) -> String {
    let mut s = String::new();
    for (bit, l) in [(1, 'n'), (2, 'f'), (4, 'e')] {
        if bits & bit != 0 {
            s.push(l);
        }
    }
    s
}

fn section_index(name: &str) -> Option<usize> {
    all_sections().position(|(n, _, _)| n == name)
}

/// What the files say, gathered line by line, with every error as `file:line: message`.
#[derive(Default)]
struct Gathered {
    errors: Vec<String>,
    entities: Vec<Entity>,
    by_id: HashMap<String, usize>,
    /// Non-entity sections: key → language bits.
    plain: Vec<BTreeMap<String, u8>>,
    /// Demonym forms → (language bits, entity), once every place is known.
    demonyms: BTreeMap<String, BTreeSet<(u8, usize)>>,
    /// Demonym rows until every place is read: (file:line, place id, language bits, forms).
    pending_demonyms: Vec<(String, String, u8, Vec<String>)>,
}

/// The number of tab-separated columns a line of this file has.
fn columns(file: &str) -> usize {
    match file {
        "places.tsv" | "institutions.tsv" => 5,
        "demonyms.tsv" | "cues.tsv" => 3,
        _ => 1,
    }
}

/// Forms separated by `|`, as keys; an error when one is empty.
fn forms(column: &str) -> Result<Vec<String>, String> {
    let forms: Vec<String> = column.split('|').map(key).collect();
    if forms.iter().any(String::is_empty) {
        return Err(format!("an empty form in {column:?}"));
    }
    Ok(forms)
}

impl Gathered {
    /// Reads one line of a file (not a comment, not blank), as `cols`.
    fn line(&mut self, file: &str, at: String, cols: &[&str]) {
        let read = match file {
            "places.tsv" | "institutions.tsv" => self.entity(file, cols),
            "demonyms.tsv" => self.demonym(&at, cols),
            "cues.tsv" => self.cue(cols),
            _ => self.name(file, cols[0]),
        };
        if let Err(message) = read {
            self.errors.push(format!("{at}: {message}"));
        }
    }

    /// A place or an institution: id, class, canonical name, country, names.
    fn entity(&mut self, file: &str, cols: &[&str]) -> Result<(), String> {
        let (id, class, canonical, country, names) = (cols[0], cols[1], cols[2], cols[3], cols[4]);
        let allowed: &[&str] = if file == "places.tsv" {
            &["country", "area", "region", "city"]
        } else {
            &["institution"]
        };
        if !allowed.contains(&class) {
            return Err(format!(
                "class {class:?} is not one of {}",
                allowed.join(", ")
            ));
        }
        if id.is_empty() || !id.contains(':') {
            return Err(format!(
                "id {id:?} must be prefix:name (iso:NL, gn:2747373, org:un)"
            ));
        }
        if key(canonical).is_empty() {
            return Err("empty canonical name".to_string());
        }
        if !(country.is_empty()
            || country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return Err(format!("country {country:?} is not an ISO 3166-1 code"));
        }
        let mut list = vec![canonical.to_string()];
        for item in names.split('|') {
            match item.split_once(':') {
                Some((lang, name)) if langs_of(lang).is_some() && !key(name).is_empty() => {
                    if !list.iter().any(|x| key(x) == key(name)) {
                        list.push(name.to_string());
                    }
                }
                _ => {
                    return Err(format!(
                        "name {item:?} is not lang:name (lang nl, fr, en or *)"
                    ))
                }
            }
        }
        if self.by_id.contains_key(id) {
            return Err(format!("id {id} is defined twice"));
        }
        self.by_id.insert(id.to_string(), self.entities.len());
        self.entities.push(Entity {
            section: section_index(class).expect("an allowed class is a section"),
            country: country.to_string(),
            names: list,
        });
        Ok(())
    }

    /// A demonym row: place id, language, forms (its place is looked up once every place is read).
    fn demonym(&mut self, at: &str, cols: &[&str]) -> Result<(), String> {
        let Some(bits) = langs_of(cols[1]).filter(|&b| b != 7) else {
            return Err(format!("language {:?} is not nl, fr or en", cols[1]));
        };
        let forms = forms(cols[2])?;
        self.pending_demonyms
            .push((at.to_string(), cols[0].to_string(), bits, forms));
        Ok(())
    }

    /// A cue row: class, language (or `*`), forms.
    fn cue(&mut self, cols: &[&str]) -> Result<(), String> {
        let section = section_index(cols[0])
            .filter(|&s| !all_sections().nth(s).is_some_and(|x| x.2))
            .filter(|_| !["demonym", "given", "surname"].contains(&cols[0]))
            .ok_or_else(|| format!(
                "cue class {:?} is not one of street-before, street-after, street-suffix, org-before, org-after, title",
                cols[0]
            ))?;
        let bits = langs_of(cols[1])
            .ok_or_else(|| format!("language {:?} is not nl, fr, en or *", cols[1]))?;
        for f in forms(cols[2])? {
            *self.plain[section].entry(f).or_default() |= bits;
        }
        Ok(())
    }

    /// A given name or a surname.
    fn name(&mut self, file: &str, name: &str) -> Result<(), String> {
        let section = if file == "given_names.txt" {
            "given"
        } else {
            "surname"
        };
        let k = key(name);
        if k.is_empty() {
            return Err("an empty name".to_string());
        }
        self.plain[section_index(section).expect("a section")].insert(k, 7);
        Ok(())
    }

    /// Links each demonym row to its place, now that every place is read.
    fn settle_demonyms(&mut self) {
        for (at, id, bits, forms) in std::mem::take(&mut self.pending_demonyms) {
            match self.by_id.get(&id) {
                Some(&e) => {
                    for f in forms {
                        self.demonyms.entry(f).or_default().insert((bits, e));
                    }
                }
                None => self.errors.push(format!("{at}: unknown place id {id:?}")),
            }
        }
    }
}

/// Writes front-coded lines: a prefix byte (`'0'` + the bytes shared with the previous line, at most 74),
/// the rest of the line, then a tab and the payload if any.
struct FrontCoder<'a> {
    out: &'a mut String,
    prev: String,
}

impl FrontCoder<'_> {
    fn push(&mut self, text: &str, payload: &str) {
        let mut shared = text
            .bytes()
            .zip(self.prev.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(74);
        while !text.is_char_boundary(shared) {
            shared -= 1;
        }
        self.out.push((b'0' + shared as u8) as char);
        self.out.push_str(&text[shared..]);
        if !payload.is_empty() {
            self.out.push('\t');
            self.out.push_str(payload);
        }
        self.out.push('\n');
        self.prev.clear();
        self.prev.push_str(text);
    }
}

impl Gathered {
    /// An entity section: each entity's names in key order, the canonical line with `=CC` (none for
    /// cities), an alias with the number of its entity; numbers the section's entities into `local`.
    fn write_entities(&self, s: usize, section: &str, local: &mut [usize], coder: &mut FrontCoder) {
        // (key, is-alias, name, entity)
        let mut lines: Vec<(String, bool, String, usize)> = Vec::new();
        for (e, ent) in self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, x)| x.section == s)
        {
            for (i, n) in ent.names.iter().enumerate() {
                lines.push((key(n), i > 0, n.clone(), e));
            }
        }
        lines.sort();
        let mut next = 0;
        for (_, alias, _, e) in &lines {
            if !alias {
                local[*e] = next;
                next += 1;
            }
        }
        for (_, alias, name, e) in &lines {
            let payload = if *alias {
                local[*e].to_string()
            } else if section == "city" {
                String::new() // a city's country costs 13 KB gzipped: left out
            } else {
                format!("={}", self.entities[*e].country)
            };
            coder.push(name, &payload);
        }
    }

    /// The demonym section: each form with its languages and its place (section letter and number).
    fn write_demonyms(&self, local: &[usize], coder: &mut FrontCoder) {
        for (k, refs) in &self.demonyms {
            for (bits, e) in refs {
                let letter = all_sections()
                    .nth(self.entities[*e].section)
                    .expect("a section")
                    .1;
                coder.push(k, &format!("{}{letter}{}", lang_letters(*bits), local[*e]));
            }
        }
    }

    /// A plain section: each key with its languages (none for given names and surnames).
    fn write_plain(&self, s: usize, section: &str, coder: &mut FrontCoder) {
        for (k, bits) in &self.plain[s] {
            let payload = if section == "given" || section == "surname" {
                String::new()
            } else {
                lang_letters(*bits)
            };
            coder.push(k, &payload);
        }
    }

    /// The table's text: every section in order, opened by `~class`.
    fn write(&self) -> String {
        // Each entity's number within its section, by the sorted position of its canonical line.
        let mut local = vec![0usize; self.entities.len()];
        let mut out = String::new();
        for (s, (section, _, is_entity)) in all_sections().enumerate() {
            writeln!(out, "~{section}").expect("writing to a String");
            let mut coder = FrontCoder {
                out: &mut out,
                prev: String::new(),
            };
            if is_entity {
                self.write_entities(s, section, &mut local, &mut coder);
            } else if section == "demonym" {
                self.write_demonyms(&local, &mut coder);
            } else {
                self.write_plain(s, section, &mut coder);
            }
        }
        out
    }
}

/// Compiles the files into the table's text, or returns every error as `file:line: message`.
pub fn compile(files: &[Input]) -> Result<String, Vec<String>> {
    let mut gathered = Gathered {
        plain: vec![BTreeMap::new(); SECTIONS.len() + 1],
        ..Gathered::default()
    };
    for file in files {
        for (n, line) in file.text.lines().enumerate() {
            let at = format!("{}:{}", file.name, n + 1);
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let want = columns(file.name);
            if cols.len() != want {
                gathered.errors.push(format!(
                    "{at}: expected {want} tab-separated column{}, found {}",
                    if want == 1 { "" } else { "s" },
                    cols.len()
                ));
            } else if let Some(c) = cols.iter().find(|c| c.trim() != **c) {
                gathered
                    .errors
                    .push(format!("{at}: white space around the field {c:?}"));
            } else {
                gathered.line(file.name, at, &cols);
            }
        }
    }
    gathered.settle_demonyms();
    if !gathered.errors.is_empty() {
        return Err(gathered.errors);
    }
    Ok(gathered.write())
}
