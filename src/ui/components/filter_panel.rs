//! The filters: search, languages, expression types, precisions, article, date range, entities, and one
//! control to clear them all. On a narrow screen the panel is folded behind one button ("Filters", in
//! the timeline view), so the first event shows without scrolling.

use super::entity_facet::EntityFacet;
use crate::analysis::calendar::Date;
use crate::analysis::language::Lang;
use crate::timeline::filter::range_problem;
use crate::timeline::fragment::{grain_label, type_key, GRAINS, TYPES};
use crate::timeline::view::article_label;
use crate::timeline::words::{grain_words, type_words};
use crate::ui::hooks::use_store;
use crate::ui::state::{Action, AppState, Shared};
use std::collections::BTreeSet;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties of [`FilterPanel`].
#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    /// Whether the panel is unfolded on a narrow screen (a wide one always shows it).
    pub open: bool,
}

/// The filter panel.
#[function_component]
pub fn FilterPanel(props: &FilterPanelProps) -> Html {
    let store = use_store();
    let f = store.view.filters.clone();
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
        html! { <label class="check"><input type="checkbox" value={type_key(t)} checked={f.types.contains(&t)} {onchange} />{ type_words(t) }</label> }
    });
    // The precisions the corpus has, worked out once per corpus (not per keystroke).
    let grains_present = use_memo(store.data.clone(), |data| {
        GRAINS
            .iter()
            .filter(|g| data.0.timeline.events.iter().any(|e| e.grain == **g))
            .copied()
            .collect::<Vec<_>>()
    });
    let grain_boxes = grains_present.iter().copied().map(|g| {
        let store = store.clone();
        let onchange = Callback::from(move |_: Event| store.dispatch(Action::ToggleGrain(g)));
        html! { <label class="check"><input type="checkbox" value={grain_label(g)} checked={f.grains.contains(&g)} {onchange} />{ grain_words(g) }</label> }
    });
    let problem = range_problem(f.from, f.to);
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
                <input type="date" value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange}
                    aria-invalid={problem.is_some().then_some("true")}
                    aria-describedby={problem.is_some().then_some("date-range-problem")} />
            </label>
        }
    };
    let on_swap = {
        let store = store.clone();
        let (from, to) = (f.from, f.to);
        Callback::from(move |_: MouseEvent| store.dispatch(Action::SetRange(to, from)))
    };
    let on_clear = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::ClearFilters))
    };
    html! {
        <aside id="filter-panel" class={classes!("filter-panel", props.open.then_some("open"))} aria-label="Filters">
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
            <ArticleSelect data={store.data.clone()} current={f.articles.iter().next().cloned()} hidden={f.hidden.clone()} dispatch={store.dispatcher()} />
            <fieldset class="date-range">
                <legend>{ "Dates" }</legend>
                { date_input("From", f.from, false) }
                { date_input("To", f.to, true) }
                if let Some(problem) = &problem {
                    <p id="date-range-problem" class="date-range-problem" role="alert">
                        { problem.clone() }
                        { " " }
                        <button type="button" class="link-button" onclick={on_swap}>{ "Swap From and To" }</button>
                    </p>
                }
            </fieldset>
            <EntityFacet data={store.data.clone()} chosen={f.entities.clone()} dispatch={store.dispatcher()} />
            <button class="clear-filters" onclick={on_clear} disabled={f.is_empty()}>{ "Clear all filters" }</button>
        </aside>
    }
}

/// Properties of [`ArticleSelect`].
#[derive(Properties, PartialEq)]
pub struct ArticleSelectProps {
    /// The corpus data.
    pub data: Shared,
    /// The article shown alone, if any.
    pub current: Option<String>,
    /// Hidden articles (not offered, unless current).
    pub hidden: BTreeSet<String>,
    /// Changes the app state.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The "Article" picker: one option per article, rendered again only when the corpus, the choice or
/// the hidden articles change (not on every keystroke of the search).
#[function_component]
pub fn ArticleSelect(props: &ArticleSelectProps) -> Html {
    let onchange = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            dispatch.dispatch(Action::SetArticleFilter((!v.is_empty()).then_some(v)));
        })
    };
    let current = props.current.clone().unwrap_or_default();
    html! {
        <label class="select-field">{ "Article" }
            <select {onchange}>
                <option value="" selected={current.is_empty()}>{ "All articles" }</option>
                { for props.data.0.timeline.articles.iter().filter(|a| !props.hidden.contains(&a.id) || current == a.id).map(|a| html! {
                    <option value={a.id.clone()} selected={current == a.id} lang={a.lang.code()}>{ article_label(a) }</option>
                }) }
            </select>
        </label>
    }
}
