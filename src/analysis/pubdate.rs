//! Publication dates for articles without a header, inferred from their own content and from the
//! dated articles of the same corpus. Never from the clock: with no evidence the date is unknown.
//!
//! 1. A dateline: a full date (day, month, year) at the very start of the text.
//! 2. Otherwise each candidate month is scored by how well it explains the article's expressions whose
//!    value depends on the reference (`24 janvier`, `novembre dernier`, `September 16`): news mentions
//!    dates near its publication, in the past for past-tense sentences and ahead for future-tense ones.
//!    Absolute dates in past-tense sentences bound the date from below. A candidate is a whole month: a
//!    date inside it is neither ahead nor behind.
//! 3. The corpus counts only through the dated articles that speak of the same story (they share at
//!    least two names of people, organisations or other named things, [`RELATED_NAMES`]): an expression
//!    that resolves, under a candidate, to the very day such an article mentions supports that
//!    candidate; and a statement that dates an event from the publication date (`in two months it will
//!    be a year since the Pentagon named Microsoft the winner`, `a year ago X won`) is tied to the date
//!    such an article gives the same event (a sentence with a name in common and an event of the same
//!    kind, from the `event` lines of the lexicons). Articles about other stories change nothing.

use super::dates::expr::{Expr, Unit};
use super::dates::resolve::resolve;
use super::dates::{
    ends_before, parse, parse_in, resolve_each, resolve_parsed, Parsed, Reference, Tense,
};
use super::language::Lang;
use super::lexicon::{lexicon, Category, Phrases};
use super::mention::{EntityMention, EntityType, Grain, Timex, TimexType};
use super::text::calendar::Date;
use super::text::sentences;
use super::text::tokens::tokenize;
use super::value::{Period, Value};
use std::collections::{HashMap, HashSet};
use std::mem::take;

/// An inferred publication date.
#[derive(Clone, Debug, PartialEq)]
pub struct Inferred {
    /// The month (from the scores) or the day (from a dateline).
    pub value: Period,
    /// Month or day.
    pub precision: Grain,
    /// The expressions that support it.
    pub evidence: String,
}

/// One analysed block of an undated article.
pub struct Block<'a> {
    /// Its text.
    pub text: &'a str,
    /// Byte offset of its first character in the article text (where entity offsets point).
    pub start: usize,
}

/// The dated articles of a corpus, with indexes from a name and from a day to the articles that
/// mention it (built once; each undated article then finds its story's articles through them).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorpusDates {
    /// The dated articles.
    pub articles: Vec<DatedArticle>,
    /// A name → the articles that mention it.
    by_name: HashMap<String, Vec<usize>>,
    /// A day → the articles that mention it.
    by_day: HashMap<Date, Vec<usize>>,
}

impl CorpusDates {
    /// Indexes the dated articles of a corpus.
    pub fn new(articles: Vec<DatedArticle>) -> CorpusDates {
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_day: HashMap<Date, Vec<usize>> = HashMap::new();
        for (i, a) in articles.iter().enumerate() {
            for n in &a.names {
                by_name.entry(n.clone()).or_default().push(i);
            }
            for d in &a.days {
                by_day.entry(*d).or_default().push(i);
            }
        }
        CorpusDates {
            articles,
            by_name,
            by_day,
        }
    }

    /// Which articles share at least [`RELATED_NAMES`] of `names` (each name once).
    fn related(&self, names: &HashSet<&str>) -> Vec<bool> {
        let mut shared = vec![0usize; self.articles.len()];
        for n in names {
            for &a in self.by_name.get(*n).map_or(&[][..], Vec::as_slice) {
                shared[a] += 1;
            }
        }
        shared.into_iter().map(|k| k >= RELATED_NAMES).collect()
    }
}

/// The dated articles of one undated article's story.
struct Story<'a> {
    corpus: &'a CorpusDates,
    related: Vec<bool>,
}

