//! Times: clock times (`15:30`, `16h30`, `3pm`, `om 8 uur`), parts of the day, and a date with a time
//! (`lundi à 16h`, `Monday night`).

use super::ctx::Ctx;
use super::point;
use super::points::{deictic, holiday_expr};
use super::words::{code_of, daypart_at, dir_after, dir_then, is_day, unit_at};
use crate::analysis::dates::expr::{Dir, Expr, Unit, Year};
use crate::analysis::lexicon::numbers::number_at;
use crate::analysis::lexicon::Category;
use crate::analysis::text::tokens::Kind;

/// A clock time: `15:30`, `16h30`, `3pm`, `om 8 uur`, `à 16 heures`, `at 10 o'clock`.
pub(crate) fn time(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (hour, minute, len) = clock_at(ctx, i)?;
    Some((
        len,
        Expr::Time {
            date: None,
            hour: Some(hour),
            minute,
            part: None,
        },
    ))
}

/// A clock time at `i`: its hour, minutes and length. `15:30`, `16h30`, `3pm`, `9.30 uur`; after an
/// `at` cue (`om`, `à`, `vers`) also `8 uur`, `15.00`, hours in words (`à neuf heures`, `ten o'clock`)
/// and clock words (`noon`, `à minuit`, `om middernacht`, which also go after `until`, `before`…).
pub(crate) fn clock_at(ctx: &Ctx, i: usize) -> Option<(u32, Option<u32>, usize)> {
    let after_at = i > 0 && ctx.is(i - 1, Category::At);
    if let Some(hit) = ctx.hit(i, Category::ClockWord) {
        // Not a name ("Margin Call at Midnight", "la gare du Midi").
        let cued = i > 0
            && ctx.t[i].space_before
            && !ctx.t[i].capitalised
            && [
                Category::At,
                Category::To,
                Category::From,
                Category::BeforeBase,
                Category::AfterBase,
            ]
            .iter()
            .any(|c| ctx.is(i - 1, *c));
        return cued.then_some((hit.int() as u32, Some(0), hit.len));
    }
    let h_tok = ctx.tok(i)?;
    if h_tok.kind == Kind::Word {
        return clock_in_words(ctx, i, after_at);
    }
    let hour = h_tok.number().filter(|_| h_tok.lower.len() <= 2)?;
    if hour > 24 {
        return None;
    }
    // 15:30
    if ctx.punct(i + 1, ':') && ctx.glued(i + 1) && ctx.glued(i + 2) {
        let m = ctx.tok(i + 2)?;
        let minute = m
            .number()
            .filter(|&m| m < 60 && ctx.t[i + 2].lower.len() == 2)?;
        let (suffix, len) = suffix_at(ctx, i + 3).map_or((None, 0), |(s, l)| (Some(s), l));
        return Some((suffix.map_or(hour, |s| s.hour(hour)), Some(minute), 3 + len));
    }
    // 16h30, 16h, 3pm, 8 uur (after "om"), 15.00 (after "om").
    if let Some((suffix, l)) = suffix_at(ctx, i + 1) {
        let minutes = minutes_after_suffix(ctx, i + 1 + l, suffix);
        let len = 1 + l + usize::from(minutes.is_some());
        let strong = match suffix {
            Suffix::Am | Suffix::Pm | Suffix::OClock => true,
            Suffix::Mark => minutes.is_some() || marked_hour_after_cue(ctx, i),
            Suffix::Word => hour_word_after_cue(ctx, i) || opens_clock_range(ctx, i, i + len),
        };
        if !(strong || after_at) {
            return None;
        }
        return Some((suffix.hour(hour), minutes, len));
    }
    // 9.30 after "om", or with a suffix: "9.30 uur", "9.30 pm".
    if ctx.punct(i + 1, '.') && ctx.glued(i + 1) && ctx.glued(i + 2) {
        let m = ctx.tok(i + 2)?;
        let suffix = suffix_at(ctx, i + 3);
        if m.lower.len() == 2 && (after_at || suffix.is_some()) {
            let minute = m.number().filter(|&m| m < 60)?;
            let hour = suffix.map_or(hour, |(s, _)| s.hour(hour));
            return Some((hour, Some(minute), 3 + suffix.map_or(0, |(_, l)| l)));
        }
    }
    None
}

