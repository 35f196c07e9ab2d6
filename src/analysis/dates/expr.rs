//! What a temporal expression means before it is anchored ([`Expr`]), and its resolution against a
//! reference date into a TIMEX3 value with its grain, modifier and a sentence that says how.

use super::Tense;
use crate::analysis::mention::{Grain, TimexType};
use crate::analysis::text::calendar::{days_in_month, Date};

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Working days.
    BusinessDay,
    /// Weekends.
    Weekend,
    /// Weeks.
    Week,
    /// Fortnights.
    Fortnight,
    /// Months.
    Month,
    /// Quarters.
    Quarter,
    /// Half years.
    Half,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

impl Unit {
    /// Parses a lexicon value (`day`, `week`, …).
    pub fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "businessday" => Unit::BusinessDay,
            "weekend" => Unit::Weekend,
            "week" => Unit::Week,
            "fortnight" => Unit::Fortnight,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "half" => Unit::Half,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }

    /// The TIMEX3 duration of `amount` units: `P10Y`, `PT2H`, `P1.5Y`, `PXD` (amount unknown).
    pub fn duration(self, amount: Option<f64>) -> String {
        let (scale, designator, time) = self.designator();
        let n = match amount {
            Some(a) => format_number(a * scale),
            None => "X".to_string(),
        };
        format!("P{}{n}{designator}", if time { "T" } else { "" })
    }

    /// The TIMEX3 duration of several amounts, largest unit first: `P2Y3M`, `PT1H30M`, `P1DT12H`.
    pub fn durations(parts: &[(f64, Unit)]) -> String {
        let mut date = String::new();
        let mut time = String::new();
        for (amount, unit) in parts {
            let (scale, designator, is_time) = unit.designator();
            let part = format!("{}{designator}", format_number(amount * scale));
            if is_time {
                time.push_str(&part);
            } else {
                date.push_str(&part);
            }
        }
        if time.is_empty() {
            format!("P{date}")
        } else {
            format!("P{date}T{time}")
        }
    }

    /// How many of the TIMEX3 designator's units one of this makes, the designator, and whether it
    /// is a time (after the `T`).
    fn designator(self) -> (f64, &'static str, bool) {
        match self {
            Unit::Second => (1.0, "S", true),
            Unit::Minute => (1.0, "M", true),
            Unit::Hour => (1.0, "H", true),
            Unit::Day => (1.0, "D", false),
            Unit::BusinessDay => (1.0, "BD", false),
            Unit::Weekend => (1.0, "WE", false),
            Unit::Week => (1.0, "W", false),
            Unit::Fortnight => (2.0, "W", false),
            Unit::Month => (1.0, "M", false),
            Unit::Quarter => (3.0, "M", false),
            Unit::Half => (6.0, "M", false),
            Unit::Year => (1.0, "Y", false),
            Unit::Decade => (1.0, "DE", false),
            Unit::Century => (1.0, "CE", false),
        }
    }

    /// The grain a date shifted by this unit is known to.
    fn grain(self) -> Grain {
        match self {
            Unit::Second | Unit::Minute | Unit::Hour => Grain::Time,
            Unit::Day | Unit::BusinessDay | Unit::Weekend | Unit::Week | Unit::Fortnight => {
                Grain::Day
            }
            Unit::Month => Grain::Month,
            Unit::Quarter | Unit::Half => Grain::Month,
            Unit::Year | Unit::Decade | Unit::Century => Grain::Year,
        }
    }
}

/// `10`, `1.5`, `123.45`: no trailing zeros.
pub fn format_number(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{}", x.round() as i64)
    } else {
        let s = format!("{x:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A year as written: given, relative to the reference year, or to be inferred from the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Year {
    /// `2019`.
    Abs(i32),
    /// `this year` (0), `last year` (-1), `next year` (1).
    Rel(i32),
    /// Not given: the occurrence nearest to the reference.
    Infer,
}

/// Which occurrence a weekday, month or season without a year means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// The nearest, leaning to the past (or the future when the sentence is in the future tense).
    Auto,
    /// The last one before the reference (`dernier`, `vorige`, `last`).
    Past,
    /// The next one after the reference (`prochain`, `volgende`, `next`).
    Future,
    /// The one in the reference's own week, month or year (`ce`, `deze`, `this`).
    This,
    /// The most recent one before the reference (`afgelopen maandag`, `this past Monday`).
    Recent,
    /// The first one after the reference (`aanstaande vrijdag`, `this coming Friday`, `vendredi à venir`).
    Coming,
}

impl Dir {
    /// The unit offset a cue gives a relative period: −1 for the last one, +1 for the next, 0 otherwise.
    pub fn offset(self) -> i64 {
        match self {
            Dir::Past | Dir::Recent => -1,
            Dir::Future | Dir::Coming => 1,
            Dir::Auto | Dir::This => 0,
        }
    }
}

