//! The timeline view: filters (behind one button on a phone), a live count, the time axis and the event
//! list, in step. The visible cards and the axis's items are worked out once per change of the data or
//! the filters, the axis's first view once per change of the corpus, the hidden or the picked articles, and
//! shared with the children.

use super::event_list::EventList;
use super::export_buttons::ExportButtons;
use super::filter_panel::FilterPanel;
use super::timeline_axis::TimelineAxis;
use crate::timeline::axis::{self, Item};
use crate::timeline::filter::{visible_indices, Filters};
use crate::timeline::view::first_view;
use crate::ui::hooks::use_store;
use std::rc::Rc;
use yew::prelude::*;

/// The cards an axis places: each visible card's lead span, in date order.
pub fn axis_items(timeline: &crate::timeline::build::Timeline, visible: &[usize]) -> Vec<Item> {
    visible
        .iter()
        .filter_map(|&c| {
            let span = timeline.cards[c].lead(&timeline.events).span?;
            Some(Item { span, key: c })
        })
        .collect()
}

/// The timeline view.
#[function_component]
pub fn TimelineView() -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let visible: Rc<Vec<usize>> = use_memo(
        (store.data.clone(), store.view.filters.clone()),
        |(data, filters)| visible_indices(&data.0.timeline, filters),
    );
    // The first view is where the corpus's events are dense (its articles not hidden), or where the
    // picked articles' are: it stays put while the reader types or picks other filters, and moves when
    // articles are added, removed, hidden or picked.
    let dense = use_memo(
        (
            store.data.clone(),
            store.view.filters.hidden.clone(),
            store.view.filters.articles.clone(),
        ),
        |(data, hidden, articles)| {
            first_view(
                &data.0.timeline,
                &Filters {
                    hidden: hidden.clone(),
                    articles: articles.clone(),
                    ..Filters::default()
                },
            )
        },
    );
    let placed = use_memo(
        (store.data.clone(), visible.clone(), *dense),
        |(data, visible, dense)| (axis_items(&data.0.timeline, visible), *dense),
    );
    let f = &store.view.filters;
    let window = axis::window(store.view.zoom, f.from, f.to, placed.1);
    let filters_open = use_state(|| false);
    let toggle_filters = {
        let filters_open = filters_open.clone();
        Callback::from(move |_: MouseEvent| filters_open.set(!*filters_open))
    };
    let count = format!("{} of {} events", visible.len(), data.timeline.cards.len());
    let set = f.count();
    html! {
        <div class="timeline-view">
            <button class="filters-toggle" aria-expanded={filters_open.to_string()} aria-controls="filter-panel" onclick={toggle_filters}>
                { if set == 0 { "Filters".to_string() } else { format!("Filters ({set} set)") } }
            </button>
            <FilterPanel open={*filters_open} />
            <section class="timeline" aria-label="Timeline">
                <div class="timeline-bar">
                    <p class="timeline-count" role="status" aria-live="polite">{ count }</p>
                    <ExportButtons visible={visible.clone()} />
                </div>
                <TimelineAxis items={placed.clone()} {window} />
                <EventList {visible} {window} />
            </section>
        </div>
    }
}
