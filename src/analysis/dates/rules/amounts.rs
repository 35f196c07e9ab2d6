//! Amounts of time: lengths (`ten years`, `tienjarig`, `two years and three months`), shifts from the
//! reference or from a point (`two weeks ago`, `in two months`, `three days after 12 January`), and
//! hedged amounts (`about two weeks ago`, `more than two years`).

use super::ctx::Ctx;
use super::points::from_then;
use super::words::{amount_at, code_of, unit_at};
use super::{point, RULES};
use crate::analysis::dates::expr::{Expr, Unit};
use crate::analysis::language::Lang;
use crate::analysis::lexicon::numbers::number_at;
use crate::analysis::lexicon::{Category, Phrases};
use crate::analysis::text::tokens::Kind;

/// A date a number of units from the reference or from another date: `two weeks ago`,
/// `il y a trois ans`, `in two months`, `over twee dagen`, `4 maanden vanaf morgen`, `drie dagen later`.
pub(crate) fn shift(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if let Some(len) = ctx.at(i, Category::AgoBefore) {
        return ago_before(ctx, i, i + len);
    }
    if let Some(len) = ctx.at(i, Category::In) {
        return shift_in(ctx, i, i + len);
    }
    let (amount, alen) = amount_at(ctx, i)?;
    let (unit, ulen) = unit_at(ctx, i + alen)?;
    // "om negen uur": a clock time.
    if unit == Unit::Hour && i > 0 && ctx.is(i - 1, Category::At) {
        return None;
    }
    let k = i + alen + ulen;
    if let Some(len) = ctx.at(k, Category::Ago) {
        // Dutch/English "earlier"/"before"/"terug" only mean "ago" at the end of the phrase.
        if point(ctx, k + len).is_none() {
            return Some((k + len - i, Expr::shift(amount, unit, -1)));
        }
    }
    if let Some(len) = ctx.at(k, Category::FromNow) {
        return Some((k + len - i, Expr::shift(amount, unit, 1)));
    }
    // "two years earlier", "trois jours plus tard", "drie dagen later", and "two years before" with
    // no date after it: from the date written last.
    let then = |category: Category, base: Category| {
        let days_or_more = !matches!(unit, Unit::Hour | Unit::Minute | Unit::Second);
        ctx.at(k, category)
            .or_else(|| {
                ctx.at(k, base).filter(|len| {
                    days_or_more && ctx.tok(k + len).is_none_or(|t| t.kind == Kind::Punct)
                })
            })
            // "three days later than planned": a comparison, not a date.
            .filter(|len| !ctx.is(k + len, Category::Than))
    };
    for (category, base, sign) in [
        (Category::EarlierThen, Category::BeforeBase, -1),
        (Category::LaterThen, Category::AfterBase, 1),
    ] {
        if let Some(len) = then(category, base).filter(|len| point(ctx, k + len).is_none()) {
            return Some((k + len - i, from_then(amount, unit, sign)));
        }
    }
    // N UNIT before/after POINT.
    let (sign, blen) = match (
        ctx.at(k, Category::AfterBase),
        ctx.at(k, Category::BeforeBase),
    ) {
        (Some(len), _) => (1, len),
        (None, Some(len)) => (-1, len),
        (None, None) => return None,
    };
    let b = ctx.skip_article(k + blen);
    let (plen, base) = point(ctx, b)?;
    Some((
        b + plen - i,
        Expr::Shift {
            amount,
            unit,
            sign,
            base: Some(Box::new(base)),
        },
    ))
}

/// `il y a (environ) N UNIT`, the amount starting at token `j`.
fn ago_before(ctx: &Ctx, i: usize, j: usize) -> Option<(usize, Expr)> {
    let modifier = modifier_at(ctx, j);
    let m = j + modifier.map_or(0, |(_, l)| l);
    let (amount, alen) = amount_at(ctx, m)?;
    let (unit, ulen) = unit_at(ctx, m + alen)?;
    let shift = Expr::shift(amount, unit, -1);
    let expr = match modifier {
        Some((modifier, _)) => Expr::modified(modifier, shift),
        None => shift,
    };
    Some((m + alen + ulen - i, expr))
}

/// `in N UNIT` (not hours: "in 2 hours" is a length), the amount starting at token `j`. Not after
/// a `within` cue (`within five years`, `binnen vijf jaar`, `d'ici cinq ans`: the amount is a length,
/// [`duration`]), nor with a `spread` word right before the cue or right after the amount
/// (`verspreid over twee jaar`, `over drie jaar lenen`: a length).
fn shift_in(ctx: &Ctx, i: usize, j: usize) -> Option<(usize, Expr)> {
    if ctx.is(i, Category::Within) || (i > 0 && ctx.is(i - 1, Category::Spread)) {
        return None;
    }
    let (amount, alen) = amount_at(ctx, j)?;
    let (unit, ulen) = unit_at(ctx, j + alen)?;
    if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
        return None;
    }
    let end = j + alen + ulen;
    if ctx.is(end, Category::Spread) {
        return None;
    }
    // "in 10 years of service": a duration, not a date.
    if ctx.is(end, Category::Of) && ctx.lang == Lang::En {
        return None;
    }
    Some((end - i, Expr::shift(amount, unit, 1)))
}