/// Whether the number at `i` is an hour with a glued hour mark (`15h`, `20u`) after a cue that opens
/// or closes a time (`à partir de 15h`, `dès 14h`, `un peu après 20h`, `jusqu'à 18h`): a clock time,
/// not a length. Not before `de` (`après 3h de débat` is a length of debate), nor after a bare `of`
/// word (`un retard de 3h`).
pub(crate) fn marked_hour_after_cue(ctx: &Ctx, i: usize) -> bool {
    let marked = matches!(suffix_at(ctx, i + 1), Some((Suffix::Mark, 1))) && ctx.glued(i + 1);
    if !marked || i == 0 || ctx.is(i + 2, Category::Of) {
        return false;
    }
    // A cue phrase ending right before the hour, not a bare `of` word (`de`).
    let cue_ends = |category| {
        (i.saturating_sub(3)..i).any(|k| {
            ctx.at(k, category)
                .is_some_and(|len| k + len == i && (len > 1 || !ctx.is(k, Category::Of)))
        })
    };
    [
        Category::At,
        Category::From,
        Category::To,
        Category::AfterBase,
        Category::BeforeBase,
    ]
    .into_iter()
    .any(cue_ends)
}

/// Whether the number at `i` (with an hour word after it) comes right after a `clock_cue`: `vóór 14
/// uur`, `tot 12 uur`, `avant 14 heures`, `jusqu'à 18 heures` are clock times, not lengths (`na 3
/// uur onderhandelen`, `pendant 14 heures`, `voor 24 uur` stay lengths: their cues are not listed).
fn hour_word_after_cue(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && (i.saturating_sub(3)..i).any(|k| {
            ctx.at(k, Category::ClockCue)
                .is_some_and(|len| k + len == i)
        })
}

/// Whether the hour at `i`, whose clock time ends before `end`, opens a range of clock times: a
/// `from` cue before it and a `to` cue then a clock time after it (`van 4 uur tot 12.00 uur`, `de 8
/// heures à 18 heures`).
fn opens_clock_range(ctx: &Ctx, i: usize, end: usize) -> bool {
    i > 0
        && ctx.is(i - 1, Category::From)
        && ctx
            .at(end, Category::To)
            .is_some_and(|len| clock_at(ctx, end + len).is_some())
}

/// What a clock suffix says about the hour before it: the `clock_suffix` values of the lexicons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suffix {
    /// A 12-hour clock before noon (`am`, `a.m.`): no minutes after it.
    Am,
    /// A 12-hour clock after noon (`pm`, `p.m.`): no minutes after it.
    Pm,
    /// A full hour (`o'clock`): no minutes after it; an hour in words before it needs no `at` cue.
    OClock,
    /// A short hour mark (`h`, `u`): a time on its own when minutes follow (`16h30`); never after an
    /// hour in words.
    Mark,
    /// An hour word (`heures`, `uur`): a time only after an `at` cue.
    Word,
}

impl Suffix {
    /// The hour on a 24-hour clock: `3pm` is 15, `12am` is 0.
    fn hour(self, hour: u32) -> u32 {
        match self {
            Suffix::Pm if hour < 12 => hour + 12,
            Suffix::Am if hour == 12 => 0,
            _ => hour,
        }
    }

    /// Whether minutes may follow (`16h30`, `22 heures 30`; not `3pm 30`).
    fn takes_minutes(self) -> bool {
        matches!(self, Suffix::Mark | Suffix::Word)
    }
}

