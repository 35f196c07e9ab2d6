//! Comparison of articles, free of web dependencies:
//!
//! - [`claims`]: numeric claims (who, what measure, how much) extracted from each article, per language,
//!   from general cues;
//! - [`pair`]: what two articles share and where they differ: entities, dates, aligned sentences, and
//!   claims that agree (stated differently) or disagree;
//! - [`words`]: amounts, claims and articles in words, for people;
//! - [`corpus_disagreements`]: every disagreement across the corpus, each with the pair that shows it.

pub mod claims;
pub mod pair;
pub mod words;

pub use pair::{corpus_disagreements, ClaimMatch, Verdict};