/// The meaning of a temporal expression, before anchoring.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A calendar date or month or year, parts possibly missing.
    Cal {
        /// The year.
        year: Year,
        /// The month, 1–12.
        month: Option<u32>,
        /// The day of the month.
        day: Option<u32>,
        /// Which occurrence, when the year is inferred.
        dir: Dir,
    },
    /// A weekday (ISO 1–7), possibly in a week relative to the reference (`volgende week maandag`).
    Weekday {
        /// ISO weekday.
        weekday: u32,
        /// Which occurrence.
        dir: Dir,
        /// The week relative to the reference's, when given.
        week_offset: Option<i64>,
    },
    /// A day relative to the reference: today (0), tomorrow (1), yesterday (-1).
    DayOffset(i64),
    /// `the weekend`, `le week-end`, `dat weekend`: the weekend nearest the reference, the one before it
    /// unless the sentence speaks of the future.
    Weekend,
    /// A day of the month with no month (`the 18th`, `dinsdag de elfde`, `Sunday 31`): the nearest such
    /// day, on the given weekday when one is given.
    DayOfMonth {
        /// 1–31.
        day: u32,
        /// ISO weekday the date must fall on.
        weekday: Option<u32>,
    },
    /// The n-th given weekday of a month (the last for −1): Thanksgiving is the fourth Thursday of
    /// November, Memorial Day the last Monday of May.
    NthWeekday {
        /// The year.
        year: Year,
        /// 1–12.
        month: u32,
        /// ISO weekday.
        weekday: u32,
        /// 1–5, or −1 for the last.
        n: i32,
        /// Which occurrence, when the year is inferred.
        dir: Dir,
    },
    /// Easter Sunday of a year.
    Easter {
        /// The year.
        year: Year,
        /// Which occurrence, when the year is inferred.
        dir: Dir,
    },
    /// The reference's own unit moved by `n`: `last year`, `this week`, `next quarter`.
    UnitOffset {
        /// The unit.
        unit: Unit,
        /// How many units from the reference's.
        n: i64,
    },
    /// A date a number of units before or after a base (the reference when `base` is `None`).
    Shift {
        /// How many units.
        amount: f64,
        /// The unit.
        unit: Unit,
        /// +1 after, -1 before.
        sign: i64,
        /// The base, when not the reference.
        base: Option<Box<Expr>>,
    },
    /// A quarter (1–4) of a year.
    Quarter {
        /// The year.
        year: Year,
        /// 1–4.
        q: u32,
    },
    /// A half (1–2) of a year.
    Half {
        /// The year.
        year: Year,
        /// 1–2.
        h: u32,
    },
    /// A season (`SP`, `SU`, `FA`, `WI`) of a year.
    Season {
        /// The year.
        year: Year,
        /// TIMEX3 season code.
        season: &'static str,
        /// Which occurrence, when the year is inferred.
        dir: Dir,
    },
    /// An ISO week of a year.
    Week {
        /// The year.
        year: Year,
        /// 1–53.
        week: u32,
    },
    /// A decade, by its first year (`1990`).
    Decade(i32),
    /// A century, by its number (21 for 2000–2099).
    Century(i32),
    /// The start, middle or end of a period.
    Part {
        /// `START`, `MID` or `END`.
        modifier: &'static str,
        /// The period.
        inner: Box<Expr>,
    },
    /// Some units at the start or the end of a period, or the n-th of them: `the first two weeks of
    /// 2021`, `les trois derniers mois de l'année`, `the third month of 2021`, `the 15th day of next
    /// month`, `de laatste week van juli`. Weeks are whole weeks, Monday to Sunday, each mostly inside
    /// the period (as ISO weeks are in a year).
    Within {
        /// The unit counted: days, weeks, months or quarters.
        unit: Unit,
        /// How many units.
        amount: u32,
        /// Counted back from the period's end (`last`) rather than from its start.
        from_end: bool,
        /// Units skipped from the start first (`the third month`: 2).
        skip: u32,
        /// The period.
        inner: Box<Expr>,
    },
    /// An expression with a TIMEX3 modifier the text gives before it: `APPROX` (`about two weeks ago`,
    /// `il y a environ trois ans`), `MORE_THAN` (`more than two years`), `LESS_THAN` (`bijna tien jaar`).
    Modified {
        /// `APPROX`, `MORE_THAN` or `LESS_THAN`.
        modifier: &'static str,
        /// The expression.
        inner: Box<Expr>,
    },
    /// The week a date falls in: `the week of April 10`, `la semaine du 4 février`.
    WeekOf(Box<Expr>),
    /// A length of time; `amount` is `None` when vague (`for decades`).
    Duration {
        /// How many units.
        amount: Option<f64>,
        /// The unit.
        unit: Unit,
    },
    /// A length of time in several units, largest first: `two years and three months`, `1 hour and
    /// 30 minutes`.
    Durations(Vec<(f64, Unit)>),
    /// A recurrence, as a TIMEX3 value (`P1W`, `XXXX-WXX-1`).
    Set(String),
    /// `PAST_REF`, `PRESENT_REF` or `FUTURE_REF`.
    Ref(&'static str),
    /// From one point to another.
    Range(Box<Expr>, Box<Expr>),
    /// A clock time or part of the day, on a date (the reference when `date` is `None`).
    Time {
        /// The date.
        date: Option<Box<Expr>>,
        /// Hour, 0–23, or `None` for a part of the day only.
        hour: Option<u32>,
        /// Minutes.
        minute: Option<u32>,
        /// `MO`, `AF`, `EV`, `NI`.
        part: Option<&'static str>,
    },
}