/// The clock suffix at token `k`, and its length in tokens.
fn suffix_at(ctx: &Ctx, k: usize) -> Option<(Suffix, usize)> {
    let hit = ctx.hit(k, Category::ClockSuffix)?;
    let suffix = match hit.value {
        "am" => Suffix::Am,
        "pm" => Suffix::Pm,
        "oclock" => Suffix::OClock,
        "mark" => Suffix::Mark,
        _ => Suffix::Word,
    };
    Some((suffix, hit.len))
}

/// The minutes after an hour and its clock suffix, at token `k`: two digits under 60, glued or spaced
/// (`16h30`, `22 h 30`, `22h 30`, `22 heures 30`, `22 uur 30`), not the start of an amount (`à 10
/// heures 30 000 personnes`, `30,5`, `30 %`). Suffixes of a 12-hour clock take none (`3pm 30`).
fn minutes_after_suffix(ctx: &Ctx, k: usize, suffix: Suffix) -> Option<u32> {
    if !suffix.takes_minutes() {
        return None;
    }
    let m = ctx
        .tok(k)
        .filter(|m| m.kind == Kind::Number && m.lower.len() == 2)?;
    let amount_goes_on = ctx.tok(k + 1).is_some_and(|n| {
        n.lower == "%"
            || (n.kind == Kind::Number && n.space_before)
            || (matches!(n.lower.as_str(), "," | ".")
                && !n.space_before
                && ctx.glued(k + 2)
                && ctx.tok(k + 2).is_some_and(|d| d.kind == Kind::Number))
    });
    // "à 10 heures 30 manifestants": a spaced number before a lower-case word that is neither a
    // function word nor a date word counts that word; it is no minutes (`8 h 30 GMT` keeps them).
    let counts_a_noun = m.space_before
        && ctx.tok(k + 1).is_some_and(|n| {
            n.kind == Kind::Word
                && n.space_before
                && !n.capitalised
                && !ctx.lex.stop_words.contains(n.lower.as_str())
                && !ctx.phrases.has(k + 1)
        });
    if amount_goes_on || counts_a_noun {
        return None;
    }
    m.number().filter(|&m| m < 60)
}

/// A time on a clock face after an `in` cue is a length, as a race or a journey is timed: `en 2h30`,
/// `in 2u30`, `in 2:05:11`, `en 1 heure 45` (hours, minutes and seconds; never a 12-hour clock).
pub(crate) fn clock_length(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let after_in = (i.saturating_sub(3)..i).any(|k| ctx.at(k, Category::In) == Some(i - k));
    if !after_in || ctx.tok(i)?.kind != Kind::Number || marked_hour_after_cue(ctx, i) {
        return None;
    }
    let hours = ctx.tok(i)?.number()?;
    let two_digits = |k: usize| {
        ctx.tok(k)
            .filter(|t| t.kind == Kind::Number && t.lower.len() == 2 && !t.space_before)
            .and_then(|t| t.number())
            .filter(|&n| n < 60)
    };
    // 2:05, 2:05:11
    if ctx.punct(i + 1, ':') && ctx.glued(i + 1) {
        let minutes = two_digits(i + 2)?;
        let mut parts = vec![(hours as f64, Unit::Hour), (minutes as f64, Unit::Minute)];
        let mut len = 3;
        if ctx.punct(i + 3, ':') && ctx.glued(i + 3) {
            if let Some(seconds) = two_digits(i + 4) {
                parts.push((seconds as f64, Unit::Second));
                len = 5;
            }
        }
        return Some((len, Expr::Durations(parts)));
    }
    // 2h30, 2 h 30, 1 heure 45
    let (suffix, l) = suffix_at(ctx, i + 1)?;
    let minutes = minutes_after_suffix(ctx, i + 1 + l, suffix)?;
    let parts = vec![(hours as f64, Unit::Hour), (minutes as f64, Unit::Minute)];
    Some((2 + l, Expr::Durations(parts)))
}

