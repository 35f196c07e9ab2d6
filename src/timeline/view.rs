//! Labels, identifiers and marks the front end shows, kept free of web dependencies so they are tested
//! natively: the DOM id of an event's list entry, an event card's date, an article's publication date,
//! the names and classes of entity types, the marks of a block of the reader, an article's name (its
//! headline, language and date).

use super::build::Timeline;
use super::events::Event;
use super::filter::{visible_indices, Filters};
use super::fragment::{type_key, View, ViewState};
use super::merge::Card;
use crate::analysis::document::{AnalyzedArticle, PubDateSource};
use crate::analysis::mention::EntityType;
use crate::compare::words::{amount, shorten, HEADLINE_CHARS, UI_LANG};
use crate::corpus::article::Block;
use std::collections::BTreeSet;

/// A span of a block to mark in the reader (a date or an entity), in the block's own byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Start byte offset within the block.
    pub start: usize,
    /// End byte offset within the block (exclusive).
    pub end: usize,
    /// CSS classes of the mark.
    pub class: &'static str,
    /// Tooltip and accessible description.
    pub title: String,
    /// The value lit up with it in the other compare column: a date's value or an entity's canonical name.
    pub value: String,
}

/// The axis's first view: where the events of the articles not hidden are dense
/// ([`super::axis::dense_window`]); when articles are picked (the "Article" filter), where theirs are,
/// so the view fits the picked articles' dates. Other filters do not move it (it stays put while the
/// reader types). `None` without dated events.
pub fn first_view(timeline: &Timeline, filters: &Filters) -> Option<super::axis::Window> {
    let shown = Filters {
        hidden: filters.hidden.clone(),
        articles: filters.articles.clone(),
        ..Filters::default()
    };
    let spans: Vec<_> = visible_indices(timeline, &shown)
        .into_iter()
        .filter_map(|c| timeline.cards[c].lead(&timeline.events).span)
        .collect();
    super::axis::dense_window(&spans)
}

/// The DOM id of an event's list entry: `event-` and the event id with every character that is not an
/// ASCII letter or digit replaced by `-` (`000_ab@12` → `event-000-ab-12`).
pub fn dom_id(event_id: &str) -> String {
    let safe: String = event_id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("event-{safe}")
}

/// The DOM id of an article's entry in the article list: `article-` and the id made safe like
/// [`dom_id`]'s (`000_ab` → `article-000-ab`).
pub fn article_dom_id(article_id: &str) -> String {
    let safe: String = article_id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("article-{safe}")
}

/// The two sources "Compare with…" opens side by side for a card: the event it shows (`shown`, an index
/// into the events) and the card's first event from another article that is not hidden (`hidden`:
/// article ids; both indices into the events); `None` for a card that one article reports (or one shown
/// article).
pub fn first_two_sources(
    card: &Card,
    events: &[Event],
    shown: usize,
    hidden: &BTreeSet<String>,
) -> Option<(usize, usize)> {
    let article = events.get(shown)?.article;
    let other = card.events.iter().copied().find(|&i| {
        events
            .get(i)
            .is_some_and(|e| e.article != article && !hidden.contains(&e.article_id))
    })?;
    Some((shown, other))
}

/// Where the keyboard focus goes when a view state comes back (Back, Forward, a new analysis) and no
/// more precise place is known: ids of elements, best first (the selected event, the open article's
/// entry, the left article's choice), ending with the view's own button.
pub fn focus_fallback(state: &ViewState) -> Vec<String> {
    let mut ids = Vec::new();
    match state.view {
        View::Timeline => ids.extend(state.selected.as_deref().map(dom_id)),
        View::Articles => {
            ids.extend(state.article.as_deref().map(article_dom_id));
            ids.push("article-list".to_string());
        }
        View::Compare => ids.push("compare-left".to_string()),
    }
    ids.push(format!("view-{}", state.view.key()));
    ids
}

/// The date an event card shows: its value in words (`9 September 2016, 22:30`, `18 hours`,
/// `in the past`: [`super::words::value_words`]); the TIMEX3 value stays as data on the card.
pub fn event_date_label(e: &Event) -> String {
    super::words::modified_words(&e.words, e.modifier)
}