/// The date that relative expressions are resolved against, and how precisely it is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The date (for a month-precise reference, a day inside the month).
    pub date: Date,
    /// Day, month or year.
    pub grain: Grain,
}

/// A resolved expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// The TIMEX3 value.
    pub value: String,
    /// DATE, TIME, DURATION or SET.
    pub kind: TimexType,
    /// The precision.
    pub grain: Grain,
    /// START, MID, END or APPROX.
    pub modifier: Option<&'static str>,
    /// How it was resolved.
    pub anchor: String,
    /// The first day it covers, for dates.
    pub first: Option<Date>,
}

/// A period of the calendar: its first day and grain.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Period {
    first: Date,
    grain: Grain,
}

impl Period {
    fn value(self) -> String {
        let d = self.first;
        match self.grain {
            Grain::Year => format!("{:04}", d.year),
            Grain::Month => format!("{:04}-{:02}", d.year, d.month),
            Grain::Week => {
                let (y, w) = d.iso_week();
                format!("{y:04}-W{w:02}")
            }
            Grain::Quarter => format!("{:04}-Q{}", d.year, (d.month - 1) / 3 + 1),
            Grain::Half => format!("{:04}-H{}", d.year, (d.month - 1) / 6 + 1),
            _ => d.to_string(),
        }
    }
}

fn coarser(a: Grain, b: Grain) -> Grain {
    fn rank(g: Grain) -> u8 {
        match g {
            Grain::Time => 0,
            Grain::Day => 1,
            Grain::Week => 2,
            Grain::Month => 3,
            Grain::Season | Grain::Quarter => 4,
            Grain::Half => 5,
            Grain::Year => 6,
            _ => 7,
        }
    }
    if rank(a) >= rank(b) {
        a
    } else {
        b
    }
}

fn first_of(grain: Grain, d: Date) -> Date {
    match grain {
        Grain::Year => Date {
            month: 1,
            day: 1,
            ..d
        },
        Grain::Month => Date { day: 1, ..d },
        _ => d,
    }
}

/// The ISO weekday `weekday` in the week of `d`.
fn weekday_in_week(d: Date, weekday: u32) -> Date {
    d.add_days(i64::from(weekday) - i64::from(d.weekday()))
}

/// Picks, among candidate years, the period nearest the reference; future periods cost `future_cost`
/// times their distance (news leans to the past unless the sentence speaks of the future).
fn nearest_year(
    reference: Date,
    dir: Dir,
    tense: Tense,
    period: impl Fn(i32) -> Option<(Date, Date)>,
) -> i32 {
    let y = reference.year;
    let r = reference.days_since_epoch();
    let mut best = (f64::MAX, y);
    for candidate in [y - 1, y, y + 1] {
        let Some((start, end)) = period(candidate) else {
            continue;
        };
        let (s, e) = (start.days_since_epoch(), end.days_since_epoch());
        let cost = match dir {
            Dir::Past | Dir::Recent if s >= r => continue,
            Dir::Future | Dir::Coming if e <= r => continue,
            Dir::This if candidate != y => continue,
            _ if r >= s && r <= e => 0.0,
            _ if e < r => (r - e) as f64 * if tense == Tense::Future { 1.5 } else { 1.0 },
            _ => {
                (s - r) as f64
                    * match tense {
                        Tense::Future => 1.0,
                        Tense::Past => 4.0,
                        Tense::Unknown => 2.0,
                    }
            }
        };
        if cost < best.0 {
            best = (cost, candidate);
        }
    }
    best.1
}

fn year_value(year: Year, reference: Option<Reference>) -> Option<i32> {
    match (year, reference) {
        (Year::Abs(y), _) => Some(y),
        (Year::Rel(n), Some(r)) => Some(r.date.year + n),
        _ => None,
    }
}

fn season_months(season: &str) -> (u32, u32) {
    match season {
        "SP" => (3, 5),
        "SU" => (6, 8),
        "FA" => (9, 11),
        _ => (12, 2),
    }
}

fn last_day(year: i32, month: u32) -> Date {
    Date {
        year,
        month,
        day: days_in_month(year, month),
    }
}

/// Shifts a date by `amount` units.
fn shift(d: Date, unit: Unit, amount: f64) -> Date {
    let whole = amount.round() as i64;
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => d,
        Unit::Day => d.add_days(whole),
        Unit::BusinessDay => {
            // Working days: Saturdays and Sundays are stepped over.
            let step = whole.signum();
            let mut day = d;
            for _ in 0..whole.abs() {
                day = day.add_days(step);
                while day.weekday() > 5 {
                    day = day.add_days(step);
                }
            }
            day
        }
        Unit::Weekend | Unit::Week => d.add_days((amount * 7.0).round() as i64),
        Unit::Fortnight => d.add_days((amount * 14.0).round() as i64),
        Unit::Month => d.add_months(whole),
        Unit::Quarter => d.add_months((amount * 3.0).round() as i64),
        Unit::Half => d.add_months((amount * 6.0).round() as i64),
        Unit::Year => d.add_months((amount * 12.0).round() as i64),
        Unit::Decade => d.add_months((amount * 120.0).round() as i64),
        Unit::Century => d.add_months((amount * 1200.0).round() as i64),
    }
}

