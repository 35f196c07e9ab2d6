//! The evidence for a candidate name, as hashed features: the gazetteer classes of the span and of its
//! first and last words ([`crate::analysis::gazetteer`]), the words around it (place prepositions, verbs
//! of saying, titles and roles, designators, street words), its shape and affixes, whether it starts a
//! sentence and how the rest of the text writes its first word, and where the candidate comes from.
//!
//! A feature is a template id mixed with a value (a word's hash, a class, a shape) into a `u32`;
//! [`super::model`] holds one weight per class for each feature the training kept.
//! Everything about a token is worked out once per text ([`TokenInfo`]); a feature is then one
//! multiplication, so scoring a candidate costs a few dozen table probes.

use super::names::name_like;
use crate::analysis::gazetteer::{gazetteer, Class, ClassSet, Match, MAX_TOKENS};
use crate::analysis::language::Lang;
use crate::analysis::lexicon::fnv::{FnvMap, FnvSet};
use crate::analysis::lexicon::{given_names, Category, Lexicon, Phrases};
use crate::analysis::mention::EntityType;
use crate::analysis::text::sentences::starts_clause;
use crate::analysis::text::tokens::{Kind, Token};
use std::cell::OnceCell;

/// What a token looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Shape {
    /// `word`
    Lower = 0,
    /// `Word`
    Capitalised,
    /// `NATO`, `DoD` (two capitals or more)
    Caps,
    /// `A`
    Initial,
    /// `iPhone`, `McDonald` (a capital after the first letter)
    Mixed,
    /// `2024`
    Number,
    /// `.`, `-`
    Punct,
}

/// What is known of one token, worked out once per text.
#[derive(Clone, Copy, Debug)]
pub struct TokenInfo {
    /// FNV-1a hash of the lower-case form.
    pub word: u64,
    /// Its shape.
    pub shape: Shape,
    /// Its gazetteer classes as one word (only for words that are or stand next to capitalised words).
    pub gaz: ClassSet,
    /// A title or role starts here (lexicon `title` or gazetteer [`Class::Title`]).
    pub title: bool,
    /// It starts a sentence or clause.
    pub starts_clause: bool,
}

/// Where a candidate comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Source {
    /// A capitalised run or part of one.
    Run = 0,
    /// A name of the language's curated list (`entities.txt`).
    Known,
    /// A multi-word key of the gazetteer that starts in lower case (`pays de Galles`).
    Gazetteer,
    /// The long form before an acronym in brackets (`Agence … d'information (ANSSI)`).
    Definition,
}

/// A text prepared for features: its tokens and what is known of each.
pub struct Doc<'t> {
    /// The text.
    pub text: &'t str,
    /// Its language.
    pub lang: Lang,
    /// Its lexicon.
    pub lex: &'t Lexicon,
    /// Its tokens.
    pub tokens: &'t [Token],
    /// Its tokens looked up in the lexicon (shared with the temporal tagger).
    pub phrases: &'t Phrases<'t>,
    /// One per token.
    pub info: Vec<TokenInfo>,
    /// Words the text writes in lower case somewhere.
    lower: FnvSet<u64>,
    /// Words the text capitalises somewhere other than at the start of a sentence.
    capitalised_mid: FnvSet<u64>,
    /// For each capitalised word (by hash), the first [`CONTEXT_WORDS`] distinct lower-case words
    /// (by hash) the text writes right before its occurrences, in text order; sorted by word.
    left: Vec<(u64, ContextWords)>,
    /// For each capitalised word (by hash), the first [`CONTEXT_WORDS`] distinct lower-case words
    /// (by hash) the text writes right after its occurrences, in text order; sorted by word.
    right: Vec<(u64, ContextWords)>,
    /// For each token, whether a title or role ends right before it (one to three tokens long:
    /// `Cpl`, `officier van justitie`); worked out for tokens at or near a capitalised word.
    after_title: Vec<bool>,
    /// For each word (by hash) that ends or starts a run of two to four capitalised words somewhere
    /// in the text, what those runs show: 1 ends one that opens with a given name, 2 ends one after a
    /// title, 4 ends one, 8 starts one.
    runs: FnvMap<u64, u8>,
    /// For each token, the gazetteer keys that start with it ([`Doc::gazetteer_at`]), looked up on
    /// first use.
    gazetteer_at: Vec<OnceCell<Vec<Match>>>,
    /// For each token, whether a gazetteer key of two words or more starts with its word, where
    /// known (words at or near a capitalised word).
    continues: Vec<Continues>,
    /// For each token, the street suffix its word ends with, looked up on first use.
    street_suffix: Vec<OnceCell<Option<&'static str>>>,
}

