//! Bring your own articles: a file input ("Add articles") and a drop zone over the whole page. Files are
//! read and analysed in the browser; nothing leaves the machine. A file that is not UTF-8 text, is empty,
//! or is over the size limit gets a message naming it; the others still load. A file whose id is already
//! in the page asks what to do: "Replace" the article added before, "Keep both" (the new one under a
//! free id) or "Cancel" ([`crate::corpus::adding`]).

use crate::corpus::adding::{free_id, Choice};
use crate::corpus::source::{decode_article, MAX_ARTICLE_BYTES};
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use crate::ui::Store;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList, HtmlInputElement};
use yew::prelude::*;

/// Reads and decodes the files, then adds them in one action.
pub fn add_files(store: Store, list: FileList) {
    let files: Vec<File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    yew::platform::spawn_local(async move {
        let mut good = Vec::new();
        let mut errors = Vec::new();
        for file in files {
            let name = file.name();
            if file.size() > MAX_ARTICLE_BYTES as f64 {
                errors.push(format!(
                    "{name}: is {} bytes; articles over {MAX_ARTICLE_BYTES} bytes are refused",
                    file.size()
                ));
                continue;
            }
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    errors.push(format!("{name}: cannot be read"));
                    continue;
                }
            };
            match decode_article(&name, &bytes) {
                Ok(f) => good.push(f),
                Err(e) => errors.push(e.to_string()),
            }
        }
        store.dispatch(Action::AddFiles(good, errors));
    });
}

/// The file input and the messages about added files.
#[function_component]
pub fn AddArticles() -> Html {
    let store = use_store();
    let onchange = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                add_files(store.clone(), list);
            }
            input.set_value("");
        })
    };
    // Enter and Space open the file picker (a file input answers only to Space, and not everywhere).
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if matches!(e.key().as_str(), "Enter" | " ") {
            e.prevent_default();
            let input: HtmlInputElement = e.target_unchecked_into();
            input.click();
        }
    });
    let errors = store.add_errors().to_vec();
    let on_dismiss = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::DismissAddErrors))
    };
    let taken = store.data.0.files.clone();
    let choose_all = |choice: Choice| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::ResolveAll(choice)))
    };
    let clashes = store.clashes.iter().enumerate().map(|(i, c)| {
        let choose = |choice: Choice| {
            let store = store.clone();
            Callback::from(move |_: MouseEvent| store.dispatch(Action::Resolve(i, choice)))
        };
        let text_id = format!("clash-{i}");
        let other = free_id(&c.file.id, &taken);
        html! {
            <div class="add-clash" role="group" aria-labelledby={text_id.clone()}>
                <p id={text_id}>{ format!(
                    "{} has the same article id as {}, already in the page{}.",
                    c.file.file_name,
                    c.existing,
                    if c.replaceable { "" } else { " (one of the page's own articles, which cannot be replaced)" },
                ) }</p>
                if c.replaceable {
                    <button type="button" onclick={choose(Choice::Replace)}>{ format!("Replace {}", c.existing) }</button>
                }
                <button type="button" onclick={choose(Choice::KeepBoth)}>{ format!("Keep both (add as {other})") }</button>
                <button type="button" onclick={choose(Choice::Cancel)}>{ format!("Cancel adding {}", c.file.file_name) }</button>
            </div>
        }
    });
    html! {
        <div class="add-articles">
            <label class="add-articles-button">
                { "Add articles" }
                <input type="file" multiple=true accept=".txt,text/plain" aria-label="Add articles" {onchange} {onkeydown} />
            </label>
            if !store.clashes.is_empty() {
                <div class="add-clashes" role="alert">
                    if store.clashes.len() > 1 {
                        <div class="add-clash" role="group" aria-labelledby="clash-all">
                            <p id="clash-all">{ format!("{} files have an article id already in the page. For all of them:", store.clashes.len()) }</p>
                            if store.clashes.iter().any(|c| c.replaceable) {
                                <button type="button" onclick={choose_all(Choice::Replace)}>{ "Replace all" }</button>
                            }
                            <button type="button" onclick={choose_all(Choice::KeepBoth)}>{ "Keep all" }</button>
                            <button type="button" onclick={choose_all(Choice::Cancel)}>{ "Cancel all" }</button>
                        </div>
                    }
                    { for clashes }
                </div>
            }
            if !errors.is_empty() {
                <div class="add-errors" role="alert">
                    <p>{ "Some files were not added:" }</p>
                    <ul>{ for errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                    <button type="button" onclick={on_dismiss}>{ "Dismiss" }</button>
                </div>
            }
        </div>
    }
}