/// The day after a period that starts on `first` and has the given grain.
fn period_after(first: Date, grain: Grain) -> Option<Date> {
    Some(match grain {
        Grain::Day => first.add_days(1),
        Grain::Week => first.add_days(7),
        Grain::Month => first.add_months(1),
        Grain::Quarter | Grain::Season => first.add_months(3),
        Grain::Half => first.add_months(6),
        Grain::Year => first.add_months(12),
        Grain::Decade => first.add_months(120),
        Grain::Century => first.add_months(1200),
        _ => return None,
    })
}

/// The day a resolved end of a range stands for: its first day, except that a middle is the middle
/// (`du milieu de 2007` → 2007-07-02, `mid-September` → the 16th), an end that closes the range runs to
/// the end (`to the end of 2008` → 2009-01-01) and an end that opens it starts two thirds in (`from
/// the end of March` → 21 March).
fn range_bound(end: &Resolved, closes: bool) -> Option<Date> {
    let first = end.first?;
    let Some(after) = period_after(first, end.grain) else {
        return Some(first);
    };
    let days = first.days_until(after);
    Some(match (end.modifier, closes) {
        (Some("MID"), _) => first.add_days(days / 2),
        (Some("END"), true) => after,
        (Some("END"), false) => first.add_days(days * 2 / 3),
        _ => first,
    })
}

/// Resolves an expression against an optional reference. `tense` is the sentence's: the future tips
/// undated months and weekdays forward, the past holds them back.
pub fn resolve(expr: &Expr, reference: Option<Reference>, tense: Tense) -> Option<Resolved> {
    let r = Resolver { reference, tense };
    r.resolve(expr)
}

struct Resolver {
    reference: Option<Reference>,
    tense: Tense,
}

fn date_result(value: String, grain: Grain, anchor: String, first: Option<Date>) -> Resolved {
    Resolved {
        value,
        kind: TimexType::Date,
        grain,
        modifier: None,
        anchor,
        first,
    }
}

impl Resolver {
    fn ref_text(&self) -> String {
        match self.reference {
            Some(r) if r.grain == Grain::Day => format!("the reference {}", r.date),
            Some(r) => format!(
                "the reference {}",
                Period {
                    first: r.date,
                    grain: r.grain
                }
                .value()
            ),
            None => "no reference date".to_string(),
        }
    }

    /// A day-precise result, coarsened to what the reference supports.
    fn day_result(&self, d: Date, unit_grain: Grain, how: &str) -> Resolved {
        let ref_grain = self.reference.map_or(Grain::Day, |r| r.grain);
        let grain = coarser(unit_grain, ref_grain);
        let period = Period {
            first: first_of(grain, d),
            grain,
        };
        let mut anchor = format!("{}, {how} {}", period.value(), self.ref_text());
        if grain != unit_grain {
            anchor.push_str(" (known only to its precision)");
        }
        date_result(period.value(), grain, anchor, Some(period.first))
    }

