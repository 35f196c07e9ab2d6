//! The time axis (SVG): each visible card at its real span (a month is a bar, not a fake day), stacked in
//! lanes; zoom in and out, reset; clicking a mark selects its card, like the list does.

use crate::analysis::calendar::Date;
use crate::ui::state::Action;
use crate::ui::Store;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`TimelineAxis`].
#[derive(Properties, PartialEq)]
pub struct TimelineAxisProps {
    /// Indices of the visible cards.
    pub visible: Vec<usize>,
}

const WIDTH: f64 = 1000.0;
const LANE: f64 = 14.0;
const TOP: f64 = 26.0;

/// The axis window: the zoom, or the extent of every event with a margin.
pub fn window(zoom: Option<(Date, Date)>, extent: Option<(Date, Date)>) -> Option<(Date, Date)> {
    zoom.or_else(|| extent.map(|(a, b)| (a.add_days(-20), b.add_days(20))))
}

/// The window zoomed by `factor` (0.5 zooms in) around its middle.
pub fn zoomed((a, b): (Date, Date), factor: f64) -> (Date, Date) {
    let days = a.days_until(b).max(2) as f64;
    let middle = a.add_days((days / 2.0) as i64);
    let half = ((days * factor) / 2.0).max(3.0) as i64;
    (middle.add_days(-half), middle.add_days(half))
}

/// The axis.
#[function_component]
pub fn TimelineAxis(props: &TimelineAxisProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let data = store.data.0.clone();
    let Some((ws, we)) = window(store.view.zoom, data.extent) else {
        return html! { <p class="axis-empty">{ "No dated events." }</p> };
    };
    let total = ws.days_until(we).max(1) as f64;
    let x = |d: Date| ((ws.days_until(d) as f64) / total * WIDTH).clamp(0.0, WIDTH);
    // Lanes: greedy, left to right.
    let mut lanes: Vec<f64> = Vec::new();
    let mut marks = Vec::new();
    for &ci in &props.visible {
        let card = &data.cards[ci];
        let lead = card.lead(&data.events);
        let Some((s, e)) = lead.span else { continue };
        if e < ws || s > we {
            continue;
        }
        let (x1, x2) = (x(s), x(e.add_days(1)).max(x(s) + 4.0));
        let lane = lanes
            .iter()
            .position(|end| *end + 3.0 < x1)
            .unwrap_or_else(|| {
                lanes.push(0.0);
                lanes.len() - 1
            });
        lanes[lane] = x2;
        marks.push((
            ci,
            lane,
            x1,
            x2,
            lead.id.clone(),
            lead.value.clone(),
            lead.publication,
            card.articles.len(),
        ));
    }
    let height = TOP + (lanes.len().max(1) as f64) * LANE + 8.0;
    // Ticks: years, or months when the window is under two years.
    let mut ticks = Vec::new();
    let monthly = total < 730.0;
    let mut t = Date {
        year: ws.year,
        month: if monthly { ws.month } else { 1 },
        day: 1,
    };
    while t <= we {
        if t >= ws {
            let label = if monthly {
                format!("{:04}-{:02}", t.year, t.month)
            } else {
                format!("{}", t.year)
            };
            ticks.push((x(t), label));
        }
        t = t.add_months(if monthly { 1 } else { 12 });
        if ticks.len() > 40 {
            break;
        }
    }
    let zoom_by = |factor: f64| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(Action::Zoom(Some(zoomed((ws, we), factor))))
        })
    };
    let reset = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Zoom(None)))
    };
    let selected = store.view.selected.clone();
    // Brushing: drag across the axis to set the date range filter.
    let brush_start = use_state(|| None::<f64>);
    let fraction = |e: &MouseEvent| -> Option<f64> {
        let target: web_sys::Element = e.current_target()?.dyn_into().ok()?;
        let width = f64::from(target.client_width());
        (width > 0.0).then(|| (f64::from(e.offset_x()) / width).clamp(0.0, 1.0))
    };
    let on_down = {
        let brush_start = brush_start.clone();
        Callback::from(move |e: MouseEvent| brush_start.set(fraction(&e)))
    };
    let on_up = {
        let (brush_start, store) = (brush_start.clone(), store.clone());
        Callback::from(move |e: MouseEvent| {
            if let (Some(a), Some(b)) = (*brush_start, fraction(&e)) {
                if (a - b).abs() > 0.01 {
                    let day = |f: f64| ws.add_days((f * total).round() as i64);
                    store.dispatch(Action::SetFrom(Some(day(a.min(b)))));
                    store.dispatch(Action::SetTo(Some(day(a.max(b)))));
                }
            }
            brush_start.set(None);
        })
    };
    html! {
        <div class="timeline-axis">
            <div class="axis-controls">
                <button onclick={zoom_by(0.5)} aria-label="Zoom in">{ "+" }</button>
                <button onclick={zoom_by(2.0)} aria-label="Zoom out">{ "−" }</button>
                <button onclick={reset} disabled={store.view.zoom.is_none()}>{ "Reset zoom" }</button>
                <span class="axis-window">{ format!("{ws} – {we}") }</span>
            </div>
            <svg class="axis-svg" viewBox={format!("0 0 {WIDTH} {height}")} preserveAspectRatio="none" role="img"
                onmousedown={on_down} onmouseup={on_up}
                aria-label={format!("Time axis from {ws} to {we}, {} events placed", marks.len())}>
                { for ticks.iter().map(|(tx, label)| html! {
                    <g class="axis-tick">
                        <line x1={tx.to_string()} x2={tx.to_string()} y1="16" y2={height.to_string()} />
                        <text x={(tx + 3.0).to_string()} y="12">{ label }</text>
                    </g>
                }) }
                { for marks.into_iter().map(|(_, lane, x1, x2, id, value, publication, sources)| {
                    let store = store.clone();
                    let is_selected = selected.as_deref() == Some(id.as_str());
                    let select_id = id.clone();
                    let onclick = Callback::from(move |_: MouseEvent| {
                        store.dispatch(Action::Select(Some(select_id.clone())));
                        crate::ui::browser::focus(&crate::ui::components::event_list::dom_id(&select_id));
                    });
                    let y = TOP + lane as f64 * LANE;
                    html! {
                        <rect class={classes!("axis-mark", publication.then_some("publication"), (sources > 1).then_some("merged"), is_selected.then_some("selected"))}
                            x={x1.to_string()} y={y.to_string()} width={(x2 - x1).to_string()} height="10" rx="2"
                            data-event={id} {onclick}>
                            <title>{ value }</title>
                        </rect>
                    }
                }) }
            </svg>
        </div>
    }
}
