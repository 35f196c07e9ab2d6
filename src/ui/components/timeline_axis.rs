//! The time axis (SVG), one CSS pixel per unit and a fixed height whatever the number of events: each
//! visible card at its real span (a month is a bar, not a fake day) packed into lanes, the overflow
//! counted in the bottom row, ticks that never overlap, and markers at the edges for the cards outside
//! the window. Clicking a mark selects its card, like the list does; dragging sets the date range;
//! +, − and Ctrl+wheel zoom around the focused event or the pointer. The geometry is
//! [`crate::timeline::axis`], tested natively.

use crate::analysis::calendar::Date;
use crate::timeline::axis::{
    self, brush, centred_on, day_at, day_number, layout, px, zoom_at, Item, Layout, Tick, Window,
    HEIGHT, LANE, MARK, MAX_LANES, MIN_DAYS, OVERFLOW_ROW, TICK_ROW,
};
use crate::timeline::axis_words::{self, Side};
use crate::timeline::build::Timeline;
use crate::timeline::view::dom_id;
use crate::ui::browser::focus_soon;
use crate::ui::hooks::{use_store, use_width};
use crate::ui::state::Action;
use crate::ui::Store;
use gloo_events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`TimelineAxis`].
#[derive(Properties, PartialEq)]
pub struct TimelineAxisProps {
    /// The visible cards placed on the axis, in date order, and where they are dense.
    pub items: Rc<(Vec<Item>, Option<Window>)>,
    /// The window shown (zoom, date range or dense window).
    pub window: Option<Window>,
}

/// What a press on the axis hit.
#[derive(Clone, Debug, PartialEq)]
enum Hit {
    /// A mark: its event id.
    Mark(String),
    /// A stretch of counts: the window to zoom to.
    Stretch(Date, Date),
}

/// A press in progress: where it started, in axis pixels.
struct Press {
    x: f64,
}

/// What the event's target is, if anything.
fn hit(e: &MouseEvent) -> Option<Hit> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    if let Some(id) = target.get_attribute("data-event") {
        return Some(Hit::Mark(id));
    }
    let date = |name: &str| target.get_attribute(name).and_then(|a| Date::parse(&a));
    Some(Hit::Stretch(date("data-zoom-from")?, date("data-zoom-to")?))
}

/// The pointer's `x` in axis pixels (the axis is `width` wide), from the SVG's own box on screen (not
/// the event's current target: Yew delegates events to the page's root): right at any width, zoom and
/// inside an iframe.
fn pointer_x(e: &MouseEvent, svg: &NodeRef, width: f64) -> Option<f64> {
    let svg: web_sys::Element = svg.cast()?;
    let rect = svg.get_bounding_client_rect();
    (rect.width() > 0.0)
        .then(|| ((f64::from(e.client_x()) - rect.left()) / rect.width() * width).clamp(0.0, width))
}

/// Selects the lead event of a card and brings it into view in the list.
fn select_card(store: &Store, card: usize) {
    let data = &store.data.0.timeline;
    let Some(lead) = data.cards.get(card).map(|c| c.lead(&data.events)) else {
        return;
    };
    store.dispatch(Action::Select(Some(lead.id.clone())));
    focus_soon(dom_id(&lead.id));
}

/// Ctrl (or ⌘) and the wheel zoom the window `w` around the pointer: a listener on the SVG that may
/// cancel scrolling (Yew's own listeners are passive).
#[hook]
fn use_wheel_zoom(svg: NodeRef, w: Option<Window>, width: f64, store: Store) {
    use_effect_with((w, width), move |&(w, width)| {
        let listener = svg.cast::<web_sys::Element>().zip(w).map(|(element, w)| {
            let svg = svg.clone();
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&element, "wheel", options, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::WheelEvent>() else {
                    return;
                };
                if !(e.ctrl_key() || e.meta_key()) {
                    return;
                }
                e.prevent_default();
                if let Some(x) = pointer_x(e, &svg, width) {
                    let factor = if e.delta_y() < 0.0 { 0.8 } else { 1.25 };
                    store.dispatch(Action::Zoom(Some(zoom_at(w, day_at(w, width, x), factor))));
                }
            })
        });
        move || drop(listener)
    });
}

/// Dragging across the axis: the pointer handlers, and the band being drawn (left and right, in axis
/// pixels). Releasing after more than 4 pixels sets the date range to the ticks' days it spans.
struct Brush {
    band: Option<(f64, f64)>,
    down: Callback<PointerEvent>,
    moved: Callback<PointerEvent>,
    up: Callback<PointerEvent>,
    cancel: Callback<PointerEvent>,
}