    fn resolve(&self, expr: &Expr) -> Option<Resolved> {
        let reference = self.reference;
        match expr {
            Expr::Cal {
                year,
                month,
                day,
                dir,
            } => self.resolve_cal(*year, *month, *day, *dir),
            Expr::Weekday {
                weekday,
                dir,
                week_offset,
            } => {
                let Some(r) = reference else {
                    return Some(date_result(
                        format!("XXXX-WXX-{weekday}"),
                        Grain::Day,
                        "weekday with no reference date".into(),
                        None,
                    ));
                };
                let d = r.date;
                let (date, how) = match (week_offset, dir) {
                    (Some(w), _) => (
                        weekday_in_week(d.add_days(7 * w), *weekday),
                        "in the week relative to",
                    ),
                    (None, Dir::This) => (weekday_in_week(d, *weekday), "in the week of"),
                    (None, Dir::Past) => (
                        weekday_in_week(d.add_days(-7), *weekday),
                        "in the week before",
                    ),
                    (None, Dir::Future) => (
                        weekday_in_week(d.add_days(7), *weekday),
                        "in the week after",
                    ),
                    (None, Dir::Recent) => {
                        let back = (i64::from(d.weekday()) - i64::from(*weekday)).rem_euclid(7);
                        (
                            d.add_days(-(if back == 0 { 7 } else { back })),
                            "the last one before",
                        )
                    }
                    (None, Dir::Coming) => {
                        let ahead = (i64::from(*weekday) - i64::from(d.weekday())).rem_euclid(7);
                        (
                            d.add_days(if ahead == 0 { 7 } else { ahead }),
                            "the next one after",
                        )
                    }
                    (None, Dir::Auto) if self.tense == Tense::Future => {
                        let ahead = (i64::from(*weekday) - i64::from(d.weekday())).rem_euclid(7);
                        (d.add_days(ahead), "the next one (future tense) after")
                    }
                    (None, Dir::Auto) => {
                        let back = (i64::from(d.weekday()) - i64::from(*weekday)).rem_euclid(7);
                        (d.add_days(-back), "the one before")
                    }
                };
                Some(self.day_result(date, Grain::Day, how))
            }
            Expr::DayOffset(n) => {
                let Some(r) = reference else {
                    return Some(date_result(
                        ["PAST_REF", "PRESENT_REF", "FUTURE_REF"][(n.signum() + 1) as usize].into(),
                        Grain::None,
                        "relative day with no reference date".into(),
                        None,
                    ));
                };
                let how = match n {
                    0 => "the day of".to_string(),
                    n if *n < 0 => format!("{} day(s) before", -n),
                    n => format!("{n} day(s) after"),
                };
                Some(self.day_result(r.date.add_days(*n), Grain::Day, &how))
            }
            Expr::UnitOffset { unit, n } => self.resolve_unit_offset(*unit, *n),
            Expr::Weekend => {
                let Some(r) = reference else {
                    return Some(date_result(
                        "XXXX-WXX-WE".into(),
                        Grain::Week,
                        "weekend with no reference date".into(),
                        None,
                    ));
                };
                let d = r.date;
                let in_weekend = d.weekday() >= 6;
                let (next, last) = (weekday_in_week(d, 6), weekday_in_week(d.add_days(-7), 6));
                // Days to the next weekend count double when the tense does not say (news leans to
                // the past): a Monday's weekend is the one just gone, a Friday's the one ahead.
                let ahead = d.days_until(next);
                let behind = last.add_days(1).days_until(d);
                let (saturday, how) = match self.tense {
                    _ if in_weekend => (next, "the weekend of"),
                    Tense::Future => (next, "the next weekend (future tense) after"),
                    Tense::Unknown if 2 * ahead < behind => (next, "the nearest weekend to"),
                    _ => (last, "the last weekend before"),
                };
                if r.grain != Grain::Day {
                    return Some(self.day_result(saturday, Grain::Week, how));
                }
                let (y, w) = saturday.iso_week();
                let value = format!("{y:04}-W{w:02}-WE");
                let anchor = format!("{value}, {how} {}", self.ref_text());
                Some(date_result(value, Grain::Week, anchor, Some(saturday)))
            }
            Expr::DayOfMonth { day, weekday } => {
                let Some(r) = reference else {
                    return Some(date_result(
                        format!("XXXX-XX-{day:02}"),
                        Grain::Day,
                        "day of month with no reference date".into(),
                        None,
                    ));
                };
                let first = Date { day: 1, ..r.date };
                let candidates = (-14..=14).filter_map(|k| {
                    let m = first.add_months(k);
                    Date::new(m.year, m.month, *day)
                });
                let fits = |c: &Date| weekday.is_none_or(|w| c.weekday() == w);
                let best = candidates.filter(fits).min_by_key(|c| {
                    let dist = r.date.days_until(*c);
                    if dist > 0 && self.tense != Tense::Future {
                        dist * 3 / 2
                    } else {
                        dist.abs()
                    }
                })?;
                Some(self.day_result(best, Grain::Day, "the nearest such day to"))
            }
            Expr::NthWeekday {
                year,
                month,
                weekday,
                n,
                dir,
            } => {
                let on = |y: i32| nth_weekday(y, *month, *weekday, *n);
                let y = self.infer_year(*year, *dir, |y| on(y).map(|d| (d, d)))?;
                let d = on(y)?;
                let nth = match n {
                    -1 => "last".to_string(),
                    n => format!("{n}th"),
                };
                Some(date_result(
                    d.to_string(),
                    Grain::Day,
                    format!(
                        "the {nth} weekday {weekday} of {y:04}-{month:02}: {}",
                        self.year_note(*year, y)
                    ),
                    Some(d),
                ))
            }
            Expr::Easter { year, dir } => {
                let y = self.infer_year(*year, *dir, |y| easter(y).map(|d| (d, d)))?;
                let d = easter(y)?;
                Some(date_result(
                    d.to_string(),
                    Grain::Day,
                    format!("Easter {y}: {}", self.year_note(*year, y)),
                    Some(d),
                ))
            }
            Expr::Shift {
                amount,
                unit,
                sign,
                base,
            } => {
                let (base_date, base_text) = match base {
                    Some(b) => {
                        let resolved = self.resolve(b)?;
                        (
                            resolved.first?,
                            format!("{} ({})", resolved.value, resolved.anchor),
                        )
                    }
                    None => match reference {
                        Some(r) => (r.date, self.ref_text()),
                        None => {
                            let value = if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                            return Some(date_result(
                                value.into(),
                                Grain::None,
                                "offset with no reference date".into(),
                                None,
                            ));
                        }
                    },
                };
                let d = shift(base_date, *unit, *amount * *sign as f64);
                let how = format!(
                    "{} {}",
                    Unit::duration(*unit, Some(*amount)),
                    if *sign < 0 { "before" } else { "after" }
                );
                let grain = if unit.grain() == Grain::Time {
                    Grain::Time
                } else {
                    Grain::Day
                };
                let mut res = self.day_result(d, grain, &how);
                if base.is_some() {
                    res.anchor = format!("{}, {how} {base_text}", res.value);
                }
                Some(res)
            }
            Expr::Quarter { year, q } => {
                let y = self.infer_year(*year, Dir::Auto, |y| {
                    Some((Date::new(y, q * 3 - 2, 1)?, last_day(y, q * 3)))
                })?;
                let first = Date::new(y, q * 3 - 2, 1)?;
                Some(date_result(
                    format!("{y:04}-Q{q}"),
                    Grain::Quarter,
                    self.year_note(*year, y),
                    Some(first),
                ))
            }
            Expr::Half { year, h } => {
                let y = self.infer_year(*year, Dir::Auto, |y| {
                    Some((Date::new(y, h * 6 - 5, 1)?, last_day(y, h * 6)))
                })?;
                Some(date_result(
                    format!("{y:04}-H{h}"),
                    Grain::Half,
                    self.year_note(*year, y),
                    Date::new(y, h * 6 - 5, 1),
                ))
            }
            Expr::Season { year, season, dir } => {
                let (from, to) = season_months(season);
                let span = |y: i32| {
                    if from > to {
                        Some((Date::new(y - 1, from, 1)?, last_day(y, to)))
                    } else {
                        Some((Date::new(y, from, 1)?, last_day(y, to)))
                    }
                };
                match self.infer_year(*year, *dir, span) {
                    Some(y) => Some(date_result(
                        format!("{y:04}-{season}"),
                        Grain::Season,
                        self.year_note(*year, y),
                        span(y).map(|s| s.0),
                    )),
                    None => Some(date_result(
                        season.to_string(),
                        Grain::Season,
                        "season with no reference date".into(),
                        None,
                    )),
                }
            }
            Expr::Week { year, week } => {
                let y = year_value(*year, reference).or(reference.map(|r| r.date.year))?;
                Some(date_result(
                    format!("{y:04}-W{week:02}"),
                    Grain::Week,
                    self.year_note(*year, y),
                    None,
                ))
            }
            Expr::Decade(start) => Some(date_result(
                format!("{start:04}-01-01/{:04}-01-01", start + 10),
                Grain::Decade,
                "a decade".into(),
                Date::new(*start, 1, 1),
            )),
            Expr::Century(n) => {
                let start = (n - 1) * 100;
                Some(date_result(
                    format!("{start:04}-01-01/{:04}-01-01", start + 100),
                    Grain::Century,
                    "a century".into(),
                    Date::new(start, 1, 1),
                ))
            }
            Expr::Part { modifier, inner } => {
                let mut res = self.resolve(inner)?;
                res.modifier = Some(modifier);
                res.anchor = format!("{} of {}", modifier.to_lowercase(), res.anchor);
                Some(res)
            }
            Expr::Modified { modifier, inner } => {
                let mut res = self.resolve(inner)?;
                res.modifier = Some(modifier);
                res.anchor = format!(
                    "{} {}",
                    modifier.to_lowercase().replace('_', " "),
                    res.anchor
                );
                Some(res)
            }
            Expr::Duration { amount, unit } => Some(Resolved {
                value: unit.duration(*amount),
                kind: TimexType::Duration,
                grain: Grain::None,
                modifier: amount.is_none().then_some("APPROX"),
                anchor: "a length of time: not anchored".into(),
                first: None,
            }),
            Expr::WeekOf(day) => {
                let res = self.resolve(day)?;
                let d = res.first?;
                let monday = weekday_in_week(d, 1);
                let (y, w) = d.iso_week();
                let value = format!("{y:04}-W{w:02}");
                let anchor = format!("{value}: the week of {} ({})", res.value, res.anchor);
                Some(date_result(value, Grain::Week, anchor, Some(monday)))
            }
            Expr::Durations(parts) => Some(Resolved {
                value: Unit::durations(parts),
                kind: TimexType::Duration,
                grain: Grain::None,
                modifier: None,
                anchor: "a length of time: not anchored".into(),
                first: None,
            }),
            Expr::Set(value) => Some(Resolved {
                value: value.clone(),
                kind: TimexType::Set,
                grain: Grain::None,
                modifier: None,
                anchor: "a recurrence: not anchored".into(),
                first: None,
            }),
            Expr::Ref(value) => Some(Resolved {
                value: (*value).to_string(),
                kind: TimexType::Date,
                grain: Grain::None,
                modifier: None,
                anchor: format!(
                    "{} relative to {}",
                    value.to_lowercase().replace('_', " "),
                    self.ref_text()
                ),
                first: if *value == "PRESENT_REF" {
                    reference.map(|r| r.date)
                } else {
                    None
                },
            }),
            Expr::Within {
                unit,
                amount,
                from_end,
                skip,
                inner,
            } => self.resolve_within(*unit, *amount, *from_end, *skip, inner),
            Expr::Range(a, b) => {
                let ra = self.resolve(a)?;
                let b = match (a.as_ref(), b.as_ref(), ra.first) {
                    (
                        Expr::Cal {
                            year: Year::Infer,
                            month: Some(ma),
                            ..
                        },
                        Expr::Cal {
                            year: Year::Infer,
                            month: Some(mb),
                            day,
                            dir,
                        },
                        Some(first),
                    ) => {
                        let y = if mb < ma { first.year + 1 } else { first.year };
                        Box::new(Expr::Cal {
                            year: Year::Abs(y),
                            month: Some(*mb),
                            day: *day,
                            dir: *dir,
                        })
                    }
                    _ => b.clone(),
                };
                let rb = self.resolve(&b)?;
                let start = range_bound(&ra, false)
                    .map(|d| d.to_string())
                    .unwrap_or(ra.value.clone());
                let end = range_bound(&rb, true)
                    .map(|d| d.to_string())
                    .unwrap_or(rb.value.clone());
                Some(Resolved {
                    value: format!("{start}/{end}"),
                    kind: TimexType::Date,
                    grain: Grain::Range,
                    modifier: None,
                    anchor: format!(
                        "from {} ({}) to {} ({})",
                        ra.value, ra.anchor, rb.value, rb.anchor
                    ),
                    first: ra.first,
                })
            }
            Expr::Time {
                date,
                hour,
                minute,
                part,
            } => {
                let day = match date {
                    Some(d) => self.resolve(d)?,
                    None => match reference {
                        Some(r) if r.grain == Grain::Day => {
                            self.day_result(r.date, Grain::Day, "the day of")
                        }
                        _ => date_result(
                            "XXXX-XX-XX".into(),
                            Grain::Day,
                            "no reference day".into(),
                            None,
                        ),
                    },
                };
                let clock = match (hour, part) {
                    (Some(h), _) => format!("{h:02}:{:02}", minute.unwrap_or(0)),
                    (None, Some(p)) => (*p).to_string(),
                    (None, None) => return Some(day),
                };
                let value = if day.grain == Grain::Day {
                    format!("{}T{clock}", day.value)
                } else {
                    format!("T{clock}")
                };
                Some(Resolved {
                    value,
                    kind: TimexType::Time,
                    grain: Grain::Time,
                    modifier: None,
                    anchor: format!("{clock} on {}", day.anchor),
                    first: day.first,
                })
            }
        }
    }

