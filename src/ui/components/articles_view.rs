//! The articles view: the list of articles and the reader.

use super::article_list::ArticleList;
use super::reader::Reader;
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use yew::prelude::*;

/// The articles view.
#[function_component]
pub fn ArticlesView() -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let highlights = use_state(|| true);
    let selected = store
        .view
        .article
        .as_deref()
        .and_then(|id| data.article_index(id));
    // The sentence the reader was opened at (from a claim), else the selected event's sentence when it
    // belongs to the open article.
    let focus = store.view.at.or_else(|| {
        store
            .view
            .selected
            .as_deref()
            .and_then(|id| data.timeline.events.iter().find(|e| e.id == id))
            .filter(|e| {
                Some(e.article_id.as_str()) == store.view.article.as_deref() && !e.publication
            })
            .map(|e| e.sentence_start)
    });
    html! {
        <div class="articles-view">
            <ArticleList {selected} />
            <div class="articles-reader">
                if let Some(id) = store.view.article.clone() {
                    <button class="compare-with" onclick={
                        let store = store.clone();
                        Callback::from(move |_: MouseEvent| store.dispatch(Action::SetCompare(Some(id.clone()), None)))
                    }>{ "Compare with…" }</button>
                }
                <label class="check highlight-toggle">
                    <input type="checkbox" checked={*highlights} onchange={
                        let highlights = highlights.clone();
                        Callback::from(move |_: Event| highlights.set(!*highlights))
                    } />
                    { "Highlight entities and dates" }
                </label>
                <Reader article={store.open_article()} focus={focus} highlights={*highlights} />
            </div>
        </div>
    }
}