/// An hour in words with a clock suffix, after an `at` cue or with `o'clock`: `à neuf heures`, `om
/// negen uur`, `ten o'clock`.
fn clock_in_words(ctx: &Ctx, i: usize, after_at: bool) -> Option<(u32, Option<u32>, usize)> {
    // A clock suffix must follow the number (one or two words): ask that first, it is cheap.
    let suffix_near = (i + 1..i + 3).any(|k| ctx.phrases.starts_any(k, ctx.clock_suffix));
    if !suffix_near {
        return None;
    }
    let n = number_at(ctx.phrases, i).filter(|n| !n.digits && n.value.fract() == 0.0)?;
    if !(1.0..=24.0).contains(&n.value) || ctx.is(i, Category::Indefinite) {
        return None;
    }
    let (suffix, len) = suffix_at(ctx, i + n.len)?;
    let cued = match suffix {
        Suffix::OClock => true,
        Suffix::Word => after_at,
        Suffix::Am | Suffix::Pm | Suffix::Mark => false,
    };
    cued.then_some((n.value as u32, None, n.len + len))
}

/// A clock time where a recurrence already gives the context: `15.00`, `16h`, `3pm`, `16 heures`.
pub(crate) fn clock_at_loose(ctx: &Ctx, i: usize) -> Option<(u32, Option<u32>, usize)> {
    if let Some(found) = clock_at(ctx, i) {
        return Some(found);
    }
    let hour = ctx
        .tok(i)?
        .number()
        .filter(|&h| h <= 24 && ctx.t[i].lower.len() <= 2)?;
    if ctx.punct(i + 1, '.')
        && ctx.glued(i + 1)
        && ctx.glued(i + 2)
        && ctx.tok(i + 2)?.lower.len() == 2
    {
        let minute = ctx.tok(i + 2)?.number().filter(|&m| m < 60)?;
        return Some((hour, Some(minute), 3));
    }
    let (Unit::Hour, ulen) = unit_at(ctx, i + 1)? else {
        return None;
    };
    Some((hour, None, 1 + ulen))
}

/// A clock time joined to the date after it: `9.30 uur op 4 juni`, `10am on 12 May`, `14h le 7 avril`,
/// `noon Friday`, `à 20h demain`. (A date before its time is [`date_and_time`].)
pub(crate) fn time_on_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (hour, minute, len) = clock_at(ctx, i)?;
    let mut j = i + len;
    // "3 a.m. Friday" (news agencies write the day right after the time): the dot that closes a
    // dotted abbreviation (a one-letter word glued after a dot).
    let abbreviation = j >= 2 && ctx.t[j - 1].lower.chars().count() == 1 && ctx.punct(j - 2, '.');
    if abbreviation && ctx.punct(j, '.') && ctx.glued(j) && ctx.glued(j - 1) {
        j += 1;
    }
    let mut j = ctx.skip_comma(j);
    j += ctx.at(j, Category::On).unwrap_or(0);
    let (plen, date) = point(ctx, j)?;
    if !is_day(&date) {
        return None;
    }
    Some((
        j + plen - i,
        Expr::Time {
            date: Some(Box::new(date)),
            hour: Some(hour),
            minute,
            part: None,
        },
    ))
}

/// A date with a time or part of the day: `lundi à 16h`, `Monday at 8am`, `maandag om 15.00`,
/// `Monday night`, `lundi soir`.
pub(crate) fn date_and_time(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (plen, date) = point(ctx, i)?;
    if !is_day(&date) {
        return None;
    }
    let mut j = ctx.skip_comma(i + plen);
    if let Some((part, len)) = daypart_at(ctx, j) {
        return Some((
            j + len - i,
            Expr::Time {
                date: Some(Box::new(date)),
                hour: None,
                minute: None,
                part: Some(part),
            },
        ));
    }
    // "samedi midi", "Saturday noon", "zaterdag middernacht": a clock word right after the day.
    let bare_clock_word = ctx
        .hit(j, Category::ClockWord)
        .filter(|_| ctx.t[j].space_before && !ctx.t[j].capitalised)
        .map(|hit| (hit.int() as u32, Some(0), hit.len));
    let (hour, minute, len) = match bare_clock_word {
        Some(found) => found,
        None => {
            j += ctx.at(j, Category::At)?;
            clock_at(ctx, j)?
        }
    };
    Some((
        j + len - i,
        Expr::Time {
            date: Some(Box::new(date)),
            hour: Some(hour),
            minute,
            part: None,
        },
    ))
}

