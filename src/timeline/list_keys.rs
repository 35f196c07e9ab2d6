//! What a key does in the timeline's event list (a composite widget, WAI-ARIA listbox keys): arrows
//! move by one event, Home and End jump to the ends, + and − zoom the axis around the current event,
//! Enter opens it. Free of web dependencies, so it is tested natively; the list applies it.

use super::axis::{day_number, Window};
use crate::analysis::calendar::Date;

/// What a key press asks of the list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ListKey {
    /// Select and focus the event at this position of the list.
    Go(usize),
    /// Zoom the axis by this factor of its width (0.5 in, 2 out) around the current event.
    Zoom(f64),
    /// Open the current event's article at its sentence.
    Open,
    /// Not a key of the list.
    Ignore,
}

/// The action of `key` (a `KeyboardEvent.key`) in a list of `len` events (at least one) whose current
/// event is at `current` (the focused one, else the selected one). From no current event, every move
/// goes to the first.
pub fn list_key(key: &str, current: Option<usize>, len: usize) -> ListKey {
    let last = len.saturating_sub(1);
    match key {
        "ArrowDown" | "ArrowRight" => ListKey::Go(current.map_or(0, |c| (c + 1).min(last))),
        "ArrowUp" | "ArrowLeft" => ListKey::Go(current.map_or(0, |c| c.saturating_sub(1))),
        "Home" => ListKey::Go(0),
        "End" => ListKey::Go(last),
        "+" | "=" => ListKey::Zoom(0.5),
        "-" | "_" => ListKey::Zoom(2.0),
        "Enter" => ListKey::Open,
        _ => ListKey::Ignore,
    }
}

/// The day (as [`day_number`]) to zoom `w` around: the middle of the current event's span when the
/// window shows it, else the window's middle.
pub fn zoom_anchor(w: Window, span: Option<(Date, Date)>) -> f64 {
    let middle = (day_number(w.0) + day_number(w.1)) / 2.0;
    span.map(|(s, t)| (day_number(s) + day_number(t) + 1.0) / 2.0)
        .filter(|&a| a >= day_number(w.0) && a <= day_number(w.1))
        .unwrap_or(middle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).expect("a date")
    }

    #[test]
    fn keys() {
        // (name, key, current, len, action)
        let cases = [
            ("down_from_none", "ArrowDown", None, 5, ListKey::Go(0)),
            ("down", "ArrowDown", Some(1), 5, ListKey::Go(2)),
            ("down_at_end", "ArrowDown", Some(4), 5, ListKey::Go(4)),
            ("right_is_down", "ArrowRight", Some(1), 5, ListKey::Go(2)),
            ("up", "ArrowUp", Some(3), 5, ListKey::Go(2)),
            ("up_at_start", "ArrowUp", Some(0), 5, ListKey::Go(0)),
            ("up_from_none", "ArrowLeft", None, 5, ListKey::Go(0)),
            ("home", "Home", Some(3), 5, ListKey::Go(0)),
            ("end", "End", None, 5, ListKey::Go(4)),
            ("plus", "+", Some(1), 5, ListKey::Zoom(0.5)),
            ("equals_is_plus", "=", None, 5, ListKey::Zoom(0.5)),
            ("minus", "-", None, 5, ListKey::Zoom(2.0)),
            ("enter", "Enter", Some(2), 5, ListKey::Open),
            ("letter", "a", Some(2), 5, ListKey::Ignore),
            ("tab", "Tab", Some(2), 5, ListKey::Ignore),
        ];
        for (name, key, current, len, want) in cases {
            assert_eq!(list_key(key, current, len), want, "{name}");
        }
    }

    #[test]
    fn anchors() {
        let w = (d("2022-03-01"), d("2022-04-01"));
        let middle = (day_number(w.0) + day_number(w.1)) / 2.0;
        // (name, span, anchor)
        let cases = [
            ("no_span", None, middle),
            (
                "inside",
                Some((d("2022-03-10"), d("2022-03-10"))),
                day_number(d("2022-03-10")) + 0.5,
            ),
            ("outside", Some((d("2021-01-01"), d("2021-01-31"))), middle),
        ];
        for (name, span, want) in cases {
            assert_eq!(zoom_anchor(w, span), want, "{name}");
        }
    }
}
