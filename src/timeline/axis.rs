//! The time axis's geometry, free of web dependencies: which stretch of time it shows (where the events
//! are dense, the date range, the zoom), how zooming keeps a date in place, where a pointer falls, the
//! ticks that fit, and the marks packed into a fixed number of lanes with the overflow counted.
//!
//! Units: a [`Window`] runs from the start of its first day to the start of its last (exclusive); `x` is
//! in CSS pixels from the axis's left edge; positions in time are days since 1970-01-01, fractional
//! inside a day.

use crate::analysis::calendar::Date;

/// A stretch of time: from the start of `.0` to the start of `.1` (exclusive), `.0 < .1`.
pub type Window = (Date, Date);

/// The narrowest window, in days.
pub const MIN_DAYS: i64 = 6;
/// The dense stretch grows by events this many days (or its own length, if longer) from its ends.
const MIN_REACH: i64 = 30;

/// The height of the axis's SVG in CSS pixels, whatever the number of events.
pub const HEIGHT: f64 = TICK_ROW + MAX_LANES as f64 * LANE + OVERFLOW_ROW + 6.0;
/// The row of tick labels at the top.
pub const TICK_ROW: f64 = 20.0;
/// One lane of marks.
pub const LANE: f64 = 16.0;
/// A mark's height.
pub const MARK: f64 = 11.0;
/// The most lanes: marks that do not fit are counted in the overflow row.
pub const MAX_LANES: usize = 10;
/// The overflow row at the bottom: counts of the marks no lane had room for.
pub const OVERFLOW_ROW: f64 = 26.0;
/// The narrowest mark, so a day is visible on a window of decades.
pub const MIN_MARK: f64 = 6.0;
/// Room kept between two marks of one lane.
const MARK_GAP: f64 = 2.0;
/// Above this many marks in the window the axis shows counts per stretch of time instead.
pub const MAX_MARKS: usize = 400;
/// The width of one stretch of the counts (density) view and of the overflow row.
pub const BIN: f64 = 6.0;
/// A pointer this close to a tick (in pixels) means the tick's date when brushing.
pub const SNAP: f64 = 5.0;
/// The estimated width of one character of a tick label (11 px sans-serif, digits and short month
/// names), and the room kept after a label.
const CHAR: f64 = 6.6;
const LABEL_GAP: f64 = 10.0;

/// A length in pixels as an SVG attribute, to a tenth of a pixel (`12.5`, `-3`, `0`): written with
/// integer arithmetic, which is smaller in the browser build than formatting a float.
pub fn px(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let (sign, tenths) = if tenths < 0 {
        ("-", -tenths)
    } else {
        ("", tenths)
    };
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        d => format!("{sign}{}.{d}", tenths / 10),
    }
}

/// A position in time: days since 1970-01-01 (fractional inside a day).
pub fn day_number(d: Date) -> f64 {
    d.days_since_epoch() as f64
}

/// The window's length in days.
pub fn days((a, b): Window) -> i64 {
    a.days_until(b).max(1)
}

/// The `x` of a position in time on an axis `width` pixels wide.
pub fn x_at(w: Window, width: f64, day: f64) -> f64 {
    (day - day_number(w.0)) / days(w) as f64 * width
}

/// The position in time at `x` on an axis `width` pixels wide.
pub fn day_at(w: Window, width: f64, x: f64) -> f64 {
    day_number(w.0) + x / width.max(1.0) * days(w) as f64
}

/// The window around every span given (first to last day) with a margin: at least [`MIN_DAYS`].
fn around(lo: Date, hi: Date) -> Window {
    let length = lo.days_until(hi) + 1;
    let pad = (length / 25).max(2);
    let (mut a, mut b) = (lo.add_days(-pad), hi.add_days(1 + pad));
    let short = MIN_DAYS - a.days_until(b);
    if short > 0 {
        a = a.add_days(-(short / 2));
        b = b.add_days(short - short / 2);
    }
    (a, b)
}

