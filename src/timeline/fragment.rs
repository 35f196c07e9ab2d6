//! The view state in the URL fragment (`#view=timeline&q=pentagon&lang=nl,fr&sel=…`), so a copied link
//! reproduces the view, from `file://` and inside an iframe too. Decoding is forgiving: unknown keys and
//! bad values are ignored.

use super::filter::Filters;
use crate::analysis::calendar::Date;
use crate::analysis::language::Lang;
use crate::analysis::mention::{Grain, TimexType};
use crate::sort::set;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The main views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The timeline.
    #[default]
    Timeline,
    /// Two articles side by side.
    Compare,
    /// The article list and reader.
    Articles,
}

impl View {
    /// The name used in the fragment and the view switcher.
    pub fn key(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Compare => "compare",
            View::Articles => "articles",
        }
    }
}

/// Everything a link restores.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The open view.
    pub view: View,
    /// The timeline filters.
    pub filters: Filters,
    /// The selected event's id.
    pub selected: Option<String>,
    /// The article open in the reader.
    pub article: Option<String>,
    /// The visible window of the time axis.
    pub zoom: Option<(Date, Date)>,
    /// The two compared articles (left, right).
    pub compare: (Option<String>, Option<String>),
    /// The entity (canonical name) or date (value) lit up in both compared columns.
    pub focus: Option<String>,
    /// The sentence the reader opens at (a byte offset into the open article's text).
    pub at: Option<usize>,
    /// The two sentences brought into view side by side in the compared columns (left, right offsets).
    pub pair_at: Option<(usize, usize)>,
    /// Compact chrome for embedding in a wiki.
    pub embed: bool,
}

impl ViewState {
    /// Every article id the state names: filtered, hidden, open, compared, or the article of the
    /// selected event (an event id is the article id, `@`, and an offset or `pub`).
    pub fn named_articles(&self) -> std::collections::BTreeSet<&str> {
        let f = &self.filters;
        set(f
            .articles
            .iter()
            .chain(f.hidden.iter())
            .map(String::as_str)
            .chain(self.article.as_deref())
            .chain(self.compare.0.as_deref())
            .chain(self.compare.1.as_deref())
            .chain(
                self.selected
                    .as_deref()
                    .and_then(|s| s.rsplit_once('@'))
                    .map(|(article, _)| article),
            ))
    }
}

/// Bytes kept as they are in a fragment component: RFC 3986's unreserved characters.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn encode_component(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// A component as written: `%XX` escapes decoded, `+` read as a space (as forms write it); invalid
/// UTF-8 replaced, never refused (a link is read as far as it can be).
fn decode_component(s: &str) -> String {
    percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

fn grain_key(g: Grain) -> &'static str {
    match g {
        Grain::Time => "time",
        Grain::Day => "day",
        Grain::Week => "week",
        Grain::Month => "month",
        Grain::Season => "season",
        Grain::Quarter => "quarter",
        Grain::Half => "half",
        Grain::Year => "year",
        Grain::Decade => "decade",
        Grain::Century => "century",
        Grain::Range => "range",
        Grain::None => "none",
    }
}

/// All grains, for parsing and for the filter controls.
pub const GRAINS: [Grain; 12] = [
    Grain::Time,
    Grain::Day,
    Grain::Week,
    Grain::Month,
    Grain::Season,
    Grain::Quarter,
    Grain::Half,
    Grain::Year,
    Grain::Decade,
    Grain::Century,
    Grain::Range,
    Grain::None,
];

/// All expression types.
pub const TYPES: [TimexType; 4] = [
    TimexType::Date,
    TimexType::Time,
    TimexType::Duration,
    TimexType::Set,
];

/// The fragment key of an expression type.
pub fn type_key(t: TimexType) -> &'static str {
    match t {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// The label of a grain.
pub fn grain_label(g: Grain) -> &'static str {
    grain_key(g)
}

