//! What a temporal expression means before it is anchored ([`Expr`]): points, periods, lengths and
//! recurrences with their parts as written; [`super::resolve`] anchors them.

use crate::analysis::mention::Grain;

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
    pub(crate) fn grain(self) -> Grain {
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
    /// A financial year, named by the calendar year it is called after (`fiscal 2019`, `boekjaar
    /// 2019`, `l'exercice 2019`): TIMEX3 `FY2019`, not on the calendar (its months vary by company).
    FiscalYear(Year),
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
    /// The weekend nearest a date: that of its week, or the one before for a Monday or a Tuesday.
    /// `the second weekend of June` is the weekend of June's second Saturday; `Memorial Day weekend`
    /// the one before that Monday, `Thanksgiving weekend` the one after that Thursday.
    WeekendOf(Box<Expr>),
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
    /// The date written last before the expression, when it is near enough to be what the text speaks
    /// of (`two years earlier`, `the next day`, `le 9`); the reference's day otherwise.
    Then,
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

impl Expr {
    /// A day of a month (`Cal` with both parts), the nearest occurrence when the year is inferred.
    pub fn day(year: Year, month: u32, day: u32) -> Expr {
        Expr::Cal {
            year,
            month: Some(month),
            day: Some(day),
            dir: Dir::Auto,
        }
    }

    /// A month of a year (`Cal` with no day).
    pub fn month(year: Year, month: u32) -> Expr {
        Expr::Cal {
            year,
            month: Some(month),
            day: None,
            dir: Dir::Auto,
        }
    }

    /// A length of `amount` units.
    pub fn length(amount: f64, unit: Unit) -> Expr {
        Expr::Duration {
            amount: Some(amount),
            unit,
        }
    }

    /// A date `amount` units after (`sign` 1) or before (−1) the reference.
    pub fn shift(amount: f64, unit: Unit, sign: i64) -> Expr {
        Expr::Shift {
            amount,
            unit,
            sign,
            base: None,
        }
    }

    /// An expression with a TIMEX3 modifier.
    pub fn modified(modifier: &'static str, inner: Expr) -> Expr {
        Expr::Modified {
            modifier,
            inner: Box::new(inner),
        }
    }

    /// A year, as written.
    pub fn year(year: i32) -> Expr {
        Expr::Cal {
            year: Year::Abs(year),
            month: None,
            day: None,
            dir: Dir::Auto,
        }
    }
}
