//! Numeric claims: an amount of money or a percentage, the entity it is about, and what it measures
//! (`market share`, `value`, `revenue`, …) from per-language measure cues kept in the entity lexicons.
//!
//! The entity is the nearest name before the number in its sentence (a pronoun subject such as `Het`
//! or `It` falls back to the previous sentence's first name); a product stands for its maker
//! (`Microsoft Azure` → `Microsoft`). An amount in brackets right after another (`10 milliards de
//! dollars (9 milliards d'euros)`) is a conversion, not a claim of its own.

use crate::analysis::document::AnalyzedArticle;
use crate::analysis::lexicon::{lexicon, Category};
use crate::analysis::mention::{EntityMention, EntityType};
use crate::analysis::sentences::spans;
use crate::analysis::tokens::tokenize;
use serde::Serialize;
use std::collections::HashSet;

/// One claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// Index of the article.
    pub article: usize,
    /// The entity the number is about (canonical name, a product's maker), or `None`.
    pub subject: Option<String>,
    /// What is measured: `share`, `value`, `revenue`, `profit`, `growth`, `jobs`, or `amount`.
    pub measure: String,
    /// MONEY or PERCENT.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The normalised value (`47%`, `USD 10000000000`).
    pub value: String,
    /// A hedge (`APPROX`, `UP_TO`, …).
    #[serde(rename = "mod")]
    pub modifier: Option<&'static str>,
    /// The number as written.
    pub text: String,
    /// The sentence, for quoting.
    pub sentence: String,
    /// Byte offset of the sentence in the article text (to open the article there).
    pub sentence_start: usize,
    /// Byte offset of the number in the article text.
    pub start: usize,
    /// Whether it restates the amount before it in another currency.
    pub conversion: bool,
}

fn is_name(m: &EntityMention) -> bool {
    !matches!(m.kind, EntityType::Money | EntityType::Percent)
}

/// The measure named in a sentence, from the language's cues: the cue nearest to the number wins.
fn measure_of(article: &AnalyzedArticle, sentence: &str, number_at: usize) -> String {
    let lex = lexicon(article.lang);
    let tokens = tokenize(sentence);
    let mut best: Option<(usize, String)> = None;
    for i in 0..tokens.len() {
        if let Some((_, hit)) = lex.phrases.at_any(&tokens, i, &[Category::Measure]) {
            let distance = tokens[i].start.abs_diff(number_at);
            if best.as_ref().is_none_or(|(d, _)| distance < *d) {
                best = Some((distance, hit.value.to_string()));
            }
        }
    }
    best.map_or_else(|| "amount".to_string(), |(_, m)| m)
}

/// All claims of an article, in text order. `makers` are the canonical names known in the corpus, used
/// to map a product to its maker.
pub fn article_claims(
    index: usize,
    article: &AnalyzedArticle,
    makers: &HashSet<String>,
) -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::new();
    let blocks = article.block_spans();
    for (bs, be) in blocks {
        let mut previous_first_name: Option<String> = None;
        for (ss, se) in spans(&article.text, bs, be) {
            let in_sentence: Vec<&EntityMention> = article
                .entities
                .iter()
                .filter(|m| m.start >= ss && m.end <= se)
                .collect();
            let sentence = &article.text[ss..se];
            for (k, m) in in_sentence.iter().enumerate() {
                let Some(value) = m.value.clone() else {
                    continue;
                };
                if !matches!(m.kind, EntityType::Money | EntityType::Percent) {
                    continue;
                }
                // A bracketed amount right after another amount restates it.
                let conversion = k > 0 && {
                    let prev = in_sentence[k - 1];
                    prev.kind == EntityType::Money
                        && m.kind == EntityType::Money
                        && article.text[prev.end..m.start].trim() == "("
                };
                let subject = in_sentence[..k]
                    .iter()
                    .rev()
                    .find(|n| is_name(n))
                    .map(|n| maker(n, makers))
                    .or_else(|| {
                        if m.kind == EntityType::Percent {
                            previous_first_name.clone()
                        } else {
                            None
                        }
                    });
                claims.push(Claim {
                    article: index,
                    subject,
                    measure: measure_of(article, sentence, m.start - ss),
                    kind: m.kind,
                    value,
                    modifier: m.modifier,
                    text: m.text.clone(),
                    sentence: sentence.to_string(),
                    sentence_start: ss,
                    start: m.start,
                    conversion,
                });
            }
            if let Some(first) = in_sentence.iter().find(|n| is_name(n)) {
                previous_first_name = Some(maker(first, makers));
            }
        }
    }
    claims
}

/// A product stands for its maker: `Microsoft Azure` (a product, MISC) → `Microsoft` when `Microsoft`
/// is a known name. Organisations keep their own identity.
fn maker(mention: &EntityMention, makers: &HashSet<String>) -> String {
    match mention.canonical.split_once(' ') {
        Some((first, _)) if mention.kind == EntityType::Misc && makers.contains(first) => {
            first.to_string()
        }
        _ => mention.canonical.clone(),
    }
}

/// The canonical names of a corpus.
pub fn corpus_names(articles: &[AnalyzedArticle]) -> HashSet<String> {
    articles
        .iter()
        .flat_map(|a| a.entity_index.iter().map(|r| r.canonical.clone()))
        .collect()
}
