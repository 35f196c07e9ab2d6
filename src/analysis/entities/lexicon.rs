//! The entity lexicons: the gazetteer (places, organisations and other names with their translated
//! names and acronyms, each with a language-independent canonical name), given names, titles,
//! designators, cue words, currencies, scales and hedges, from
//! `src/analysis/lexicons/{nl,fr,en}/entities.txt` and `given_names.txt`.

use crate::analysis::dates::lexicon::Lexicon;
use crate::analysis::language::Lang;
use crate::analysis::mention::EntityType;
use crate::analysis::tokens::{tokenize, Token};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// One gazetteer alias.
#[derive(Debug)]
struct Alias {
    /// The alias's tokens as written (for case-sensitive aliases) and lower-cased.
    words: Vec<String>,
    lower: Vec<String>,
    /// Short and all-caps aliases (`US`, `VS`, `AWS`) must match case.
    case_sensitive: bool,
    kind: EntityType,
    canonical: String,
}

/// A gazetteer match.
#[derive(Clone, Debug, PartialEq)]
pub struct Known {
    /// Tokens covered.
    pub len: usize,
    /// The entity type.
    pub kind: EntityType,
    /// The canonical name.
    pub canonical: String,
}

/// A language's entity lexicon.
#[derive(Debug, Default)]
pub struct EntityLexicon {
    by_first: crate::analysis::fnv::FnvMap<String, Vec<Alias>>,
    /// Cue words and phrases by category (`title`, `designator`, `currency.USD`, `hedge.APPROX`, …).
    pub cues: Lexicon,
    /// Canonical names by lower-cased canonical, for identities across languages.
    canonical_kinds: HashMap<String, EntityType>,
}

impl EntityLexicon {
    fn parse(data: &str) -> EntityLexicon {
        let mut lexicon = EntityLexicon::default();
        let mut cue_lines = String::new();
        for line in data.lines() {
            let trimmed = line.trim();
            let kind = [
                ("place:", EntityType::Place),
                ("org:", EntityType::Organisation),
                ("misc:", EntityType::Misc),
                ("person:", EntityType::Person),
            ]
            .into_iter()
            .find(|(p, _)| trimmed.starts_with(p));
            let Some((prefix, kind)) = kind else {
                cue_lines.push_str(line);
                cue_lines.push('\n');
                continue;
            };
            let Some((canonical, aliases)) = trimmed[prefix.len()..].split_once('=') else {
                continue;
            };
            let canonical = canonical.trim().to_string();
            lexicon
                .canonical_kinds
                .insert(canonical.to_lowercase(), kind);
            for alias in aliases.split('|').map(str::trim).filter(|a| !a.is_empty()) {
                let tokens = tokenize(alias);
                let words: Vec<String> = tokens
                    .iter()
                    .map(|t| alias[t.start..t.end].to_string())
                    .collect();
                let lower: Vec<String> = tokens.into_iter().map(|t| t.lower).collect();
                let letters: String = alias.chars().filter(|c| c.is_alphabetic()).collect();
                let case_sensitive =
                    letters.chars().count() <= 3 || letters.chars().all(char::is_uppercase);
                lexicon
                    .by_first
                    .entry(lower[0].clone())
                    .or_default()
                    .push(Alias {
                        words,
                        lower,
                        case_sensitive,
                        kind,
                        canonical: canonical.clone(),
                    });
            }
        }
        for aliases in lexicon.by_first.values_mut() {
            aliases.sort_by_key(|a| std::cmp::Reverse(a.lower.len()));
        }
        lexicon.cues = Lexicon::parse(&cue_lines);
        lexicon
    }

    /// The longest gazetteer alias at token `i`.
    pub fn known_at(&self, tokens: &[Token], i: usize, text: &str) -> Option<Known> {
        let first = tokens.get(i)?;
        let aliases = self.by_first.get(&first.lower)?;
        aliases
            .iter()
            .find(|a| {
                if i + a.lower.len() > tokens.len() {
                    return false;
                }
                let window = &tokens[i..i + a.lower.len()];
                let same = if a.case_sensitive {
                    window
                        .iter()
                        .zip(&a.words)
                        .all(|(t, w)| &text[t.start..t.end] == w)
                } else {
                    window.iter().zip(&a.lower).all(|(t, w)| &t.lower == w)
                };
                // A single-word alias must be capitalised in the text ("Defensie", not "defensie").
                let capitalised = a.lower.len() > 1 || first.capitalised;
                // And must end at a word boundary ("US" is not the start of "USB").
                let boundary = tokens
                    .get(i + a.lower.len())
                    .is_none_or(|n| n.space_before || n.kind != window[window.len() - 1].kind);
                same && capitalised && boundary
            })
            .map(|a| Known {
                len: a.lower.len(),
                kind: a.kind,
                canonical: a.canonical.clone(),
            })
    }

    /// The type of a canonical name the gazetteer knows (in any language's file, same canonical).
    pub fn kind_of_canonical(&self, canonical: &str) -> Option<EntityType> {
        self.canonical_kinds.get(&canonical.to_lowercase()).copied()
    }
}

/// The entity lexicon of a language (`Other` falls back to English).
pub fn entity_lexicon(lang: Lang) -> &'static EntityLexicon {
    static LEXICONS: OnceLock<[EntityLexicon; 3]> = OnceLock::new();
    let all = LEXICONS.get_or_init(|| {
        [
            EntityLexicon::parse(include_str!("../lexicons/nl/entities.txt")),
            EntityLexicon::parse(include_str!("../lexicons/fr/entities.txt")),
            EntityLexicon::parse(include_str!("../lexicons/en/entities.txt")),
        ]
    });
    match lang {
        Lang::Nl => &all[0],
        Lang::Fr => &all[1],
        Lang::En | Lang::Other => &all[2],
    }
}

/// Given names of all three languages (names travel: "Jeff Bezos" in a Dutch article).
pub fn given_names() -> &'static HashSet<&'static str> {
    static NAMES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        [
            include_str!("../lexicons/en/given_names.txt"),
            include_str!("../lexicons/nl/given_names.txt"),
            include_str!("../lexicons/fr/given_names.txt"),
        ]
        .iter()
        .flat_map(|d| {
            d.lines()
                .filter(|l| !l.starts_with('#'))
                .flat_map(str::split_whitespace)
        })
        .collect()
    })
}

/// Function words of a language (its language-detection stop words), lower case.
pub fn stop_words(lang: Lang) -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<[HashSet<&'static str>; 3]> = OnceLock::new();
    let all = WORDS.get_or_init(|| {
        let load = |d: &'static str| -> HashSet<&'static str> {
            d.lines()
                .filter(|l| !l.starts_with('#'))
                .flat_map(str::split_whitespace)
                .collect()
        };
        [
            load(include_str!("../lexicons/nl/stopwords.txt")),
            load(include_str!("../lexicons/fr/stopwords.txt")),
            load(include_str!("../lexicons/en/stopwords.txt")),
        ]
    });
    match lang {
        Lang::Nl => &all[0],
        Lang::Fr => &all[1],
        Lang::En | Lang::Other => &all[2],
    }
}