impl Story<'_> {
    /// Whether an article of the story mentions the day `d`.
    fn mentions(&self, d: Date) -> bool {
        self.corpus
            .by_day
            .get(&d)
            .is_some_and(|list| list.iter().any(|&a| self.related[a]))
    }

    /// The events the story's articles date that have one of `names` and one of `kinds`.
    fn events<'b>(
        &'b self,
        names: &'b HashSet<&str>,
        kinds: &'b [&'static str],
    ) -> impl Iterator<Item = &'b DatedEvent> + 'b {
        let mut articles: Vec<usize> = names
            .iter()
            .filter_map(|n| self.corpus.by_name.get(*n))
            .flatten()
            .copied()
            .filter(|&a| self.related[a])
            .collect();
        crate::sort::sort(&mut articles);
        articles.dedup();
        articles
            .into_iter()
            .flat_map(|a| &self.corpus.articles[a].events)
            .filter(move |ev| {
                ev.kinds.iter().any(|k| kinds.contains(k))
                    && ev.names.iter().any(|n| names.contains(n.as_str()))
            })
    }
}

/// How many names an undated article must share with a dated one for the dated one to count as
/// evidence: one name in common (a country, a big company) is too little to make one story.
pub const RELATED_NAMES: usize = 2;

/// What a dated article of the corpus tells about dates: its publication year, the names it speaks
/// of, the days it mentions, and its dated events.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DatedArticle {
    /// The year it was published.
    pub year: i32,
    /// The canonical names of the people, organisations and other named things it mentions.
    pub names: HashSet<String>,
    /// The days it mentions.
    pub days: HashSet<Date>,
    /// Its sentences that date an event.
    pub events: Vec<DatedEvent>,
}

/// A sentence of a dated article that dates an event: one date and one kind of event in it (a sentence
/// with more of either does not say which date is which event's), with the names it speaks of.
#[derive(Clone, Debug, PartialEq)]
pub struct DatedEvent {
    /// The first and last day of the period the sentence dates it to.
    pub period: (Date, Date),
    /// The names in the sentence.
    pub names: Vec<String>,
    /// The kinds of event (`award`, `sign`…).
    pub kinds: Vec<&'static str>,
    /// The date as written.
    pub written: String,
}

/// The names an entity mention counts with for relatedness: people, organisations and other names
/// (not places, amounts or percentages).
fn story_name(m: &EntityMention) -> Option<&str> {
    matches!(
        m.kind,
        EntityType::Person | EntityType::Organisation | EntityType::Misc
    )
    .then_some(m.canonical.as_str())
}

/// Whether a sentence ending at byte `e` (its expressions from the start of `timex`) dates its event
/// from the publication date (`… a year since …`, `een jaar geleden dat …`): its dates are then not the
/// event's.
fn dates_from_now(text: &str, timex: &[Timex], e: usize, lang: Lang) -> bool {
    let table = &lexicon(lang).phrases;
    timex.iter().take_while(|t| t.start < e).any(|t| {
        let written = tokenize(&t.text);
        let ago = written
            .len()
            .checked_sub(1)
            .is_some_and(|last| table.at(&written, last, Category::Ago).is_some());
        let after = tokenize(&text[t.end..e]);
        (t.kind == TimexType::Duration || ago)
            && table.at(&after, 0, Category::SinceEvent).is_some()
    })
}

/// The kinds of event (`event.*` lines of the lexicon) written in `text`.
fn event_kinds(text: &str, lang: Lang) -> Vec<&'static str> {
    let tokens = tokenize(text);
    let table = &lexicon(lang).phrases;
    let mut kinds: Vec<&'static str> = (0..tokens.len())
        .filter_map(|k| table.at(&tokens, k, Category::Event).map(|h| h.value))
        .collect();
    crate::sort::sort(&mut kinds);
    kinds.dedup();
    kinds
}