/// Whether a longer gazetteer key starts with a token's word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Continues {
    Unknown,
    No,
    Yes,
}

/// FNV-1a over bytes.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn shape_of(text: &str, t: &Token) -> Shape {
    match t.kind {
        Kind::Number => Shape::Number,
        Kind::Punct => Shape::Punct,
        Kind::Word => {
            let w = &text[t.start..t.end];
            let mut chars = w.chars();
            let first = chars.next().unwrap_or('a');
            let rest_upper = chars.clone().filter(|c| c.is_uppercase()).count();
            let rest = chars.count();
            if !first.is_uppercase() {
                if rest_upper > 0 {
                    Shape::Mixed
                } else {
                    Shape::Lower
                }
            } else if rest == 0 {
                Shape::Initial
            } else if rest_upper == rest || rest_upper >= 1 && rest <= 2 {
                Shape::Caps
            } else if rest_upper > 0 {
                Shape::Mixed
            } else {
                Shape::Capitalised
            }
        }
    }
}

/// The gazetteer classes of one word (its lower-case form).
pub fn word_classes(lower: &str) -> ClassSet {
    gazetteer().word(lower, &mut String::new()).0
}

impl<'t> Doc<'t> {
    /// Prepares a text.
    pub fn new(text: &'t str, lang: Lang, phrases: &'t Phrases<'t>) -> Doc<'t> {
        let (lex, tokens) = (phrases.lex, phrases.tokens);
        // Whether a capitalised word stands at `i - 1` to `i + 3`: for each token, the position of the
        // first capitalised word at or after it, worked out once (one pass from the end).
        let mut next_capital = vec![usize::MAX; tokens.len() + 1];
        for k in (0..tokens.len()).rev() {
            next_capital[k] = if tokens[k].capitalised && tokens[k].kind == Kind::Word {
                k
            } else {
                next_capital[k + 1]
            };
        }
        let near_capital = |i: usize| next_capital[i.saturating_sub(1)] < (i + 4).min(tokens.len());
        // Each distinct word's classes and whether a longer gazetteer key starts with it.
        let mut classes_of: FnvMap<u64, (ClassSet, bool)> = FnvMap::default();
        let mut buf = String::new();
        let mut continues = vec![Continues::Unknown; tokens.len()];
        let mut lower = FnvSet::default();
        let mut capitalised_mid = FnvSet::default();
        let info: Vec<TokenInfo> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let word = fnv(t.lower.as_bytes());
                let is_word = t.kind == Kind::Word;
                let starts = is_word && t.capitalised && starts_clause(tokens, i);
                if is_word && !t.capitalised {
                    lower.insert(word);
                } else if is_word && !starts {
                    capitalised_mid.insert(word);
                }
                let gaz = if is_word && near_capital(i) {
                    // Looked up once per distinct word of the text.
                    let (gaz, longer) = *classes_of
                        .entry(word)
                        .or_insert_with(|| gazetteer().word(&t.lower, &mut buf));
                    continues[i] = if longer {
                        Continues::Yes
                    } else {
                        Continues::No
                    };
                    gaz
                } else {
                    ClassSet::default()
                };
                TokenInfo {
                    word,
                    shape: shape_of(text, t),
                    gaz,
                    title: is_word && (gaz.has(Class::Title) || phrases.is(i, Category::Title)),
                    starts_clause: starts,
                }
            })
            .collect();
        // (word, position) pairs sorted: one allocation, a binary search per lookup.
        let mut left: Vec<(u64, usize)> = Vec::new();
        for i in 1..tokens.len() {
            let p = &tokens[i - 1];
            if tokens[i].capitalised
                && tokens[i].kind == Kind::Word
                && p.kind == Kind::Word
                && !p.capitalised
                && !tokens[i].newline_before
            {
                left.push((info[i].word, i - 1));
            }
        }
        left.sort_unstable();
        let left = context_words_of(&left, &info);
        let mut right: Vec<(u64, usize)> = Vec::new();
        for i in 0..tokens.len().saturating_sub(1) {
            let n = &tokens[i + 1];
            if tokens[i].capitalised
                && tokens[i].kind == Kind::Word
                && n.kind == Kind::Word
                && !n.capitalised
                && !n.newline_before
            {
                right.push((info[i].word, i + 1));
            }
        }
        right.sort_unstable();
        let right = context_words_of(&right, &info);
        let mut runs: FnvMap<u64, u8> = FnvMap::default();
        let cap = |k: usize| tokens[k].capitalised && tokens[k].kind == Kind::Word;
        let mut i = 0;
        while i < tokens.len() {
            if !cap(i) {
                i += 1;
                continue;
            }
            let mut e = i + 1;
            while e < tokens.len() && cap(e) && !tokens[e].newline_before {
                e += 1;
            }
            if (2..=4).contains(&(e - i)) {
                let mut flags = 4u8;
                if info[i].gaz.has(Class::GivenName) {
                    flags |= 1;
                }
                if i > 0 && info[i - 1].title {
                    flags |= 2;
                }
                *runs.entry(info[e - 1].word).or_default() |= flags;
                *runs.entry(info[i].word).or_default() |= 8;
            }
            i = e;
        }
        let mut doc = Doc {
            text,
            lang,
            lex,
            tokens,
            phrases,
            info,
            lower,
            capitalised_mid,
            left,
            right,
            runs,
            after_title: Vec::new(),
            gazetteer_at: vec![OnceCell::new(); tokens.len()],
            continues,
            street_suffix: vec![OnceCell::new(); tokens.len()],
        };
        // For each token, the lengths (bit `n` for `n` tokens, one to three) of the titles that
        // start there: worked out once per token, not once per token after it.
        let mut title_lengths = vec![u8::MAX; tokens.len()];
        let mut title_of_length = |k: usize, n: usize| {
            if title_lengths[k] == u8::MAX {
                title_lengths[k] = (1..=3)
                    .filter(|&n| k + n <= tokens.len() && title_ends_at(&doc, k, k + n))
                    .fold(0, |bits, n| bits | 1 << n);
            }
            title_lengths[k] & 1 << n != 0
        };
        let after_title = (0..tokens.len())
            .map(|a| {
                near_capital(a) && (1..=3).any(|back| a >= back && title_of_length(a - back, back))
            })
            .collect();
        doc.after_title = after_title;
        doc
    }

    /// Every gazetteer key that starts at token `i` ([`crate::analysis::gazetteer::Gazetteer::matches`]
    /// over the tokens from `i` on, at most [`MAX_TOKENS`]), shortest first; looked up once per token.
    /// The keys of a shorter window `i..e` are those of length `e - i` or less.
    pub fn gazetteer_at(&self, i: usize) -> &[Match] {
        self.gazetteer_at[i].get_or_init(|| {
            let mut words = [""; MAX_TOKENS];
            let window = &self.tokens[i..(i + MAX_TOKENS).min(self.tokens.len())];
            for (w, t) in words.iter_mut().zip(window) {
                *w = t.lower.as_str();
            }
            gazetteer().matches(&words[..window.len()])
        })
    }

    /// The gazetteer keys of two tokens or more that start at token `i` (with some of one token:
    /// callers ask for a length of two or more), shortest first: [`Doc::gazetteer_at`], skipped
    /// where no longer key starts with the word.
    pub fn multi_word_keys(&self, i: usize) -> &[Match] {
        if self.continues[i] == Continues::No {
            return &[];
        }
        self.gazetteer_at(i)
    }

    /// The street suffix the word of token `k` ends with
    /// ([`crate::analysis::gazetteer::Gazetteer::street_suffix`]), looked up once per token.
    pub fn street_suffix(&self, k: usize) -> Option<&'static str> {
        *self.street_suffix[k].get_or_init(|| {
            gazetteer()
                .street_suffix(&self.tokens[k].lower)
                .map(|(s, _)| s)
        })
    }

    /// Whether a title or role ends right before token `a` (`Cpl Aaron Whitlock`, `le général de
    /// Castelnau` at `de`), for tokens at or near a capitalised word.
    pub fn after_title(&self, a: usize) -> bool {
        self.after_title.get(a).copied().unwrap_or(false)
    }

    /// Whether the text writes this word (by hash) in lower case somewhere.
    pub fn written_lower(&self, word: u64) -> bool {
        self.lower.contains(&word)
    }

    /// The first [`CONTEXT_WORDS`] distinct lower-case words (by hash) the text writes right before
    /// this capitalised word (by hash), in text order of their first such occurrence.
    pub fn left_of(&self, word: u64) -> &[u64] {
        of_word(&self.left, word)
    }

    /// The first [`CONTEXT_WORDS`] distinct lower-case words (by hash) the text writes right after
    /// this capitalised word (by hash), in text order of their first such occurrence.
    pub fn right_of(&self, word: u64) -> &[u64] {
        of_word(&self.right, word)
    }

    /// Whether the text capitalises this word somewhere mid-sentence.
    pub fn capitalised_mid(&self, word: u64) -> bool {
        self.capitalised_mid.contains(&word)
    }
}

