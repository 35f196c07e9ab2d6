//! Exports of the (filtered) timeline, for people and the tools they use:
//!
//! - **CSV** ([`to_csv`]): written by the `csv` crate, with a UTF-8 byte-order mark so that spreadsheets
//!   read `février` right; one row per source sentence of each card, with the sentence's entities and
//!   amounts ([`CSV_COLUMNS`]); a cell that would start a formula gets a leading `'`.
//! - **JSON** ([`to_json`]): the cards and their sources, without the page's internal fields, and the
//!   filters the export was made with.
//! - **TimelineJS JSON** ([`to_timelinejs`]): every card with a place in time (days, months, seasons,
//!   quarters, ranges…) as a slide headed by what happened (its sentence, shortened) and citing its
//!   articles; durations, recurrences and undated references have no place on a timeline and are counted
//!   in a note on the title slide. TimelineJS reads headlines and texts as HTML: the article text is
//!   escaped.

use super::events::Event;
use super::filter::{Filters, Matcher};
use super::fragment::{encode, grain_label, type_key, ViewState};
use super::merge::Card;
use super::view::{dom_id, pub_date_data};
use crate::analysis::calendar::Date;
use crate::analysis::document::AnalyzedArticle;
use crate::analysis::mention::{EntityType, Grain, TimexType};
use crate::compare::words::{shorten, HEADLINE_CHARS};
use serde_json::{json, Value};

/// The cards to export: each visible card (`visible`: indices into `cards`) with only its events that
/// pass the filters (a merged card keeps the sources they let through); cards left empty are dropped.
pub fn exported_cards(
    cards: &[Card],
    visible: &[usize],
    events: &[Event],
    matcher: &Matcher,
) -> Vec<Card> {
    visible
        .iter()
        .filter_map(|&i| {
            let card = cards.get(i)?;
            let kept: Vec<usize> = card
                .events
                .iter()
                .copied()
                .filter(|&e| matcher.matches(&events[e]))
                .collect();
            (!kept.is_empty()).then(|| Card {
                events: kept,
                ..card.clone()
            })
        })
        .collect()
}

/// The byte-order mark the CSV starts with: spreadsheets then read it as UTF-8.
pub const BOM: &str = "\u{feff}";

/// One CSV cell: with a leading `'` when it would start a formula (`=`, `+`, `-`, `@`, tab or carriage
/// return), against CSV formula injection. Quoting is the CSV writer's job.
pub fn guard_formula(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// The CSV's columns, one row per source sentence of a card (README: "Exports").
pub const CSV_COLUMNS: [&str; 16] = [
    "card",
    "value",
    "start",
    "end",
    "type",
    "precision",
    "expression",
    "sentence",
    "entities",
    "amounts",
    "amount_values",
    "language",
    "headline",
    "published",
    "article_id",
    "anchor",
];

/// One source sentence of a card: its first event (the most precise), the expressions it holds, and
/// its article.
struct Source<'a> {
    event: &'a Event,
    expressions: Vec<&'a str>,
    article: Option<&'a AnalyzedArticle>,
}

/// The source sentences of a card, in the card's order: its events grouped by article and sentence.
fn sources<'a>(
    card: &Card,
    events: &'a [Event],
    articles: &'a [AnalyzedArticle],
) -> Vec<Source<'a>> {
    let mut out: Vec<Source<'a>> = Vec::new();
    for &i in &card.events {
        let e = &events[i];
        let same = out.iter_mut().find(|s| {
            s.event.article == e.article
                && s.event.sentence_start == e.sentence_start
                && s.event.publication == e.publication
        });
        match same {
            Some(s) => s.expressions.push(&e.text),
            None => out.push(Source {
                event: e,
                expressions: vec![&e.text],
                article: articles.get(e.article),
            }),
        }
    }
    out
}

