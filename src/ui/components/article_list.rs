//! The list of articles: headline, language, publication date and word count.

use crate::timeline::view::{article_dom_id, pub_date_label};
use crate::ui::state::Shared;
use yew::prelude::*;

/// Properties of [`ArticleList`].
#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    /// The corpus data.
    pub data: Shared,
    /// The index of the article open in the reader.
    pub selected: Option<usize>,
    /// Called with an article's index when it is chosen.
    pub on_select: Callback<usize>,
    /// Called with an added article's id to remove it.
    pub on_remove: Callback<String>,
}

/// The article list.
#[function_component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    html! {
        <nav class="article-list" id="article-list" aria-label="Articles">
            <ul>
                { for props.data.0.timeline.articles.iter().enumerate().map(|(i, a)| {
                    let on_select = props.on_select.clone();
                    let current = props.selected == Some(i);
                    html! {
                        <li key={a.id.clone()}>
                            <button
                                class={classes!("article-item", current.then_some("current"))}
                                aria-current={current.then_some("true")}
                                id={article_dom_id(&a.id)}
                                data-article-id={a.id.clone()}
                                onclick={Callback::from(move |_| on_select.emit(i))}
                            >
                                <span class="article-title" lang={a.lang.code()}>{ &a.title }</span>
                                <span class="article-meta">
                                    <span class="lang-badge" data-lang={a.lang.code()} title={a.lang.name()}>
                                        { a.lang.code() }
                                    </span>
                                    <span class="article-date">{ pub_date_label(a) }</span>
                                    <span class="article-words">{ format!("{} words", a.word_count) }</span>
                                    if props.data.0.added.contains(&a.id) {
                                        <span class="added-badge">{ "added" }</span>
                                    }
                                </span>
                            </button>
                            if props.data.0.added.contains(&a.id) {
                                <button class="remove-article" aria-label={format!("Remove {}", a.file)} onclick={
                                    let (on_remove, id) = (props.on_remove.clone(), a.id.clone());
                                    Callback::from(move |_: MouseEvent| on_remove.emit(id.clone()))
                                }>{ "Remove" }</button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
