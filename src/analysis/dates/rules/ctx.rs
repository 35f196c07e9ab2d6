//! What the rules look at: a text's tokens with their lexicon entries looked up once, and the
//! language, with the few ways of moving over the tokens that every rule uses.

use super::super::expr::Expr;
use crate::analysis::language::Lang;
use crate::analysis::lexicon::{Category, Hit, Lexicon, Phrases};
use crate::analysis::text::tokens::Token;
use std::cell::RefCell;

/// The longest point expression at a position with the rule that found it, once worked out.
pub(super) type PointSlot = Option<Option<(usize, Expr, &'static str)>>;

/// What the rules look at.
pub(crate) struct Ctx<'a> {
    /// The language's lexicon.
    pub lex: &'a Lexicon,
    /// The tokens with their lexicon entries.
    pub phrases: Phrases<'a>,
    /// The language.
    pub lang: Lang,
    /// The tokens of the text.
    pub t: &'a [Token],
    /// The point found at each position, once asked: `find_all` and several rules (ranges, dates with
    /// times, modifiers) ask for the point at the same position.
    pub(super) points: RefCell<Vec<PointSlot>>,
}

impl<'a> Ctx<'a> {
    /// A context over a text's tokens.
    pub(crate) fn new(lex: &'a Lexicon, lang: Lang, t: &'a [Token]) -> Ctx<'a> {
        Ctx {
            lex,
            phrases: Phrases::new(&lex.phrases, t),
            lang,
            t,
            points: RefCell::new(vec![None; t.len() + 1]),
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
        i + self.at(i, Category::The).unwrap_or(0)
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
