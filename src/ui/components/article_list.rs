//! The list of articles: headline, language, publication date and word count; a button to hide any
//! article (embedded ones included) from every view or show it again; for the articles the reader added,
//! a note on where they are kept, a remove button each and one to remove them all.

use crate::timeline::view::{article_dom_id, pub_date_label, pub_date_value};
use crate::ui::hooks::use_store;
use crate::ui::state::{Action, Storage};
use yew::prelude::*;

/// Properties of [`ArticleList`].
#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    /// The index of the article open in the reader.
    pub selected: Option<usize>,
}

/// The article list.
#[function_component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let hidden = &store.view.filters.hidden;
    let added = data.added.len();
    let kept = match &store.storage {
        Storage::Kept { restored } if *restored > 0 => format!(
            "{added} article{} you added {} kept in this browser only ({restored} restored when the page opened); nothing is sent anywhere.",
            if added == 1 { "" } else { "s" },
            if added == 1 { "is" } else { "are" }
        ),
        Storage::Kept { .. } | Storage::Opening => format!(
            "{added} article{} you added {} kept in this browser only and will be here when the page reopens; nothing is sent anywhere.",
            if added == 1 { "" } else { "s" },
            if added == 1 { "is" } else { "are" }
        ),
        Storage::Unavailable(why) => format!(
            "The {added} article{} you added last only while this page is open: the browser does not let this page keep them ({why}).",
            if added == 1 { "" } else { "s" }
        ),
    };
    html! {
        <nav class="article-list" id="article-list" aria-label="Articles">
            if added > 0 {
                <div class="added-note">
                    <p role="status">{ kept }</p>
                    <button class="remove-all" onclick={
                        let store = store.clone();
                        Callback::from(move |_: MouseEvent| store.dispatch(Action::RemoveAllAdded))
                    }>{ format!("Remove all {added} added") }</button>
                </div>
            }
            if !hidden.is_empty() {
                <div class="hidden-note">
                    <p>{ format!("{} hidden from the timeline, the comparison and the exports.", if hidden.len() == 1 { "1 article is".to_string() } else { format!("{} articles are", hidden.len()) }) }</p>
                    <button onclick={
                        let store = store.clone();
                        Callback::from(move |_: MouseEvent| store.dispatch(Action::ShowAllArticles))
                    }>{ "Show all" }</button>
                </div>
            }
            <ul>
                { for data.timeline.articles.iter().enumerate().map(|(i, a)| {
                    let current = props.selected == Some(i);
                    let is_hidden = hidden.contains(&a.id);
                    let is_added = data.added.contains(&a.id);
                    let open = {
                        let (store, id) = (store.clone(), a.id.clone());
                        Callback::from(move |_: MouseEvent| store.dispatch(Action::OpenArticle(id.clone())))
                    };
                    let toggle = {
                        let (store, id) = (store.clone(), a.id.clone());
                        Callback::from(move |_: MouseEvent| store.dispatch(Action::ToggleHidden(id.clone())))
                    };
                    html! {
                        <li key={a.id.clone()} class={classes!(is_hidden.then_some("hidden-article"))}>
                            <button
                                class={classes!("article-item", current.then_some("current"))}
                                aria-current={current.then_some("true")}
                                id={article_dom_id(&a.id)}
                                data-article-id={a.id.clone()}
                                onclick={open}
                            >
                                <span class="article-title" lang={a.lang.code()}>{ &a.title }</span>
                                <span class="article-meta">
                                    <span class="lang-badge" data-lang={a.lang.code()} title={a.lang.name()}>
                                        { a.lang.code() }
                                    </span>
                                    <data class="article-date" value={pub_date_value(a)}>{ pub_date_label(a) }</data>
                                    <span class="article-words">{ format!("{} words", a.word_count) }</span>
                                    if is_added {
                                        <span class="added-badge">{ "added" }</span>
                                    }
                                    if is_hidden {
                                        <span class="hidden-badge">{ "hidden" }</span>
                                    }
                                </span>
                            </button>
                            <div class="article-actions">
                                <button class="hide-article" aria-pressed={is_hidden.to_string()}
                                    aria-label={format!("{} {}", if is_hidden { "Show" } else { "Hide" }, a.file)} onclick={toggle}>
                                    { if is_hidden { "Show" } else { "Hide" } }
                                </button>
                                if is_added {
                                    <button class="remove-article" aria-label={format!("Remove {}", a.file)} onclick={
                                        let (store, id) = (store.clone(), a.id.clone());
                                        Callback::from(move |_: MouseEvent| store.dispatch(Action::RemoveAdded(id.clone())))
                                    }>{ "Remove" }</button>
                                }
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