/// Writes the state as a fragment (without the `#`). Default values are left out.
pub fn encode(state: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    if state.view != View::Timeline {
        parts.push(format!("view={}", state.view.key()));
    }
    let f = &state.filters;
    if !f.query.is_empty() {
        parts.push(format!("q={}", encode_component(&f.query)));
    }
    let join = |items: Vec<String>| {
        items
            .iter()
            .map(|s| encode_component(s))
            .collect::<Vec<_>>()
            .join(",")
    };
    if !f.entities.is_empty() {
        parts.push(format!(
            "ent={}",
            join(f.entities.iter().cloned().collect())
        ));
    }
    if !f.langs.is_empty() {
        parts.push(format!(
            "lang={}",
            join(f.langs.iter().map(|l| l.code().to_string()).collect())
        ));
    }
    if !f.articles.is_empty() {
        parts.push(format!(
            "art={}",
            join(f.articles.iter().cloned().collect())
        ));
    }
    if !f.types.is_empty() {
        parts.push(format!(
            "type={}",
            join(f.types.iter().map(|t| type_key(*t).to_string()).collect())
        ));
    }
    if !f.grains.is_empty() {
        parts.push(format!(
            "grain={}",
            join(f.grains.iter().map(|g| grain_key(*g).to_string()).collect())
        ));
    }
    if !f.hidden.is_empty() {
        parts.push(format!("hide={}", join(f.hidden.iter().cloned().collect())));
    }
    if let Some(d) = f.from {
        parts.push(format!("from={d}"));
    }
    if let Some(d) = f.to {
        parts.push(format!("to={d}"));
    }
    if let Some((a, b)) = state.zoom {
        parts.push(format!("zoom={a}..{b}"));
    }
    if let Some(s) = &state.selected {
        parts.push(format!("sel={}", encode_component(s)));
    }
    if let Some(a) = &state.article {
        parts.push(format!("article={}", encode_component(a)));
    }
    if let Some(a) = &state.compare.0 {
        parts.push(format!("left={}", encode_component(a)));
    }
    if let Some(a) = &state.compare.1 {
        parts.push(format!("right={}", encode_component(a)));
    }
    if let Some(f) = &state.focus {
        parts.push(format!("focus={}", encode_component(f)));
    }
    if let Some(at) = state.at {
        parts.push(format!("at={at}"));
    }
    if let Some((l, r)) = state.pair_at {
        parts.push(format!("pair={l},{r}"));
    }
    if state.embed {
        parts.push("embed".to_string());
    }
    parts.join("&")
}

/// Reads a fragment (with or without the `#`).
pub fn decode(fragment: &str) -> ViewState {
    let mut state = ViewState::default();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let list = || {
            value
                .split(',')
                .filter(|v| !v.is_empty())
                .map(decode_component)
                .collect::<Vec<_>>()
        };
        let f = &mut state.filters;
        match key {
            "view" => {
                state.view = match value {
                    "compare" => View::Compare,
                    "articles" => View::Articles,
                    _ => View::Timeline,
                }
            }
            "q" => f.query = decode_component(value),
            // Sets built with `sort::set`: no copy of the sort per element type.
            "ent" => f.entities = set(list()),
            "lang" => f.langs = set(list().iter().filter_map(|c| Lang::from_code(c))),
            "art" => f.articles = set(list()),
            "hide" => f.hidden = set(list()),
            "type" => {
                f.types = set(list()
                    .iter()
                    .filter_map(|t| TYPES.iter().find(|x| type_key(**x) == t).copied()))
            }
            "grain" => {
                f.grains = set(list()
                    .iter()
                    .filter_map(|g| GRAINS.iter().find(|x| grain_key(**x) == g).copied()))
            }
            "from" => f.from = Date::parse(value),
            "to" => f.to = Date::parse(value),
            "zoom" => {
                state.zoom = value
                    .split_once("..")
                    .and_then(|(a, b)| Some((Date::parse(a)?, Date::parse(b)?)))
                    .filter(|(a, b)| a < b)
            }
            "sel" => state.selected = Some(decode_component(value)).filter(|s| !s.is_empty()),
            "article" => state.article = Some(decode_component(value)).filter(|s| !s.is_empty()),
            "left" => state.compare.0 = Some(decode_component(value)).filter(|s| !s.is_empty()),
            "right" => state.compare.1 = Some(decode_component(value)).filter(|s| !s.is_empty()),
            "focus" => state.focus = Some(decode_component(value)).filter(|s| !s.is_empty()),
            "at" => state.at = value.parse().ok(),
            "pair" => {
                state.pair_at = value
                    .split_once(',')
                    .and_then(|(l, r)| Some((l.parse().ok()?, r.parse().ok()?)))
            }
            "embed" => state.embed = true,
            _ => {}
        }
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_survives_the_round_trip() {
        let mut state = ViewState::default();
        state.filters.query = "Pentagone & co".into();
        state.embed = true;
        let fragment = encode(&state);
        assert_eq!(decode(&fragment), state);
    }
}
