//! The view state in the URL fragment (`#view=timeline&q=pentagon&lang=nl,fr&sel=…`), so a copied link
//! reproduces the view, from `file://` and inside an iframe too. Decoding is forgiving: unknown keys and
//! bad values are left out, and reported ([`decode_reporting`]) so the page can say so.

use super::filter::Filters;
use crate::analysis::calendar::Date;
use crate::analysis::language::Lang;
use crate::analysis::mention::{Grain, TimexType};
use crate::sort::set;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::collections::BTreeSet;

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

/// A part of a fragment that [`decode_reporting`] could not use and left out: its key, its value (one
/// item of a list) and why, for the notice that tells the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    /// The parameter (`lang`, `from`, or an unknown one).
    pub key: String,
    /// The value left out (decoded), or the whole value.
    pub value: String,
    /// Why: `not a language (nl, fr or en)`, `not a setting of this page`, ….
    pub why: &'static str,
}

impl Ignored {
    /// `lang=xx (not a language: nl, fr or en)`.
    pub fn message(&self) -> String {
        if self.value.is_empty() {
            format!("{} ({})", self.key, self.why)
        } else {
            format!("{}={} ({})", self.key, self.value, self.why)
        }
    }
}

/// Reads a fragment (with or without the `#`).
pub fn decode(fragment: &str) -> ViewState {
    decode_reporting(fragment).0
}

/// [`decode`], and every part it left out ([`Ignored`]), in the order written: unknown keys, and values
/// that are no language, type, precision, date, window or offset. Nothing is dropped silently.
pub fn decode_reporting(fragment: &str) -> (ViewState, Vec<Ignored>) {
    let mut state = ViewState::default();
    let mut ignored = Vec::new();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        Part {
            key,
            value,
            ignored: &mut ignored,
        }
        .apply(&mut state);
    }
    (state, ignored)
}

/// One `key=value` part of a fragment being read, and where what it leaves out is reported.
struct Part<'a> {
    key: &'a str,
    value: &'a str,
    ignored: &'a mut Vec<Ignored>,
}