/// How many distinct context words are kept per capitalised word: the features take four, other
/// than the span's own context word, so the first five distinct ones always hold them.
const CONTEXT_WORDS: usize = 5;

/// The first [`CONTEXT_WORDS`] distinct context words of one capitalised word, in text order.
#[derive(Clone, Copy, Debug)]
struct ContextWords {
    words: [u64; CONTEXT_WORDS],
    len: u8,
}

/// Each word's first [`CONTEXT_WORDS`] distinct context words, from (word, position) pairs sorted
/// (so each word's positions come in text order): one pass, however often a word occurs, so a
/// span's context features cost the same in a long text as in a short one.
fn context_words_of(pairs: &[(u64, usize)], info: &[TokenInfo]) -> Vec<(u64, ContextWords)> {
    let mut out: Vec<(u64, ContextWords)> = Vec::new();
    for &(word, p) in pairs {
        let w = info[p].word;
        match out.last_mut() {
            Some((last, ctx)) if *last == word => {
                let n = ctx.len as usize;
                if n < CONTEXT_WORDS && !ctx.words[..n].contains(&w) {
                    ctx.words[n] = w;
                    ctx.len += 1;
                }
            }
            _ => {
                let mut words = [0; CONTEXT_WORDS];
                words[0] = w;
                out.push((word, ContextWords { words, len: 1 }));
            }
        }
    }
    out
}