    /// Units at the start or end of a period, or the n-th of them (see [`Expr::Within`]).
    fn resolve_within(
        &self,
        unit: Unit,
        amount: u32,
        from_end: bool,
        skip: u32,
        inner: &Expr,
    ) -> Option<Resolved> {
        let outer = self.resolve(inner)?;
        let first = outer.first?;
        if !matches!(
            outer.grain,
            Grain::Year | Grain::Half | Grain::Quarter | Grain::Month | Grain::Week
        ) {
            return None;
        }
        let end = period_after(first, outer.grain)?;
        let monday = |d: Date| weekday_in_week(d, 1);
        let (n, skipped) = (f64::from(amount), f64::from(skip));
        let (start, stop) = match (unit, from_end) {
            // The first week is the one with most of its days in the period; so is the last.
            (Unit::Week, false) => {
                let start = shift(monday(first.add_days(3)), unit, skipped);
                (start, shift(start, unit, n))
            }
            (Unit::Week, true) => {
                let stop = monday(end.add_days(-4)).add_days(7);
                (shift(stop, unit, -n), stop)
            }
            (_, false) => {
                let start = shift(first, unit, skipped);
                (start, shift(start, unit, n))
            }
            (_, true) => (shift(end, unit, -n), end),
        };
        if start < first.add_days(-3) || stop > end.add_days(3) {
            return None;
        }
        let which = match (from_end, skip, amount) {
            (true, _, 1) => format!("the last {unit:?}").to_lowercase(),
            (true, _, n) => format!("the last {n} {unit:?}s").to_lowercase(),
            (false, 0, 1) => format!("the first {unit:?}").to_lowercase(),
            (false, 0, n) => format!("the first {n} {unit:?}s").to_lowercase(),
            (false, s, _) => format!("{unit:?} number {}", s + 1).to_lowercase(),
        };
        let anchor = format!("{which} of {} ({})", outer.value, outer.anchor);
        let grain = match unit {
            Unit::Day => Grain::Day,
            Unit::Week => Grain::Week,
            Unit::Month => Grain::Month,
            Unit::Quarter => Grain::Quarter,
            _ => return None,
        };
        if amount == 1 {
            let period = Period {
                first: start,
                grain,
            };
            return Some(date_result(period.value(), grain, anchor, Some(start)));
        }
        Some(Resolved {
            value: format!("{start}/{stop}"),
            kind: TimexType::Date,
            grain: Grain::Range,
            modifier: None,
            anchor,
            first: Some(start),
        })
    }