/// Where the events are dense: the shortest stretch that holds most of the spans' middles (more than
/// half: a quantile range, the "shorth"), grown outwards one middle at a time while the next one is
/// within the stretch's length (at least 30 days) of the last one taken; spans beyond a larger gap are
/// outliers, left to the edge markers (`sinds 1924` in a story of 2022, a 1983 and a 2031 among
/// articles of 2019–2022, the other story of a corpus of two). Spans are clipped to that reach, so one
/// year-long span does not widen the view by a year. `None` without spans.
pub fn dense_window(spans: &[(Date, Date)]) -> Option<Window> {
    if spans.is_empty() {
        return None;
    }
    let mut mids: Vec<(i64, usize)> = spans
        .iter()
        .enumerate()
        .map(|(i, (s, e))| ((s.days_since_epoch() + e.days_since_epoch()) / 2, i))
        .collect();
    crate::sort::sort(&mut mids);
    let n = mids.len();
    let k = n / 2 + 1;
    let first = (0..=n - k)
        .min_by_key(|&i| mids[i + k - 1].0 - mids[i].0)
        .unwrap_or(0);
    let (mut lo_i, mut hi_i) = (first, first + k - 1);
    let reach = (mids[hi_i].0 - mids[lo_i].0).max(MIN_REACH);
    while lo_i > 0 && mids[lo_i].0 - mids[lo_i - 1].0 <= reach {
        lo_i -= 1;
    }
    while hi_i + 1 < n && mids[hi_i + 1].0 - mids[hi_i].0 <= reach {
        hi_i += 1;
    }
    let (lo, hi) = (mids[lo_i].0 - reach, mids[hi_i].0 + reach);
    let (mut start, mut end) = (i64::MAX, i64::MIN);
    for &(_, i) in &mids[lo_i..=hi_i] {
        let (s, e) = spans[i];
        start = start.min(s.days_since_epoch().max(lo));
        end = end.max(e.days_since_epoch().min(hi));
    }
    Some(around(
        Date::from_days_since_epoch(start),
        Date::from_days_since_epoch(end),
    ))
}

/// The axis window: the zoom; else the date range (From/To, either side completed from the dense
/// window); else the dense window of the events shown.
pub fn window(
    zoom: Option<Window>,
    from: Option<Date>,
    to: Option<Date>,
    dense: Option<Window>,
) -> Option<Window> {
    if zoom.is_some() {
        return zoom;
    }
    if from.is_none() && to.is_none() {
        return dense;
    }
    let start = from
        .or_else(|| dense.map(|d| d.0))
        .or(to.map(|t| t.add_days(-30)))?;
    let end = to
        .map(|t| t.add_days(1))
        .or_else(|| dense.map(|d| d.1))
        .filter(|&e| e > start)
        .unwrap_or_else(|| start.add_days(30));
    let short = MIN_DAYS - start.days_until(end);
    Some(if short > 0 {
        (
            start.add_days(-(short / 2)),
            end.add_days(short - short / 2),
        )
    } else {
        (start, end)
    })
}

/// The window zoomed by `factor` (0.5 zooms in, 2.0 out) so that the position in time `anchor` stays
/// where it is on the axis (the pointer's date, or the focused event's middle). Windows are whole days,
/// so the new length is chosen within 10 % of the exact one to keep the anchor's place best; never
/// narrower than [`MIN_DAYS`].
pub fn zoom_at(w: Window, anchor: f64, factor: f64) -> Window {
    let old = days(w) as f64;
    let fraction = ((anchor - day_number(w.0)) / old).clamp(0.0, 1.0);
    let exact = (old * factor).max(MIN_DAYS as f64);
    let lo = ((exact * 0.9).floor() as i64).max(MIN_DAYS);
    let hi = ((exact * 1.1).ceil() as i64).max(lo + 3);
    let mut best = (f64::INFINITY, 0i64, 0i64);
    for n in lo..=hi {
        let start = (anchor - fraction * n as f64).round() as i64;
        let error = ((anchor - start as f64) / n as f64 - fraction).abs();
        let distance = (n as f64 - exact).abs();
        if error < best.0 - 1e-9
            || (error - best.0).abs() <= 1e-9 && distance < (best.2 as f64 - exact).abs()
        {
            best = (error, start, n);
        }
    }
    let start = Date::from_days_since_epoch(best.1);
    (start, start.add_days(best.2))
}