/// The context words of `word` in a list sorted by word ([`context_words_of`]).
fn of_word(list: &[(u64, ContextWords)], word: u64) -> &[u64] {
    match list.binary_search_by_key(&word, |&(w, _)| w) {
        Ok(i) => &list[i].1.words[..list[i].1.len as usize],
        Err(_) => &[],
    }
}

/// A candidate span with what the features need of it.
#[derive(Clone, Debug)]
pub struct Span {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Where it comes from.
    pub source: Source,
    /// The capitalised run it lies in (token range), for runs.
    pub run: (usize, usize),
    /// The curated list's type, when the span is exactly one of its names.
    pub known: Option<EntityType>,
    /// The gazetteer classes of the whole span.
    pub gaz: ClassSet,
    /// The type kept when the model has nothing better: the curated list's, or PER for a name right
    /// after a title or role (`../shared/ANNOTATION.md`).
    pub prior: Option<EntityType>,
    /// Whether the prior overrides the model: a cue of `../shared/ANNOTATION.md` (a title or role before
    /// the name: PER; a programme or contract word after it: MISC).
    pub cue: bool,
}

/// Feature templates (the first argument of [`mix`]).
mod t {
    pub const BIAS: u32 = 1;
    pub const LANG: u32 = 2;
    pub const LEN: u32 = 3;
    pub const GAZ: u32 = 4;
    pub const GAZ_FIRST: u32 = 5;
    pub const GAZ_LAST: u32 = 6;
    pub const KNOWN: u32 = 7;
    pub const P1: u32 = 9;
    pub const P2: u32 = 10;
    pub const N1: u32 = 11;
    pub const N2: u32 = 12;
    pub const GAZ_P1: u32 = 13;
    pub const GAZ_N1: u32 = 14;
    pub const TITLE_BEFORE: u32 = 15;
    pub const SHAPE_FIRST: u32 = 16;
    pub const SHAPE_LAST: u32 = 17;
    pub const SHAPE_P1: u32 = 18;
    pub const SHAPE_N1: u32 = 19;
    pub const W_FIRST: u32 = 20;
    pub const W_LAST: u32 = 21;
    pub const SUF3: u32 = 22;
    pub const SUF2: u32 = 23;
    pub const SENT: u32 = 24;
    pub const STREET_SUFFIX: u32 = 27;
    pub const DESIGNATOR: u32 = 28;
    pub const PLACE_DESIGNATOR: u32 = 29;
    pub const MISC_AFTER: u32 = 30;
    pub const INSIDE: u32 = 31;
    pub const IN_RUN: u32 = 34;
    pub const GIVEN: u32 = 36;
    pub const DEFINES: u32 = 37;
    pub const TITLE_FIRST: u32 = 38;
    pub const SOURCE: u32 = 39;
    pub const LANG_GAZ: u32 = 40;
    pub const P1_SHAPE_FIRST: u32 = 41;
    pub const LANG_SHAPE_LEN: u32 = 42;
    pub const LOWER_EDGE: u32 = 43;
    pub const COORDINATED: u32 = 44;
    pub const DESIGNATOR_FIRST: u32 = 45;
    pub const SUF3_FIRST: u32 = 46;
    pub const DOC_P1: u32 = 47;
    pub const DOC_RUN: u32 = 48;
    pub const P2_P1: u32 = 49;
    pub const DOC_N1: u32 = 50;
    pub const P1_SHAPE_P2: u32 = 51;
    pub const OPENER: u32 = 52;
    pub const OPENER_GAZ: u32 = 53;
}