impl DatedArticle {
    /// What an article published in `year` tells: `text` is the article text, `blocks` the byte spans
    /// of its analysed blocks, `timex` and `entities` what was found in it (offsets into `text`).
    pub fn new(
        year: i32,
        text: &str,
        blocks: &[(usize, usize)],
        lang: Lang,
        timex: &[Timex],
        entities: &[EntityMention],
    ) -> DatedArticle {
        let days = timex
            .iter()
            .filter(|t| t.grain == Grain::Day)
            .filter_map(|t| t.value.as_day())
            .collect();
        let mut events = Vec::new();
        // Timex and entities are in text order: one pointer each walks them along the sentences.
        let (mut ti, mut ei) = (0, 0);
        for &(start, end) in blocks {
            for (s, e) in sentences::spans(text, start, end) {
                while timex.get(ti).is_some_and(|t| t.start < s) {
                    ti += 1;
                }
                while entities.get(ei).is_some_and(|m| m.start < s) {
                    ei += 1;
                }
                let dated: Vec<&Timex> = timex[ti..]
                    .iter()
                    .take_while(|t| t.start < e)
                    .filter(|t| t.end <= e && is_dated(t))
                    .collect();
                // One date and one kind of event: the date is that event's.
                if dated.len() != 1 {
                    continue;
                }
                let names: Vec<String> = entities[ei..]
                    .iter()
                    .take_while(|m| m.start < e)
                    .filter(|m| m.end <= e)
                    .filter_map(story_name)
                    .map(str::to_string)
                    .collect();
                let kinds = event_kinds(&text[s..e], lang);
                if names.is_empty()
                    || kinds.len() != 1
                    || dates_from_now(text, &timex[ti..], e, lang)
                {
                    continue;
                }
                for t in dated {
                    if let Some(period) = t.value.span() {
                        events.push(DatedEvent {
                            period,
                            names: names.clone(),
                            kinds: kinds.clone(),
                            written: t.text.clone(),
                        });
                    }
                }
            }
        }
        DatedArticle {
            year,
            names: entities
                .iter()
                .filter_map(story_name)
                .map(str::to_string)
                .collect(),
            days,
            events,
        }
    }
}

/// How far apart two dates are, in months (fractional).
fn months_between(a: Date, b: Date) -> f64 {
    (a.days_since_epoch() - b.days_since_epoch()) as f64 / 30.44
}

/// A date or period on the calendar (not a span from one point to another).
fn is_dated(t: &Timex) -> bool {
    is_dated_value(t.kind, &t.value)
}

/// [`is_dated`] of a value of type `kind`.
fn is_dated_value(kind: TimexType, value: &Value) -> bool {
    kind == TimexType::Date && !matches!(value, Value::Span(..)) && value.span().is_some()
}

/// A full date at the very start of the text (`26 juin 2012. -`, `Thursday, November 7, 2019`).
fn dateline(blocks: &[Block], parsed: &[Vec<Parsed>]) -> Option<Inferred> {
    let first = blocks.first()?;
    let found = resolve_parsed(first.text, parsed.first()?, None);
    let t = found.first()?;
    let written_first = first.text[..t.start].trim().is_empty();
    let date = t.value.as_day()?;
    written_first.then(|| Inferred {
        value: Period::Day(date),
        precision: Grain::Day,
        evidence: format!("dateline '{}' at the start of the text", t.text),
    })
}

/// Infers the publication date of an undated article. `phrases` are the article's analysed text, read
/// once (offsets into the article text); `entities` its entity mentions (offsets into the article text); `corpus` what the dated articles of the corpus tell. Only the dated articles of
/// the same story count ([`RELATED_NAMES`]); the years of all of them only when none is.
/// [`Inference`] run to the end in as few steps as it takes (the page steps it: not used there).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub fn infer(
    blocks: &[Block],
    phrases: &Phrases,
    lang: Lang,
    entities: &[EntityMention],
    corpus: &CorpusDates,
) -> Option<Inferred> {
    let mut inference = Inference::default();
    let article = Undated {
        blocks,
        phrases,
        lang,
        entities,
        corpus,
    };
    while inference.step(&article, usize::MAX) {}
    inference.inferred()
}

/// What [`infer`] reads of an undated article (see there).
pub struct Undated<'b, 'a> {
    /// The analysed blocks.
    pub blocks: &'b [Block<'a>],
    /// The article's analysed text, read once.
    pub phrases: &'b Phrases<'b>,
    /// Its language.
    pub lang: Lang,
    /// Its entity mentions.
    pub entities: &'b [EntityMention],
    /// What the dated articles of the corpus tell.
    pub corpus: &'b CorpusDates,
}

/// Where an [`Inference`] stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Stage {
    /// Reading the first block for a dateline.
    #[default]
    Dateline,
    /// Reading the blocks from this one on.
    Parse(usize),
    /// The candidate months.
    Candidates,
    /// Resolving the expressions of the blocks from this one on under each candidate.
    Mentions(usize),
    /// The dated events that other articles of the story give.
    Events,
    /// Summing the cost of each candidate, mention by mention from this one on.
    Cost(usize),
    /// The best candidate and its evidence.
    Best,
    /// Nothing left.
    Done,
}