/// The window of the same length moved so that `day` is in its middle.
pub fn centred_on(w: Window, day: Date) -> Window {
    let n = days(w);
    let start = day.add_days(-(n / 2));
    (start, start.add_days(n))
}

/// A tick: a date, its `x`, and its label (empty when the label would not fit).
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// The tick's date (the start of its day).
    pub date: Date,
    /// Its `x` in pixels.
    pub x: f64,
    /// Its label: `2022`, `Mar 2022`, `Apr`, `4 Apr`, …
    pub label: String,
}

/// The spacing of ticks.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    /// Every n-th day (from the epoch).
    Days(i64),
    /// These days of each month.
    MonthDays(&'static [u32]),
    /// The first of every n-th month (January, and so on).
    Months(u32),
    /// The first of January of every n-th year.
    Years(i32),
}

const STEPS: [Step; 18] = [
    Step::Days(1),
    Step::Days(2),
    Step::MonthDays(&[1, 6, 11, 16, 21, 26]),
    Step::MonthDays(&[1, 11, 21]),
    Step::MonthDays(&[1, 16]),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(250),
    Step::Years(500),
];

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(m: u32) -> &'static str {
    MONTHS[(m.clamp(1, 12) - 1) as usize]
}

/// The dates of a step's ticks inside the window, at most `limit` (a sign the step is too fine).
fn tick_dates(w: Window, step: Step, limit: usize) -> Option<Vec<Date>> {
    let mut out = Vec::new();
    let mut push = |d: Date| {
        if d >= w.0 && d < w.1 {
            out.push(d);
        }
        out.len() <= limit
    };
    match step {
        Step::Days(n) => {
            let first = w.0.days_since_epoch();
            let mut d = first + (n - first.rem_euclid(n)) % n;
            while d < w.1.days_since_epoch() {
                if !push(Date::from_days_since_epoch(d)) {
                    return None;
                }
                d += n;
            }
        }
        Step::MonthDays(list) => {
            let mut m = Date::new(w.0.year, w.0.month, 1)?;
            while m < w.1 {
                for &day in list {
                    if !push(Date::new(m.year, m.month, day)?) {
                        return None;
                    }
                }
                m = m.add_months(1);
            }
        }
        Step::Months(n) => {
            let mut m = Date::new(w.0.year, w.0.month, 1)?;
            while m < w.1 {
                if (m.month - 1) % n == 0 && !push(m) {
                    return None;
                }
                m = m.add_months(1);
            }
        }
        Step::Years(n) => {
            let mut y = w.0.year.div_euclid(n) * n;
            while y <= w.1.year {
                if !push(Date::new(y, 1, 1)?) {
                    return None;
                }
                y += n;
            }
        }
    }
    Some(out)
}

/// A tick's label: the year for years; the month (with its year in January) for months; the day and
/// month for days. The first label gets the year too when there is room ([`ticks`]).
fn label(step: Step, d: Date) -> String {
    match step {
        Step::Years(_) => d.year.to_string(),
        Step::Months(_) if d.month == 1 => format!("{} {}", month_name(d.month), d.year),
        Step::Months(_) => month_name(d.month).to_string(),
        _ => format!("{} {}", d.day, month_name(d.month)),
    }
}

/// The estimated width of a label in pixels, with the room kept after it.
pub fn label_width(label: &str) -> f64 {
    label.chars().count() as f64 * CHAR + LABEL_GAP
}

/// The ticks of a window on an axis `width` pixels wide: the finest spacing (days, parts of months,
/// months, years) whose labels do not overlap; a label that would run past the right edge is left out.
pub fn ticks(w: Window, width: f64) -> Vec<Tick> {
    let limit = (width / (4.0 * CHAR)).max(2.0) as usize;
    let mut fallback = Vec::new();
    for step in STEPS {
        let Some(dates) = tick_dates(w, step, limit) else {
            continue;
        };
        let ticks: Vec<Tick> = dates
            .iter()
            .map(|&d| Tick {
                date: d,
                x: x_at(w, width, day_number(d)),
                label: label(step, d),
            })
            .collect();
        let fits = ticks
            .windows(2)
            .all(|p| p[1].x - p[0].x >= label_width(&p[0].label));
        if fits {
            return trim_last(with_year_first(ticks, width), width);
        }
        fallback = ticks;
    }
    trim_last(fallback, width)
}