    fn year_note(&self, written: Year, y: i32) -> String {
        match written {
            Year::Abs(_) => "absolute".to_string(),
            Year::Rel(n) => format!("year {n:+} relative to {} → {y}", self.ref_text()),
            Year::Infer => format!("year {y} inferred as the nearest to {}", self.ref_text()),
        }
    }

    fn infer_year(
        &self,
        year: Year,
        dir: Dir,
        period: impl Fn(i32) -> Option<(Date, Date)>,
    ) -> Option<i32> {
        match (year, self.reference) {
            (Year::Infer, Some(r)) => Some(nearest_year(r.date, dir, self.tense, period)),
            _ => year_value(year, self.reference),
        }
    }

    fn resolve_cal(
        &self,
        year: Year,
        month: Option<u32>,
        day: Option<u32>,
        dir: Dir,
    ) -> Option<Resolved> {
        let m = match month {
            Some(m) => m,
            None => {
                let y = year_value(year, self.reference)?;
                return Some(date_result(
                    format!("{y:04}"),
                    Grain::Year,
                    self.year_note(year, y),
                    Date::new(y, 1, 1),
                ));
            }
        };
        let span = |y: i32| match day {
            Some(d) => Date::new(y, m, d).map(|x| (x, x)),
            None => Some((Date::new(y, m, 1)?, last_day(y, m))),
        };
        let y = match self.infer_year(year, dir, span) {
            Some(y) => y,
            None => {
                let value = match day {
                    Some(d) => format!("XXXX-{m:02}-{d:02}"),
                    None => format!("XXXX-{m:02}"),
                };
                return Some(date_result(
                    value,
                    if day.is_some() {
                        Grain::Day
                    } else {
                        Grain::Month
                    },
                    "year unknown: no reference date".into(),
                    None,
                ));
            }
        };
        let note = self.year_note(year, y);
        match day {
            Some(d) => match Date::new(y, m, d) {
                Some(date) => Some(date_result(date.to_string(), Grain::Day, note, Some(date))),
                // "30 février", "February 29, 2019": written as a date, but no such day exists, so it
                // is kept as written (its year only when written) and has no place on a timeline.
                None => {
                    let year = match year {
                        Year::Abs(y) => format!("{y:04}"),
                        _ => "XXXX".to_string(),
                    };
                    Some(date_result(
                        format!("{year}-{m:02}-{d:02}"),
                        Grain::Day,
                        format!("no such day in {y:04}: not resolved"),
                        None,
                    ))
                }
            },
            None => Some(date_result(
                format!("{y:04}-{m:02}"),
                Grain::Month,
                note,
                Date::new(y, m, 1),
            )),
        }
    }