/// A template and a value as one feature.
pub fn mix(template: u32, value: u64) -> u32 {
    let x = (value ^ u64::from(template).wrapping_mul(0x9e37_79b9_7f4a_7c15))
        .wrapping_mul(0xff51_afd7_ed55_8ccd);
    let x = x ^ (x >> 29);
    ((x.wrapping_mul(0xc4ce_b9fe_1a85_ec53) >> 32) as u32).max(1)
}

fn classes(set: ClassSet, template: u32, extra: u64, out: &mut Vec<u32>) {
    for c in set.iter() {
        out.push(mix(template, c as u64 | extra << 8));
    }
}

/// The features of a candidate span, appended to `out`.
pub fn span_features(doc: &Doc, s: &Span, out: &mut Vec<u32>) {
    let (a, b) = (s.start, s.end);
    let tokens = doc.tokens;
    let info = &doc.info;
    let lang = doc.lang as u64;
    let n = (b - a).min(5) as u64;
    out.push(mix(t::BIAS, 0));
    out.push(mix(t::LANG, lang));
    out.push(mix(t::LEN, n));
    out.push(mix(t::SOURCE, s.source as u64));
    if let Some(k) = s.known {
        out.push(mix(t::KNOWN, k as u64));
    }
    classes(s.gaz, t::GAZ, 0, out);
    classes(s.gaz, t::LANG_GAZ, lang, out);
    if b - a > 1 {
        classes(info[a].gaz, t::GAZ_FIRST, 0, out);
        classes(info[b - 1].gaz, t::GAZ_LAST, 0, out);
        out.push(mix(t::W_LAST, info[b - 1].word));
    }
    out.push(mix(t::W_FIRST, info[a].word));
    let first_shape = info[a].shape as u64;
    out.push(mix(t::SHAPE_FIRST, first_shape));
    out.push(mix(t::SHAPE_LAST, info[b - 1].shape as u64));
    out.push(mix(t::LANG_SHAPE_LEN, lang | first_shape << 4 | n << 8));
    // Affixes of the last word.
    let last = &tokens[b - 1].lower;
    let chars: Vec<char> = last.chars().rev().take(3).collect();
    if chars.len() == 3 {
        out.push(mix(
            t::SUF3,
            chars.iter().fold(0u64, |h, &c| h * 0x11_0000 + c as u64),
        ));
    }
    if chars.len() >= 2 {
        out.push(mix(
            t::SUF2,
            chars[..2]
                .iter()
                .fold(0u64, |h, &c| h * 0x11_0000 + c as u64),
        ));
    }
    // Affixes of the first word of a longer span: "Kovač", "-ski", "-stad".
    if b - a > 1 {
        let first: Vec<char> = tokens[a].lower.chars().rev().take(3).collect();
        if first.len() == 3 {
            out.push(mix(
                t::SUF3_FIRST,
                first.iter().fold(0u64, |h, &c| h * 0x11_0000 + c as u64),
            ));
        }
    }
    // The words before the span's last word where the text writes it elsewhere: "in Leeds" once is
    // evidence for "Leeds" everywhere in the article.
    let own = |k: Option<usize>| k.map(|k| info[k].word);
    context_words(
        doc.left_of(info[b - 1].word),
        own((b >= 2).then(|| b - 2)),
        |w| out.push(mix(t::DOC_P1, w)),
    );
    // … and the words after it elsewhere: "Kalvora grew" once is evidence for "Kalvora" everywhere.
    context_words(
        doc.right_of(info[b - 1].word),
        own((b < tokens.len()).then_some(b)),
        |w| out.push(mix(t::DOC_N1, w)),
    );
    // A lone word that the text also writes in a longer name: "Ardern" after "Jacinda Ardern".
    if b - a == 1 {
        if let Some(&flags) = doc.runs.get(&info[a].word) {
            if s.run == (a, b) {
                out.push(mix(t::DOC_RUN, u64::from(flags)));
            }
        }
    }
    // Left context.
    let word_at = |k: usize| info[k].word;
    // A line break cuts the context: the start of a line looks like the start of the text.
    if a > 0 && !tokens[a].newline_before {
        let p = a - 1;
        out.push(mix(t::P1, word_at(p)));
        out.push(mix(t::SHAPE_P1, info[p].shape as u64));
        out.push(mix(t::P1_SHAPE_FIRST, word_at(p) ^ first_shape));
        classes(info[p].gaz, t::GAZ_P1, 0, out);
        if a > 1 && !tokens[p].newline_before {
            out.push(mix(t::P2, word_at(a - 2)));
            out.push(mix(t::P2_P1, word_at(a - 2).rotate_left(17) ^ word_at(p)));
            // "KPMG and Deloitte", "Huawei et Samsung": the word before and the shape before it.
            out.push(mix(
                t::P1_SHAPE_P2,
                word_at(p) ^ (info[a - 2].shape as u64).rotate_left(40),
            ));
        }
    } else {
        out.push(mix(t::P1, 0));
    }
    if doc.after_title(a) {
        out.push(mix(t::TITLE_BEFORE, 0));
        out.push(mix(t::TITLE_BEFORE, 1 | first_shape << 4 | n << 8));
    }
    // Right context.
    if b < tokens.len() && !tokens[b].newline_before {
        out.push(mix(t::N1, word_at(b)));
        out.push(mix(t::SHAPE_N1, info[b].shape as u64));
        classes(info[b].gaz, t::GAZ_N1, 0, out);
        if b + 1 < tokens.len() && !tokens[b + 1].newline_before {
            out.push(mix(t::N2, word_at(b + 1)));
        }
        if doc.phrases.is(b, Category::MiscDesignator)
            || tokens[b].is('-') && doc.phrases.is(b + 1, Category::MiscDesignator)
        {
            out.push(mix(t::MISC_AFTER, 0));
        }
        if tokens[b].is('(')
            && tokens
                .get(b + 1)
                .is_some_and(|t| doc.info[b + 1].shape == Shape::Caps && t.kind == Kind::Word)
        {
            out.push(mix(t::DEFINES, 0));
        }
    } else {
        out.push(mix(t::N1, 0));
    }
    // The first word.
    if info[a].starts_clause {
        let w = info[a].word;
        let lower = doc.written_lower(w);
        let mid = doc.capitalised_mid(w);
        out.push(mix(
            t::SENT,
            1 | u64::from(lower) << 1 | u64::from(mid) << 2 | n.min(2) << 3 | first_shape << 5,
        ));
    }
    if info[a].title {
        out.push(mix(t::TITLE_FIRST, n.min(3)));
    }
    if b - a > 1 && given_names().contains(&doc.text[tokens[a].start..tokens[a].end]) {
        out.push(mix(t::GIVEN, 0));
    }
    // Inside the span.
    let mut inside = 0u64;
    for (k, tk) in tokens.iter().enumerate().take(b).skip(a) {
        if tk.kind == Kind::Number {
            inside |= 1;
        } else if tk.is('-') {
            inside |= 2;
        } else if tk.kind == Kind::Word && !tk.capitalised {
            inside |= 4;
        } else if tk.is('.') || tk.is('&') {
            inside |= 8;
        }
        if tk.capitalised && doc.phrases.is(k, Category::Designator) {
            out.push(mix(t::DESIGNATOR, 0));
        }
        if doc.phrases.is(k, Category::PlaceDesignator) {
            out.push(mix(t::PLACE_DESIGNATOR, 0));
        }
    }
    if inside != 0 {
        out.push(mix(t::INSIDE, inside));
    }
    // Lower-case words at the edges: "Parti socialiste", "rue des Martyrs".
    let head = !tokens[a].capitalised && info[a].shape == Shape::Lower;
    let tail = (a..b)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word && !tokens[k].capitalised)
        .count();
    if head || tail > 0 {
        out.push(mix(
            t::LOWER_EDGE,
            lang | u64::from(head) << 4 | (tail.min(3) as u64) << 5,
        ));
    }
    if head {
        classes(info[a].gaz, t::DESIGNATOR_FIRST, lang, out);
        out.push(mix(t::DESIGNATOR_FIRST, info[a].word));
    }
    if (a + 1..b.saturating_sub(1)).any(|k| doc.phrases.is(k, Category::Coordinator)) {
        out.push(mix(t::COORDINATED, lang));
    }
    if tokens[b - 1].kind == Kind::Word
        && info[b - 1].shape != Shape::Number
        && tokens[b - 1].lower.len() > 4
        && doc.street_suffix(b - 1).is_some()
    {
        out.push(mix(t::STREET_SUFFIX, 0));
    }
    // Part of a longer capitalised run: on its left, on its right.
    let left = a > s.run.0;
    let right = b < s.run.1;
    if left || right {
        out.push(mix(t::IN_RUN, u64::from(left) | u64::from(right) << 1));
    }
    opener_features(doc, s, out);
}

