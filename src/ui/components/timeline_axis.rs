//! The time axis (SVG): each visible card at its real span (a month is a bar, not a fake day), stacked in
//! lanes; zoom in and out, reset; clicking a mark selects its card, like the list does.

use crate::analysis::calendar::Date;
use crate::timeline::axis::{window, zoomed};
use crate::timeline::view::dom_id;
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
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
/// Above this many marks the axis shows how many events fall in each stretch of time instead (one bar
/// per few pixels, clicked to zoom in): thousands of overlapping marks say less and cost more.
const MAX_MARKS: usize = 400;
/// The width of one stretch of the density view.
const BUCKET: f64 = 5.0;
/// The height of the tallest density bar.
const DENSITY_HEIGHT: f64 = 60.0;

/// What a click on the axis hit.
enum Hit {
    /// A mark: its event id.
    Mark(String),
    /// A density bar: the window to zoom to.
    Stretch(Date, Date),
}

/// What a click on the axis hit, if anything.
fn clicked(e: &MouseEvent) -> Option<Hit> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    if let Some(id) = target.get_attribute("data-event") {
        return Some(Hit::Mark(id));
    }
    let date = |name: &str| target.get_attribute(name).and_then(|a| Date::parse(&a));
    Some(Hit::Stretch(date("data-zoom-from")?, date("data-zoom-to")?))
}

/// The axis.
#[function_component]
pub fn TimelineAxis(props: &TimelineAxisProps) -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let Some((ws, we)) = window(store.view.zoom, data.timeline.extent) else {
        return html! { <p class="axis-empty">{ "No dated events." }</p> };
    };
    let total = ws.days_until(we).max(1) as f64;
    let x = |d: Date| ((ws.days_until(d) as f64) / total * WIDTH).clamp(0.0, WIDTH);
    let mut lanes: Vec<f64> = Vec::new();
    let mut marks = Vec::new();
    for &ci in &props.visible {
        let card = &data.timeline.cards[ci];
        let lead = card.lead(&data.timeline.events);
        let Some((s, e)) = lead.span else { continue };
        if e < ws || s > we {
            continue;
        }
        let (x1, x2) = (x(s), x(e.add_days(1)).max(x(s) + 4.0));
        marks.push((
            ci,
            0,
            x1,
            x2,
            lead.id.clone(),
            lead.value.clone(),
            lead.publication,
            card.articles.len(),
        ));
    }
    let dense = marks.len() > MAX_MARKS;
    // Lanes, greedy from left to right, when each mark is drawn.
    if !dense {
        for mark in &mut marks {
            let (x1, x2) = (mark.2, mark.3);
            let lane = lanes
                .iter()
                .position(|end| *end + 3.0 < x1)
                .unwrap_or_else(|| {
                    lanes.push(0.0);
                    lanes.len() - 1
                });
            lanes[lane] = x2;
            mark.1 = lane;
        }
    }
    // The density view: events per stretch of BUCKET pixels.
    let mut buckets: Vec<usize> = Vec::new();
    if dense {
        buckets = vec![0; (WIDTH / BUCKET) as usize + 1];
        for m in &marks {
            buckets[(m.2 / BUCKET) as usize] += 1;
        }
    }
    let tallest = buckets.iter().copied().max().unwrap_or(1).max(1) as f64;
    let day_at = |px: f64| ws.add_days((px / WIDTH * total).round() as i64);
    let height = if dense {
        TOP + DENSITY_HEIGHT + 8.0
    } else {
        TOP + (lanes.len().max(1) as f64) * LANE + 8.0
    };
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
    let on_click = {
        let store = store.clone();
        Callback::from(move |e: MouseEvent| match clicked(&e) {
            Some(Hit::Mark(id)) => {
                store.dispatch(Action::Select(Some(id.clone())));
                crate::ui::browser::focus_soon(dom_id(&id));
            }
            Some(Hit::Stretch(from, to)) => store.dispatch(Action::Zoom(Some((from, to)))),
            None => {}
        })
    };
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
                onmousedown={on_down} onmouseup={on_up} onclick={on_click}
                aria-label={if dense {
                    format!("Time axis from {ws} to {we}: {} events, shown as counts per stretch of time", marks.len())
                } else {
                    format!("Time axis from {ws} to {we}, {} events placed", marks.len())
                }}>
                { for ticks.iter().map(|(tx, label)| html! {
                    <g class="axis-tick">
                        <line x1={tx.to_string()} x2={tx.to_string()} y1="16" y2={height.to_string()} />
                        <text x={(tx + 3.0).to_string()} y="12">{ label }</text>
                    </g>
                }) }
                if dense {
                    { for buckets.iter().enumerate().filter(|(_, n)| **n > 0).map(|(b, &n)| {
                        let bar = (n as f64 / tallest * DENSITY_HEIGHT).max(2.0);
                        let (from, to) = (day_at(b as f64 * BUCKET), day_at((b + 1) as f64 * BUCKET));
                        html! {
                            <rect class="axis-density" x={(b as f64 * BUCKET).to_string()} y={(TOP + DENSITY_HEIGHT - bar).to_string()}
                                width={(BUCKET - 1.0).to_string()} height={bar.to_string()}
                                data-zoom-from={from.to_string()} data-zoom-to={to.add_days(1).to_string()}>
                                <title>{ format!("{n} events, {from} – {to}: click to zoom in") }</title>
                            </rect>
                        }
                    }) }
                } else {
                { for marks.into_iter().map(|(_, lane, x1, x2, id, value, publication, sources)| {
                    let is_selected = selected.as_deref() == Some(id.as_str());
                    let y = TOP + lane as f64 * LANE;
                    html! {
                        <rect class={classes!("axis-mark", publication.then_some("publication"), (sources > 1).then_some("merged"), is_selected.then_some("selected"))}
                            x={x1.to_string()} y={y.to_string()} width={(x2 - x1).to_string()} height="10" rx="2"
                            data-event={id}>
                            <title>{ value }</title>
                        </rect>
                    }
                }) }
                }
            </svg>
        </div>
    }
}
