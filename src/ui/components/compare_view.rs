//! The compare view: two articles side by side, each with its entities and dates highlighted.

use super::reader::Reader;
use crate::ui::state::Action;
use crate::ui::Store;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The compare view.
#[function_component]
pub fn CompareView() -> Html {
    let store = use_context::<Store>().expect("store");
    let data = store.data.0.clone();
    let (left, right) = store.view.compare.clone();
    let picker = |label: &'static str, current: Option<String>, is_left: bool| {
        let store = store.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = Some(select.value()).filter(|v| !v.is_empty());
            let (l, r) = store.view.compare.clone();
            store.dispatch(if is_left {
                Action::SetCompare(v, r)
            } else {
                Action::SetCompare(l, v)
            });
        });
        let current = current.unwrap_or_default();
        html! {
            <label class="select-field">{ label }
                <select aria-label={label} {onchange}>
                    <option value="" selected={current.is_empty()}>{ "Choose an article" }</option>
                    { for data.articles.iter().map(|a| html! {
                        <option value={a.id.clone()} selected={current == a.id}>{ format!("{} — {}", a.lang.code(), a.title) }</option>
                    }) }
                </select>
            </label>
        }
    };
    let find = |id: &Option<String>| {
        id.as_deref()
            .and_then(|id| data.articles.iter().find(|a| a.id == id))
            .cloned()
    };
    html! {
        <div class="compare-view">
            <div class="compare-pickers">
                { picker("Left article", left.clone(), true) }
                { picker("Right article", right.clone(), false) }
            </div>
            <div class="compare-columns">
                <Reader article={find(&left)} />
                <Reader article={find(&right)} />
            </div>
        </div>
    }
}