/// The entities of a sentence (canonical names, people to other names, once each, in text order) and
/// its amounts (as written, normalised value with its hedge).
fn sentence_facts(source: &Source) -> (Vec<String>, Vec<(String, String)>) {
    let (mut names, mut amounts) = (Vec::new(), Vec::new());
    let (Some(article), false) = (source.article, source.event.publication) else {
        return (names, amounts);
    };
    let (start, end) = (
        source.event.sentence_start,
        source.event.sentence_start + source.event.sentence.len(),
    );
    for m in article
        .entities
        .iter()
        .filter(|m| m.start >= start && m.end <= end)
    {
        match (m.kind, &m.value) {
            (EntityType::Money | EntityType::Percent, Some(value)) => amounts.push((
                m.text.clone(),
                match m.modifier {
                    Some(hedge) => format!("{value} ({hedge})"),
                    None => value.clone(),
                },
            )),
            (EntityType::Money | EntityType::Percent, None) => {}
            _ => {
                if !names.contains(&m.canonical) {
                    names.push(m.canonical.clone());
                }
            }
        }
    }
    (names, amounts)
}

fn span_strings(e: &Event) -> (String, String) {
    e.span.map_or((String::new(), String::new()), |(s, t)| {
        (s.to_string(), t.to_string())
    })
}