/// [`infer`] in steps of bounded work (so that a page stays responsive on a long undated article):
/// the blocks are read, and their expressions resolved under each candidate, a few blocks at a time
/// (about `budget` bytes of text per step), and the candidates' costs summed a few mentions at a time,
/// in the order [`infer`] does it all, so that the result is the same. Each step is given the same
/// article.
#[derive(Default)]
pub struct Inference {
    stage: Stage,
    parsed: Vec<Vec<Parsed>>,
    related: Vec<bool>,
    related_years: Vec<i32>,
    candidates: Vec<Date>,
    mentions: Vec<Mention>,
    cost: Vec<f64>,
    used: Vec<bool>,
    inferred: Option<Inferred>,
}

/// Resolutions (a mention under a candidate) one step of [`Inference`] weighs at most.
const COSTS_PER_STEP: usize = 20_000;

impl Inference {
    /// Does the next step, reading about `budget` bytes of text where it reads blocks; `false` once
    /// the inference is done.
    pub fn step(&mut self, a: &Undated, budget: usize) -> bool {
        let blocks = a.blocks;
        self.stage = match self.stage {
            Stage::Dateline => {
                // Each block is read once: the first for a dateline, then all for the scores.
                self.parsed = blocks
                    .iter()
                    .take(1)
                    .map(|b| parse_block(b, a.phrases, a.lang))
                    .collect();
                if let Some(found) = dateline(blocks, &self.parsed) {
                    self.inferred = Some(found);
                    Stage::Done
                } else {
                    let names: HashSet<&str> = a.entities.iter().filter_map(story_name).collect();
                    self.related = a.corpus.related(&names);
                    // Only the story's dated articles widen the candidate years: an article about
                    // another story says nothing of when this one was written (with none related,
                    // the text's own years decide).
                    self.related_years = a
                        .corpus
                        .articles
                        .iter()
                        .zip(&self.related)
                        .filter(|(_, &r)| r)
                        .map(|(a, _)| a.year)
                        .collect();
                    Stage::Parse(1)
                }
            }
            Stage::Parse(from) => {
                let from = from.min(blocks.len());
                let to = blocks_within(blocks, from, budget);
                self.parsed.extend(
                    blocks[from.min(to)..to]
                        .iter()
                        .map(|b| parse_block(b, a.phrases, a.lang)),
                );
                if to < blocks.len() {
                    Stage::Parse(to)
                } else {
                    Stage::Candidates
                }
            }
            Stage::Candidates => {
                match candidate_months(blocks, &self.parsed, &self.related_years) {
                    Some(candidates) => {
                        self.candidates = candidates;
                        Stage::Mentions(0)
                    }
                    None => Stage::Done,
                }
            }
            Stage::Mentions(from) => {
                let to = blocks_within(blocks, from, budget);
                for (b, found) in blocks[from..to].iter().zip(&self.parsed[from..to]) {
                    block_mentions(b, found, &self.candidates, &mut self.mentions);
                }
                if to < blocks.len() {
                    Stage::Mentions(to)
                } else {
                    Stage::Events
                }
            }
            Stage::Events => {
                let story = Story {
                    corpus: a.corpus,
                    related: take(&mut self.related),
                };
                self.mentions.extend(event_statements(
                    blocks,
                    &self.parsed,
                    a.lang,
                    a.entities,
                    &story,
                    &self.candidates,
                ));
                self.related = story.related;
                self.cost = vec![0.0; self.candidates.len()];
                self.used = vec![false; self.candidates.len()];
                Stage::Cost(0)
            }
            Stage::Cost(from) => {
                let story = Story {
                    corpus: a.corpus,
                    related: take(&mut self.related),
                };
                let per_step = (COSTS_PER_STEP / self.candidates.len().max(1)).max(1);
                let to = (from + per_step).min(self.mentions.len());
                add_costs(
                    &self.mentions[from..to],
                    &self.candidates,
                    &story,
                    &mut self.cost,
                    &mut self.used,
                );
                self.related = story.related;
                if to < self.mentions.len() {
                    Stage::Cost(to)
                } else {
                    Stage::Best
                }
            }
            Stage::Best => {
                let story = Story {
                    corpus: a.corpus,
                    related: take(&mut self.related),
                };
                let best = best_candidate(
                    &self.mentions,
                    &self.candidates,
                    &story,
                    &self.cost,
                    &self.used,
                );
                if let Some((k, used)) = best {
                    let c = self.candidates[k];
                    self.inferred = Some(Inferred {
                        value: Period::Month {
                            year: c.year,
                            month: c.month,
                        },
                        precision: Grain::Month,
                        evidence: format!("inferred from {}", used.join("; ")),
                    });
                }
                Stage::Done
            }
            Stage::Done => Stage::Done,
        };
        self.stage != Stage::Done
    }