/// A TIMEX3 modifier at `i` (`about`, `plus de`, `bijna`) and its length.
pub(crate) fn modifier_at(ctx: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    let (_, hit) = ctx.hit_any(i, &[Category::Modifier])?;
    let modifier = code_of(hit.value, &["APPROX", "MORE_THAN", "LESS_THAN"])?;
    Some((modifier, hit.len))
}

/// An amount of time with a modifier before it: `about two weeks ago`, `environ trois ans`, `ruim tien
/// jaar`, `more than two years after the merger`, `around 3pm`. Not a calendar point: "about Q1 2019"
/// is what a text is about, not an approximate quarter.
pub(crate) fn modified(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (modifier, mlen) = modifier_at(ctx, i)?;
    let (len, inner) = RULES
        .iter()
        .filter(|entry| !entry.is("modified"))
        .filter_map(|entry| entry.find(ctx, i + mlen))
        .map(|(len, expr, _)| (len, expr))
        .filter(|(_, e)| match e {
            Expr::Duration { .. } | Expr::Durations(_) | Expr::Shift { .. } | Expr::Time { .. } => {
                true
            }
            Expr::Range(a, _) => matches!(a.as_ref(), Expr::Shift { .. } | Expr::DayOffset(1)),
            _ => false,
        })
        .max_by_key(|(len, _)| *len)?;
    Some((mlen + len, Expr::modified(modifier, inner)))
}