/// The night (or evening) between two days, named by both: `la nuit de jeudi à vendredi`, `de nacht
/// van donderdag op vrijdag`, `the night of Thursday to Friday`: one TIME, that part of the first day.
pub(crate) fn night_between_days(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (part, plen) = daypart_at(ctx, i)?;
    let j = i + plen;
    let of = ctx
        .at(j, Category::Of)
        .or_else(|| ctx.at(j, Category::From))?;
    let (alen, first) = point(ctx, j + of).filter(|(_, e)| is_day(e))?;
    let k = j + of + alen;
    let to = ctx
        .at(k, Category::To)
        .or_else(|| ctx.at(k, Category::On))?;
    let (blen, _) = point(ctx, k + to).filter(|(_, e)| is_day(e))?;
    Some((k + to + blen - i, part_of_day(first, part)))
}

/// A part of the day on a day: the TIME expression.
fn part_of_day(day: Expr, part: &'static str) -> Expr {
    Expr::Time {
        date: Some(Box::new(day)),
        hour: None,
        minute: None,
        part: Some(part),
    }
}

/// The part of the day a word ends with (`avond` in `gisteravond`), as a TIMEX3 code, and the rest of
/// the word before it (the longest such part; the rest is never empty).
fn ends_with_daypart<'w>(ctx: &Ctx, word: &'w str) -> Option<(&'static str, &'w str)> {
    let last = *word.as_bytes().last()?;
    ctx.lex
        .phrases
        .words(Category::Daypart)
        .iter()
        .filter(|part| {
            part.as_bytes().last() == Some(&last)
                && word.len() > part.len()
                && word.ends_with(part.as_str())
        })
        .max_by_key(|part| part.len())
        .and_then(|part| {
            let code = ctx.lex.phrases.word(part, Category::Daypart)?;
            let code = code_of(code, &["MO", "AF", "EV", "NI"])?;
            Some((code, &word[..word.len() - part.len()]))
        })
}

/// A day and a part of it written as one word: Dutch `vanochtend`, `gisteravond`, `maandagnacht`,
/// `morgenmiddag`, feasts whose name ends in a part of the day (`oudejaarsavond`, `kerstnacht`), and
/// English `tonight`; with a cue before a weekday, `afgelopen zondagavond`. The day is a feast named
/// by the whole word, or the first half of the word: a `day_stem` of the lexicon (`gister`, `van`), a
/// weekday or a feast.
pub(crate) fn day_and_part_word(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // Only languages that write such words list the first halves of some (`day_stem`).
    if !ctx.lex.date_categories.contains(Category::DayStem) {
        return None;
    }
    let (dir, j) = dir_then(ctx, i);
    let t = ctx.tok(j).filter(|t| t.kind == Kind::Word)?;
    let (part, stem) = ends_with_daypart(ctx, &t.lower)?;
    let phrases = &ctx.lex.phrases;
    let year = if dir == Dir::This {
        Year::Rel(0)
    } else {
        Year::Infer
    };
    let day = if let Some(feast) = phrases.word(&t.lower, Category::Holiday) {
        holiday_expr(feast, year, dir)?
    } else if let Some(weekday) = phrases.word(stem, Category::Weekday) {
        Expr::Weekday {
            weekday: weekday.parse().ok()?,
            dir,
            week_offset: None,
        }
    } else if let Some(feast) = phrases.word(stem, Category::Holiday) {
        holiday_expr(feast, year, dir)?
    } else {
        let days: i64 = phrases.word(stem, Category::DayStem)?.parse().ok()?;
        if dir != Dir::Auto {
            return None;
        }
        Expr::DayOffset(days)
    };
    Some((j + 1 - i, part_of_day(day, part)))
}