#[hook]
fn use_brush(
    svg: NodeRef,
    store: Store,
    w: Option<Window>,
    width: f64,
    ticks: Rc<Vec<Tick>>,
) -> Brush {
    let press: Rc<RefCell<Option<Press>>> = use_mut_ref(|| None);
    let band = use_state_eq(|| None::<(f64, f64)>);
    let down = {
        let (press, band, svg) = (press.clone(), band.clone(), svg.clone());
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            if let Some(x) = pointer_x(&e, &svg, width) {
                *press.borrow_mut() = Some(Press { x });
                band.set(None);
            }
        })
    };
    let moved = {
        let (press, band, svg) = (press.clone(), band.clone(), svg.clone());
        Callback::from(move |e: PointerEvent| {
            let start = press.borrow().as_ref().map(|p| p.x);
            if let (Some(a), Some(b)) = (start, pointer_x(&e, &svg, width)) {
                if (a - b).abs() > 4.0 {
                    // A drag: the axis keeps the pointer until it is released, wherever it goes. (Not
                    // on a mere press, so that a click still lands on the mark pressed.)
                    if let Some(el) = svg.cast::<web_sys::Element>() {
                        if !el.has_pointer_capture(e.pointer_id()) {
                            let _ = el.set_pointer_capture(e.pointer_id());
                        }
                    }
                    band.set(Some((a.min(b), a.max(b))));
                }
            }
        })
    };
    let up = {
        let (press, band) = (press.clone(), band.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(p) = press.borrow_mut().take() else {
                return;
            };
            band.set(None);
            let x = pointer_x(&e, &svg, width).unwrap_or(p.x);
            if let (true, Some(w)) = ((x - p.x).abs() > 4.0, w) {
                let (from, to) = brush(w, width, p.x, x, &ticks);
                store.dispatch(Action::SetRange(Some(from), Some(to)));
            }
        })
    };
    let cancel = {
        let band = band.clone();
        Callback::from(move |_: PointerEvent| {
            press.borrow_mut().take();
            band.set(None);
        })
    };
    Brush {
        band: *band,
        down,
        moved,
        up,
        cancel,
    }
}

/// A click selects a mark or zooms into a stretch of counts (after a drag the click lands on the axis
/// itself, which holds the pointer, and does nothing).
fn on_click(store: &Store) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |e: MouseEvent| match hit(&e) {
        Some(Hit::Mark(id)) => {
            store.dispatch(Action::Select(Some(id.clone())));
            focus_soon(dom_id(&id));
        }
        Some(Hit::Stretch(from, to)) => {
            let to = to.max(from.add_days(MIN_DAYS));
            store.dispatch(Action::Zoom(Some((from, to))));
        }
        None => {}
    })
}

/// The +, − and reset buttons, and the window shown in words (its days as data for scripts:
/// `data-from`, `data-to`, the last day included).
fn controls(store: &Store, w: Window, anchor: f64) -> Html {
    let zoom_by = |factor: f64| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(Action::Zoom(Some(zoom_at(w, anchor, factor))))
        })
    };
    let reset = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Zoom(None)))
    };
    let last = w.1.add_days(-1);
    html! {
        <div class="axis-controls">
            <button onclick={zoom_by(0.5)} aria-label="Zoom in">{ "+" }</button>
            <button onclick={zoom_by(2.0)} aria-label="Zoom out">{ "−" }</button>
            <button onclick={reset} disabled={store.view.zoom.is_none()}>{ "Reset zoom" }</button>
            <span class="axis-window" data-from={w.0.to_string()} data-to={last.to_string()}>{ axis_words::window_words(w) }</span>
        </div>
    }
}

/// A marker for the cards outside the window on one side: a click centres the window on the nearest
/// and selects it.
fn edge(store: &Store, w: Window, side: Side, outside: axis::Outside) -> Html {
    let (Some((card, date)), Some((text, title))) =
        (outside.nearest, axis_words::edge_words(side, outside))
    else {
        return html! {};
    };
    let store = store.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        store.dispatch(Action::Zoom(Some(centred_on(w, date))));
        select_card(&store, card);
    });
    html! {
        <button class={classes!("axis-edge", format!("axis-edge-{}", side.name()))} {onclick} {title}>
            { text }
        </button>
    }
}

/// The ticks: a line and a label each.
fn ticks_view(ticks: &[Tick]) -> Html {
    html! {
        { for ticks.iter().map(|t| html! {
            <g class="axis-tick">
                <line x1={px(t.x)} x2={px(t.x)} y1="15" y2={px(HEIGHT)} data-date={t.date.to_string()} />
                <text x={px(t.x + 3.0)} y="12">{ &t.label }</text>
            </g>
        }) }
    }
}

/// In the counts view, a bar per stretch of time, as tall as its count against the tallest.
fn counts_view(l: &Layout) -> Html {
    let tallest = l.counts.iter().map(|b| b.count).max().unwrap_or(1).max(1) as f64;
    let area = MAX_LANES as f64 * LANE;
    html! {
        { for l.counts.iter().map(|b| {
            let bar = (b.count as f64 / tallest * area).max(2.0);
            html! {
                <rect class="axis-density" x={px(b.x)} y={px(TICK_ROW + area - bar)}
                    width={px(axis::BIN - 1.0)} height={px(bar)}
                    data-zoom-from={b.from.to_string()} data-zoom-to={b.to.to_string()}>
                    <title>{ axis_words::bin_title(b, false) }</title>
                </rect>
            }
        }) }
    }
}

