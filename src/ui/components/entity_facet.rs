//! The entity facet: every entity of the corpus with its event count, grouped by type, itself
//! searchable. Each group lists its entities named by the most articles first (then the most
//! mentioned; [`crate::timeline::filter::facet_order`]) and the rest on request; entities already
//! chosen are always listed. An entity that only undated sentences name filters by article
//! ("by article", [`crate::timeline::filter::Scope`]), and the facet says so. It takes the data, the
//! chosen entities and a dispatcher as properties (not the store), so typing in the search does not
//! render it again.

use crate::analysis::mention::EntityType;
use crate::compare::words::{entity_label, UI_LANG};
use crate::timeline::filter::Scope;
use crate::timeline::view::entity_type_name;
use crate::ui::state::{Action, AppState, Shared};
use std::collections::BTreeSet;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Entities listed per group before "Show all".
const LISTED: usize = 12;

/// Properties of [`EntityFacet`].
#[derive(Properties, PartialEq)]
pub struct EntityFacetProps {
    /// The corpus data.
    pub data: Shared,
    /// The chosen entities (canonical names).
    pub chosen: BTreeSet<String>,
    /// Changes the app state.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The facet.
#[function_component]
pub fn EntityFacet(props: &EntityFacetProps) -> Html {
    let search = use_state(String::new);
    let expanded = use_state(BTreeSet::<EntityType>::new);
    let data = props.data.0.clone();
    let needle = search.to_lowercase();
    let on_search = {
        let search = search.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            search.set(input.value());
        })
    };
    let groups = [
        EntityType::Person,
        EntityType::Organisation,
        EntityType::Place,
        EntityType::Misc,
        EntityType::Money,
    ];
    let chosen = &props.chosen;
    let by_article: Vec<&str> = chosen
        .iter()
        .filter(|e| data.timeline.article_scoped.contains_key(*e))
        .map(String::as_str)
        .collect();
    html! {
        <fieldset class="entity-facet">
            <legend>{ format!("Entities ({})", data.timeline.entity_counts.len()) }</legend>
            <p class="facet-note">{ "An entity filters the events whose sentence (or the one before) names it; one that no dated sentence names filters the events of the articles that name it (“by article”)." }</p>
            if !by_article.is_empty() {
                <p class="facet-scope" role="status">{ format!("Filtering by article for {}: no dated sentence names {}.", by_article.join(", "), if by_article.len() == 1 { "it" } else { "them" }) }</p>
            }
            <input type="search" aria-label="Search entities" placeholder="Filter entities" value={(*search).clone()} oninput={on_search} />
            { for groups.iter().map(|g| {
                let matching: Vec<_> = data
                    .timeline
                    .entity_counts
                    .iter()
                    .filter(|e| e.kind == *g)
                    .filter(|e| {
                        needle.is_empty()
                            || e.canonical.to_lowercase().contains(&needle)
                            || entity_label(&e.canonical, e.kind, UI_LANG).to_lowercase().contains(&needle)
                            || data.timeline.names.get(&e.canonical).is_some_and(|n| n.iter().any(|n| n.contains(&needle)))
                    })
                    .collect();
                if matching.is_empty() {
                    return html! {};
                }
                let all = expanded.contains(g) || !needle.is_empty();
                let listed: Vec<_> = matching
                    .iter()
                    .enumerate()
                    .filter(|(i, e)| all || *i < LISTED || chosen.contains(&e.canonical))
                    .map(|(_, e)| *e)
                    .collect();
                let hidden = matching.len() - listed.len();
                let toggle = {
                    let (expanded, g) = (expanded.clone(), *g);
                    Callback::from(move |_: MouseEvent| {
                        let mut set = (*expanded).clone();
                        if !set.remove(&g) {
                            set.insert(g);
                        }
                        expanded.set(set);
                    })
                };
                html! {
                    <div class="facet-group">
                        <p class="facet-group-name">{ entity_type_name(*g) }</p>
                        { for listed.into_iter().map(|e| {
                            let dispatch = props.dispatch.clone();
                            let name = e.canonical.clone();
                            let checked = chosen.contains(&e.canonical);
                            let onchange = Callback::from(move |_: Event| dispatch.dispatch(Action::ToggleEntity(name.clone())));
                            let scope = if e.scope == Scope::Article { " · by article" } else { "" };
                            // An amount is named as people write it (`$10 billion`); its normalised value stays as data.
                            let label = entity_label(&e.canonical, e.kind, UI_LANG);
                            html! { <label class="check facet-item" title={e.canonical.clone()} data-value={e.canonical.clone()}><input type="checkbox" {checked} {onchange} />{ format!("{label} ({}{scope})", e.events) }</label> }
                        }) }
                        if hidden > 0 {
                            <button class="link-button facet-more" onclick={toggle}>{ format!("Show all {} {}", matching.len(), entity_type_name(*g).to_lowercase()) }</button>
                        } else if expanded.contains(g) && needle.is_empty() {
                            <button class="link-button facet-more" onclick={toggle}>{ "Show fewer" }</button>
                        }
                    </div>
                }
            }) }
        </fieldset>
    }
}