    fn resolve_unit_offset(&self, unit: Unit, n: i64) -> Option<Resolved> {
        let Some(r) = self.reference else {
            return Some(date_result(
                ["PAST_REF", "PRESENT_REF", "FUTURE_REF"][(n.signum() + 1) as usize].into(),
                Grain::None,
                "relative period with no reference date".into(),
                None,
            ));
        };
        let d = r.date;
        let what = match n {
            0 => "the same".to_string(),
            -1 => "the previous".to_string(),
            1 => "the next".to_string(),
            n => format!("{n:+}"),
        };
        let (value, grain, first) = match unit {
            Unit::Year => {
                let y = d.year + n as i32;
                (format!("{y:04}"), Grain::Year, Date::new(y, 1, 1))
            }
            Unit::Month => {
                let m = d.add_months(n);
                (
                    format!("{:04}-{:02}", m.year, m.month),
                    Grain::Month,
                    Date::new(m.year, m.month, 1),
                )
            }
            Unit::Quarter => {
                let m = Date { day: 1, ..d }.add_months(3 * n);
                let q = (m.month - 1) / 3 + 1;
                (
                    format!("{:04}-Q{q}", m.year),
                    Grain::Quarter,
                    Date::new(m.year, q * 3 - 2, 1),
                )
            }
            Unit::Half => {
                let m = Date { day: 1, ..d }.add_months(6 * n);
                let h = (m.month - 1) / 6 + 1;
                (
                    format!("{:04}-H{h}", m.year),
                    Grain::Half,
                    Date::new(m.year, h * 6 - 5, 1),
                )
            }
            Unit::Week | Unit::Fortnight => {
                let w = d.add_days(7 * n);
                let (y, k) = w.iso_week();
                (
                    format!("{y:04}-W{k:02}"),
                    Grain::Week,
                    Some(weekday_in_week(w, 1)),
                )
            }
            Unit::Weekend => {
                let w = d.add_days(7 * n);
                let (y, k) = w.iso_week();
                (
                    format!("{y:04}-W{k:02}-WE"),
                    Grain::Week,
                    Some(weekday_in_week(w, 6)),
                )
            }
            Unit::Day | Unit::BusinessDay => {
                return Some(self.day_result(
                    d.add_days(n),
                    Grain::Day,
                    &format!("{what} day relative to"),
                ))
            }
            Unit::Decade => {
                let start = (d.year / 10 + n as i32) * 10;
                return self.resolve(&Expr::Decade(start));
            }
            Unit::Century => return self.resolve(&Expr::Century(d.year / 100 + 1 + n as i32)),
            Unit::Hour | Unit::Minute | Unit::Second => return None,
        };
        if coarser(grain, r.grain) != grain {
            // A week relative to a month-precise reference: only the month is known.
            return Some(self.day_result(
                d,
                grain,
                &format!("{what} {grain:?} relative to").to_lowercase(),
            ));
        }
        Some(date_result(
            value.clone(),
            grain,
            format!(
                "{value}: {what} {} relative to {}",
                format!("{unit:?}").to_lowercase(),
                self.ref_text()
            ),
            first,
        ))
    }
}

/// The `n`-th ISO `weekday` of a month (the last for −1), if there is one.
pub fn nth_weekday(year: i32, month: u32, weekday: u32, n: i32) -> Option<Date> {
    if n == -1 {
        let last = last_day(year, month);
        let back = (i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7);
        return Some(last.add_days(-back));
    }
    let first = Date::new(year, month, 1)?;
    let ahead = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
    let d = first.add_days(ahead + 7 * (i64::from(n) - 1));
    (n >= 1 && d.month == month).then_some(d)
}

/// Easter Sunday (Gregorian), by the anonymous Gregorian algorithm.
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32)
}