/// What a card says of how its date was found: the expression and the value in words
/// (`gisteravond → evening (day unknown)`, `publication date → 24 January 2020`). The analysis's own
/// explanation, which writes TIMEX3 values, is kept for the tooltip.
pub fn event_explanation(e: &Event) -> String {
    let written = if e.publication {
        "publication date"
    } else {
        e.text.as_str()
    };
    format!("{written} → {}", event_date_label(e))
}

/// An article's publication date as shown: the value in words ([`super::words::period_words`]),
/// marked when inferred (`January 2020 (inferred)`), or "date unknown". The value itself is
/// [`pub_date_value`].
pub fn pub_date_label(article: &AnalyzedArticle) -> String {
    match (&article.pub_date.value, article.pub_date.source) {
        (Some(v), PubDateSource::Inferred) => {
            format!("{} (inferred)", super::words::period_words(*v))
        }
        (Some(v), _) => super::words::period_words(*v),
        (None, _) => "date unknown".to_string(),
    }
}

/// An article's publication date as data, for the exports: the TIMEX3 value, marked when inferred
/// (`2020-01 (inferred)`), or "date unknown".
pub fn pub_date_data(article: &AnalyzedArticle) -> String {
    match (&article.pub_date.value, article.pub_date.source) {
        (Some(v), PubDateSource::Inferred) => format!("{v} (inferred)"),
        (Some(v), _) => v.to_string(),
        (None, _) => "date unknown".to_string(),
    }
}

/// An article's publication date as a TIMEX3 value (`2020-01`), for a `<data value>`; empty when
/// unknown.
pub fn pub_date_value(article: &AnalyzedArticle) -> String {
    article
        .pub_date
        .value
        .map(|v| v.to_string())
        .unwrap_or_default()
}

/// The CSS classes of an entity type's marks in the reader.
pub fn entity_class(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "mark-entity mark-per",
        EntityType::Organisation => "mark-entity mark-org",
        EntityType::Place => "mark-entity mark-loc",
        EntityType::Money => "mark-entity mark-money",
        EntityType::Percent => "mark-entity mark-percent",
        EntityType::Misc => "mark-entity mark-misc",
    }
}

/// The label of an entity type (singular).
pub fn entity_type_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "Person",
        EntityType::Organisation => "Organisation",
        EntityType::Place => "Place",
        EntityType::Money => "Money",
        EntityType::Percent => "Percentage",
        EntityType::Misc => "Other name",
    }
}

/// An entity mark's tooltip: its type and identity, an amount in words with its normalised value
/// (`Organisation: US Department of Defense`, `Money: $10 billion (USD 10000000000)`).
pub fn mark_title(e: &crate::analysis::mention::EntityMention) -> String {
    match (e.kind, &e.value) {
        (EntityType::Money | EntityType::Percent, Some(value)) => format!(
            "{}: {} ({value})",
            entity_type_name(e.kind),
            amount(value, e.modifier, UI_LANG)
        ),
        _ => format!("{}: {}", entity_type_name(e.kind), e.canonical),
    }
}

/// A date expression's tooltip, in words: its value (with its modifier: `about 23 January 2023`) and
/// how it was resolved (`21 November 2025, morning: morning on 21 November 2025, the day of the
/// publication date …`). The TIMEX3 type and value stay as data ([`timex_data`]).
pub fn timex_title(t: &crate::analysis::mention::Timex) -> String {
    let words = super::words::modified_words(&super::words::value_words(&t.value), t.modifier);
    match super::words::explanation_words(&t.anchor) {
        how if how.is_empty() => words,
        how => format!("{words}: {how}"),
    }
}

/// A date expression's TIMEX3 as data: type, value and modifier (`TIME 2025-11-21TMO`,
/// `DATE 2023-01-23 APPROX`).
pub fn timex_data(t: &crate::analysis::mention::Timex) -> String {
    let m = t.modifier.unwrap_or_default();
    format!("{} {} {m}", type_key(t.kind), t.value)
        .trim_end()
        .to_string()
}