/// A span right after a sentence opener that is no name (a stop word or a lexicon `opener`, capitalised
/// because it opens the sentence: `Volgens Verhoeven`, `Aldus Jansen`, `Selon Dupuis`): its capital says
/// nothing, so the span is seen as if it opened the sentence itself, with its length, the shape of its
/// first word and its gazetteer classes (a surname after `Aldus` is a person; a company the gazetteer
/// knows stays one).
fn opener_features(doc: &Doc, s: &Span, out: &mut Vec<u32>) {
    let a = s.start;
    if a == 0 || doc.tokens[a].newline_before {
        return;
    }
    let p = a - 1;
    let opener_word = doc.info[p].starts_clause
        && (doc.lex.stop_words.contains(doc.tokens[p].lower.as_str())
            || doc.phrases.is(p, Category::Opener));
    if !opener_word {
        return;
    }
    let n = (s.end - a).min(3) as u64;
    out.push(mix(
        t::OPENER,
        doc.lang as u64 | n << 4 | (doc.info[a].shape as u64) << 8,
    ));
    classes(s.gaz, t::OPENER_GAZ, n, out);
    if s.end - a == 1 && s.gaz.iter().next().is_none() {
        out.push(mix(t::OPENER_GAZ, 0xff));
    }
}

/// The first four of `words` (distinct, in text order: [`Doc::left_of`]) other than `own` (the
/// span's own context word), given to `push`. Distinct words, and the own word left out even where another
/// occurrence shares it, so that an article and the same article repeated give the same features.
fn context_words(words: &[u64], own: Option<u64>, mut push: impl FnMut(u64)) {
    for &w in words.iter().filter(|&&w| Some(w) != own).take(4) {
        push(w);
    }
}

/// Whether a title or role phrase starting at token `k` ends right at token `end` (`M.`, `Cpl`,
/// `officier van justitie`).
pub fn title_ends_at(doc: &Doc, k: usize, end: usize) -> bool {
    let tokens = doc.tokens;
    if !name_like(&tokens[k]) && tokens[k].kind != Kind::Word {
        return false;
    }
    if let Some(hit) = doc.phrases.at(k, Category::Title) {
        let mut e = k + hit.len;
        if tokens.get(e).is_some_and(|t| t.is('.')) && e < end {
            e += 1;
        }
        if e == end {
            return true;
        }
    }
    if end - k == 1 {
        return doc.info[k].gaz.has(Class::Title);
    }
    doc.multi_word_keys(k)
        .iter()
        .any(|m| m.len == end - k && m.hits.has(Class::Title))
        || tokens[end - 1].is('.') && title_ends_at_dot(doc, k, end - 1)
}

fn title_ends_at_dot(doc: &Doc, k: usize, end: usize) -> bool {
    end > k && (end - k == 1 && doc.info[k].gaz.has(Class::Title))
}
