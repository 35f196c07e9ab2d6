//! The filters: search, languages, expression types, precisions, article, date range, entities, and one
//! control to clear them all.

use super::entity_facet::EntityFacet;
use crate::analysis::calendar::Date;
use crate::analysis::language::Lang;
use crate::timeline::fragment::{grain_label, type_key, GRAINS, TYPES};
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The filter panel.
#[function_component]
pub fn FilterPanel() -> Html {
    let store = use_store();
    let f = store.view.filters.clone();
    let data = store.data.0.clone();
    let on_query = {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            store.dispatch(Action::SetQuery(input.value()));
        })
    };
    let lang_box = |lang: Lang| {
        let store = store.clone();
        let onchange = Callback::from(move |_: Event| store.dispatch(Action::ToggleLang(lang)));
        html! {
            <label class="check"><input type="checkbox" checked={f.langs.contains(&lang)} {onchange} />{ lang.name() }</label>
        }
    };
    let type_boxes = TYPES.iter().map(|t| {
        let (store, t) = (store.clone(), *t);
        let onchange = Callback::from(move |_: Event| store.dispatch(Action::ToggleType(t)));
        html! { <label class="check"><input type="checkbox" checked={f.types.contains(&t)} {onchange} />{ type_key(t) }</label> }
    });
    let grains_present: Vec<_> = GRAINS
        .iter()
        .filter(|g| data.timeline.events.iter().any(|e| e.grain == **g))
        .copied()
        .collect();
    let grain_boxes = grains_present.into_iter().map(|g| {
        let store = store.clone();
        let onchange = Callback::from(move |_: Event| store.dispatch(Action::ToggleGrain(g)));
        html! { <label class="check"><input type="checkbox" checked={f.grains.contains(&g)} {onchange} />{ grain_label(g) }</label> }
    });
    let on_article = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            store.dispatch(Action::SetArticleFilter((!v.is_empty()).then_some(v)));
        })
    };
    let current_article = f.articles.iter().next().cloned().unwrap_or_default();
    let date_input = |label: &'static str, value: Option<Date>, to: bool| {
        let store = store.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let d = Date::parse(&input.value());
            store.dispatch(if to {
                Action::SetTo(d)
            } else {
                Action::SetFrom(d)
            });
        });
        html! {
            <label class="date-field">{ label }
                <input type="date" value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
            </label>
        }
    };
    let on_clear = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::ClearFilters))
    };
    html! {
        <aside class="filter-panel" aria-label="Filters">
            <label class="search-field">
                <span class="visually-hidden">{ "Search" }</span>
                <input type="search" aria-label="Search" placeholder="Search text and names, in any language" value={f.query.clone()} oninput={on_query} />
            </label>
            <fieldset>
                <legend>{ "Language" }</legend>
                { lang_box(Lang::Nl) }{ lang_box(Lang::Fr) }{ lang_box(Lang::En) }
            </fieldset>
            <fieldset>
                <legend>{ "Expression type" }</legend>
                { for type_boxes }
            </fieldset>
            <fieldset>
                <legend>{ "Precision" }</legend>
                { for grain_boxes }
            </fieldset>
            <label class="select-field">{ "Article" }
                <select onchange={on_article}>
                    <option value="" selected={current_article.is_empty()}>{ "All articles" }</option>
                    { for data.timeline.articles.iter().map(|a| html! {
                        <option value={a.id.clone()} selected={current_article == a.id} lang={a.lang.code()}>{ crate::timeline::view::article_label(a) }</option>
                    }) }
                </select>
            </label>
            <fieldset class="date-range">
                <legend>{ "Dates" }</legend>
                { date_input("From", f.from, false) }
                { date_input("To", f.to, true) }
            </fieldset>
            <EntityFacet />
            <button class="clear-filters" onclick={on_clear} disabled={f.is_empty()}>{ "Clear all filters" }</button>
        </aside>
    }
}
