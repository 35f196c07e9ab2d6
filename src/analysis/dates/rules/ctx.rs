//! What the rules look at: a text's tokens with their lexicon entries looked up once, and the
//! language, with the few ways of moving over the tokens that every rule uses.

use super::super::expr::Expr;
use crate::analysis::language::Lang;
use crate::analysis::lexicon::{Category, CategorySet, Hit, Lexicon, Phrases};
use crate::analysis::text::tokens::Token;
use std::cell::RefCell;

/// The longest point expression at a position with the rule that found it, once worked out.
pub(super) type PointSlot = Option<Option<(usize, Expr, &'static str)>>;

/// What the rules look at.
pub(crate) struct Ctx<'a> {
    /// The language's lexicon.
    pub lex: &'a Lexicon,
    /// The tokens with their lexicon entries.
    pub phrases: &'a Phrases<'a>,
    /// The language.
    pub lang: Lang,
    /// The tokens of the text.
    pub t: &'a [Token],
    /// The categories of the date lexicon whose phrases can start an expression.
    pub starts: CategorySet,
    /// Clock suffixes (`pm`, `uur`, `heures`), as a set for quick checks.
    pub clock_suffix: CategorySet,
    /// Parts of the day, as a set for quick checks.
    pub dayparts: CategorySet,
    /// What a holiday's weekend starts with (after an article): a holiday, a one-word holiday weekend,
    /// a unit (`weekend of`), as a set for a quick first check.
    pub holiday_or_unit: CategorySet,
    /// What a time ago with no number starts with: `il y a`, `al`, a plural unit.
    pub ago_starts: CategorySet,
    /// The length of the article (`the`, `de`, `l'`) at each token, 0 for none: worked out once, as
    /// nearly every rule skips one.
    articles: Vec<u8>,
    /// The point found at each position, once asked: `find_all` and several rules (ranges, dates with
    /// times, modifiers) ask for the point at the same position.
    pub(super) points: RefCell<Vec<PointSlot>>,
}

/// Categories of the date lexicon that never start an expression: tense cues, words read only after
/// or before another (`ago`, `than`, `pm`, `dernier` after its noun, `of`, `to`…), and the first halves
/// of compounds (`gister`). A token that only starts such phrases is not worth offering to the rules.
const NOT_STARTING: &[Category] = &[
    Category::ClockCue,
    Category::Within,
    Category::Spread,
    Category::Times,
    Category::Lasting,
    Category::Per,
    Category::PastTense,
    Category::FutureTense,
    Category::PastSuffix,
    Category::NotPast,
    Category::FutureSuffix,
    Category::Modal,
    Category::VerbBefore,
    Category::VerbLast,
    Category::Than,
    Category::SinceEvent,
    Category::Forward,
    Category::Backward,
    Category::EarlierThen,
    Category::LaterThen,
    Category::Ago,
    Category::FromNow,
    Category::ClockSuffix,
    Category::OrdinalSuffix,
    Category::AndAHalf,
    Category::NumberJoiner,
    Category::MorningBefore,
    Category::AfterDay,
    Category::DaypartPlural,
    Category::PluralUnit,
    Category::LastAfter,
    Category::NextAfter,
    Category::ComingAfter,
    Category::WeekOf,
    Category::Also,
    Category::And,
    Category::To,
    Category::At,
    Category::On,
    Category::Of,
    Category::AfterBase,
    Category::BeforeBase,
    Category::DayStem,
    Category::UnitEnding,
    Category::Many,
    Category::Other,
    Category::YearContext,
    Category::YearDeterminer,
    Category::CountNoun,
    Category::EventNoun,
    Category::NotADate,
    Category::PresentTense,
    Category::FutureInPast,
    Category::ProgressiveAux,
    Category::ProgressiveSuffix,
    Category::NotProgressive,
];

impl<'a> Ctx<'a> {
    /// A context over a text's tokens.
    pub(crate) fn new(phrases: &'a Phrases<'a>, lang: Lang) -> Ctx<'a> {
        let lex = phrases.lex;
        let mut not_starting = CategorySet::default();
        for c in NOT_STARTING {
            not_starting.insert(*c);
        }
        let mut starts = CategorySet::default();
        for c in Category::ALL {
            if lex.date_categories.contains(*c) && !not_starting.contains(*c) {
                starts.insert(*c);
            }
        }
        let set = |cs: &[Category]| {
            let mut set = CategorySet::default();
            cs.iter().for_each(|c| set.insert(*c));
            set
        };
        let one = |c: Category| {
            let mut set = CategorySet::default();
            set.insert(c);
            set
        };
        Ctx {
            lex: phrases.lex,
            phrases,
            lang,
            t: phrases.tokens,
            starts,
            clock_suffix: one(Category::ClockSuffix),
            dayparts: one(Category::Daypart),
            holiday_or_unit: set(&[Category::Holiday, Category::HolidayWeekend, Category::Unit]),
            ago_starts: set(&[
                Category::AgoBefore,
                Category::OpenLength,
                Category::PluralUnit,
            ]),
            articles: (0..phrases.tokens.len())
                .map(|i| phrases.at(i, Category::The).map_or(0, |h| h.len as u8))
                .collect(),
            points: RefCell::new(vec![None; phrases.tokens.len() + 1]),
        }
    }

    /// The longest phrase of `category` at token `i`.
    pub(super) fn hit(&self, i: usize, category: Category) -> Option<Hit<'a>> {
        self.phrases.at(i, category)
    }

    /// The longest phrase of any of `categories` at token `i`.
    pub(super) fn hit_any(&self, i: usize, categories: &[Category]) -> Option<(Category, Hit<'a>)> {
        self.phrases.at_any(i, categories)
    }

    pub(super) fn tok(&self, i: usize) -> Option<&Token> {
        self.t.get(i)
    }

    pub(super) fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is(c))
    }

    pub(super) fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    pub(super) fn is(&self, i: usize, category: Category) -> bool {
        self.hit(i, category).is_some()
    }

    pub(super) fn at(&self, i: usize, category: Category) -> Option<usize> {
        self.hit(i, category).map(|h| h.len)
    }

    /// `the`, `de`, `l'`… at `i`: the position after it (or `i`).
    pub(super) fn skip_article(&self, i: usize) -> usize {
        i + self.articles.get(i).copied().unwrap_or(0) as usize
    }

    /// `of`, `van`, `de`… at `i`: the position after it (or `i`).
    pub(super) fn skip_of(&self, i: usize) -> usize {
        i + self.at(i, Category::Of).unwrap_or(0)
    }

    pub(super) fn skip_comma(&self, i: usize) -> usize {
        if self.punct(i, ',') {
            i + 1
        } else {
            i
        }
    }
}
