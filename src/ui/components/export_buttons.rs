//! Export the filtered timeline as CSV, JSON or TimelineJS JSON, from the page itself. At the top level
//! the file downloads. In a sandboxed frame, which may be refused downloads without a word (the host's
//! `allow-downloads`), the export opens in a panel instead: the data in a text area to select, a
//! "Copy to clipboard" button, the reason, and a download button for hosts that allow it.

use crate::timeline::export::{exported_cards, to_csv, to_json, to_timelinejs, BOM};
use crate::timeline::filter::{Filters, Matcher};
use crate::timeline::merge::Card;
use crate::ui::browser::{copy_text, download, sandboxed_frame};
use crate::ui::hooks::use_store;
use crate::ui::state::Data;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ExportButtons`].
#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    /// Indices of the visible cards.
    pub visible: Rc<Vec<usize>>,
}

/// One export: file name, type, what the panel calls it, and its content.
#[derive(Clone, PartialEq)]
struct Export {
    name: &'static str,
    mime: &'static str,
    label: &'static str,
    content: String,
}

/// The export of the events that pass the filters, card by card, in `format` (`csv`, `json`,
/// `timelinejs`).
fn export(format: &str, data: &Data, visible: &[usize], filters: &Filters) -> Export {
    let timeline = &data.timeline;
    let matcher = Matcher::new(filters, timeline);
    let filtered = exported_cards(&timeline.cards, visible, &timeline.events, &matcher);
    let cards: Vec<&Card> = filtered.iter().collect();
    let (events, articles) = (&timeline.events, &timeline.articles);
    match format {
        "csv" => Export {
            name: "dossier-timeline.csv",
            mime: "text/csv",
            label: "CSV",
            content: to_csv(&cards, events, articles),
        },
        "json" => Export {
            name: "dossier-timeline.json",
            mime: "application/json",
            label: "JSON",
            content: to_json(&cards, events, articles, filters),
        },
        _ => Export {
            name: "dossier-timelinejs.json",
            mime: "application/json",
            label: "TimelineJS JSON",
            content: to_timelinejs(&cards, events, articles),
        },
    }
}

/// An export as text to select or copy: without the CSV's byte-order mark (which only a file needs).
fn shown_text(content: &str) -> String {
    content.trim_start_matches(BOM).to_string()
}

/// The export buttons, and the panel where downloads may be refused.
#[function_component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let store = use_store();
    let panel = use_state(|| None::<Export>);
    let copied = use_state(|| None::<bool>);
    let make = |format: &'static str| {
        let data = store.data.0.clone();
        let visible = props.visible.clone();
        let filters = store.view.filters.clone();
        let (panel, copied) = (panel.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let out = export(format, &data, &visible, &filters);
            if sandboxed_frame() {
                copied.set(None);
                panel.set(Some(out));
            } else {
                download(out.name, out.mime, &out.content);
            }
        })
    };
    let shown = (*panel).clone();
    html! {
        <div class="export-buttons" role="group" aria-label="Export">
            <button onclick={make("csv")}>{ "Export CSV" }</button>
            <button onclick={make("json")}>{ "Export JSON" }</button>
            <button onclick={make("timelinejs")}>{ "Export TimelineJS" }</button>
            if let Some(out) = shown {
                <section class="export-panel" aria-label={format!("{} export", out.label)}>
                    <p>{ format!("This page is embedded in a frame that may not allow downloads, so the {} export is shown here: copy it to the clipboard, or select the text and copy it. (Hosts that add allow-downloads to the iframe's sandbox can download it.)", out.label) }</p>
                    <textarea readonly=true rows="8" aria-label={format!("{} export", out.label)} value={shown_text(&out.content)}
                        onfocus={Callback::from(|e: FocusEvent| {
                            if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                                area.select();
                            }
                        })} />
                    <div class="export-panel-actions">
                        <button onclick={
                            let (copied, text) = (copied.clone(), shown_text(&out.content));
                            Callback::from(move |_: MouseEvent| {
                                let (copied, text) = (copied.clone(), text.clone());
                                yew::platform::spawn_local(async move { copied.set(Some(copy_text(&text).await)) });
                            })
                        }>{ "Copy to clipboard" }</button>
                        <button onclick={
                            let out = out.clone();
                            Callback::from(move |_: MouseEvent| { download(out.name, out.mime, &out.content); })
                        }>{ format!("Download {}", out.name) }</button>
                        <button onclick={
                            let panel = panel.clone();
                            Callback::from(move |_: MouseEvent| panel.set(None))
                        }>{ "Close" }</button>
                        <span role="status">{ match *copied {
                            Some(true) => "Copied to the clipboard",
                            Some(false) => "The browser refused the clipboard here: select the text above and copy it",
                            None => "",
                        } }</span>
                    </div>
                </section>
            }
        </div>
    }
}
