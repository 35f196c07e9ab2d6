//! The entity facet: the corpus's entities with their event counts, grouped by type, itself searchable.
//! Each group lists its most mentioned entities first and the rest on request; entities already
//! chosen are always listed.

use crate::analysis::mention::EntityType;
use crate::timeline::view::entity_type_name;
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use std::collections::BTreeSet;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Entities listed per group before "Show all".
const LISTED: usize = 12;

/// The facet.
#[function_component]
pub fn EntityFacet() -> Html {
    let store = use_store();
    let search = use_state(String::new);
    let expanded = use_state(BTreeSet::<EntityType>::new);
    let data = store.data.0.clone();
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
    let chosen = &store.view.filters.entities;
    html! {
        <fieldset class="entity-facet">
            <legend>{ "Entities" }</legend>
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
                            let store = store.clone();
                            let name = e.canonical.clone();
                            let checked = chosen.contains(&e.canonical);
                            let onchange = Callback::from(move |_: Event| store.dispatch(Action::ToggleEntity(name.clone())));
                            html! { <label class="check facet-item"><input type="checkbox" {checked} {onchange} />{ format!("{} ({})", e.canonical, e.events) }</label> }
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