/// The first label with its year, when it has none and there is room before the next tick.
fn with_year_first(mut ticks: Vec<Tick>, width: f64) -> Vec<Tick> {
    let room = match ticks.get(1) {
        Some(next) => next.x,
        None => width,
    };
    if let Some(first) = ticks.first_mut() {
        let year = first.date.year.to_string();
        let longer = format!("{} {year}", first.label);
        if !first.label.contains(&year) && first.x + label_width(&longer) <= room {
            first.label = longer;
        }
    }
    ticks
}

fn trim_last(mut ticks: Vec<Tick>, width: f64) -> Vec<Tick> {
    if let Some(last) = ticks.last_mut() {
        if last.x + label_width(&last.label) - LABEL_GAP / 2.0 > width {
            last.label.clear();
        }
    }
    ticks
}

/// The date range a drag from `x1` to `x2` selects: the day boundaries nearest the pointer, or a tick's
/// date when the pointer is within [`SNAP`] pixels of it; the range ends the day before the boundary the
/// drag ends at (dragging from the 2020 tick to the 2021 tick selects 2020-01-01 to 2020-12-31).
pub fn brush(w: Window, width: f64, x1: f64, x2: f64, ticks: &[Tick]) -> (Date, Date) {
    let boundary = |x: f64| -> Date {
        if let Some(t) = ticks.iter().find(|t| (t.x - x).abs() <= SNAP) {
            return t.date;
        }
        Date::from_days_since_epoch(day_at(w, width, x.clamp(0.0, width)).round() as i64)
    };
    let (a, b) = (boundary(x1.min(x2)), boundary(x1.max(x2)));
    (a, b.add_days(-1).max(a))
}

/// One card placed on the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    /// The first and last day the card covers.
    pub span: (Date, Date),
    /// The caller's key for it (the card's index).
    pub key: usize,
}

/// A mark drawn in a lane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// The caller's key.
    pub key: usize,
    /// Left and right edges, in pixels.
    pub x1: f64,
    /// The right edge.
    pub x2: f64,
    /// The lane, from the top.
    pub lane: usize,
}

/// A stretch of the axis with a count: of the overflow, or of every mark in the counts view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bin {
    /// Its left edge, in pixels (it is [`BIN`] wide).
    pub x: f64,
    /// The number of cards.
    pub count: usize,
    /// The first day it covers and the day after its last.
    pub from: Date,
    /// The day after its last.
    pub to: Date,
}

/// The cards outside the window on one side: how many, and the nearest.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Outside {
    /// How many cards lie wholly on this side.
    pub count: usize,
    /// The nearest of them: its key and its first day.
    pub nearest: Option<(usize, Date)>,
}

/// What the axis draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// The ticks.
    pub ticks: Vec<Tick>,
    /// Marks in lanes (empty in the counts view).
    pub marks: Vec<Mark>,
    /// Counts of the marks no lane had room for.
    pub overflow: Vec<Bin>,
    /// In the counts view (more than [`MAX_MARKS`] in the window): counts of every card, else empty.
    pub counts: Vec<Bin>,
    /// Cards in the window.
    pub inside: usize,
    /// Cards wholly before the window.
    pub before: Outside,
    /// Cards wholly after the window.
    pub after: Outside,
}

fn bins(w: Window, width: f64, xs: impl Iterator<Item = f64>) -> Vec<Bin> {
    let mut counts = vec![0usize; (width / BIN).ceil().max(1.0) as usize];
    for x in xs {
        let b = ((x / BIN).floor().max(0.0) as usize).min(counts.len() - 1);
        counts[b] += 1;
    }
    let date = |x: f64| Date::from_days_since_epoch(day_at(w, width, x).floor() as i64);
    counts
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(b, &n)| {
            let x = b as f64 * BIN;
            let from = date(x);
            Bin {
                x,
                count: n,
                from,
                to: date(x + BIN).max(from.add_days(1)),
            }
        })
        .collect()
}

