//! Export the filtered timeline as CSV, JSON or TimelineJS JSON, from the page itself.

use crate::timeline::export::{exported_cards, to_csv, to_json, to_timelinejs};
use crate::timeline::filter::Matcher;
use crate::timeline::merge::Card;
use crate::ui::browser::download;
use crate::ui::hooks::use_store;
use yew::prelude::*;

/// Properties of [`ExportButtons`].
#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    /// Indices of the visible cards.
    pub visible: Vec<usize>,
}

/// The export buttons.
#[function_component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let store = use_store();
    let make = |format: &'static str| {
        let data = store.data.0.clone();
        let visible = props.visible.clone();
        let filters = store.view.filters.clone();
        Callback::from(move |_: MouseEvent| {
            // Only the events that pass the filters, card by card.
            let matcher = Matcher::new(&filters, &data.timeline.names);
            let filtered = exported_cards(
                &data.timeline.cards,
                &visible,
                &data.timeline.events,
                &matcher,
            );
            let cards: Vec<&Card> = filtered.iter().collect();
            let (name, mime, content) = match format {
                "csv" => (
                    "dossier-timeline.csv",
                    "text/csv",
                    to_csv(&cards, &data.timeline.events, &data.timeline.articles),
                ),
                "json" => (
                    "dossier-timeline.json",
                    "application/json",
                    to_json(
                        &cards,
                        &data.timeline.events,
                        &data.timeline.articles,
                        &filters,
                    ),
                ),
                _ => (
                    "dossier-timelinejs.json",
                    "application/json",
                    to_timelinejs(&cards, &data.timeline.events, &data.timeline.articles),
                ),
            };
            download(name, mime, &content);
        })
    };
    html! {
        <div class="export-buttons" role="group" aria-label="Export">
            <button onclick={make("csv")}>{ "Export CSV" }</button>
            <button onclick={make("json")}>{ "Export JSON" }</button>
            <button onclick={make("timelinejs")}>{ "Export TimelineJS" }</button>
        </div>
    }
}