    /// The inferred date, once [`Inference::step`] has said nothing is left (`None`: nothing
    /// supports a guess).
    pub fn inferred(self) -> Option<Inferred> {
        self.inferred
    }
}

/// The end of the run of blocks from `from` that holds about `budget` bytes of text (one block at
/// least).
fn blocks_within(blocks: &[Block], from: usize, budget: usize) -> usize {
    let mut bytes = 0;
    let mut to = from;
    while to < blocks.len() && (to == from || bytes < budget) {
        bytes = bytes.saturating_add(blocks[to].text.len());
        to += 1;
    }
    to
}

/// The expressions of one block on its own (offsets into the block), as [`parse`] of its text finds
/// them, from the tokens of the article's analysed text (`phrases`) already read: no block is
/// tokenised or looked up in the lexicon again. The block's tokens are those of its text alone when
/// no token crosses its edges and its first token starts a line, as the first of a text does; a block
/// that does not start a line of its own is read anew.
fn parse_block(b: &Block, phrases: &Phrases, lang: Lang) -> Vec<Parsed> {
    let tokens = phrases.tokens;
    let end = b.start + b.text.len();
    let first = tokens.partition_point(|t| t.start < b.start);
    let last = tokens.partition_point(|t| t.start < end);
    let inside = &tokens[first..last];
    let alone = (first == 0 || tokens[first - 1].end <= b.start)
        && inside.last().is_none_or(|t| t.end <= end)
        && inside
            .first()
            .is_none_or(|t| t.space_before && t.newline_before);
    if !alone {
        return parse(b.text, lang);
    }
    let mut found = parse_in(&phrases.part(first..last), lang);
    for p in &mut found {
        p.start -= b.start;
        p.end -= b.start;
    }
    found
}

/// The middle of every month of the years to consider (those the article writes, those the dated
/// articles were published in), and of the year after the last.
fn candidate_months(
    blocks: &[Block],
    parsed: &[Vec<Parsed>],
    corpus_years: &[i32],
) -> Option<Vec<Date>> {
    let mut years: Vec<i32> = corpus_years.to_vec();
    for (b, p) in blocks.iter().zip(parsed) {
        let ends = ends_before(b.text, p);
        years.extend(resolve_each(p, &ends, None, false).filter_map(|(_, r)| r.value.year()));
    }
    let (lo, hi) = (*years.iter().min()?, *years.iter().max()?);
    Some(
        (lo..=hi + 1)
            .flat_map(|y| (1..=12).filter_map(move |m| Date::new(y, m, 15)))
            .collect(),
    )
}

/// One dated expression of the article and what it resolves to under each candidate.
struct Mention {
    text: String,
    tense: Tense,
    /// Under each candidate, its value and the first and last days it covers.
    resolved: Vec<Option<(Value, Date, Date)>>,
    /// Whether its value is the same without a reference (`2019`, `11 février 2020`).
    absolute: bool,
    /// Whether it moves with the candidate less than in lockstep ("lundi" always lands within a week
    /// of the reference: it says nothing about the month).
    informative: bool,
    /// For a statement that dates an event another article dates too: that article's period and
    /// date as written (the mention must land in it).
    event: Option<((Date, Date), String)>,
}

