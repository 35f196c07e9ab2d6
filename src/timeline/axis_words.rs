//! What the time axis says in words (issue 19: readers are shown dates in words, never raw values):
//! the window it shows, its description for assistive technology, the titles of its counts, and the
//! markers for the cards outside the window. The geometry is [`super::axis`].
//!
//! ```text
//! window_words((2022-03-01, 2022-04-01))   → "1 – 31 March 2022"   (the window's end is exclusive)
//! edge_words(Side::Before, 2 cards, nearest 2011-01-01)
//!     → "← 2 earlier (nearest 1 January 2011)", "Show the nearest earlier event (1 January 2011) on the axis"
//! ```

use super::axis::{Bin, Layout, Outside, Window};
use super::words::{day_words, days_words};

/// A side of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Before the window's first day.
    Before,
    /// After its last day.
    After,
}

impl Side {
    /// The side's name in CSS classes: `before`, `after`.
    pub fn name(self) -> &'static str {
        match self {
            Side::Before => "before",
            Side::After => "after",
        }
    }
}

/// The days a window shows, in words (its end is the day after its last).
pub fn window_words(w: Window) -> String {
    days_words(w.0, w.1.add_days(-1))
}

/// The axis described for assistive technology: the window, how many events it places, how many are
/// counted below the lanes and outside; or, in the counts view, how many events it counts.
pub fn description(w: Window, l: &Layout) -> String {
    let window = window_words(w);
    if !l.counts.is_empty() {
        return format!(
            "Time axis, {window}: {} events, shown as counts per stretch of time",
            l.inside
        );
    }
    let over: usize = l.overflow.iter().map(|b| b.count).sum();
    let mut text = format!("Time axis, {window}: {} events placed", l.marks.len());
    if over > 0 {
        text.push_str(&format!(", {over} more counted below the lanes"));
    }
    if l.before.count + l.after.count > 0 {
        text.push_str(&format!(
            ", {} earlier and {} later outside",
            l.before.count, l.after.count
        ));
    }
    text
}

/// The title of a stretch of counts: `12 events, 1 – 7 March 2022: click to zoom in` (`more events`
/// for the counts of the overflow row).
pub fn bin_title(b: &Bin, overflow: bool) -> String {
    format!(
        "{} {}events, {}: click to zoom in",
        b.count,
        if overflow { "more " } else { "" },
        days_words(b.from, b.to.add_days(-1))
    )
}

/// The title of a card's mark: its date in words and what was written (`the publication date` for
/// one).
pub fn mark_title(date_words: &str, written: &str, publication: bool) -> String {
    let written = if publication {
        "publication date"
    } else {
        written
    };
    format!("{date_words} — {written}")
}

/// A marker for the cards outside the window on one side: its text and its title, or `None` when
/// there are none.
pub fn edge_words(side: Side, outside: Outside) -> Option<(String, String)> {
    let (_, date) = outside.nearest?;
    let date = day_words(date);
    let count = outside.count;
    Some(match side {
        Side::Before => (
            format!("← {count} earlier (nearest {date})"),
            format!("Show the nearest earlier event ({date}) on the axis"),
        ),
        Side::After => (
            format!("{count} later (nearest {date}) →"),
            format!("Show the nearest later event ({date}) on the axis"),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::calendar::Date;

    fn d(s: &str) -> Date {
        Date::parse(s).expect("a date")
    }

    fn bin(count: usize, from: &str, to: &str) -> Bin {
        Bin {
            x: 0.0,
            count,
            from: d(from),
            to: d(to),
        }
    }

    fn outside(count: usize, nearest: Option<&str>) -> Outside {
        Outside {
            count,
            nearest: nearest.map(|n| (0, d(n))),
        }
    }

    #[test]
    fn windows() {
        // (name, first day, day after the last, words)
        let cases = [
            ("month", "2022-03-01", "2022-04-01", "1 – 31 March 2022"),
            ("one_day", "2022-03-01", "2022-03-02", "1 March 2022"),
            (
                "years",
                "2010-06-01",
                "2023-01-01",
                "1 June 2010 – 31 December 2022",
            ),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(window_words((d(a), d(b))), want, "{name}");
        }
    }

    #[test]
    fn descriptions() {
        let w = (d("2022-03-01"), d("2022-04-01"));
        let placed = Layout {
            overflow: vec![bin(3, "2022-03-01", "2022-03-08")],
            before: outside(2, Some("2011-01-01")),
            ..Layout::default()
        };
        let counted = Layout {
            counts: vec![bin(40, "2022-03-01", "2022-03-08")],
            inside: 40,
            ..Layout::default()
        };
        // (name, layout, description)
        let cases = [
            ("empty", Layout::default(), "Time axis, 1 – 31 March 2022: 0 events placed"),
            ("overflow_and_outside", placed, "Time axis, 1 – 31 March 2022: 0 events placed, 3 more counted below the lanes, 2 earlier and 0 later outside"),
            ("counts", counted, "Time axis, 1 – 31 March 2022: 40 events, shown as counts per stretch of time"),
        ];
        for (name, layout, want) in cases {
            assert_eq!(description(w, &layout), want, "{name}");
        }
    }

    #[test]
    fn titles() {
        // (name, title, want)
        let cases = [
            (
                "bin",
                bin_title(&bin(12, "2022-03-01", "2022-03-08"), false),
                "12 events, 1 – 7 March 2022: click to zoom in",
            ),
            (
                "overflow_bin",
                bin_title(&bin(2, "2022-03-29", "2022-04-05"), true),
                "2 more events, 29 March – 4 April 2022: click to zoom in",
            ),
            (
                "mark",
                mark_title("March 2022", "in maart", false),
                "March 2022 — in maart",
            ),
            (
                "publication_mark",
                mark_title("9 March 2022", "", true),
                "9 March 2022 — publication date",
            ),
        ];
        for (name, got, want) in cases {
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn edges() {
        // (name, side, outside, text and title)
        let cases = [
            ("none", Side::Before, outside(0, None), None),
            (
                "before",
                Side::Before,
                outside(2, Some("2011-01-01")),
                Some((
                    "← 2 earlier (nearest 1 January 2011)",
                    "Show the nearest earlier event (1 January 2011) on the axis",
                )),
            ),
            (
                "after",
                Side::After,
                outside(1, Some("2031-05-12")),
                Some((
                    "1 later (nearest 12 May 2031) →",
                    "Show the nearest later event (12 May 2031) on the axis",
                )),
            ),
        ];
        for (name, side, outside, want) in cases {
            let want = want.map(|(a, b)| (a.to_string(), b.to_string()));
            assert_eq!(edge_words(side, outside), want, "{name}");
        }
    }
}