/// A compound adjective of length, a number and a `unit_ending` in one word: Dutch `tienjarig`,
/// `tweejarige`, `driemaandse`.
pub(crate) fn compound_duration(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let t = ctx.tok(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    let phrases = &ctx.lex.phrases;
    for ending in phrases.words(Category::UnitEnding) {
        if let Some(stem) = t.lower.strip_suffix(ending.as_str()) {
            let unit = Unit::parse(phrases.word(ending, Category::UnitEnding)?)?;
            let tokens = crate::analysis::text::tokens::tokenize(stem);
            if tokens.len() == 1 {
                if let Some(n) = number_at(&Phrases::new(ctx.lex, &tokens), 0) {
                    return Some((1, Expr::length(n.value, unit)));
                }
            }
        }
    }
    None
}

/// A length of time: `ten years`, `tien jaar`, `deux ans`, `a one-month extension`, `tienjarig`,
/// `four decades`, `de hele dag`, `anderhalf uur`, `une heure et demie`, `al decennia`.
pub(crate) fn duration(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // the whole day / toute la journée
    if let Some(len) = ctx.at(i, Category::Whole) {
        let (unit, ulen) = unit_at(ctx, i + len)?;
        return Some((len + ulen, Expr::length(1.0, unit)));
    }
    if let Some(found) = compound_duration(ctx, i).or_else(|| open_length(ctx, i)) {
        return Some(found);
    }
    let (amount, alen) = amount_at(ctx, i)?;
    let j = i + alen;
    // "ten-year", "one-month": a compound adjective.
    if ctx.punct(j, '-') && ctx.glued(j) {
        let (_, hit) = ctx.hit_any(j + 1, &[Category::UnitAdjective, Category::Unit])?;
        let unit = Unit::parse(hit.value).or_else(|| unit_at(ctx, j + 1).map(|u| u.0))?;
        return Some((j + 1 + hit.len - i, Expr::length(amount, unit)));
    }
    counted_length(ctx, i, amount, alen)
}

/// `years ago`, `decades ago` (after `many` too, which starts no expression), `al jaren geleden`, `il y
/// a des années`: a time before the reference with no number, `PAST_REF`.
pub(crate) fn vague_ago(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if !ctx.phrases.starts_any(i, ctx.ago_starts) {
        return None;
    }
    let before = ctx.at(i, Category::AgoBefore);
    let mut j = i + before
        .or_else(|| ctx.at(i, Category::OpenLength))
        .unwrap_or(0);
    j += ctx.at(j, Category::Many).unwrap_or(0);
    ctx.at(j, Category::PluralUnit)?;
    let (_, ulen) = unit_at(ctx, j)?;
    let end = match before {
        Some(_) => j + ulen,
        None => j + ulen + ctx.at(j + ulen, Category::Ago)?,
    };
    // "ten years ago" is counted ([`shift`]); "years ago" alone is not.
    Some((end - i, Expr::Ref("PAST_REF")))
}

/// "al decennia", "for decades", "depuis des années": a length with no number.
fn open_length(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let j = i + ctx.at(i, Category::OpenLength)?;
    let j = j + ctx.at(j, Category::Many).unwrap_or(0);
    let (unit, ulen) = unit_at(ctx, j).filter(|_| ctx.is(j, Category::PluralUnit))?;
    matches!(
        unit,
        Unit::Decade | Unit::Year | Unit::Century | Unit::Month
    )
    .then_some((j + ulen - i, Expr::Duration { amount: None, unit }))
}

/// An amount (of `alen` tokens at `i`) and a unit, `and a half`, and smaller units joined to it.
fn counted_length(ctx: &Ctx, i: usize, mut amount: f64, alen: usize) -> Option<(usize, Expr)> {
    let (unit, ulen) = unit_at(ctx, i + alen)?;
    let mut j = i + alen + ulen;
    if let Some(len) = ctx.at(j, Category::AndAHalf) {
        amount += 0.5;
        j += len;
    }
    // A bare "h" or "u" after a number is an hour only when glued ("3h").
    if ctx
        .tok(i + alen)
        .is_some_and(|t| (t.lower == "h" || t.lower == "u") && t.space_before)
    {
        return None;
    }
    // "2 uur" after "om" is a clock time, and so is "15h" after "dès" or "à partir de".
    // So is "4.00 uur", and "14 heures" after "avant" (a `clock_cue`) or opening a range of clock
    // times ("van 4 uur tot 12 uur"): whatever [`clock_at`](super::times::clock_at) reads.
    if unit == Unit::Hour
        && ((i > 0 && ctx.is(i - 1, Category::At)) || super::times::clock_at(ctx, i).is_some())
    {
        return None;
    }
    // "a second round", "une seconde chance", "a second A380": an ordinal before a noun or a name,
    // not a length.
    let ordinal_before_noun = ulen == 1
        && ctx.is(i + alen, Category::Ordinal)
        && ctx.tok(j).is_some_and(|t| {
            t.kind != Kind::Punct
                && t.space_before
                && (t.capitalised || !ctx.phrases.starts_any(j, ctx.lex.date_categories))
        });
    if ordinal_before_noun {
        return None;
    }
    // "une quinzaine de définitions": a French fortnight is also about fifteen of anything; only
    // "une quinzaine de jours" or the word alone is a length.
    if unit == Unit::Fortnight && ctx.is(j, Category::Of) && unit_at(ctx, j + 1).is_none() {
        return None;
    }
    let mut parts = vec![(amount, unit)];
    let j = more_parts(ctx, j, &mut parts);
    if parts.len() > 1 {
        return Some((j - i, Expr::Durations(parts)));
    }
    Some((j - i, Expr::length(amount, unit)))
}

/// "two years and three months", "1 hour and 30 minutes", "deux ans et six mois": smaller units
/// joined by `and` or a comma, from token `j`, make one length. Adds them to `parts`; returns the
/// position after the last.
fn more_parts(ctx: &Ctx, mut j: usize, parts: &mut Vec<(f64, Unit)>) -> usize {
    while let Some(joint) = ctx.at(j, Category::Also).or(ctx.punct(j, ',').then_some(1)) {
        let k = j + joint;
        let Some((n, nlen)) = amount_at(ctx, k).filter(|_| !ctx.is(k, Category::Indefinite)) else {
            break;
        };
        let Some((next, ulen)) = unit_at(ctx, k + nlen) else {
            break;
        };
        let (_, last) = parts[parts.len() - 1];
        // Not when the last amount is a shift of its own ("… and 2 days ago they found it").
        let after = k + nlen + ulen;
        let shifted = [
            Category::Ago,
            Category::FromNow,
            Category::AfterBase,
            Category::BeforeBase,
        ]
        .iter()
        .any(|c| ctx.is(after, *c));
        if !smaller_unit(next, last) || shifted {
            break;
        }
        parts.push((n, next));
        j = after;
    }
    j
}

/// Whether `a` is a smaller unit than `b` among those a length is written in (years down to seconds).
pub(crate) fn smaller_unit(a: Unit, b: Unit) -> bool {
    const ORDER: [Unit; 7] = [
        Unit::Year,
        Unit::Month,
        Unit::Week,
        Unit::Day,
        Unit::Hour,
        Unit::Minute,
        Unit::Second,
    ];
    let rank = |u: Unit| ORDER.iter().position(|o| *o == u);
    matches!((rank(a), rank(b)), (Some(x), Some(y)) if x > y)
}