/// Adds the dated expressions of block `b` (its parsed expressions `found`) to `mentions`, each
/// resolved under every candidate, in text order; whether each is informative (its value moves with
/// the candidate) is known once its block is done.
fn block_mentions(b: &Block, found: &[Parsed], candidates: &[Date], mentions: &mut Vec<Mention>) {
    let before = mentions.len();
    let ends = ends_before(b.text, found);
    let mut unanchored: Vec<Option<Value>> = vec![None; found.len()];
    for (at, r) in resolve_each(found, &ends, None, false) {
        unanchored[at] = Some(r.value);
    }
    // Each expression's mention in `mentions`, once it has one.
    let mut index_of: Vec<Option<usize>> = vec![None; found.len()];
    for (k, c) in candidates.iter().enumerate() {
        let reference = Reference {
            date: *c,
            grain: Grain::Month,
        };
        for (at, r) in resolve_each(found, &ends, Some(reference), false) {
            if !is_dated_value(r.kind, &r.value) {
                continue;
            }
            let p = &found[at];
            let index = *index_of[at].get_or_insert_with(|| {
                mentions.push(Mention {
                    text: b.text[p.start..p.end].to_string(),
                    tense: p.tense,
                    resolved: vec![None; candidates.len()],
                    absolute: unanchored[at].as_ref() == Some(&r.value),
                    informative: false,
                    event: None,
                });
                mentions.len() - 1
            });
            let span = r.value.span();
            mentions[index].resolved[k] = span.map(|(first, last)| (r.value, first, last));
        }
    }
    for m in &mut mentions[before..] {
        let offsets = m
            .resolved
            .iter()
            .zip(candidates)
            .filter_map(|(r, c)| r.as_ref().map(|(_, d, _)| months_between(*d, *c)));
        let (lo, hi) = offsets.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), o| {
            (lo.min(o), hi.max(o))
        });
        m.informative = hi - lo > 1.0;
    }
}

/// Adds the costs of `mentions` under each candidate to `cost`, and whether any is evidence for it to
/// `used`. Summed mention by mention (each mention's values lie together in memory), in the same
/// order for every candidate as a sum candidate by candidate; a few mentions at a time in order give
/// the same sums.
fn add_costs(
    mentions: &[Mention],
    candidates: &[Date],
    story: &Story,
    cost: &mut [f64],
    used: &mut [bool],
) {
    // Each candidate month's first and last days, worked out once per call, not once per mention.
    let months: Vec<(Date, Date)> = candidates.iter().map(|&c| month_of(c)).collect();
    for m in mentions {
        for (k, (r, month)) in m.resolved.iter().zip(&months).enumerate() {
            let Some((value, start, end)) = r else {
                continue;
            };
            if let Some((distance, note)) = mention_cost(m, value, (*start, *end), *month, story) {
                cost[k] += distance;
                used[k] |= note.is_some();
            }
        }
    }
}

/// The candidate that explains the mentions best (the first on a tie), with the mentions it used,
/// from the costs summed for every candidate ([`add_costs`]); the evidence is written out for the
/// winner only.
fn best_candidate(
    mentions: &[Mention],
    candidates: &[Date],
    story: &Story,
    cost: &[f64],
    used: &[bool],
) -> Option<(usize, Vec<String>)> {
    let mut best: Option<(f64, usize)> = None;
    for (k, (&cost, &used)) in cost.iter().zip(used).enumerate() {
        if !used {
            continue;
        }
        if best.as_ref().is_none_or(|(b, _)| cost < *b - 1e-9) {
            best = Some((cost, k));
        }
    }
    let (_, k) = best?;
    let month = month_of(candidates[k]);
    let used = mentions
        .iter()
        .filter_map(|m| {
            let (value, start, end) = m.resolved.get(k)?.as_ref()?;
            let (_, note) = mention_cost(m, value, (*start, *end), month, story)?;
            Some(note?.text(m, value))
        })
        .collect();
    Some((k, used))
}

/// Why a mention is evidence for a candidate, written out ([`Note::text`]) only for the winner.
enum Note {
    /// It dates an event to the day another article gives it.
    Event,
    /// It lands near the candidate (`also`: on a day another article of the story mentions).
    Near { also: bool },
}

impl Note {
    /// How the mention `m`, resolved to `value`, is quoted as evidence.
    fn text(&self, m: &Mention, value: &Value) -> String {
        match self {
            Note::Event => {
                let written = m.event.as_ref().map_or("", |(_, w)| w.as_str());
                format!(
                    "'{}' → {value}, the date another article gives the same event ('{written}')",
                    m.text
                )
            }
            Note::Near { also } => {
                let also = if *also {
                    " (also in another article)"
                } else {
                    ""
                };
                format!("'{}' → {value}{also}", m.text)
            }
        }
    }
}