/// Lays out the cards (in date order) on an axis `width` pixels wide: packed into at most
/// [`MAX_LANES`] lanes, each card in the first lane with room, the `selected` key first so it is always
/// drawn; the rest counted in the overflow row. More than [`MAX_MARKS`] cards in the window are shown as
/// counts per [`BIN`] pixels.
pub fn layout(w: Window, width: f64, items: &[Item], selected: Option<usize>) -> Layout {
    let mut out = Layout {
        ticks: ticks(w, width),
        ..Layout::default()
    };
    let mut inside = Vec::new();
    for item in items {
        let (s, e) = item.span;
        if e < w.0 {
            out.before.count += 1;
            if out.before.nearest.is_none_or(|(_, d)| s > d) {
                out.before.nearest = Some((item.key, s));
            }
        } else if s >= w.1 {
            out.after.count += 1;
            if out.after.nearest.is_none_or(|(_, d)| s < d) {
                out.after.nearest = Some((item.key, s));
            }
        } else {
            let x1 = x_at(w, width, day_number(s)).max(0.0);
            let x2 = x_at(w, width, day_number(e) + 1.0).min(width);
            let x2 = x2.max(x1 + MIN_MARK);
            let (x1, x2) = if x2 > width {
                (width - MIN_MARK, width)
            } else {
                (x1, x2)
            };
            inside.push((x1, x2, item.key));
        }
    }
    out.inside = inside.len();
    if inside.len() > MAX_MARKS {
        out.counts = bins(w, width, inside.iter().map(|m| (m.0 + m.1) / 2.0));
        return out;
    }
    if let Some(p) = inside.iter().position(|m| Some(m.2) == selected) {
        let chosen = inside.remove(p);
        inside.insert(0, chosen);
    }
    let mut lanes: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut overflow = Vec::new();
    for (x1, x2, key) in inside {
        let free = |lane: &Vec<(f64, f64)>| {
            lane.iter()
                .all(|&(a, b)| x2 + MARK_GAP <= a || b + MARK_GAP <= x1)
        };
        let lane = match lanes.iter().position(free) {
            Some(l) => l,
            None if lanes.len() < MAX_LANES => {
                lanes.push(Vec::new());
                lanes.len() - 1
            }
            None => {
                overflow.push((x1 + x2) / 2.0);
                continue;
            }
        };
        lanes[lane].push((x1, x2));
        out.marks.push(Mark { key, x1, x2, lane });
    }
    out.overflow = bins(w, width, overflow.into_iter());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).expect("a date")
    }

    fn w(a: &str, b: &str) -> Window {
        (d(a), d(b))
    }

    #[test]
    fn pixels() {
        // (name, x, attribute)
        let cases = [
            ("whole", 12.0, "12"),
            ("tenth", 12.46, "12.5"),
            ("negative", -3.24, "-3.2"),
            ("small_negative", -0.04, "0"),
            ("zero", 0.0, "0"),
        ];
        for (name, x, want) in cases {
            assert_eq!(px(x), want, "{name}");
        }
    }

    #[test]
    fn dense_windows() {
        let story: Vec<(Date, Date)> = [
            "2022-03-07",
            "2022-03-07",
            "2022-03-08",
            "2022-03-10",
            "2022-03-10",
            "2022-03-13",
            "2022-03-18",
            "2022-03-18",
            "2022-03-24",
            "2022-04-04",
        ]
        .iter()
        .map(|s| (d(s), d(s)))
        .collect();
        let with = |extra: &[(&str, &str)]| -> Vec<(Date, Date)> {
            story
                .iter()
                .copied()
                .chain(extra.iter().map(|(a, b)| (d(a), d(b))))
                .collect()
        };
        // Mid-year days of these years.
        let years = |ys: &[&str]| -> Vec<(Date, Date)> {
            ys.iter()
                .map(|y| (d(&format!("{y}-07-01")), d(&format!("{y}-07-01"))))
                .collect()
        };
        // (name, spans, window)
        type Case = (&'static str, Vec<(Date, Date)>, Option<Window>);
        let cases: Vec<Case> = vec![
            ("none", vec![], None),
            (
                "one_day",
                vec![(d("2020-01-24"), d("2020-01-24"))],
                Some(w("2020-01-22", "2020-01-28")),
            ),
            ("story", story.clone(), Some(w("2022-03-05", "2022-04-07"))),
            (
                "sinds_1924_is_an_outlier",
                with(&[("1924-01-01", "1924-12-31")]),
                Some(w("2022-03-05", "2022-04-07")),
            ),
            (
                "a_year_later_is_an_outlier",
                with(&[("2023-01-01", "2023-12-31")]),
                Some(w("2022-03-05", "2022-04-07")),
            ),
            (
                "a_month_before_belongs",
                with(&[("2022-02-01", "2022-02-28")]),
                Some(w("2022-01-30", "2022-04-07")),
            ),
            (
                "scattered_outliers_stay_at_the_edges",
                years(&[
                    "1983", "2016", "2019", "2019", "2019", "2020", "2020", "2020", "2020", "2021",
                    "2021", "2021", "2022", "2022", "2022", "2022", "2022", "2022", "2025", "2031",
                ]),
                Some(w("2019-05-19", "2022-08-14")),
            ),
        ];
        for (name, spans, want) in cases {
            assert_eq!(dense_window(&spans), want, "{name}");
        }
    }

    #[test]
    fn windows() {
        let dense = Some(w("2022-03-05", "2022-04-07"));
        // (name, zoom, from, to, window)
        let cases = [
            ("dense", None, None, None, dense),
            (
                "zoom_wins",
                Some(w("2022-01-01", "2022-02-01")),
                Some(d("2021-01-01")),
                None,
                Some(w("2022-01-01", "2022-02-01")),
            ),
            (
                "from_and_to",
                None,
                Some(d("2022-03-10")),
                Some(d("2022-03-20")),
                Some(w("2022-03-10", "2022-03-21")),
            ),
            (
                "from_only",
                None,
                Some(d("2022-03-20")),
                None,
                Some(w("2022-03-20", "2022-04-07")),
            ),
            (
                "to_only",
                None,
                None,
                Some(d("2022-03-20")),
                Some(w("2022-03-05", "2022-03-21")),
            ),
            (
                "one_day_range_widened",
                None,
                Some(d("2022-03-10")),
                Some(d("2022-03-10")),
                Some(w("2022-03-08", "2022-03-14")),
            ),
            (
                "from_after_the_events",
                None,
                Some(d("2023-01-01")),
                None,
                Some(w("2023-01-01", "2023-01-31")),
            ),
        ];
        for (name, zoom, from, to, want) in cases {
            assert_eq!(window(zoom, from, to, dense), want, "{name}");
        }
        assert_eq!(window(None, None, None, None), None);
    }

    #[test]
    fn zooming_keeps_the_anchor_in_place() {
        // (name, window, anchor day, factor)
        let cases = [
            (
                "in_at_the_middle",
                w("2022-03-01", "2022-04-01"),
                "2022-03-16",
                0.5,
            ),
            (
                "in_near_the_left",
                w("2022-03-01", "2022-04-01"),
                "2022-03-03",
                0.5,
            ),
            (
                "in_near_the_right",
                w("2022-03-01", "2022-04-01"),
                "2022-03-29",
                0.5,
            ),
            (
                "out_of_a_year",
                w("2022-01-01", "2023-01-01"),
                "2022-08-09",
                2.0,
            ),
            (
                "in_to_the_minimum",
                w("2022-03-01", "2022-03-11"),
                "2022-03-04",
                0.25,
            ),
            (
                "in_on_a_century",
                w("1920-01-01", "2024-01-01"),
                "2022-03-10",
                0.5,
            ),
        ];
        for (name, win, anchor, factor) in cases {
            let a = day_number(d(anchor)) + 0.5;
            let before = x_at(win, 1000.0, a);
            let z = zoom_at(win, a, factor);
            let after = x_at(z, 1000.0, a);
            assert!(
                (before - after).abs() < 8.0,
                "{name}: {before} → {after} in {z:?}"
            );
            let exact = (days(win) as f64 * factor).max(MIN_DAYS as f64);
            assert!(
                (days(z) as f64 - exact).abs() <= exact * 0.1 + 3.0,
                "{name}: {} days for {exact}",
                days(z)
            );
        }
    }

    #[test]
    fn pointer_positions_map_to_days_and_back() {
        // (name, window, width, x, day)
        let cases = [
            (
                "left_edge",
                w("2020-01-01", "2021-01-01"),
                1000.0,
                0.0,
                "2020-01-01",
            ),
            (
                "a_year_at_1400",
                w("2019-01-01", "2023-01-01"),
                1400.0,
                350.0,
                "2020-01-01",
            ),
            (
                "a_year_at_390",
                w("2019-01-01", "2023-01-01"),
                390.0,
                97.5,
                "2020-01-01",
            ),
            (
                "a_day_zoomed",
                w("2022-03-01", "2022-03-11"),
                1000.0,
                300.0,
                "2022-03-04",
            ),
        ];
        for (name, win, width, x, day) in cases {
            let at = day_at(win, width, x);
            assert!((at - day_number(d(day))).abs() < 0.51, "{name}: {at}");
            assert!((x_at(win, width, at) - x).abs() < 1e-6, "{name}");
        }
    }

    #[test]
    fn brushing_between_ticks_selects_their_dates() {
        let win = w("2019-01-01", "2023-01-01");
        for width in [1400.0, 1000.0, 390.0] {
            let t = ticks(win, width);
            let at = |year: i32| {
                t.iter()
                    .find(|t| t.date == Date::new(year, 1, 1).unwrap())
                    .expect("a tick")
                    .x
            };
            // (name, x1, x2, from, to)
            let cases = [
                (
                    "tick_to_tick",
                    at(2020),
                    at(2021),
                    "2020-01-01",
                    "2020-12-31",
                ),
                ("backwards", at(2021), at(2020), "2020-01-01", "2020-12-31"),
                (
                    "near_ticks",
                    at(2020) + 3.0,
                    at(2022) - 4.0,
                    "2020-01-01",
                    "2021-12-31",
                ),
            ];
            for (name, x1, x2, from, to) in cases {
                assert_eq!(
                    brush(win, width, x1, x2, &t),
                    (d(from), d(to)),
                    "{name} at {width}"
                );
            }
        }
    }

    #[test]
    fn tick_labels_never_overlap_and_use_the_room() {
        // (name, window, width, first labels)
        let cases = [
            (
                "century_on_a_phone",
                w("1920-01-01", "2024-01-01"),
                360.0,
                vec!["1920", "1940"],
            ),
            (
                "years_wide",
                w("2019-01-01", "2023-01-01"),
                1400.0,
                vec!["Jan 2019", "Apr"],
            ),
            (
                "years_narrow",
                w("2019-01-01", "2023-01-01"),
                390.0,
                vec!["2019", "2020"],
            ),
            (
                "a_month_wide",
                w("2022-03-05", "2022-04-07"),
                1000.0,
                vec!["5 Mar", "7 Mar"],
            ),
            (
                "a_month_on_a_phone",
                w("2022-03-05", "2022-04-07"),
                360.0,
                vec!["6 Mar", "11 Mar"],
            ),
            (
                "a_week",
                w("2022-03-08", "2022-03-14"),
                800.0,
                vec!["8 Mar 2022", "9 Mar"],
            ),
        ];
        for (name, win, width, first) in cases {
            let t = ticks(win, width);
            let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
            assert_eq!(&labels[..2], first.as_slice(), "{name}: {labels:?}");
            for p in t.windows(2) {
                assert!(
                    p[1].x - p[0].x >= label_width(&p[0].label),
                    "{name}: {labels:?}"
                );
            }
            assert!(t.iter().all(|t| t.x >= 0.0 && t.x < width), "{name}");
        }
    }

    #[test]
    fn lanes_are_packed_and_the_rest_overflows() {
        let win = w("2022-03-01", "2022-04-01");
        let day = |s: &str, key| Item {
            span: (d(s), d(s)),
            key,
        };
        // (name, items, selected, lanes used, marks drawn, overflow count)
        let many: Vec<Item> = (0..30).map(|k| day("2022-03-10", k)).collect();
        type Case = (&'static str, Vec<Item>, Option<usize>, usize, usize, usize);
        let cases: Vec<Case> = vec![
            (
                "apart_share_a_lane",
                vec![
                    day("2022-03-02", 0),
                    day("2022-03-15", 1),
                    day("2022-03-28", 2),
                ],
                None,
                1,
                3,
                0,
            ),
            (
                "same_day_stack",
                vec![day("2022-03-10", 0), day("2022-03-10", 1)],
                None,
                2,
                2,
                0,
            ),
            (
                "a_month_and_its_days",
                vec![
                    Item {
                        span: (d("2022-03-01"), d("2022-03-31")),
                        key: 0,
                    },
                    day("2022-03-10", 1),
                ],
                None,
                2,
                2,
                0,
            ),
            (
                "thirty_on_one_day",
                many.clone(),
                None,
                MAX_LANES,
                MAX_LANES,
                30 - MAX_LANES,
            ),
            (
                "the_selected_is_drawn",
                many,
                Some(29),
                MAX_LANES,
                MAX_LANES,
                30 - MAX_LANES,
            ),
        ];
        for (name, items, selected, lanes, drawn, over) in cases {
            let l = layout(win, 1000.0, &items, selected);
            assert_eq!(
                l.marks.iter().map(|m| m.lane + 1).max().unwrap_or(0),
                lanes,
                "{name}"
            );
            assert_eq!(l.marks.len(), drawn, "{name}");
            assert_eq!(
                l.overflow.iter().map(|b| b.count).sum::<usize>(),
                over,
                "{name}"
            );
            if let Some(s) = selected {
                assert!(l.marks.iter().any(|m| m.key == s), "{name}");
            }
            for m in &l.marks {
                assert!(
                    m.x2 - m.x1 >= MIN_MARK - 1e-9 && m.x1 >= 0.0 && m.x2 <= 1000.0,
                    "{name}: {m:?}"
                );
            }
        }
    }

    #[test]
    fn outliers_are_counted_at_the_edges() {
        let win = w("2022-03-05", "2022-04-07");
        let items = [
            Item {
                span: (d("1924-01-01"), d("1924-12-31")),
                key: 0,
            },
            Item {
                span: (d("2011-01-01"), d("2011-12-31")),
                key: 1,
            },
            Item {
                span: (d("2022-03-10"), d("2022-03-10")),
                key: 2,
            },
            Item {
                span: (d("2022-06-21"), d("2022-06-30")),
                key: 3,
            },
            Item {
                span: (d("2023-01-01"), d("2023-12-31")),
                key: 4,
            },
        ];
        let l = layout(win, 1000.0, &items, None);
        assert_eq!(
            l.before,
            Outside {
                count: 2,
                nearest: Some((1, d("2011-01-01")))
            }
        );
        assert_eq!(
            l.after,
            Outside {
                count: 2,
                nearest: Some((3, d("2022-06-21")))
            }
        );
        assert_eq!(l.inside, 1);
        assert_eq!(
            centred_on(win, d("1924-01-01")),
            w("1923-12-16", "1924-01-18")
        );
    }

    #[test]
    fn many_marks_become_counts() {
        let win = w("2022-01-01", "2023-01-01");
        let items: Vec<Item> = (0..=MAX_MARKS)
            .map(|k| {
                let day = d("2022-01-01").add_days((k % 365) as i64);
                Item {
                    span: (day, day),
                    key: k,
                }
            })
            .collect();
        let l = layout(win, 1000.0, &items, None);
        assert!(l.marks.is_empty());
        assert_eq!(
            l.counts.iter().map(|b| b.count).sum::<usize>(),
            MAX_MARKS + 1
        );
        assert!(l.counts.iter().all(|b| b.from < b.to));
    }
}
