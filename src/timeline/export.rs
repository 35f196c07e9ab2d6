//! Exports of the (filtered) timeline: CSV that spreadsheets cannot be tricked into executing, plain JSON,
//! and a TimelineJS-compatible JSON file.

use super::events::Event;
use super::merge::Card;
use crate::analysis::document::AnalyzedArticle;
use crate::timeline::fragment::type_key;
use serde_json::json;

/// One CSV cell: quoted when needed, and with a leading `'` when it would start a formula
/// (`=`, `+`, `-`, `@`, tab or carriage return), against CSV formula injection.
pub fn csv_cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) || guarded != guarded.trim() {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

const CSV_HEADER: [&str; 12] = [
    "card",
    "value",
    "start",
    "end",
    "type",
    "grain",
    "expression",
    "sentence",
    "article",
    "language",
    "headline",
    "anchor",
];

/// The events of the given cards as CSV, one row per event (sources of a merged card share its number).
pub fn to_csv(cards: &[&Card], events: &[Event], articles: &[AnalyzedArticle]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push('\n');
    for (n, card) in cards.iter().enumerate() {
        for &i in &card.events {
            let e = &events[i];
            let (start, end) = e.span.map_or((String::new(), String::new()), |(s, t)| {
                (s.to_string(), t.to_string())
            });
            let row = [
                (n + 1).to_string(),
                e.value.clone(),
                start,
                end,
                type_key(e.kind).to_string(),
                super::fragment::grain_label(e.grain).to_string(),
                e.text.clone(),
                e.sentence.clone(),
                e.article_id.clone(),
                e.lang.code().to_string(),
                articles
                    .get(e.article)
                    .map_or(String::new(), |a| a.title.clone()),
                e.anchor.clone(),
            ];
            out.push_str(
                &row.iter()
                    .map(|c| csv_cell(c))
                    .collect::<Vec<_>>()
                    .join(","),
            );
            out.push('\n');
        }
    }
    out
}

/// The events of the given cards as JSON: an array of cards, each with its sources.
pub fn to_json(cards: &[&Card], events: &[Event]) -> String {
    let value: Vec<_> = cards
        .iter()
        .map(|c| {
            let lead = c.lead(events);
            json!({
                "value": lead.value,
                "start": lead.span.map(|s| s.0.to_string()),
                "end": lead.span.map(|s| s.1.to_string()),
                "articles": c.articles.len(),
                "sources": c.events.iter().map(|&i| &events[i]).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// The placed events of the given cards in TimelineJS's JSON format.
pub fn to_timelinejs(cards: &[&Card], events: &[Event], articles: &[AnalyzedArticle]) -> String {
    let date = |d: crate::analysis::calendar::Date| json!({"year": d.year, "month": d.month, "day": d.day});
    let items: Vec<_> = cards
        .iter()
        .filter_map(|c| {
            let lead = c.lead(events);
            let (start, end) = lead.span?;
            let sources: Vec<String> = c
                .events
                .iter()
                .map(|&i| {
                    let e = &events[i];
                    let title = articles.get(e.article).map_or("", |a| a.title.as_str());
                    format!("{} ({}, {}): {}", e.text, e.lang.code(), title, e.sentence)
                })
                .collect();
            let mut item = json!({
                "start_date": date(start),
                "text": {"headline": lead.text, "text": sources.join("\n")},
                "group": lead.lang.code(),
            });
            if end != start {
                item["end_date"] = date(end);
            }
            Some(item)
        })
        .collect();
    serde_json::to_string_pretty(
        &json!({"title": {"text": {"headline": "Dossier timeline"}}, "events": items}),
    )
    .unwrap_or_default()
}