impl Part<'_> {
    /// Sets what the part says in `state`, or reports it.
    fn apply(mut self, state: &mut ViewState) {
        let f = &mut state.filters;
        match self.key {
            "view" => state.view = self.view(),
            "q" => f.query = decode_component(self.value),
            // Sets built with `sort::set` (or by insertion): no copy of the sort per element type.
            "ent" => f.entities = set(self.list()),
            "lang" => self.langs(&mut f.langs),
            "art" => f.articles = set(self.list()),
            "hide" => f.hidden = set(self.list()),
            "type" => self.types(&mut f.types),
            "grain" => self.grains(&mut f.grains),
            "from" => f.from = self.date(),
            "to" => f.to = self.date(),
            "zoom" => state.zoom = self.zoom(),
            "sel" => state.selected = self.text(),
            "article" => state.article = self.text(),
            "left" => state.compare.0 = self.text(),
            "right" => state.compare.1 = self.text(),
            "focus" => state.focus = self.text(),
            "at" => state.at = self.at(),
            "pair" => state.pair_at = self.pair(),
            "embed" => state.embed = true,
            _ => self.ignore_value("not a setting of this page"),
        }
    }

    /// The items of a comma-separated value, decoded; empty items left out.
    fn list(&self) -> Vec<String> {
        self.value
            .split(',')
            .filter(|v| !v.is_empty())
            .map(decode_component)
            .collect()
    }

    /// Reports `value` (one item, or the whole value) as left out, and why.
    fn ignore(&mut self, value: String, why: &'static str) {
        self.ignored.push(Ignored {
            key: decode_component(self.key),
            value,
            why,
        })
    }

    /// Reports the whole value as left out.
    fn ignore_value(&mut self, why: &'static str) {
        self.ignore(decode_component(self.value), why)
    }

    /// `view=`: the view named, or the timeline.
    fn view(&mut self) -> View {
        match self.value {
            "compare" => View::Compare,
            "articles" => View::Articles,
            "timeline" => View::Timeline,
            _ => {
                self.ignore_value("not a view: timeline, compare or articles");
                View::Timeline
            }
        }
    }

    /// `lang=`: each language code added to `langs`.
    fn langs(&mut self, langs: &mut BTreeSet<Lang>) {
        for c in self.list() {
            match Lang::from_code(&c) {
                Some(l) => {
                    langs.insert(l);
                }
                None => self.ignore(c, "not a language: nl, fr or en"),
            }
        }
    }

    /// `type=`: each expression type added to `types`.
    fn types(&mut self, types: &mut BTreeSet<TimexType>) {
        for t in self.list() {
            match TYPES.iter().find(|x| type_key(**x) == t) {
                Some(x) => {
                    types.insert(*x);
                }
                None => self.ignore(t, "not an expression type: DATE, TIME, DURATION or SET"),
            }
        }
    }

    /// `grain=`: each precision added to `grains`.
    fn grains(&mut self, grains: &mut BTreeSet<Grain>) {
        for g in self.list() {
            match GRAINS.iter().find(|x| grain_key(**x) == g) {
                Some(x) => {
                    grains.insert(*x);
                }
                None => self.ignore(g, "not a precision"),
            }
        }
    }

    /// `from=`, `to=`: a date `YYYY-MM-DD`.
    fn date(&mut self) -> Option<Date> {
        let d = Date::parse(self.value);
        if d.is_none() {
            self.ignore_value("not a date (YYYY-MM-DD)");
        }
        d
    }

    /// `zoom=`: a window `YYYY-MM-DD..YYYY-MM-DD`, the first date earlier.
    fn zoom(&mut self) -> Option<(Date, Date)> {
        let zoom = self
            .value
            .split_once("..")
            .and_then(|(a, b)| Some((Date::parse(a)?, Date::parse(b)?)))
            .filter(|(a, b)| a < b);
        if zoom.is_none() {
            self.ignore_value("not a window of dates (YYYY-MM-DD..YYYY-MM-DD, the first earlier)");
        }
        zoom
    }

    /// `sel=`, `article=`, `left=`, `right=`, `focus=`: a text, none when empty.
    fn text(&self) -> Option<String> {
        Some(decode_component(self.value)).filter(|s| !s.is_empty())
    }

    /// `at=`: a byte offset.
    fn at(&mut self) -> Option<usize> {
        let at = self.value.parse().ok();
        if at.is_none() {
            self.ignore_value("not a position in the article");
        }
        at
    }

    /// `pair=`: two byte offsets, left and right.
    fn pair(&mut self) -> Option<(usize, usize)> {
        let pair = self
            .value
            .split_once(',')
            .and_then(|(l, r)| Some((l.parse().ok()?, r.parse().ok()?)));
        if pair.is_none() {
            self.ignore_value("not two positions (left,right)");
        }
        pair
    }
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

    #[test]
    fn what_a_fragment_leaves_out_is_reported() {
        let ig = |key: &str, value: &str, why: &'static str| Ignored {
            key: key.into(),
            value: value.into(),
            why,
        };
        // (name, fragment, left out)
        let cases = [
            (
                "all_known",
                "#view=compare&lang=nl,fr&from=2022-03-01&embed",
                vec![],
            ),
            ("empty", "", vec![]),
            (
                "unknown_language_among_known",
                "#lang=nl,xx",
                vec![ig("lang", "xx", "not a language: nl, fr or en")],
            ),
            (
                "unknown_key",
                "#colour=red",
                vec![ig("colour", "red", "not a setting of this page")],
            ),
            (
                "bad_date",
                "#from=2022-13-01",
                vec![ig("from", "2022-13-01", "not a date (YYYY-MM-DD)")],
            ),
            (
                "unknown_view",
                "#view=map",
                vec![ig(
                    "view",
                    "map",
                    "not a view: timeline, compare or articles",
                )],
            ),
            (
                "backwards_zoom",
                "#zoom=2022-04-01..2022-03-01",
                vec![ig(
                    "zoom",
                    "2022-04-01..2022-03-01",
                    "not a window of dates (YYYY-MM-DD..YYYY-MM-DD, the first earlier)",
                )],
            ),
            (
                "bad_type_and_offset",
                "#type=DATE,WHEN&at=x",
                vec![
                    ig(
                        "type",
                        "WHEN",
                        "not an expression type: DATE, TIME, DURATION or SET",
                    ),
                    ig("at", "x", "not a position in the article"),
                ],
            ),
        ];
        for (name, fragment, want) in cases {
            assert_eq!(decode_reporting(fragment).1, want, "{name}");
        }
        assert_eq!(
            decode_reporting("#lang=nl,xx").0.filters.langs,
            [Lang::Nl].into(),
            "the known values are kept"
        );
        assert_eq!(
            ig("lang", "xx", "not a language: nl, fr or en").message(),
            "lang=xx (not a language: nl, fr or en)"
        );
    }
}