/// The first and last days of candidate `c`'s month.
fn month_of(c: Date) -> (Date, Date) {
    Period::Month {
        year: c.year,
        month: c.month,
    }
    .span()
    .unwrap_or((c, c))
}

/// What one mention, resolved to `value` (covering the days `(start, end)`) under the candidate whose
/// month covers the days `month` ([`month_of`]), costs that candidate, and why it is evidence (`None`
/// when it is not evidence, only a bound).
fn mention_cost(
    m: &Mention,
    value: &Value,
    (start, end): (Date, Date),
    month: (Date, Date),
    story: &Story,
) -> Option<(f64, Option<Note>)> {
    if let Some(((first, last), _)) = &m.event {
        // The event as this statement dates it, under the candidate, against its date elsewhere.
        let off = if start > *last {
            months_between(start, *last)
        } else if end < *first {
            months_between(end, *first)
        } else {
            0.0
        };
        return Some(if off == 0.0 {
            (-6.0, Some(Note::Event))
        } else {
            (off.abs().min(12.0), None)
        });
    }
    // Months from the candidate month to the nearest edge of the mentioned period (0 when they meet).
    let (month_start, month_end) = month;
    let ahead = if start > month_end {
        months_between(start, month_end)
    } else if end < month_start {
        months_between(end, month_start)
    } else {
        0.0
    };
    if m.absolute {
        // A past event cannot come after publication.
        let late = m.tense == Tense::Past && ahead > 0.5;
        return late.then(|| (6.0 + ahead.min(24.0), None));
    }
    if !m.informative {
        return None;
    }
    let coarse = !value.is_day_or_weekend();
    let mut distance = ahead.abs().min(12.0) * if coarse { 0.5 } else { 1.0 };
    match m.tense {
        Tense::Past if ahead > 0.0 => distance += 3.0,
        Tense::Future if ahead < 0.0 => distance += 3.0,
        // A dated fact told in the present tense is rarely long past.
        Tense::Unknown | Tense::Present if ahead < 0.0 => distance *= 1.5,
        _ => {}
    }
    let agreed = !coarse && value.as_day().is_some_and(|d| story.mentions(d));
    if agreed {
        distance -= 6.0;
    }
    Some((distance, Some(Note::Near { also: agreed })))
}

