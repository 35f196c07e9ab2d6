//! The entity facet: the corpus's entities with their event counts, grouped by type, itself searchable.

use crate::analysis::mention::EntityType;
use crate::ui::components::reader::entity_type_name;
use crate::ui::state::Action;
use crate::ui::Store;
use std::collections::BTreeMap;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The facet.
#[function_component]
pub fn EntityFacet() -> Html {
    let store = use_context::<Store>().expect("store");
    let search = use_state(String::new);
    let data = store.data.0.clone();
    // canonical → (type, number of events that mention it)
    let mut counts: BTreeMap<String, (EntityType, usize)> = BTreeMap::new();
    for e in &data.events {
        for c in &e.entities {
            let kind = data
                .articles
                .get(e.article)
                .and_then(|a| a.entity_index.iter().find(|r| &r.canonical == c))
                .map_or(EntityType::Misc, |r| r.kind);
            counts.entry(c.clone()).or_insert((kind, 0)).1 += 1;
        }
    }
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
    html! {
        <fieldset class="entity-facet">
            <legend>{ "Entities" }</legend>
            <input type="search" aria-label="Search entities" placeholder="Filter entities" value={(*search).clone()} oninput={on_search} />
            { for groups.iter().map(|g| {
                let mut items: Vec<(&String, usize)> = counts
                    .iter()
                    .filter(|(c, (k, _))| k == g && (needle.is_empty() || data.names.get(*c).is_some_and(|n| n.iter().any(|n| n.contains(&needle))) || c.to_lowercase().contains(&needle)))
                    .map(|(c, (_, n))| (c, *n))
                    .collect();
                items.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                if items.is_empty() {
                    return html! {};
                }
                html! {
                    <div class="facet-group">
                        <p class="facet-group-name">{ entity_type_name(*g) }</p>
                        { for items.into_iter().map(|(c, n)| {
                            let store = store.clone();
                            let name = c.clone();
                            let checked = store.view.filters.entities.contains(c);
                            let onchange = Callback::from(move |_: Event| store.dispatch(Action::ToggleEntity(name.clone())));
                            html! { <label class="check facet-item"><input type="checkbox" {checked} {onchange} />{ format!("{c} ({n})") }</label> }
                        }) }
                    </div>
                }
            }) }
        </fieldset>
    }
}
