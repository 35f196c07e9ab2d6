//! Comparison of articles, free of web dependencies:
//!
//! - [`claims`]: numeric claims (who, what measure, how much) extracted from each article, per language,
//!   from general cues;
//! - [`pair`]: what two articles share and where they differ: entities, dates, aligned sentences, and
//!   claims that agree (stated differently) or disagree;
//! - [`words`]: amounts and claims in words, for people;
//! - [`pair::corpus_disagreements`]: every disagreement across the corpus, each with the pair that shows it.

pub mod claims;
pub mod pair;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub use pair::ClaimMatch;
#[cfg(any(test, target_arch = "wasm32"))]
pub use pair::{corpus_disagreements, Verdict};

#[cfg(test)]
mod tests;
