//! The time axis's geometry, free of web dependencies: which stretch of time it shows and how zooming
//! changes it.

use crate::analysis::calendar::Date;

/// The axis window: the zoom, or the extent of every event with a margin of 20 days each side.
pub fn window(zoom: Option<(Date, Date)>, extent: Option<(Date, Date)>) -> Option<(Date, Date)> {
    zoom.or_else(|| extent.map(|(a, b)| (a.add_days(-20), b.add_days(20))))
}

/// The window zoomed by `factor` (0.5 zooms in, 2.0 out) around its middle; never narrower than six
/// days.
pub fn zoomed((a, b): (Date, Date), factor: f64) -> (Date, Date) {
    let days = a.days_until(b).max(2) as f64;
    let middle = a.add_days((days / 2.0) as i64);
    let half = ((days * factor) / 2.0).max(3.0) as i64;
    (middle.add_days(-half), middle.add_days(half))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).expect("a date")
    }

    fn span(a: &str, b: &str) -> Option<(Date, Date)> {
        Some((d(a), d(b)))
    }

    #[test]
    fn windows() {
        // (name, zoom, extent, window)
        let cases = [
            ("nothing", None, None, None),
            (
                "extent_with_margin",
                None,
                span("2020-01-24", "2020-02-11"),
                span("2020-01-04", "2020-03-02"),
            ),
            (
                "zoom_wins",
                span("2020-01-01", "2020-01-31"),
                span("2019-01-01", "2021-01-01"),
                span("2020-01-01", "2020-01-31"),
            ),
            (
                "zoom_without_events",
                span("2020-01-01", "2020-01-31"),
                None,
                span("2020-01-01", "2020-01-31"),
            ),
        ];
        for (name, zoom, extent, want) in cases {
            assert_eq!(window(zoom, extent), want, "{name}");
        }
    }

    #[test]
    fn zooms() {
        // (name, window, factor, zoomed window)
        let cases = [
            (
                "in_by_half",
                ("2020-01-01", "2020-01-31"),
                0.5,
                ("2020-01-09", "2020-01-23"),
            ),
            (
                "out_by_two",
                ("2020-01-01", "2020-01-31"),
                2.0,
                ("2019-12-17", "2020-02-15"),
            ),
            (
                "never_under_six_days",
                ("2020-01-01", "2020-01-05"),
                0.5,
                ("2019-12-31", "2020-01-06"),
            ),
        ];
        for (name, (a, b), factor, (x, y)) in cases {
            assert_eq!(zoomed((d(a), d(b)), factor), (d(x), d(y)), "{name}");
        }
    }
}