/// The given cards as CSV ([`CSV_COLUMNS`]), after a byte-order mark: one row per source sentence;
/// the rows of a card share its number.
pub fn to_csv(cards: &[&Card], events: &[Event], articles: &[AnalyzedArticle]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(BOM.as_bytes().to_vec());
    let _ = writer.write_record(CSV_COLUMNS);
    for (n, card) in cards.iter().enumerate() {
        for source in sources(card, events, articles) {
            let e = source.event;
            let (start, end) = span_strings(e);
            let (names, amounts) = sentence_facts(&source);
            let row = [
                (n + 1).to_string(),
                e.value.clone(),
                start,
                end,
                type_key(e.kind).to_string(),
                grain_label(e.grain).to_string(),
                source.expressions.join("; "),
                e.sentence.clone(),
                names.join("; "),
                amounts
                    .iter()
                    .map(|a| a.0.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                amounts
                    .iter()
                    .map(|a| a.1.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                e.lang.code().to_string(),
                source.article.map_or(String::new(), |a| a.title.clone()),
                source.article.map_or(String::new(), pub_date_data),
                e.article_id.clone(),
                e.anchor.clone(),
            ];
            let _ = writer.write_record(row.iter().map(|c| guard_formula(c)));
        }
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The filters as JSON: every filter by name, empty where it is not set, and the hidden articles (ids).
fn filters_json(filters: &Filters) -> Value {
    json!({
        "query": filters.query,
        "entities": filters.entities,
        "languages": filters.langs.iter().map(|l| l.code()).collect::<Vec<_>>(),
        "articles": filters.articles,
        "types": filters.types.iter().map(|t| type_key(*t)).collect::<Vec<_>>(),
        "precisions": filters.grains.iter().map(|g| grain_label(*g)).collect::<Vec<_>>(),
        "from": filters.from.map(|d| d.to_string()),
        "to": filters.to.map(|d| d.to_string()),
        "hidden": filters.hidden,
    })
}

/// The given cards as JSON: `{"filters", "fragment", "cards"}`. `filters` are those the export was
/// made with (and `fragment` the same as the page's URL fragment); each card has its value, span, type,
/// precision, languages and sources; each source its expression(s), value, sentence, entities, amounts,
/// anchor and article (id, headline, language, publication date). No internal field (search text,
/// offsets, indices) is written.
pub fn to_json(
    cards: &[&Card],
    events: &[Event],
    articles: &[AnalyzedArticle],
    filters: &Filters,
) -> String {
    let cards: Vec<Value> = cards
        .iter()
        .map(|c| {
            let lead = c.lead(events);
            let (start, end) = span_strings(lead);
            let sources: Vec<Value> = sources(c, events, articles)
                .iter()
                .map(|s| {
                    let e = s.event;
                    let (names, amounts) = sentence_facts(s);
                    let (start, end) = span_strings(e);
                    json!({
                        "expressions": s.expressions,
                        "value": e.value,
                        "start": start,
                        "end": end,
                        "type": type_key(e.kind),
                        "precision": grain_label(e.grain),
                        "publication": e.publication,
                        "sentence": e.sentence,
                        "entities": names,
                        "amounts": amounts.iter().map(|(text, value)| json!({"text": text, "value": value})).collect::<Vec<_>>(),
                        "anchor": e.anchor,
                        "article": {
                            "id": e.article_id,
                            "headline": s.article.map(|a| a.title.as_str()),
                            "language": e.lang.code(),
                            "published": s.article.map(pub_date_data),
                        },
                    })
                })
                .collect();
            json!({
                "value": lead.value,
                "start": start,
                "end": end,
                "type": type_key(lead.kind),
                "precision": grain_label(lead.grain),
                "languages": c.langs.iter().map(|l| l.code()).collect::<Vec<_>>(),
                "sources": sources,
            })
        })
        .collect();
    let fragment = encode(&ViewState {
        filters: filters.clone(),
        ..ViewState::default()
    });
    serde_json::to_string_pretty(
        &json!({"filters": filters_json(filters), "fragment": fragment, "cards": cards}),
    )
    .unwrap_or_default()
}

/// Text made safe to place in HTML (TimelineJS renders its texts as HTML).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The longest slide headline, in characters, before it is shortened.
pub const SLIDE_HEADLINE_CHARS: usize = 90;

/// What a slide is headed by: what happened, i.e. the event's sentence, shortened; a publication date
/// is "Published: " and the headline. Where the sentence says nothing beyond the expression itself
/// (`Lundi.`, a subheading `2019`), the expression and the article's headline.
pub fn slide_headline(e: &Event, article: Option<&AnalyzedArticle>) -> String {
    let title = article.map_or("", |a| a.title.as_str());
    if e.publication {
        return format!("Published: {}", shorten(title, HEADLINE_CHARS));
    }
    let (a, b) = e.in_sentence;
    let outside = e
        .sentence
        .get(..a)
        .into_iter()
        .chain(e.sentence.get(b..))
        .any(|s| s.chars().any(char::is_alphabetic));
    if outside {
        shorten(&e.sentence, SLIDE_HEADLINE_CHARS)
    } else {
        format!("{}: {}", e.text.trim(), shorten(title, HEADLINE_CHARS))
    }
}

/// A TimelineJS date: the day, or only the month or the year when that is the precision; a clock time
/// adds its hour and minute.
fn tl_date(d: Date, grain: Grain, value: &str) -> Value {
    let mut out = json!({"year": d.year});
    if grain != Grain::Year {
        out["month"] = json!(d.month);
    }
    if !matches!(grain, Grain::Year | Grain::Month) {
        out["day"] = json!(d.day);
    }
    if let Some(time) = value.split_once('T').map(|(_, t)| t) {
        let mut parts = time.split(':').map(|p| p.parse::<u32>().ok());
        if let Some(Some(hour)) = parts.next() {
            out["hour"] = json!(hour);
        }
        if let Some(Some(minute)) = parts.next() {
            out["minute"] = json!(minute);
        }
    }
    out
}

/// How many of the cards have no place on a timeline, by kind: durations, recurrences, and the rest
/// (references such as `now`, dates with unknown parts).
fn unplaced(cards: &[&Card], events: &[Event]) -> (usize, usize, usize) {
    let mut counts = (0, 0, 0);
    for c in cards {
        let lead = c.lead(events);
        if lead.span.is_some() {
            continue;
        }
        match lead.kind {
            TimexType::Duration => counts.0 += 1,
            TimexType::Set => counts.1 += 1,
            TimexType::Date | TimexType::Time => counts.2 += 1,
        }
    }
    counts
}

fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The note on the title slide: how many events the timeline holds, and what was left out and why.
pub fn timelinejs_note(cards: &[&Card], events: &[Event]) -> String {
    let placed = cards
        .iter()
        .filter(|c| c.lead(events).span.is_some())
        .count();
    let (durations, recurrences, undated) = unplaced(cards, events);
    let mut note = format!(
        "{} with a place in time, exported by Dossier.",
        counted(placed, "event", "events")
    );
    if durations + recurrences + undated > 0 {
        note.push_str(&format!(
            " Left out, having no place on a timeline: {}, {} and {}.",
            counted(durations, "duration", "durations"),
            counted(recurrences, "recurrence", "recurrences"),
            counted(undated, "undated reference", "undated references")
        ));
    }
    note
}

/// The given cards in TimelineJS's JSON format: a title slide with [`timelinejs_note`], and a slide for
/// every card with a place in time, headed by [`slide_headline`], with each source sentence and the
/// article it comes from.
pub fn to_timelinejs(cards: &[&Card], events: &[Event], articles: &[AnalyzedArticle]) -> String {
    let items: Vec<Value> = cards
        .iter()
        .filter_map(|c| {
            let lead = c.lead(events);
            let (start, end) = lead.span?;
            let cited: Vec<String> = sources(c, events, articles)
                .iter()
                .map(|s| {
                    let e = s.event;
                    let (title, published) =
                        s.article.map_or((String::new(), String::new()), |a| {
                            (a.title.clone(), pub_date_data(a))
                        });
                    let said = if e.publication {
                        format!("Published {}", e.value)
                    } else {
                        format!("“{}” ({})", s.expressions.join("”, “"), e.value)
                    };
                    format!(
                        "<p>{}</p><p>{} — <cite>{}</cite> ({}, {})</p>",
                        escape_html(&e.sentence),
                        escape_html(&said),
                        escape_html(&title),
                        e.lang.code(),
                        escape_html(&published)
                    )
                })
                .collect();
            let display = if lead.publication {
                format!("published {}", lead.value)
            } else {
                format!("{} ({})", lead.text, lead.value)
            };
            let mut item = json!({
                "start_date": tl_date(start, lead.grain, &lead.value),
                "display_date": escape_html(&display),
                "text": {
                    "headline": escape_html(&slide_headline(lead, articles.get(lead.article))),
                    "text": cited.join(""),
                },
                "group": lead.lang.code(),
                "unique_id": dom_id(&lead.id),
            });
            let point = matches!(
                lead.grain,
                Grain::Day | Grain::Time | Grain::Month | Grain::Year
            );
            if end != start && !point {
                item["end_date"] = tl_date(end, Grain::Day, "");
            }
            Some(item)
        })
        .collect();
    serde_json::to_string_pretty(&json!({
        "title": {"text": {
            "headline": "Dossier timeline",
            "text": format!("<p>{}</p>", escape_html(&timelinejs_note(cards, events))),
        }},
        "events": items,
    }))
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::Lang;

    /// A day as `(year, month, day)`.
    type Ymd = (i32, u32, u32);

    /// An event of article 0; `span` the first and last day, if it has a place in time.
    fn event(
        sentence: &str,
        text: &str,
        kind: TimexType,
        value: &str,
        span: Option<(Ymd, Ymd)>,
        publication: bool,
    ) -> Event {
        let at = sentence.find(text).unwrap_or(0);
        let day = |(y, m, d): Ymd| Date::new(y, m, d).expect("a date");
        Event {
            id: "a@1".into(),
            article: 0,
            article_id: "a".into(),
            lang: Lang::Fr,
            text: text.into(),
            value: value.into(),
            words: value.into(),
            modifier: None,
            kind,
            grain: Grain::Day,
            span: span.map(|(a, b)| (day(a), day(b))),
            anchor: String::new(),
            sentence: sentence.into(),
            in_sentence: (at, at + text.len()),
            sentence_start: 0,
            entities: Vec::new(),
            paragraph_entities: Vec::new(),
            publication,
            search_text: String::new(),
        }
    }

    fn article(title: &str) -> AnalyzedArticle {
        let file = crate::corpus::source::decode_article(
            "a.txt",
            format!(" date 2020-01\n{title}\n\nLe Pentagone a choisi Microsoft pour son nuage.\n")
                .as_bytes(),
        )
        .expect("a valid article");
        crate::analyze_corpus(&[file]).remove(0)
    }

    #[test]
    fn slides_are_headed_by_what_happened() {
        let a = article("Amazon cherche un accord");
        // (name, sentence, expression, publication, headline)
        let cases = [
            (
                "sentence",
                "Le tribunal devrait rendre sa décision le 11 février.",
                "11 février",
                false,
                "Le tribunal devrait rendre sa décision le 11 février.",
            ),
            (
                "long_sentence_shortened",
                "Dans un document adressé lundi à un tribunal fédéral de Washington, le groupe a fait savoir qu'il projetait de demander à un juge d'empêcher Microsoft de travailler.",
                "lundi",
                false,
                "Dans un document adressé lundi à un tribunal fédéral de Washington, le groupe a fait…",
            ),
            ("bare_weekday", "Lundi.", "Lundi", false, "Lundi: Amazon cherche un accord"),
            ("bare_year_heading", "2019", "2019", false, "2019: Amazon cherche un accord"),
            ("publication", "Amazon cherche un accord", "2020-01", true, "Published: Amazon cherche un accord"),
        ];
        for (name, sentence, text, publication, want) in cases {
            let monday = Some(((2020, 1, 13), (2020, 1, 13)));
            let e = event(
                sentence,
                text,
                TimexType::Date,
                "2020-01-13",
                monday,
                publication,
            );
            assert_eq!(slide_headline(&e, Some(&a)), want, "{name}");
        }
    }

    #[test]
    fn timelinejs_dates_keep_their_precision() {
        let d = Date::new(2020, 2, 11).expect("a date");
        // (name, grain, value, date)
        let cases = [
            (
                "day",
                Grain::Day,
                "2020-02-11",
                json!({"year": 2020, "month": 2, "day": 11}),
            ),
            (
                "month",
                Grain::Month,
                "2020-02",
                json!({"year": 2020, "month": 2}),
            ),
            ("year", Grain::Year, "2020", json!({"year": 2020})),
            (
                "time",
                Grain::Time,
                "2020-02-11T16:30",
                json!({"year": 2020, "month": 2, "day": 11, "hour": 16, "minute": 30}),
            ),
            (
                "season_start",
                Grain::Season,
                "2020-WI",
                json!({"year": 2020, "month": 2, "day": 11}),
            ),
        ];
        for (name, grain, value, want) in cases {
            assert_eq!(tl_date(d, grain, value), want, "{name}");
        }
    }

    #[test]
    fn every_dated_card_is_a_slide_and_the_rest_is_counted() {
        let winter = Some(((2019, 12, 1), (2020, 2, 29)));
        let day = Some(((2020, 2, 11), (2020, 2, 11)));
        let mut events = vec![
            event(
                "Il y aura de la neige cet hiver.",
                "cet hiver",
                TimexType::Date,
                "2020-WI",
                winter,
                false,
            ),
            event(
                "Le contrat dure dix ans.",
                "dix ans",
                TimexType::Duration,
                "P10Y",
                None,
                false,
            ),
            event(
                "Chaque lundi, une réunion.",
                "Chaque lundi",
                TimexType::Set,
                "XXXX-WXX-1",
                None,
                false,
            ),
            event(
                "Tout va bien maintenant.",
                "maintenant",
                TimexType::Date,
                "PRESENT_REF",
                None,
                false,
            ),
            event(
                "<b>Le 11 février</b>, la décision.",
                "11 février",
                TimexType::Date,
                "2020-02-11",
                day,
                false,
            ),
        ];
        events[0].grain = Grain::Season;
        let cards: Vec<Card> = (0..events.len())
            .map(|i| Card {
                events: vec![i],
                articles: vec![0],
                langs: vec![Lang::Fr],
                related: Vec::new(),
            })
            .collect();
        let refs: Vec<&Card> = cards.iter().collect();
        let articles = [article("Neige et contrats")];
        let tl: Value = serde_json::from_str(&to_timelinejs(&refs, &events, &articles)).unwrap();
        let slides = tl["events"].as_array().unwrap();
        assert_eq!(slides.len(), 2, "the season and the day");
        let winter = &slides[0];
        assert_eq!(
            winter["start_date"],
            json!({"year": 2019, "month": 12, "day": 1})
        );
        assert_eq!(
            winter["end_date"],
            json!({"year": 2020, "month": 2, "day": 29})
        );
        assert_eq!(
            winter["text"]["headline"],
            "Il y aura de la neige cet hiver."
        );
        assert!(winter["text"]["text"]
            .as_str()
            .unwrap()
            .contains("<cite>Neige et contrats</cite> (fr, 2020-01)"));
        assert_eq!(
            slides[1]["text"]["headline"], "&lt;b&gt;Le 11 février&lt;/b&gt;, la décision.",
            "article text is escaped: TimelineJS reads HTML"
        );
        assert_eq!(
            tl["title"]["text"]["text"],
            "<p>2 events with a place in time, exported by Dossier. Left out, having no place on a timeline: 1 duration, 1 recurrence and 1 undated reference.</p>"
        );
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            escape_html(r#"<script>"x" & 'y'</script>"#),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
