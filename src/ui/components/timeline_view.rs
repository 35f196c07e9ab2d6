//! The timeline view: filters, a live count, the time axis and the event list, in step.

use super::event_list::EventList;
use super::export_buttons::ExportButtons;
use super::filter_panel::FilterPanel;
use super::timeline_axis::TimelineAxis;
use crate::timeline::filter::visible_indices;
use crate::ui::hooks::use_store;
use yew::prelude::*;

/// The timeline view.
#[function_component]
pub fn TimelineView() -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let visible = visible_indices(
        &data.timeline.cards,
        &data.timeline.events,
        &store.view.filters,
        &data.timeline.names,
    );
    let count = format!("{} of {} events", visible.len(), data.timeline.cards.len());
    html! {
        <div class="timeline-view">
            <FilterPanel />
            <section class="timeline" aria-label="Timeline">
                <div class="timeline-bar">
                    <p class="timeline-count" role="status" aria-live="polite">{ count }</p>
                    <ExportButtons visible={visible.clone()} />
                </div>
                <TimelineAxis visible={visible.clone()} />
                <EventList {visible} />
            </section>
        </div>
    }
}
