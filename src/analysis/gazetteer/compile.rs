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

/// Compiles the files into the table's text, or returns every error as `file:line: message`.
pub fn compile(files: &[Input]) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    // Non-entity sections: key → language bits (or, for demonyms, key → set of (langs, reference)).
    let mut plain: Vec<BTreeMap<String, u8>> = vec![BTreeMap::new(); SECTIONS.len() + 1];
    let mut demonyms: BTreeMap<String, BTreeSet<(u8, usize)>> = BTreeMap::new();
    let mut pending_demonyms = Vec::new();

    for file in files {
        for (n, line) in file.text.lines().enumerate() {
            let at = format!("{}:{}", file.name, n + 1);
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let want = match file.name {
                "places.tsv" | "institutions.tsv" => 5,
                "demonyms.tsv" | "cues.tsv" => 3,
                _ => 1,
            };
            if cols.len() != want {
                errors.push(format!(
                    "{at}: expected {want} tab-separated column{}, found {}",
                    if want == 1 { "" } else { "s" },
                    cols.len()
                ));
                continue;
            }
            if let Some(c) = cols.iter().find(|c| c.trim() != **c) {
                errors.push(format!("{at}: white space around the field {c:?}"));
                continue;
            }
            match file.name {
                "places.tsv" | "institutions.tsv" => {
                    let (id, class, canonical, country, names) =
                        (cols[0], cols[1], cols[2], cols[3], cols[4]);
                    let allowed: &[&str] = if file.name == "places.tsv" {
                        &["country", "area", "region", "city"]
                    } else {
                        &["institution"]
                    };
                    if !allowed.contains(&class) {
                        errors.push(format!(
                            "{at}: class {class:?} is not one of {}",
                            allowed.join(", ")
                        ));
                        continue;
                    }
                    if id.is_empty() || !id.contains(':') {
                        errors.push(format!(
                            "{at}: id {id:?} must be prefix:name (iso:NL, gn:2747373, org:un)"
                        ));
                        continue;
                    }
                    if key(canonical).is_empty() {
                        errors.push(format!("{at}: empty canonical name"));
                        continue;
                    }
                    if !(country.is_empty()
                        || country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()))
                    {
                        errors.push(format!(
                            "{at}: country {country:?} is not an ISO 3166-1 code"
                        ));
                        continue;
                    }
                    let mut list = vec![canonical.to_string()];
                    let mut bad = false;
                    for item in names.split('|') {
                        match item.split_once(':') {
                            Some((lang, name))
                                if langs_of(lang).is_some() && !key(name).is_empty() =>
                            {
                                if !list.iter().any(|x| key(x) == key(name)) {
                                    list.push(name.to_string());
                                }
                            }
                            _ => {
                                errors.push(format!(
                                    "{at}: name {item:?} is not lang:name (lang nl, fr, en or *)"
                                ));
                                bad = true;
                                break;
                            }
                        }
                    }
                    if bad {
                        continue;
                    }
                    if by_id.contains_key(id) {
                        errors.push(format!("{at}: id {id} is defined twice"));
                        continue;
                    }
                    by_id.insert(id.to_string(), entities.len());
                    entities.push(Entity {
                        section: section_index(class).unwrap(),
                        country: country.to_string(),
                        names: list,
                    });
                }
                "demonyms.tsv" => {
                    let Some(bits) = langs_of(cols[1]).filter(|&b| b != 7) else {
                        errors.push(format!("{at}: language {:?} is not nl, fr or en", cols[1]));
                        continue;
                    };
                    let forms: Vec<String> = cols[2].split('|').map(key).collect();
                    if forms.iter().any(String::is_empty) {
                        errors.push(format!("{at}: an empty form in {:?}", cols[2]));
                        continue;
                    }
                    pending_demonyms.push((at, cols[0].to_string(), bits, forms));
                }
                "cues.tsv" => {
                    let section =
                        section_index(cols[0]).filter(|&s| !all_sections().nth(s).unwrap().2);
                    let section = match section {
                        Some(s) if !["demonym", "given", "surname"].contains(&cols[0]) => s,
                        _ => {
                            errors.push(format!(
                                "{at}: cue class {:?} is not one of street-before, street-after, street-suffix, org-before, org-after, title",
                                cols[0]
                            ));
                            continue;
                        }
                    };
                    let Some(bits) = langs_of(cols[1]) else {
                        errors.push(format!(
                            "{at}: language {:?} is not nl, fr, en or *",
                            cols[1]
                        ));
                        continue;
                    };
                    let forms: Vec<String> = cols[2].split('|').map(key).collect();
                    if forms.iter().any(String::is_empty) {
                        errors.push(format!("{at}: an empty form in {:?}", cols[2]));
                        continue;
                    }
                    for f in forms {
                        *plain[section].entry(f).or_default() |= bits;
                    }
                }
                _ => {
                    let section = if file.name == "given_names.txt" {
                        "given"
                    } else {
                        "surname"
                    };
                    let k = key(cols[0]);
                    if k.is_empty() {
                        errors.push(format!("{at}: an empty name"));
                        continue;
                    }
                    plain[section_index(section).unwrap()].insert(k, 7);
                }
            }
        }
    }
    for (at, id, bits, forms) in pending_demonyms {
        match by_id.get(&id) {
            Some(&e) => {
                for f in forms {
                    demonyms.entry(f).or_default().insert((bits, e));
                }
            }
            None => errors.push(format!("{at}: unknown place id {id:?}")),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // Number each section's entities by the sorted position of their canonical line.
    let mut local = vec![0usize; entities.len()];
    let mut out = String::new();
    for (s, (section, _, is_entity)) in all_sections().enumerate() {
        writeln!(out, "~{section}").unwrap();
        let mut prev = String::new();
        let mut push = |text: &str, payload: &str, out: &mut String| {
            let mut shared = text
                .bytes()
                .zip(prev.bytes())
                .take_while(|(a, b)| a == b)
                .count()
                .min(74);
            while !text.is_char_boundary(shared) {
                shared -= 1;
            }
            out.push((b'0' + shared as u8) as char);
            out.push_str(&text[shared..]);
            if !payload.is_empty() {
                out.push('\t');
                out.push_str(payload);
            }
            out.push('\n');
            prev.clear();
            prev.push_str(text);
        };
        if is_entity {
            // (key, is-alias, name, entity)
            let mut lines: Vec<(String, bool, String, usize)> = Vec::new();
            for (e, ent) in entities.iter().enumerate().filter(|(_, x)| x.section == s) {
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
                    format!("={}", entities[*e].country)
                };
                push(name, &payload, &mut out);
            }
        } else if section == "demonym" {
            for (k, refs) in &demonyms {
                for (bits, e) in refs {
                    let letter = all_sections().nth(entities[*e].section).unwrap().1;
                    push(
                        k,
                        &format!("{}{letter}{}", lang_letters(*bits), local[*e]),
                        &mut out,
                    );
                }
            }
        } else {
            for (k, bits) in &plain[s] {
                let payload = if section == "given" || section == "surname" {
                    String::new()
                } else {
                    lang_letters(*bits)
                };
                push(k, &payload, &mut out);
            }
        }
    }
    Ok(out)
}