/// The dates and entities found in a block, as marks in the block's own offsets, in order, without
/// overlaps (a date wins over an entity it overlaps).
pub fn block_marks(article: &AnalyzedArticle, block: &Block) -> Vec<Mark> {
    let inside = |start: usize, end: usize| start >= block.start && end <= block.end;
    let mut marks: Vec<Mark> = article
        .timex
        .iter()
        .filter(|t| inside(t.start, t.end))
        .map(|t| Mark {
            start: t.start - block.start,
            end: t.end - block.start,
            class: "mark-date",
            title: timex_title(t),
            value: t.value.to_string(),
        })
        .collect();
    for e in article.entities.iter().filter(|e| inside(e.start, e.end)) {
        let (start, end) = (e.start - block.start, e.end - block.start);
        if marks.iter().any(|m| start < m.end && m.start < end) {
            continue;
        }
        marks.push(Mark {
            start,
            end,
            class: entity_class(e.kind),
            title: mark_title(e),
            value: e.canonical.clone(),
        });
    }
    crate::sort::sort_by_key(&mut marks, |m| m.start);
    marks
}

/// An article as people know it: its headline (shortened), language and publication date:
/// `Amazon cherche un accord avec Microsoft pour le cloud du Pentagone (fr, 2020-01 inferred)`.
pub fn article_label(article: &AnalyzedArticle) -> String {
    format!(
        "{} ({})",
        shorten(&article.title, HEADLINE_CHARS),
        article_facts(article)
    )
}

