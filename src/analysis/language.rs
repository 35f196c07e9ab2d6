//! Language detection for Dutch, French and English from stop-word profiles kept as data files
//! (`src/analysis/lexicons/{nl,fr,en}/stopwords.txt`).

pub use crate::analysis::lexicon::Lang;

use crate::analysis::lexicon::fnv::FnvMap;
use crate::analysis::lexicon::lexicon;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The detected language and how sure the detector is (0–1).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Detection {
    /// The most likely language.
    pub lang: Lang,
    /// The share of the stop-word evidence that points to it, scaled down for short texts.
    pub confidence: f64,
}

/// Fewer stop-word hits than this and the text is `Other`.
const MIN_HITS: f32 = 2.0;
/// Hits at which the confidence is no longer scaled down for shortness.
const FULL_EVIDENCE_HITS: f32 = 6.0;

/// word → the weight it gives each language (1 divided by the number of languages that share it).
fn profile() -> &'static FnvMap<&'static str, Vec<(Lang, f32)>> {
    static PROFILE: OnceLock<FnvMap<&'static str, Vec<(Lang, f32)>>> = OnceLock::new();
    PROFILE.get_or_init(|| {
        let mut map: FnvMap<&'static str, Vec<(Lang, f32)>> = FnvMap::default();
        for lang in Lang::ANALYSED {
            for word in &lexicon(lang).stop_word_list {
                map.entry(*word).or_default().push((lang, 0.0));
            }
        }
        for langs in map.values_mut() {
            let share = 1.0 / langs.len() as f32;
            for entry in langs.iter_mut() {
                entry.1 = share;
            }
        }
        map
    })
}

/// Detects the language of a text.
pub fn detect(text: &str) -> Detection {
    let mut detector = Detector::default();
    detector.read(text);
    detector.detection()
}

/// [`detect`] one piece of a text at a time: reading a text in pieces cut between words (at white
/// space) gives exactly what reading it whole gives (the same stop words counted in the same order).
#[derive(Debug, Default)]
pub struct Detector {
    scores: HashMap<Lang, f32>,
    lower: String,
}

impl Detector {
    /// Counts the stop words of the next piece of the text.
    pub fn read(&mut self, text: &str) {
        let profile = profile();
        let Detector { scores, lower } = self;
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
            if word.is_empty() {
                continue;
            }
            lower.clear();
            if word.is_ascii() {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(word.chars().flat_map(char::to_lowercase).map(|c| {
                    if c == '’' {
                        '\''
                    } else {
                        c
                    }
                }));
            }
            if let Some(langs) = profile.get(lower.as_str()) {
                for (lang, weight) in langs {
                    *scores.entry(*lang).or_default() += weight;
                }
            } else if is_french_elision(lower) {
                *scores.entry(Lang::Fr).or_default() += 1.0;
            }
        }
    }

    /// The language of what was read so far.
    pub fn detection(&self) -> Detection {
        let scores = &self.scores;
        let total: f32 = scores.values().sum();
        let best = Lang::ANALYSED
            .iter()
            .map(|l| (*l, scores.get(l).copied().unwrap_or(0.0)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((lang, score)) if total >= MIN_HITS && score > 0.0 => {
                let share = score / total;
                let evidence = (total / FULL_EVIDENCE_HITS).min(1.0);
                Detection {
                    lang,
                    confidence: f64::from((share * evidence * 1000.0).round()) / 1000.0,
                }
            }
            _ => Detection {
                lang: Lang::Other,
                confidence: 0.0,
            },
        }
    }
}

/// `l'administration`, `d'Amazon`, `qu'il`: an elided French article, preposition or conjunction.
fn is_french_elision(word: &str) -> bool {
    ["l'", "d'", "qu'", "n'", "s'", "j'", "c'"]
        .iter()
        .any(|p| word.len() > p.len() && word.starts_with(p))
}