/// A part of the day with a cue that names its day: `this morning`, `ce soir`, `cette nuit` (the
/// reference's day); `last night`, `la nuit dernière`, `afgelopen nacht` (the day before).
pub(crate) fn daypart_with_cue(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // A part of the day within three words: ask that first, it is cheap.
    if !(i..i + 3).any(|k| ctx.phrases.starts_any(k, ctx.dayparts)) {
        return None;
    }
    let (mut dir, j) = dir_then(ctx, ctx.skip_article(i));
    let (part, len) = daypart_at(ctx, j)?;
    let mut end = j + len;
    if dir == Dir::Auto {
        let (d, dlen) = dir_after(ctx, end)?;
        dir = d;
        end += dlen;
    }
    let days = match dir {
        Dir::This => 0,
        Dir::Past | Dir::Recent => -1,
        _ => return None,
    };
    Some((end - i, part_of_day(Expr::DayOffset(days), part)))
}

/// A clock word with a direction cue before it: `afgelopen middernacht`, `last midnight` (the one
/// that began the reference's day), `komende middernacht`, `next midnight` (the one that ends it).
pub(crate) fn clock_word_with_cue(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (dir, j) = dir_then(ctx, i);
    if j == i || ctx.t.get(j).is_none_or(|t| t.capitalised) {
        return None;
    }
    let hit = ctx.hit(j, Category::ClockWord)?;
    let hour = hit.int() as u32;
    let days = match (dir, hour) {
        (Dir::Past | Dir::Recent, 0) => 0,
        (Dir::Past | Dir::Recent, _) => -1,
        (Dir::Future | Dir::Coming, 0) => 1,
        (Dir::Future | Dir::Coming, _) => 0,
        _ => return None,
    };
    Some((
        j + hit.len - i,
        Expr::Time {
            date: Some(Box::new(Expr::DayOffset(days))),
            hour: Some(hour),
            minute: Some(0),
            part: None,
        },
    ))
}

/// A day with a part of it, then a clock time: `vannacht om middernacht`, `tonight at 10pm`,
/// `gisteravond om 22.30 uur`, `ce matin, à 9h`, `Monday night at 11pm`: one TIME, the clock time on
/// that day.
pub(crate) fn daypart_then_clock(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // An `at` cue within a few words: ask that first, it is cheap.
    if !(i + 1..i + 7).any(|k| ctx.is(k, Category::At)) {
        return None;
    }
    type Find = fn(&Ctx, usize) -> Option<(usize, Expr)>;
    let finders: [Find; 4] = [day_and_part_word, daypart_with_cue, date_and_time, deictic];
    let (len, day, part) = finders
        .iter()
        .filter_map(|find| find(ctx, i))
        .filter_map(|(len, expr)| match expr {
            Expr::Time {
                date: Some(day),
                hour: None,
                part: Some(part),
                ..
            } => Some((len, day, part)),
            _ => None,
        })
        .max_by_key(|(len, _, _)| *len)?;
    let mut j = ctx.skip_comma(i + len);
    j += ctx.at(j, Category::At)?;
    let (hour, minute, clock_len) = clock_at(ctx, j)?;
    // "maandagavond om 8 uur" is 20:00: an hour of a 12-hour clock in the afternoon or evening; at
    // night 8 to 11 are the evening's (`Monday night at 11`), 12 is midnight and earlier hours are the
    // small hours (`vannacht om 6 uur` is 06:00).
    let hour = match (part, hour) {
        ("AF" | "EV", 1..12) | ("NI", 8..12) => hour + 12,
        ("NI", 12) => 0,
        _ => hour,
    };
    // Midnight keeps its night: the resolver decides which midnight of it is meant.
    let night = (part == "NI" && hour == 0).then_some(part);
    Some((
        j + clock_len - i,
        Expr::Time {
            date: Some(day),
            hour: Some(hour),
            minute,
            part: night,
        },
    ))
}