/// An article's language and publication date in words, as pickers and citations show them:
/// `nl, January 2020`, `fr, January 2020, inferred`, `en, date unknown` (the value itself is
/// [`pub_date_value`]; readers are never shown raw TIMEX3, issue 19).
pub fn article_facts(article: &AnalyzedArticle) -> String {
    let date = pub_date_label(article).replace(" (inferred)", ", inferred");
    format!("{}, {date}", article.lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::calendar::Date;
    use crate::analysis::language::Lang;
    use crate::analysis::mention::{Grain, TimexType};

    fn event(value: &str, kind: TimexType, placed: bool) -> Event {
        let day = Date::new(2020, 1, 24).expect("a date");
        Event {
            id: "a@1".into(),
            article: 0,
            article_id: "a".into(),
            lang: Lang::Fr,
            text: value.into(),
            value: value.into(),
            words: format!("{value} in words"),
            modifier: None,
            kind,
            grain: Grain::Day,
            span: placed.then_some((day, day)),
            anchor: String::new(),
            sentence: String::new(),
            in_sentence: (0, 0),
            sentence_start: 0,
            entities: Vec::new(),
            paragraph_entities: Vec::new(),
            publication: false,
            search_text: String::new(),
        }
    }

    #[test]
    fn dom_ids() {
        // (name, event id, DOM id)
        let cases = [
            ("plain", "abc@12", "event-abc-12"),
            ("publication", "000_2ebd@pub", "event-000-2ebd-pub"),
            ("non_ascii", "één@3", "event---n-3"),
            ("markup", "<b>@1", "event--b--1"),
            ("empty", "", "event-"),
        ];
        for (name, id, want) in cases {
            assert_eq!(dom_id(id), want, "{name}");
        }
    }

    #[test]
    fn focus_fallbacks() {
        let state = |view: View, selected: Option<&str>, article: Option<&str>| ViewState {
            view,
            selected: selected.map(String::from),
            article: article.map(String::from),
            ..ViewState::default()
        };
        // (name, state, ids)
        let cases: [(&str, ViewState, &[&str]); 5] = [
            (
                "timeline",
                state(View::Timeline, None, None),
                &["view-timeline"],
            ),
            (
                "selected_event",
                state(View::Timeline, Some("a@1"), None),
                &["event-a-1", "view-timeline"],
            ),
            (
                "open_article",
                state(View::Articles, None, Some("001_x")),
                &["article-001-x", "article-list", "view-articles"],
            ),
            (
                "no_article",
                state(View::Articles, None, None),
                &["article-list", "view-articles"],
            ),
            (
                "compare",
                state(View::Compare, None, None),
                &["compare-left", "view-compare"],
            ),
        ];
        for (name, state, want) in cases {
            assert_eq!(focus_fallback(&state), want, "{name}");
        }
    }

    #[test]
    fn first_two_sources_of_a_card() {
        let in_article = |article: usize| Event {
            article,
            article_id: format!("a{article}"),
            ..event("2020-01-24", TimexType::Date, true)
        };
        let events = vec![in_article(0), in_article(0), in_article(1), in_article(2)];
        let card = |members: Vec<usize>| Card {
            events: members,
            articles: Vec::new(),
            langs: Vec::new(),
            related: Vec::new(),
        };
        let none = BTreeSet::new();
        let hiding_a1: BTreeSet<String> = ["a1".to_string()].into();
        // (name, card's events, shown event, hidden articles, pair)
        let cases = [
            ("merged", card(vec![0, 2, 3]), 0, &none, Some((0, 2))),
            (
                "shown_is_not_first",
                card(vec![0, 2, 3]),
                2,
                &none,
                Some((2, 0)),
            ),
            (
                "same_article_skipped",
                card(vec![0, 1, 3]),
                0,
                &none,
                Some((0, 3)),
            ),
            (
                "hidden_article_skipped",
                card(vec![0, 2, 3]),
                0,
                &hiding_a1,
                Some((0, 3)),
            ),
            ("only_hidden_others", card(vec![0, 2]), 0, &hiding_a1, None),
            ("one_article", card(vec![0, 1]), 0, &none, None),
            ("single", card(vec![2]), 2, &none, None),
        ];
        for (name, card, shown, hidden, want) in cases {
            assert_eq!(
                first_two_sources(&card, &events, shown, hidden),
                want,
                "{name}"
            );
        }
    }

    #[test]
    fn event_date_labels() {
        // A card shows the value in words, placed on the axis or not; the explanation names the
        // expression (or the publication date).
        for (value, kind, placed) in [
            ("2020-01-24", TimexType::Date, true),
            ("P3D", TimexType::Duration, false),
            ("PAST_REF", TimexType::Date, false),
        ] {
            let e = event(value, kind, placed);
            assert_eq!(event_date_label(&e), format!("{value} in words"), "{value}");
            assert_eq!(
                event_explanation(&e),
                format!("{value} → {value} in words"),
                "{value}"
            );
            let publication = Event {
                publication: true,
                ..e
            };
            assert_eq!(
                event_explanation(&publication),
                format!("publication date → {value} in words"),
                "{value}"
            );
        }
        // A modifier is said: a vague expression is no exact day.
        let vague = Event {
            modifier: Some("APPROX"),
            ..event("2023-01-23", TimexType::Date, true)
        };
        assert_eq!(event_date_label(&vague), "about 2023-01-23 in words");
    }

    fn analysed(text: &str) -> AnalyzedArticle {
        let file = crate::corpus::source::decode_article("a.txt", text.as_bytes())
            .expect("a valid article");
        crate::analyze_corpus(&[file]).remove(0)
    }

    #[test]
    fn pub_date_labels() {
        let inferred = |mut a: AnalyzedArticle| {
            a.pub_date.source = PubDateSource::Inferred;
            a
        };
        // (name, article, label, value)
        let cases = [
            (
                "header",
                analysed(" date 2020-01\nHet Pentagon koos.\n"),
                "January 2020",
                "2020-01",
            ),
            (
                "header_day",
                analysed(" date 2020-01-14\nHet Pentagon koos.\n"),
                "14 January 2020",
                "2020-01-14",
            ),
            (
                "inferred",
                inferred(analysed(" date 2020-09\nHet Pentagon koos.\n")),
                "September 2020 (inferred)",
                "2020-09",
            ),
            (
                "unknown",
                analysed("Het Pentagon koos.\n"),
                "date unknown",
                "",
            ),
        ];
        for (name, article, label, value) in cases {
            assert_eq!(pub_date_label(&article), label, "{name}");
            assert_eq!(pub_date_value(&article), value, "{name}");
        }
    }

    #[test]
    fn entity_type_names_and_classes() {
        // (type, name, class)
        let cases = [
            (EntityType::Person, "Person", "mark-entity mark-per"),
            (
                EntityType::Organisation,
                "Organisation",
                "mark-entity mark-org",
            ),
            (EntityType::Place, "Place", "mark-entity mark-loc"),
            (EntityType::Money, "Money", "mark-entity mark-money"),
            (
                EntityType::Percent,
                "Percentage",
                "mark-entity mark-percent",
            ),
            (EntityType::Misc, "Other name", "mark-entity mark-misc"),
        ];
        for (kind, name, class) in cases {
            assert_eq!(entity_type_name(kind), name);
            assert_eq!(entity_class(kind), class);
        }
    }

    #[test]
    fn article_labels() {
        let inferred = |mut a: AnalyzedArticle| {
            a.pub_date.source = PubDateSource::Inferred;
            a
        };
        // (name, article, label)
        let cases = [
            (
                "headline",
                analysed(" date 2020-01\nMicrosoft wint\n\nHet Pentagon koos voor Microsoft en de rechter zal dat nog eens bekijken.\n"),
                "Microsoft wint (nl, January 2020)",
            ),
            (
                "inferred_date",
                inferred(analysed(" date 2020-09\nMicrosoft wins\n\nThe Pentagon chose Microsoft and the court will look at it again in the spring.\n")),
                "Microsoft wins (en, September 2020, inferred)",
            ),
            (
                "no_date",
                analysed("Le Pentagone a choisi Microsoft pour son nuage.\n"),
                "Le Pentagone a choisi Microsoft pour son nuage. (fr, date unknown)",
            ),
            (
                "long_headline",
                analysed(" date 2020-01\nMicrosoft Focuses on Cloud Services for Foreign Governments; JEDI Contract Effect?\n\nThe Pentagon chose Microsoft and the court will look at it again in the spring.\n"),
                "Microsoft Focuses on Cloud Services for Foreign Governments; JEDI… (en, January 2020)",
            ),
        ];
        for (name, article, want) in cases {
            assert_eq!(article_label(&article), want, "{name}");
        }
    }

    #[test]
    fn amount_marks_read_in_words() {
        let article = &analysed(
            " date 2020-01-14\nTitel\n\nHet contract is ongeveer tien miljard dollar waard en AWS heeft 47 procent.\n",
        );
        let titles: Vec<String> = block_marks(article, &article.paragraphs[0])
            .into_iter()
            .filter(|m| m.class.contains("money") || m.class.contains("percent"))
            .map(|m| m.title)
            .collect();
        assert_eq!(
            titles,
            [
                "Money: about $10 billion (USD 10000000000)",
                "Percentage: 47% (47%)"
            ]
        );
    }

    #[test]
    fn date_marks_read_in_words() {
        // (name, article, the date mark's tooltip starts with)
        let cases = [
            (
                "approx_is_about",
                " date 2026-01-23\nTitre\n\nIl y a près de trois ans, la ville a voté.\n",
                "about ",
            ),
            (
                "part_of_day",
                " date 2025-11-21\nTitre\n\nCe matin, la ville a voté.\n",
                "21 November 2025, morning: ",
            ),
        ];
        for (name, text, want) in cases {
            let article = &analysed(text);
            let marks = block_marks(article, &article.paragraphs[0]);
            let date = marks.iter().find(|m| m.class == "mark-date");
            let title = date.map(|m| m.title.as_str()).unwrap_or_default();
            assert!(title.starts_with(want), "{name}: {title}");
            assert!(
                !title.contains("TIMEX3") && !title.contains("reference"),
                "{name}: {title}"
            );
        }
    }

    #[test]
    fn block_marks_of_an_analysed_article() {
        let article =
            &analysed(" date 2020-01-14\nHet Pentagon koos Microsoft op 25 oktober 2019.\n");
        let block = &article.paragraphs[0];
        let marks = block_marks(article, block);
        let quoted: Vec<(&str, &str)> = marks
            .iter()
            .map(|m| (&block.text[m.start..m.end], m.class))
            .collect();
        // (text, class): in text order, the date whole, each entity once.
        assert_eq!(
            quoted,
            [
                ("Pentagon", "mark-entity mark-org"),
                ("Microsoft", "mark-entity mark-org"),
                ("25 oktober 2019", "mark-date"),
            ]
        );
        assert_eq!(marks[2].value, "2019-10-25");
        assert!(marks[0].title.starts_with("Organisation: "));
    }
}