/// The statements of an undated article that date an event from the publication date, tied to the
/// date a related article gives the same event: `in two months it will be a year since the Pentagon
/// named Microsoft the winner` (the event a year before two months after publication), `it has been a
/// year since …`, `cela fera un an que …`, `over twee maanden is het een jaar geleden dat …`, and `a
/// year ago X won …`. The event is the rest of the sentence: a name it shares with a sentence of a
/// related article that dates an event of the same kind. Each becomes a mention whose value, under a
/// candidate, is the date it gives the event.
fn event_statements(
    blocks: &[Block],
    parsed: &[Vec<Parsed>],
    lang: Lang,
    entities: &[EntityMention],
    story: &Story,
    candidates: &[Date],
) -> Vec<Mention> {
    if !story.related.iter().any(|&r| r) {
        return Vec::new();
    }
    let table = &lexicon(lang).phrases;
    let mut out = Vec::new();
    for (b, found) in blocks.iter().zip(parsed) {
        let mut pi = 0;
        for (s, e) in sentences::spans(b.text, 0, b.text.len()) {
            while found.get(pi).is_some_and(|p| p.start < s) {
                pi += 1;
            }
            let inside: Vec<&Parsed> = found[pi..]
                .iter()
                .take_while(|p| p.start < e)
                .filter(|p| p.end <= e)
                .collect();
            for (i, p) in inside.iter().enumerate() {
                // The length of time since the event: `a year` (since), `een jaar geleden` (dat).
                let since = match &p.expr {
                    Expr::Duration {
                        amount: Some(a),
                        unit,
                    } => Some((*a, *unit)),
                    Expr::Shift {
                        amount,
                        unit,
                        sign: -1,
                        base: None,
                    } => Some((*amount, *unit)),
                    _ => None,
                };
                let after = tokenize(&b.text[p.end..e]);
                let cued = since.is_some() && table.at(&after, 0, Category::SinceEvent).is_some();
                // `a year ago X won …`: the shift itself dates the event, in a past sentence.
                let ago = matches!(
                    p.expr,
                    Expr::Shift {
                        sign: -1,
                        base: None,
                        ..
                    }
                ) && p.tense == Tense::Past;
                if !cued && !ago {
                    continue;
                }
                let clause = if cued { (p.end, e) } else { (s, e) };
                let kinds = event_kinds(&b.text[clause.0..clause.1], lang);
                let (from_byte, to_byte) = (b.start + clause.0, b.start + clause.1);
                let first = entities.partition_point(|m| m.start < from_byte);
                let names: HashSet<&str> = entities[first..]
                    .iter()
                    .take_while(|m| m.start < to_byte)
                    .filter(|m| m.end <= to_byte)
                    .filter_map(story_name)
                    .collect();
                // The most precise date the story's other articles give the same event.
                let Some(best) = story
                    .events(&names, &kinds)
                    .min_by_key(|ev| ev.period.0.days_until(ev.period.1))
                else {
                    continue;
                };
                // When the statement is dated: an expression before it in the sentence that hangs on
                // the publication date (`in two months`, `volgende maand`, `next week`), or the
                // publication date itself.
                let when = if cued {
                    inside[..i].iter().rev().find(|q| {
                        matches!(
                            q.expr,
                            Expr::Shift { base: None, .. } | Expr::UnitOffset { n: 1.., .. }
                        )
                    })
                } else {
                    None
                };
                // Quoted from the expression that dates the statement to the length of time.
                let from = when.map_or(p.start, |q| q.start);
                let resolved: Vec<Option<(Value, Date, Date)>> = candidates
                    .iter()
                    .map(|c| {
                        let reference = Reference {
                            date: *c,
                            grain: Grain::Day,
                        };
                        let day = match (when, cued) {
                            (Some(q), _) => resolve(&q.expr, Some(reference), q.tense)?.first?,
                            (None, true) => *c,
                            (None, false) => resolve(&p.expr, Some(reference), p.tense)?.first?,
                        };
                        let day = match since {
                            Some((amount, unit)) if cued => back_from(day, amount, unit)?,
                            _ => day,
                        };
                        let value = Value::Period(Period::Month {
                            year: day.year,
                            month: day.month,
                        });
                        let start = Date::new(day.year, day.month, 1)?;
                        let end = value.span().map_or(start, |(_, end)| end);
                        Some((value, start, end))
                    })
                    .collect();
                out.push(Mention {
                    text: b.text[from..p.end].to_string(),
                    tense: p.tense,
                    resolved,
                    absolute: false,
                    informative: true,
                    event: Some((best.period, best.written.clone())),
                });
            }
        }
    }
    out
}

/// The day `amount` units before `day` (whole days, months and years).
fn back_from(day: Date, amount: f64, unit: Unit) -> Option<Date> {
    let n = amount.round() as i64;
    Some(match unit {
        Unit::Day => day.add_days(-n),
        Unit::Week => day.add_days(-7 * n),
        Unit::Month => day.add_months(-n),
        Unit::Year => day.add_months(-12 * n),
        Unit::Decade => day.add_months(-120 * n),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_read_from_the_article_finds_what_its_text_alone_finds() {
        let cases = [
            (
                "a date split over two lines",
                Lang::Nl,
                "De vergadering van 15\nmaart 2020 werd uitgesteld.",
            ),
            (
                "a cue ending the line before",
                Lang::En,
                "The vote was postponed until\nMarch 31, the chair said.",
            ),
            (
                "a headline, then its story",
                Lang::Fr,
                "Le sommet du 3 mai\n\nLe sommet a eu lieu le 3 mai 2019, a dit hier le ministre.",
            ),
            (
                "indented lines and blank ones",
                Lang::En,
                "  Yesterday\n\n   On Monday, January 6, 2020 we met.\n",
            ),
            (
                "a time on the next line",
                Lang::Nl,
                "Dinsdag 4 juni om\n14.30 uur begint het.",
            ),
        ];
        for (name, lang, text) in cases {
            let tokens = tokenize(text);
            let phrases = Phrases::new(lexicon(lang), &tokens);
            let mut start = 0;
            for line in text.split('\n') {
                let block = Block { text: line, start };
                start += line.len() + 1;
                assert_eq!(
                    parse_block(&block, &phrases, lang),
                    parse(line, lang),
                    "{name}: {line:?}"
                );
            }
        }
    }
}
