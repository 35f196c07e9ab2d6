//! The text layer, under everything else of the analysis: tokens, sentences and calendar arithmetic.
//! Nothing here knows a language's words (that is the lexicon layer above it).
//!
//! - [`tokens`]: words, numbers and punctuation with byte spans;
//! - [`sentences`]: the one sentence splitter every part of Dossier uses (abbreviation-aware);
//! - [`calendar`]: dates, weekdays, ISO weeks, month and day arithmetic, feasts, with no clock.

pub mod calendar;
pub mod sentences;
pub mod tokens;