/// The cards' marks in their lanes; the selected card's is marked.
fn marks_view(
    l: &Layout,
    timeline: &Timeline,
    selected: Option<usize>,
    selected_id: Option<&str>,
) -> Html {
    html! {
        { for l.marks.iter().map(|m| {
            let card = &timeline.cards[m.key];
            let lead = card.lead(&timeline.events);
            let is_selected = selected_id == Some(lead.id.as_str()) || selected == Some(m.key);
            html! {
                <rect class={classes!("axis-mark", lead.publication.then_some("publication"), (card.articles.len() > 1).then_some("merged"), is_selected.then_some("selected"))}
                    x={px(m.x1)} y={px(TICK_ROW + m.lane as f64 * LANE)} width={px(m.x2 - m.x1)} height={px(MARK)} rx="2"
                    data-event={lead.id.clone()}>
                    <title>{ axis_words::mark_title(&crate::timeline::view::event_date_label(lead), &lead.text, lead.publication) }</title>
                </rect>
            }
        }) }
    }
}

/// The row under the lanes: how many marks found no lane, per stretch of time.
fn overflow_view(l: &Layout) -> Html {
    if l.overflow.is_empty() {
        return html! {};
    }
    let top = TICK_ROW + MAX_LANES as f64 * LANE + 4.0;
    let most = l.overflow.iter().map(|b| b.count).max().unwrap_or(1).max(1) as f64;
    let over: usize = l.overflow.iter().map(|b| b.count).sum();
    html! {
        <>
            <text class="axis-overflow-label" x="2" y={px(top + 9.0)}>{ format!("+{over} more") }</text>
            { for l.overflow.iter().map(|b| {
                let bar = (b.count as f64 / most * (OVERFLOW_ROW - 12.0)).max(2.0);
                html! {
                    <rect class="axis-overflow" x={px(b.x)} y={px(top + OVERFLOW_ROW - 2.0 - bar)}
                        width={px(axis::BIN - 1.0)} height={px(bar)}
                        data-zoom-from={b.from.to_string()} data-zoom-to={b.to.to_string()}>
                        <title>{ axis_words::bin_title(b, true) }</title>
                    </rect>
                }
            }) }
        </>
    }
}

/// The axis.
#[function_component]
pub fn TimelineAxis(props: &TimelineAxisProps) -> Html {
    let store = use_store();
    let wrap = use_node_ref();
    let svg = use_node_ref();
    let measured = use_width(wrap.clone());
    let width = if measured > 0.0 { measured } else { 1000.0 };
    let data = store.data.0.clone();
    let items = &props.items.0;
    // The selected event's card, if it is on the axis.
    let selected = store.view.selected.as_deref().and_then(|sel| {
        items.iter().map(|i| i.key).find(|&c| {
            data.timeline.cards[c]
                .events
                .iter()
                .any(|&i| data.timeline.events[i].id == sel)
        })
    });
    use_wheel_zoom(svg.clone(), props.window, width, store.clone());
    // Hooks run on every render, so the brush is made before the early return, for some window.
    let w = props.window;
    let l = w
        .map(|w| layout(w, width, items, selected))
        .unwrap_or_default();
    let brush = use_brush(
        svg.clone(),
        store.clone(),
        w,
        width,
        Rc::new(l.ticks.clone()),
    );
    let Some(w) = w else {
        return html! { <div class="timeline-axis" ref={wrap}><p class="axis-empty">{ "No dated events." }</p></div> };
    };
    // +, − and the keys zoom around the selected card when it is in the window, else the middle.
    let anchor = selected
        .and_then(|c| l.marks.iter().find(|m| m.key == c))
        .map(|m| day_at(w, width, (m.x1 + m.x2) / 2.0))
        .unwrap_or_else(|| (day_number(w.0) + day_number(w.1)) / 2.0);
    let selected_id = store.view.selected.as_deref();
    html! {
        <div class="timeline-axis" ref={wrap.clone()}>
            { controls(&store, w, anchor) }
            <svg class="axis-svg" ref={svg.clone()} viewBox={format!("0 0 {} {}", px(width), px(HEIGHT))} height={px(HEIGHT)}
                preserveAspectRatio="none" role="img" aria-label={axis_words::description(w, &l)}
                onpointerdown={brush.down} onpointermove={brush.moved} onpointerup={brush.up} onpointercancel={brush.cancel} onclick={on_click(&store)}>
                { ticks_view(&l.ticks) }
                { counts_view(&l) }
                { marks_view(&l, &data.timeline, selected, selected_id) }
                { overflow_view(&l) }
                if let Some((a, b)) = brush.band {
                    <rect class="axis-band" x={px(a)} y={px(TICK_ROW)} width={px(b - a)} height={px(HEIGHT - TICK_ROW)} />
                }
            </svg>
            if l.before.count + l.after.count > 0 {
                <div class="axis-edges">
                    { edge(&store, w, Side::Before, l.before) }
                    { edge(&store, w, Side::After, l.after) }
                </div>
            }
        </div>
    }
}
