//! The timeline's logic, free of web dependencies so it builds and tests natively:
//!
//! - [`events`]: one event per date expression (and per publication date), with its sentence, its
//!   calendar span and the entities around it;
//! - [`merge`]: events from different articles that denote the same date and share entities, merged into
//!   one card; coarser expressions that contain a card's date listed as related;
//! - [`build`]: the whole timeline of a corpus, built in small steps;
//! - [`filter`]: the combinable filters and the text search across languages;
//! - [`fragment`]: the view state in the URL fragment, both ways;
//! - [`export`]: CSV (safe against formula injection), JSON and TimelineJS JSON;
//! - [`axis`]: the time axis's geometry: the window where events are dense, zoom about a date, pointer
//!   positions, ticks that fit, marks packed into lanes with the overflow counted;
//! - [`axis_words`]: what the axis says in words (its window, description, titles, edge markers);
//! - [`list_keys`]: what a key does in the event list;
//! - [`suggest`]: what to try when no event passes the filters;
//! - [`view`]: the labels and ids the front end shows;
//! - [`reading`]: the reader's text in sentences, with its marks, badges and keyboard stops.

pub mod axis;
pub mod axis_words;
pub mod build;
pub mod events;
pub mod export;
pub mod filter;
pub mod fragment;
pub mod list_keys;
pub mod merge;
pub mod reading;
pub mod suggest;
pub mod view;
pub mod words;

#[cfg(test)]
mod tests;
