//! The named-entity recogniser: people, organisations, places, money, percentages and other names
//! (products, programmes, contracts) in Dutch, French and English, each mention with a canonical,
//! language-independent identity.
//!
//! - [`lexicon`]: the gazetteer and cue lists (data files per language);
//! - [`money`]: amounts and percentages, normalised;
//! - [`names`]: capitalised runs for names no list holds;
//! - this module: typing from evidence, acronyms linked to their expansions, canonical names within a
//!   document;
//! - [`corpus`]: identities unified across a corpus, one article at a time.

pub mod corpus;
pub mod features;
mod legal_form;
pub mod model;
pub mod money;
pub mod names;
pub mod patterns;
mod qualified;
pub mod train;

use crate::analysis::gazetteer::{gazetteer, Class, ClassSet, EntityId};
use crate::analysis::language::Lang;
use crate::analysis::lexicon::fnv::{FnvMap, FnvSet};
use crate::analysis::lexicon::gazetteer::Known;
use crate::analysis::lexicon::{lexicon, Category, Lexicon, Phrases};
use crate::analysis::mention::{EntityMention, EntityType};
use crate::analysis::text::tokens::{tokenize, Kind, Token};
use features::{span_features, Doc, Shape, Source, Span};
use model::NONE;
use money::money_or_percent_at;
use names::{acronym_like, capitalised_runs};
use std::collections::HashMap;

/// A mention being decided: token range, type, and how strongly the model preferred it (the margin of
/// its type over "no entity"; money and the curated list's names carry a large one).
#[derive(Clone, Debug)]
struct Candidate {
    start: usize,
    end: usize,
    kind: EntityType,
    /// Score of each class minus the no-entity score ([`model::CLASSES`] order), for the document
    /// pass; zero for money and percentages.
    votes: [i32; 4],
    canonical: Option<String>,
    value: Option<String>,
    modifier: Option<&'static str>,
}

/// A candidate span with its canonical name from the curated list or the gazetteer, if any.
#[derive(Clone, Debug)]
pub(crate) struct Proposal {
    span: Span,
    /// The curated list's canonical name (with `span.known`).
    known_canonical: Option<String>,
    /// The gazetteer's identity of the whole span, if it names a place or an institution.
    identity: Option<EntityId>,
}

/// Money and percentages: the mentions and the tokens they take.
fn amounts(p: &Phrases, lang: Lang) -> (Vec<Candidate>, Vec<bool>) {
    let tokens = p.tokens;
    let mut taken = vec![false; tokens.len()];
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(a) = money_or_percent_at(p, lang, i) {
            taken[a.start..a.start + a.len]
                .iter_mut()
                .for_each(|t| *t = true);
            found.push(Candidate {
                start: a.start,
                end: a.start + a.len,
                kind: a.kind,
                votes: [0; 4],
                canonical: Some(a.value.clone()),
                value: Some(a.value),
                modifier: a.modifier,
            });
            i += a.len;
        } else {
            i += 1;
        }
    }
    (found, taken)
}

/// The longest sub-span considered inside a capitalised run.
const MAX_SPAN: usize = 8;

/// Every candidate span of a text: the curated list's names, capitalised runs and their sub-spans
/// (so the model decides where a name starts and ends: with or without a title, a sentence opener, a
/// particle), multi-word gazetteer keys, and long forms defined by an acronym in brackets.
pub(crate) fn proposals(doc: &Doc, taken: &[bool]) -> Vec<Proposal> {
    let (lex, text, tokens) = (doc.lex, doc.text, doc.tokens);
    let mut out: Vec<Proposal> = Vec::new();
    let mut at: FnvMap<(usize, usize), usize> = FnvMap::default();
    let mut add = |out: &mut Vec<Proposal>, start: usize, end: usize, source: Source, run| {
        if start >= end || taken[start..end].iter().any(|&t| t) {
            return None;
        }
        if let Some(&k) = at.get(&(start, end)) {
            return Some(k);
        }
        at.insert((start, end), out.len());
        out.push(Proposal {
            span: Span {
                start,
                end,
                source,
                run,
                known: None,
                gaz: ClassSet::default(),
                prior: None,
                cue: false,
            },
            known_canonical: None,
            identity: None,
        });
        Some(out.len() - 1)
    };
    // The curated list.
    let mut known_spans: Vec<(usize, usize, EntityType)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        if let Some(k) = doc
            .phrases
            .known_at(i, text)
            .or_else(|| genitive_known(lex, doc.lang, tokens, i, text))
        {
            let end = i + k.len;
            let (kind, canonical) = river_or_company(doc.phrases, i, end, k.kind, k.canonical);
            known_spans.push((i, end, kind));
            if let Some(p) = add(&mut out, i, end, Source::Known, (i, end)) {
                out[p].span.known = Some(kind);
                out[p].span.prior = Some(kind);
                out[p].known_canonical = Some(canonical);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    // Capitalised runs and their sub-spans.
    let mut splits: Vec<usize> = Vec::new();
    // Places that open a run before a person's name ("Oregon Gov. Kate Brown").
    let mut places: Vec<(usize, usize)> = Vec::new();
    for run in capitalised_runs(doc.phrases, text) {
        // The listed names that overlap the run (they are in text order and apart, so a slice): each
        // question about the run asks only these, which keeps the stage linear in the text's length.
        let lo = known_spans.partition_point(|&(_, b, _)| b <= run.start);
        let hi = known_spans.partition_point(|&(a, _, _)| a < run.end);
        let known_here = &known_spans[lo..hi.max(lo)];
        splits.extend(adjacent_names(doc, known_here, (run.start, run.end)));
        if let Some((j, k)) = place_before_person(doc, known_here, (run.start, run.end)) {
            splits.push(k);
            places.push((j, k));
        }
        let mut s = run.start;
        while s < run.end {
            // Split at money and percentages.
            let mut e = s;
            while e < run.end && !taken[e] {
                e += 1;
            }
            let piece = (s, e);
            let long = e - s > 10;
            for a in s..e {
                if !names::name_like(&tokens[a])
                    || doc.phrases.is(a, Category::Joiner) && !tokens[a].capitalised
                {
                    continue;
                }
                for b in a + 1..=(a + MAX_SPAN).min(e) {
                    if long && b - a > 6 {
                        break;
                    }
                    let last = &tokens[b - 1];
                    if last.kind == Kind::Punct && !(last.is('.') && b - a > 1)
                        || !last.capitalised
                            && last.kind == Kind::Word
                            && doc.phrases.is(b - 1, Category::Joiner)
                    {
                        continue;
                    }
                    // A lone letter is no name ("plan B", "A spokesman").
                    if b - a == 1 && tokens[a].lower.chars().nth(1).is_none() {
                        continue;
                    }
                    add(&mut out, a, b, Source::Run, piece);
                }
                // A particle before a surname after a title: "maréchal de Lattre", "burgemeester van Zanen".
                if a == s && a >= 2 {
                    let j = (1..=2).map(|back| a - back).find(|&j| {
                        doc.phrases
                            .at(j, Category::Joiner)
                            .is_some_and(|h| j + h.len == a)
                            && !tokens[j].capitalised
                    });
                    if let Some(j) = j.filter(|&j| j > 0 && doc.info[j - 1].title) {
                        for b in a + 1..=(a + 3).min(e) {
                            add(&mut out, j, b, Source::Run, (j, e));
                        }
                    }
                }
            }
            // A listed name takes no lower-case words after it ("Airbus gagnant de l'appel
            // d'offres" is Airbus).
            let listed = known_here.iter().any(|&(a, b, _)| (a, b) == (s, e));
            extend(doc, taken, (s, e), !listed, &mut |a, b| {
                add(&mut out, a, b, Source::Run, (a.min(s), b.max(e)));
            });
            s = e + 1;
        }
    }
    // Two names side by side are two mentions: no run span reaches across the point where they meet.
    if !splits.is_empty() {
        crate::sort::sort(&mut splits);
        splits.dedup();
        out.retain(|p| {
            // The first split after the span's start, if any, must not lie before its end.
            let first = splits.partition_point(|&k| k <= p.span.start);
            p.span.source != Source::Run || splits.get(first).is_none_or(|&k| k >= p.span.end)
        });
    }
    // Multi-word gazetteer keys that start with a lower-case or descriptive word: "pays de Galles",
    // "ministerie van Defensie", "Duitse Bondsdag".
    for i in 0..tokens.len() {
        if tokens[i].kind != Kind::Word || taken[i] {
            continue;
        }
        let near = (i + 1..(i + 4).min(tokens.len())).any(|k| tokens[k].capitalised);
        if !near {
            continue;
        }
        if let Some(m) = doc
            .multi_word_keys(i)
            .iter()
            .rev()
            .find(|m| m.len >= 2 && m.hits.identity().is_some())
        {
            if tokens[i + m.len - 1].capitalised || tokens[i].capitalised {
                add(&mut out, i, i + m.len, Source::Gazetteer, (i, i + m.len));
            }
        }
    }
    // Long forms defined by an acronym in brackets: "Agence nationale de la sécurité des systèmes
    // d'information (ANSSI)".
    for p in 1..tokens.len().saturating_sub(2) {
        if !(tokens[p].is('(') && doc.info[p + 1].shape == Shape::Caps && tokens[p + 2].is(')')) {
            continue;
        }
        let acronym = &text[tokens[p + 1].start..tokens[p + 1].end];
        if let Some(j) = definition_start(doc, p, acronym) {
            add(&mut out, j, p, Source::Definition, (j, p));
        }
    }
    // Names whose shape says where they start and end and what they are (`patterns`): no other span
    // cuts them or lies inside them.
    let shaped = shaped_names(doc, taken);
    if !shaped.is_empty() {
        out.retain(|p| {
            let (a, b) = (p.span.start, p.span.end);
            !shaped
                .iter()
                .any(|&(s, e, _)| a < e && s < b && !(a <= s && e <= b && (a, b) != (s, e)))
        });
        for &(start, end, kind) in &shaped {
            out.push(Proposal {
                span: Span {
                    start,
                    end,
                    source: Source::Run,
                    run: (start, end),
                    known: None,
                    gaz: ClassSet::default(),
                    prior: Some(kind),
                    cue: true,
                },
                known_canonical: None,
                identity: None,
            });
        }
    }
    // The gazetteer classes and identity of every span; PER as the prior of a name after a title.
    for prop in &mut out {
        let (a, b) = (prop.span.start, prop.span.end);
        // A particle may open the name: "le général de Castelnau".
        let name_from = (a..b).find(|&k| tokens[k].capitalised).unwrap_or(b);
        let particle = (a..name_from)
            .all(|k| !tokens[k].capitalised && doc.phrases.is(k, Category::Joiner))
            && name_from - a <= 2;
        if prop.span.source == Source::Run
            && prop.span.prior.is_none()
            && b - name_from <= 3
            && name_from < b
            && particle
            && (name_from..b).all(|k| tokens[k].capitalised && !doc.info[k].title)
            && doc.after_title(a)
        {
            prop.span.prior = Some(EntityType::Person);
            prop.span.cue = true;
        }
        // A name before a programme or contract word: "the ORION contract", "het NEP-contract".
        let next = b + usize::from(tokens.get(b).is_some_and(|t| t.is('-') && !t.space_before));
        // … or after one: "le programme ARTÉMIS", "het project Zeewacht".
        let before =
            a > 0 && !tokens[a - 1].capitalised && doc.phrases.is(a - 1, Category::MiscDesignator);
        if prop.span.source == Source::Run
            && prop.span.prior.is_none()
            && (a, b) == prop.span.run
            && b - a <= 3
            && (doc.phrases.is(next, Category::MiscDesignator) || before)
        {
            prop.span.prior = Some(EntityType::Misc);
            prop.span.cue = true;
        }
        // A place that opens a run before a person's name is a place, though it opens a sentence.
        if prop.span.source == Source::Run
            && prop.span.prior.is_none()
            && places.binary_search(&(a, b)).is_ok()
        {
            prop.span.prior = Some(EntityType::Place);
        }
        // A lone surname after a sentence opener: "Aldus Jansen", "Volgens Timmermans".
        if prop.span.source == Source::Run
            && prop.span.prior.is_none()
            && (a, b) == prop.span.run
            && surname_after_opener(doc, a, b)
        {
            prop.span.prior = Some(EntityType::Person);
        }
        // A name that ends with an organisation designator: "Orvalis Bank", "Quantix Inc.".
        let designated = (a + 1..b).any(|k| {
            tokens[k].capitalised
                && (doc.info[k].gaz.has(Class::OrgAfter) || doc.phrases.is(k, Category::Designator))
        });
        if prop.span.source == Source::Run && prop.span.prior.is_none() && designated {
            prop.span.prior = Some(EntityType::Organisation);
        }
        // An acronym opening a sentence is a name ("KLM and Airbus will meet"), though the model
        // learnt that a capitalised sentence opener mostly is not: an organisation unless the model
        // has a better type.
        // So is one that meets another name ("dat KLM Airbus … koos").
        if prop.span.source == Source::Run
            && prop.span.prior.is_none()
            && b - a == 1
            && opening_acronym(doc, a)
            && ((a, b) == prop.span.run && doc.info[a].starts_clause
                || splits.contains(&a)
                || splits.contains(&b))
        {
            prop.span.prior = Some(EntityType::Organisation);
        }
        if b - a == 1 {
            prop.span.gaz = doc.info[a].gaz;
            if prop.span.gaz.iter().any(Class::is_entity) {
                prop.identity = identity(&gazetteer().lookup_key(&gaz_key(&tokens[a].lower)));
            }
        } else if let Some(m) = doc.multi_word_keys(a).iter().find(|m| m.len == b - a) {
            prop.span.gaz = m.hits.classes();
            prop.identity = identity(&m.hits);
        }
    }
    company_word_cues(doc, &mut out);
    out
}

/// A name right after a word that says "company" (lexicon `company_word`: `het bedrijf Randstad`,
/// `le constructeur Renault`, `carmaker Stellantis`; in Dutch also a compound ending in one,
/// `energiebedrijf Vattenfall`, `Uitzendbureau Randstad`) is an organisation, and the word stays out
/// of the span, as a title stays out of a person's name (`../shared/ANNOTATION.md`). The name runs to
/// the end of its capitalised run, holds no title and is no place the gazetteer knows.
fn company_word_cues(doc: &Doc, out: &mut [Proposal]) {
    let tokens = doc.tokens;
    for prop in out.iter_mut() {
        let (a, b) = (prop.span.start, prop.span.end);
        if prop.span.source != Source::Run
            || prop.span.prior.is_some()
            || a == 0
            || b != prop.span.run.1
            || tokens[a].newline_before
            || !(a..b).all(|k| tokens[k].capitalised && !doc.info[k].title)
            || prop.span.gaz.iter().any(Class::is_place)
            || !company_word(doc, a - 1)
            || tokens[a - 1].capitalised && !doc.info[a - 1].starts_clause
        {
            continue;
        }
        prop.span.prior = Some(EntityType::Organisation);
        prop.span.cue = true;
    }
}

/// Whether token `k` is a word for a company (lexicon `company_word`), or a compound ending in one of
/// the lexicon's `company_suffix` words with three letters or more before it (`energiebedrijf`).
fn company_word(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    if t.kind != Kind::Word {
        return false;
    }
    doc.phrases.is(k, Category::CompanyWord)
        || doc
            .lex
            .phrases
            .words(Category::CompanySuffix)
            .iter()
            .any(|w| {
                t.lower
                    .strip_suffix(w.as_str())
                    .is_some_and(|head| head.chars().count() >= 3)
            })
}

/// Whether tokens `a..b` are one word after a sentence opener that is no name (a stop word or a
/// lexicon `opener`, capitalised because it opens the sentence: `Aldus Jansen`, `Volgens Timmermans`,
/// `Selon Dupuis`), a surname of the gazetteer that is no place, institution or demonym and no
/// acronym. Such a word is a person where the model finds no name; a name the model or the lists
/// type otherwise keeps its type (`Volgens Shell`, `Volgens Unilever`).
fn surname_after_opener(doc: &Doc, a: usize, b: usize) -> bool {
    let tokens = doc.tokens;
    if b != a + 1 || a == 0 || tokens[a].newline_before {
        return false;
    }
    let p = a - 1;
    let opener = doc.info[p].starts_clause
        && (doc.lex.stop_words.contains(tokens[p].lower.as_str())
            || doc.phrases.is(p, Category::Opener));
    let gaz = doc.info[a].gaz;
    opener
        && doc.info[a].shape == Shape::Capitalised
        && gaz.has(Class::Surname)
        && !gaz.iter().any(|c| c.is_entity() || c == Class::Demonym)
}

/// The names of [`patterns`] in a text, in order and apart: (first token, one past the last, type).
fn shaped_names(doc: &Doc, taken: &[bool]) -> Vec<(usize, usize, EntityType)> {
    let tokens = doc.tokens;
    let free = |k: usize| k < tokens.len() && !taken[k] && !tokens[k].newline_before;
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        let shaped = patterns::portfolio_list(doc, i, &free)
            .map(|e| (e, EntityType::Organisation))
            .or_else(|| patterns::hyphenated_given_name(doc, i).map(|e| (e, EntityType::Person)))
            .or_else(|| patterns::initials_and_surname(doc, i).map(|e| (e, EntityType::Person)))
            .filter(|&(e, _)| (i..e).all(|k| !taken[k]));
        match shaped {
            Some((end, kind)) => {
                found.push((i, end, kind));
                i = end;
            }
            None => i += 1,
        }
    }
    found
}

/// Whether the word of token `k` is a street name by its suffix: the gazetteer's street suffix, with at
/// least two letters before it, that a lexicon of any language lists as `street_suffix` (`-straat`,
/// `-laan`, `-straße`: a street in any article). The gazetteer's suffixes that also end surnames and
/// institutions (`-hof`: `Gerechtshof`; `-veld`, `-dijk`, `-ring`, `-markt`, `-baan`, `-wal`) are
/// not listed there.
fn street_suffixed(doc: &Doc, k: usize) -> bool {
    let lower = &doc.tokens[k].lower;
    doc.street_suffix(k).is_some_and(|suffix| {
        Lang::ANALYSED.iter().any(|&l| {
            lexicon(l)
                .phrases
                .word(suffix, Category::StreetSuffix)
                .is_some()
        }) && lower
            .strip_suffix(suffix)
            .is_some_and(|s| s.chars().count() >= 2)
    })
}

/// Whether token `k` is a word of two letters or more written in capitals (digits allowed).
fn capitals_only(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    let w = &doc.text[t.start..t.end];
    t.kind == Kind::Word
        && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether token `k` is written in capitals only (`KLM`, `ASML`, `SNCF`: two letters or more, no
/// dot) as an acronym, not as part of a line in capitals (the next word is not in capitals too), not
/// a title, and not a word the text also writes in lower case.
fn opening_acronym(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    capitals_only(doc, k)
        && !doc.info[k].title
        && !doc.written_lower(doc.info[k].word)
        && !doc.lex.stop_words.contains(t.lower.as_str())
        && !doc.tokens.get(k + 1).is_some_and(|n| {
            n.kind == Kind::Word && doc.info[k + 1].shape == Shape::Caps && !n.newline_before
        })
}

/// Where two names meet inside the capitalised run `(s, e)`: token indices `k` such that a name
/// ends at `k` and another starts there, as in a Dutch clause that ends in its verb (`dat KLM Airbus
/// tot winnaar koos`, `toen Rusland Oekraïne binnenviel`) or a headline (`KLM Airbus deal`). A name
/// here is a name of the curated list (`known`: token range and type) or an acronym; an acronym
/// only meets a listed organisation (`AC Milan`, `PSV Eindhoven`, `ING Nederland`: one name) and
/// never a legal form (`Philips NV`). No point lies inside a listed name.
fn adjacent_names(
    doc: &Doc,
    known: &[(usize, usize, EntityType)],
    (s, e): (usize, usize),
) -> Vec<usize> {
    let acronym = |k: usize| {
        opening_acronym(doc, k)
            && !doc.info[k].gaz.has(Class::OrgAfter)
            && !doc.phrases.is(k, Category::Designator)
    };
    // Inside a listed name, or inside a gazetteer name of a place or an institution ("US Supreme
    // Court").
    let inside = |k: usize| {
        known.iter().any(|&(a, b, _)| a < k && k < b)
            || (s..k).any(|j| {
                doc.multi_word_keys(j)
                    .iter()
                    .any(|m| j + m.len > k && j + m.len <= e && m.hits.identity().is_some())
            })
    };
    let mut out = Vec::new();
    for k in s + 1..e {
        let left = known
            .iter()
            .find(|&&(a, b, _)| b == k && a >= s)
            .map(|&(_, _, kind)| kind);
        let right = known
            .iter()
            .find(|&&(a, b, _)| a == k && b <= e)
            .map(|&(_, _, kind)| kind);
        let organisation = |kind: Option<EntityType>| kind == Some(EntityType::Organisation);
        let meet = match (left, right) {
            (Some(_), Some(_)) => true,
            (None, r) => acronym(k - 1) && organisation(r),
            (l, None) => organisation(l) && acronym(k) && doc.tokens[k].lower.len() >= 3,
        };
        if meet && !inside(k) {
            out.push(k);
        }
    }
    out
}

/// Where a place that opens the capitalised run `(s, e)` meets a person's name or title written right
/// after it with no punctuation (`Oregon Gov. Kate Brown`, `Washington Governor Jay Inslee`,
/// `Rotterdam Ahmed Aboutaleb`): the place is a name of the curated list typed LOC or a gazetteer key
/// of a place, from `j` to `k` (the first such place of the run); at `k` a title starts, or a given name followed by another capitalised
/// word of the run. Not inside a name the lists know as a whole (`Paris Hilton` is no place and a
/// surname; `Washington Irving` has no word after the given name). Returns `(j, k)`.
fn place_before_person(
    doc: &Doc,
    known: &[(usize, usize, EntityType)],
    (s, e): (usize, usize),
) -> Option<(usize, usize)> {
    (s..e).find_map(|j| place_at(doc, known, j, (s, e)).map(|k| (j, k)))
}

/// [`place_before_person`] for a place that starts at token `j` of the run `(s, e)`: where it ends.
fn place_at(
    doc: &Doc,
    known: &[(usize, usize, EntityType)],
    j: usize,
    (s, e): (usize, usize),
) -> Option<usize> {
    let tokens = doc.tokens;
    let k = known
        .iter()
        .find(|&&(a, _, kind)| a == j && kind == EntityType::Place)
        .map(|&(_, b, _)| b)
        .or_else(|| {
            doc.multi_word_keys(j)
                .iter()
                .rev()
                .find(|m| m.len >= 2 && m.hits.classes().iter().any(Class::is_place))
                .map(|m| j + m.len)
        })
        .or_else(|| doc.info[j].gaz.iter().any(Class::is_place).then_some(j + 1))?;
    if k >= e || !tokens[k].capitalised {
        return None;
    }
    let person = doc.info[k].title
        || doc.info[k].gaz.has(Class::GivenName)
            && k + 1 < e
            && tokens[k + 1].kind == Kind::Word
            && tokens[k + 1].capitalised
            && !doc.info[k + 1].title;
    // No listed name or gazetteer name reaches across `k`.
    let across = known.iter().any(|&(a, b, _)| a < k && k < b)
        || (s..k).any(|j| {
            doc.multi_word_keys(j)
                .iter()
                .any(|m| j + m.len > k && j + m.len <= e && m.hits.identity().is_some())
        });
    (person && !across).then_some(k)
}

/// Spans that reach beyond a capitalised run `(s, e)`, given to `add` as token ranges:
/// - in French and Dutch, lower-case words after it, joiners inside (`Parti socialiste`, `Cour de
///   cassation`, `Kamer van volksvertegenwoordigers`): up to four words, unless `lower_after` is false;
/// - a lower-case designator before it, joiners between (`ministère de l'Intérieur`, `rue des Martyrs`,
///   `université de Lille`): a street word or organisation designator of the gazetteer or the lexicon;
/// - a number after it (`Ariane 6`, `Euro 2024`, `Top 14`).
fn extend(
    doc: &Doc,
    taken: &[bool],
    (s, e): (usize, usize),
    lower_after: bool,
    add: &mut dyn FnMut(usize, usize),
) {
    let tokens = doc.tokens;
    let lex = doc.lex;
    let free = |k: usize| k < tokens.len() && !taken[k] && !tokens[k].newline_before;
    let lower_word = |k: usize| free(k) && tokens[k].kind == Kind::Word && !tokens[k].capitalised;
    // Lower-case words after the run.
    let mut k = e;
    let mut words = 0;
    // English writes its names' words in capitals; French and Dutch often only the first.
    while lower_after && doc.lang != Lang::En && words < 4 && lower_word(k) {
        let joiner = doc.phrases.at(k, Category::Joiner);
        if let Some(hit) = joiner {
            k += hit.len;
            if free(k) && tokens[k].is('\'') {
                k += 1;
            }
            continue;
        }
        if lex.stop_words.contains(tokens[k].lower.as_str()) {
            break;
        }
        k += 1;
        words += 1;
        for a in (s..e).filter(|&a| names::name_like(&tokens[a])).take(3) {
            add(a, k);
        }
    }
    // A lower-case designator before the run.
    let mut j = s;
    while j > 0 {
        let hit = (1..=2.min(j)).find(|&back| {
            doc.phrases
                .at(j - back, Category::Joiner)
                .is_some_and(|h| j - back + h.len == j)
                && !tokens[j - back].capitalised
        });
        match hit {
            Some(back) => j -= back,
            None if j > 0 && tokens[j - 1].is('\'') => j -= 1,
            None => break,
        }
        if s - j > 4 {
            return;
        }
    }
    if j > 0 && lower_word(j - 1) && free(j) {
        let d = j - 1;
        let gaz = features::word_classes(&tokens[d].lower);
        let designator = gaz.has(Class::StreetBefore)
            || gaz.has(Class::OrgBefore)
            || doc.phrases.is(d, Category::Designator)
            || doc.phrases.is(d, Category::PlaceDesignator);
        if designator {
            for b in s + 1..=(s + 4).min(e) {
                add(d, b);
            }
        }
    }
    // A number after the run.
    if free(e)
        && tokens[e].kind == Kind::Number
        && tokens[e].space_before
        && !tokens
            .get(e + 1)
            .is_some_and(|n| !n.space_before && (n.is(',') || n.is('.') || n.kind == Kind::Number))
        && !tokens.get(e + 1).is_some_and(|n| n.kind == Kind::Number)
    {
        for a in (s..e).filter(|&a| names::name_like(&tokens[a])).take(3) {
            add(a, e + 1);
        }
    }
}

/// The entity a gazetteer key names, in the order institution, country, area, city, region: a city
/// before the province or county of the same name (`Anvers`, `Utrecht`: the city), as news mostly means.
fn identity(hits: &crate::analysis::gazetteer::Hits) -> Option<EntityId> {
    [
        Class::Institution,
        Class::Country,
        Class::Area,
        Class::City,
        Class::Region,
    ]
    .into_iter()
    .find_map(|c| hits.entity(c))
}

fn gaz_key(lower: &str) -> String {
    let mut k = String::with_capacity(lower.len());
    crate::analysis::gazetteer::key::fold_word(lower, &mut k);
    k
}

/// Where the long form of `acronym` (in brackets at token `paren`) starts: the capitalised word from
/// which the initials of the content words up to the bracket spell the acronym.
fn definition_start(doc: &Doc, paren: usize, acronym: &str) -> Option<usize> {
    let tokens = doc.tokens;
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 {
        return None;
    }
    let mut initials: Vec<char> = Vec::new();
    let mut j = paren;
    let mut best = None;
    while j > 0 && paren - j < 14 {
        j -= 1;
        let t = &tokens[j];
        if t.kind != Kind::Word {
            if t.is('\'') || t.is('-') {
                continue;
            }
            break;
        }
        let elided = tokens.get(j + 1).is_some_and(|n| n.is('\''));
        let function = !t.capitalised
            && (elided
                || doc.lex.stop_words.contains(t.lower.as_str())
                || t.lower.chars().count() <= 2);
        if !function {
            let c = doc.text[t.start..].chars().next()?;
            initials.insert(0, c.to_uppercase().next()?);
        }
        if initials.len() > letters.len() {
            break;
        }
        if t.capitalised && initials == letters {
            best = Some(j);
        }
    }
    best
}

/// Finds the entity mentions of a text, in order, with canonical names resolved within the text.
pub fn extract_entities(text: &str, lang: Lang) -> Vec<EntityMention> {
    let tokens = tokenize(text);
    extract_in(text, &Phrases::new(lexicon(lang), &tokens), lang)
}

/// [`extract_entities`] on a text already read: its tokens looked up in the language's lexicon.
pub fn extract_in(text: &str, p: &Phrases, lang: Lang) -> Vec<EntityMention> {
    let tokens = p.tokens;
    let (mut found, taken) = amounts(p, lang);
    let doc = Doc::new(text, lang, p);
    let props = proposals(&doc, &taken);
    let model = model::model();
    let mut features = Vec::with_capacity(64);
    // Each proposal's best type and the margin of its score over "no entity".
    let mut scored: Vec<(f64, usize, [i32; 4])> = Vec::with_capacity(props.len());
    for prop in &props {
        features.clear();
        span_features(&doc, &prop.span, &mut features);
        let s = model.scores(&features);
        let mut votes = [
            s[0] - s[NONE],
            s[1] - s[NONE],
            s[2] - s[NONE],
            s[3] - s[NONE],
        ];
        let (mut margin, mut class) = choice(&s.map(f64::from), prop.span.prior, prop.span.cue);
        // A name that ends in a street suffix is a street ("Johan de Wittlaan", "Kerkstraat"):
        // a place, whatever its first words look like.
        let last = &tokens[prop.span.end - 1];
        if class < NONE
            && class != 2
            && prop.span.source == Source::Run
            && prop.span.known.is_none()
            && last.kind == Kind::Word
            && last.capitalised
            && street_suffixed(&doc, prop.span.end - 1)
        {
            class = 2;
            // Decided by rule: weighs like strong evidence in the vote for the identity's type.
            votes[class] = votes[class].max(1000);
        }
        // An acronym no list or gazetteer knows as a place is no place ("KLM", "ASML"): places
        // written in capitals are listed ("US", "UK", "VS", "RDC").
        if class == 2
            && prop.span.end - prop.span.start == 1
            && prop.span.known.is_none()
            && !prop.span.gaz.iter().any(Class::is_place)
            && capitals_only(&doc, prop.span.start)
        {
            class = 1;
            margin = margin.max(f64::from(s[1] - s[NONE]));
            votes[class] = votes[class].max(1000);
        }
        if prop.span.cue
            && (!tokens[prop.span.start].capitalised
                || prop.span.prior == Some(EntityType::Organisation))
        {
            // "le général de Castelnau": the title and the particle say person, over any reading of
            // the name alone; "ministerie van Landbouw, Natuur en Voedselkwaliteit" is one
            // organisation, over any reading of its portfolios alone.
            margin += 200.0;
        }
        scored.push((margin, class, votes));
    }
    let spans: Vec<(usize, usize, f64)> = props
        .iter()
        .zip(&scored)
        .map(|(p, s)| (p.span.start, p.span.end, s.0))
        .collect();
    let mut used = taken;
    for k in segment(tokens.len(), &spans) {
        let prop = &props[k];
        let (_, class, mut votes) = scored[k];
        if prop.span.cue && class < NONE {
            // A cue's type weighs like strong evidence in the vote for the identity's type.
            votes[class] = votes[class].max(1000);
        }
        let (a, b) = (prop.span.start, prop.span.end);
        used[a..b].iter_mut().for_each(|u| *u = true);
        let kind = model::CLASSES[class].unwrap_or(EntityType::Organisation);
        found.push(Candidate {
            start: a,
            end: b,
            kind,
            votes,
            canonical: canonical_of(&doc, prop, kind),
            value: None,
            modifier: None,
        });
    }
    // A lone given name or surname of a person the text names in full, where the model saw no name
    // ("Jacinda" after "Jacinda Ardern", at the start of a sentence).
    let people: FnvSet<&str> = found
        .iter()
        .filter(|c| c.kind == EntityType::Person && c.end - c.start >= 2)
        .flat_map(|c| {
            [
                tokens[c.start].lower.as_str(),
                tokens[c.end - 1].lower.as_str(),
            ]
        })
        .collect();
    if !people.is_empty() {
        for (prop, (_, _, votes)) in props.iter().zip(&scored) {
            let span = &prop.span;
            // The name alone in its run, or after a sentence opener ("Afterwards Tarquin").
            let alone = span.run == (span.start, span.end)
                || span.start > 0
                    && span.run == (span.start - 1, span.end)
                    && doc.info[span.run.0].starts_clause;
            if span.end - span.start == 1
                && !used[span.start]
                && span.source == Source::Run
                && alone
                && people.contains(tokens[span.start].lower.as_str())
            {
                used[span.start] = true;
                found.push(Candidate {
                    start: span.start,
                    end: span.end,
                    kind: EntityType::Person,
                    votes: *votes,
                    canonical: None,
                    value: None,
                    modifier: None,
                });
            }
        }
    }
    // One reading per name in an article: a whole capitalised run written exactly as a name found
    // elsewhere in the text is that name again, where the model was unsure ("Analysts said Vertania
    // hired" after "Vertania grew").
    let surface_of = |a: usize, b: usize| &text[tokens[a].start..tokens[b - 1].end];
    let named: FnvMap<&str, EntityType> = found
        .iter()
        .filter(|c| !matches!(c.kind, EntityType::Money | EntityType::Percent))
        .map(|c| (surface_of(c.start, c.end), c.kind))
        .collect();
    if !named.is_empty() {
        for (prop, (_, _, votes)) in props.iter().zip(&scored) {
            let span = &prop.span;
            if span.source != Source::Run
                || span.run != (span.start, span.end)
                || used[span.start..span.end].iter().any(|&u| u)
            {
                continue;
            }
            if let Some(&kind) = named.get(surface_of(span.start, span.end)) {
                used[span.start..span.end]
                    .iter_mut()
                    .for_each(|u| *u = true);
                found.push(Candidate {
                    start: span.start,
                    end: span.end,
                    kind,
                    votes: *votes,
                    canonical: canonical_of(&doc, prop, kind),
                    value: None,
                    modifier: None,
                });
            }
        }
    }
    // A sentence opener glued to a person's name ("Afterwards Tarquin"): the name alone, when the words
    // after the opener belong to another person mention and the opener to none.
    if !people.is_empty() {
        let mut in_people: FnvMap<&str, usize> = FnvMap::default();
        for c in found.iter().filter(|c| c.kind == EntityType::Person) {
            for t in &tokens[c.start..c.end] {
                *in_people.entry(t.lower.as_str()).or_default() += 1;
            }
        }
        let elsewhere = |c: &Candidate, k: usize| {
            let own = (c.start..c.end)
                .filter(|&j| tokens[j].lower == tokens[k].lower)
                .count();
            in_people
                .get(tokens[k].lower.as_str())
                .copied()
                .unwrap_or(0)
                > own
        };
        let trims: Vec<usize> = found
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.kind == EntityType::Person
                    && c.end - c.start >= 2
                    && doc.info[c.start].starts_clause
                    && !elsewhere(c, c.start)
                    && (c.start + 1..c.end).all(|k| elsewhere(c, k))
            })
            .map(|(i, _)| i)
            .collect();
        for i in trims {
            let c = &mut found[i];
            {
                c.start += 1;
                c.canonical = None;
            }
        }
    }
    crate::sort::sort_by_key(&mut found, |c| c.start);
    // "Radwerk AG": the name as written, without its legal form, is the canonical name.
    for c in found.iter_mut() {
        if c.canonical.is_none() && !matches!(c.kind, EntityType::Money | EntityType::Percent) {
            if let Some(cut) = legal_form::name_end(p, c.start, c.end) {
                c.canonical = Some(text[tokens[c.start].start..tokens[cut - 1].end].to_string());
            }
        }
    }

    resolve_in_document(&doc, &mut found);

    found
        .into_iter()
        .map(|c| {
            let (start, end) = (tokens[c.start].start, tokens[c.end - 1].end);
            EntityMention {
                text: text[start..end].to_string(),
                start,
                end,
                kind: c.kind,
                canonical: c.canonical.unwrap_or_else(|| text[start..end].to_string()),
                value: c.value,
                modifier: c.modifier,
            }
        })
        .collect()
}

/// A proposal's best type (index into [`model::CLASSES`]) and the margin of its score over "no
/// entity". A span with a prior type (a name of the curated list, a name after a title) keeps it when
/// the model has nothing better (margin 1: any overlapping span the model likes wins); a `cue` prior
/// always decides the type.
pub(crate) fn choice(scores: &[f64; 5], prior: Option<EntityType>, cue: bool) -> (f64, usize) {
    let class = (0..4)
        .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
        .unwrap_or(0);
    let margin = scores[class] - scores[NONE];
    match prior.and_then(model::class_index) {
        Some(k) if cue => ((scores[k] - scores[NONE]).max(1.0), k),
        Some(k) if margin <= 0.0 => (1.0, k),
        _ => (margin, class),
    }
}

/// The best set of non-overlapping spans: the one whose margins add up to most (a dynamic programme
/// over token positions; spans with no positive margin are never chosen). `spans` are (first token,
/// one past the last, margin) within `0..n`; returns their indices in text order.
pub(crate) fn segment(n: usize, spans: &[(usize, usize, f64)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..spans.len()).filter(|&k| spans[k].2 > 0.0).collect();
    crate::sort::sort_by_key(&mut order, |&k| (spans[k].1, spans[k].0));
    let mut best = vec![0.0f64; n + 1];
    let mut back: Vec<Option<usize>> = vec![None; n + 1];
    let mut next = 0;
    for t in 1..=n {
        best[t] = best[t - 1];
        while next < order.len() && spans[order[next]].1 == t {
            let (a, _, m) = spans[order[next]];
            if best[a] + m > best[t] {
                best[t] = best[a] + m;
                back[t] = Some(order[next]);
            }
            next += 1;
        }
    }
    let mut chosen = Vec::new();
    let mut t = n;
    while t > 0 {
        match back[t] {
            Some(k) => {
                chosen.push(k);
                t = spans[k].0;
            }
            None => t -= 1,
        }
    }
    chosen.reverse();
    chosen
}

/// The canonical name of a chosen span: the curated list's, or the gazetteer's when the span names a
/// place (typed LOC) or an institution (typed ORG); an organisation's as the demonym beside it allows
/// ([`qualified::settle`]: the Italian Senate is not the US Senate).
fn canonical_of(doc: &Doc, prop: &Proposal, kind: EntityType) -> Option<String> {
    let canonical = if let Some(c) = &prop.known_canonical {
        Some(c.clone())
    } else {
        prop.identity.and_then(|id| {
            let g = gazetteer();
            let fits = match g.class(id) {
                Class::Institution => kind == EntityType::Organisation,
                c => c.is_place() && kind == EntityType::Place,
            };
            fits.then(|| g.canonical(id).to_string())
        })
    };
    if kind == EntityType::Organisation {
        qualified::settle(doc, prop.span.start, prop.span.end, canonical)
    } else {
        canonical
    }
}

/// The labelled candidate spans of one annotated text, for training: each with its features, token
/// range, the curated list's type, and its class index ([`model::CLASSES`]: the gold type when a gold
/// mention has exactly this span, else no entity). `gold` holds byte spans and types.
pub fn training_examples(
    text: &str,
    lang: Lang,
    gold: &[(usize, usize, EntityType)],
) -> train::Document {
    let lex = lexicon(lang);
    let tokens = tokenize(text);
    let phrases = Phrases::new(lex, &tokens);
    let (_, taken) = amounts(&phrases, lang);
    let doc = Doc::new(text, lang, &phrases);
    let by_span: FnvMap<(usize, usize), EntityType> =
        gold.iter().map(|&(s, e, k)| ((s, e), k)).collect();
    let spans: Vec<train::Example> = proposals(&doc, &taken)
        .into_iter()
        .map(|prop| {
            let (a, b) = (prop.span.start, prop.span.end);
            let label = by_span
                .get(&(tokens[a].start, tokens[b - 1].end))
                .and_then(|&k| model::class_index(k))
                .unwrap_or(NONE);
            let mut features = Vec::new();
            span_features(&doc, &prop.span, &mut features);
            train::Example {
                features,
                start: a,
                end: b,
                prior: prop.span.prior,
                cue: prop.span.cue,
                label,
            }
        })
        .collect();
    let candidates: FnvSet<(usize, usize)> = spans
        .iter()
        .map(|e: &train::Example| (tokens[e.start].start, tokens[e.end - 1].end))
        .collect();
    let uncovered = gold
        .iter()
        .filter(|g| !matches!(g.2, EntityType::Money | EntityType::Percent))
        .map(|g| (g.0, g.1))
        .filter(|g| !candidates.contains(g))
        .collect();
    train::Document {
        tokens: tokens.len(),
        spans,
        uncovered,
    }
}

/// `Amazon` the company, unless the text speaks of the river or the forest.
fn river_or_company(
    p: &Phrases,
    start: usize,
    end: usize,
    kind: EntityType,
    canonical: String,
) -> (EntityType, String) {
    if kind != EntityType::Organisation {
        return (kind, canonical);
    }
    let near = (start.saturating_sub(2)..(end + 2).min(p.tokens.len()))
        .any(|k| (k < start || k >= end) && p.is(k, Category::RiverCue));
    if near {
        (EntityType::Place, format!("{canonical} (river)"))
    } else {
        (kind, canonical)
    }
}

/// The text of candidate `c` as written.
fn written<'t>(text: &'t str, tokens: &[Token], c: &Candidate) -> &'t str {
    &text[tokens[c.start].start..tokens[c.end - 1].end]
}

/// Within one document: acronyms linked to expansions, short forms to the fullest form, and a type
/// decided once per identity.
fn resolve_in_document(doc: &Doc, found: &mut [Candidate]) {
    let (lex, text, tokens) = (doc.lex, doc.text, doc.tokens);
    // A candidate as written: a slice of the text, never a new string per question.
    let surface = |c: &Candidate| written(text, tokens, c);
    // Acronym definitions: "Amazon Web Services (AWS)", "JEDI (Joint Enterprise Defense Infrastructure)",
    // "Joint Enterprise Defense Infrastructure (afgekort JEDI)".
    // Only candidates that end at most 3 tokens before a one-token acronym, or start at most 2 after
    // it, can define it: look those up by token position (candidates come in order of their start;
    // an index by end is made when the text has an acronym) instead of pairing every candidate with
    // every other. When several define the same acronym, the last candidate in text order wins.
    let between = |x: usize, y: usize| {
        (x..y).all(|k| {
            tokens[k].is('(')
                || tokens[k].is(')')
                || tokens[k].is(',')
                || tokens[k].kind == Kind::Word && !tokens[k].capitalised
        })
    };
    debug_assert!(found.windows(2).all(|w| w[0].start <= w[1].start));
    let mut by_end: Vec<(usize, usize)> = Vec::new();
    let mut expansions: HashMap<&str, usize> = HashMap::new();
    for (b, short) in found.iter().enumerate() {
        if short.end - short.start != 1 || !acronym_like(text, &tokens[short.start]) {
            continue;
        }
        if by_end.is_empty() {
            by_end = found.iter().enumerate().map(|(a, c)| (c.end, a)).collect();
            crate::sort::sort(&mut by_end);
        }
        let ends = short.start.saturating_sub(3)..=short.start;
        let from = by_end.partition_point(|&(end, _)| end < *ends.start());
        let before = by_end[from..]
            .iter()
            .take_while(|&&(end, _)| end <= *ends.end())
            .map(|&(_, a)| a)
            .filter(|&a| between(found[a].end, short.start));
        let starts = short.end..=short.end + 2;
        let from = found.partition_point(|c| c.start < *starts.start());
        let after = (from..found.len())
            .take_while(|&a| found[a].start <= *starts.end())
            .filter(|&a| between(short.end, found[a].start));
        for a in before.chain(after) {
            let long = &found[a];
            let spelled = initials(text, tokens, long) == surface(short)
                || definition_start(doc, long.end, surface(short)) == Some(long.start)
                    && tokens.get(long.end).is_some_and(|t| t.is('('));
            if a != b && spelled {
                let e = expansions.entry(surface(short)).or_insert(a);
                *e = (*e).max(a);
            }
        }
    }
    for c in 0..found.len() {
        if let Some(&e) = expansions.get(surface(&found[c])) {
            let canonical = {
                let long = &found[e];
                long.canonical
                    .clone()
                    .unwrap_or_else(|| surface(long).to_string())
            };
            let c = &mut found[c];
            if c.canonical.is_none() {
                // The type is the identity's: decided below, by the votes of all its mentions.
                c.canonical = Some(canonical);
            }
        }
    }
    // Short forms: a person's surname, or a Dutch genitive "Microsofts", to the fullest form.
    // Looked up by surname and by lower-cased surface; the first in text order wins.
    let mut people: HashMap<String, String> = HashMap::new();
    for c in found
        .iter()
        .filter(|c| c.kind == EntityType::Person && c.end - c.start >= 2)
    {
        let full = c
            .canonical
            .clone()
            .unwrap_or_else(|| surface(c).to_string());
        people
            .entry(tokens[c.end - 1].lower.clone())
            .or_insert_with(|| full.clone());
        people.entry(tokens[c.start].lower.clone()).or_insert(full);
    }
    let mut known: HashMap<String, (String, EntityType)> = HashMap::new();
    for c in found.iter() {
        if let Some(canonical) = &c.canonical {
            known
                .entry(surface(c).to_lowercase())
                .or_insert_with(|| (canonical.clone(), c.kind));
        }
    }
    for c in found.iter_mut() {
        if c.canonical.is_some() || c.end - c.start != 1 {
            continue;
        }
        if let Some(full) = people.get(&tokens[c.start].lower) {
            c.canonical = Some(full.clone());
            c.kind = EntityType::Person;
            continue;
        }
        if let Some(stem) = surface(c).strip_suffix('s') {
            if let Some((canon, kind)) = known.get(&stem.to_lowercase()) {
                c.canonical = Some(canon.clone());
                c.kind = *kind;
            }
        }
    }
    // One type per identity: the votes of its mentions added up.
    let mut votes: HashMap<String, [i32; 4]> = HashMap::new();
    for c in found.iter() {
        if matches!(c.kind, EntityType::Money | EntityType::Percent) {
            continue;
        }
        let key = c
            .canonical
            .clone()
            .unwrap_or_else(|| surface(c).to_string());
        let entry = votes.entry(key).or_insert([0; 4]);
        let own = model::class_index(c.kind).unwrap_or(0);
        for (k, vote) in entry.iter_mut().enumerate() {
            // A mention's own type keeps at least a small positive vote.
            *vote += if k == own {
                c.votes[k].max(1)
            } else {
                c.votes[k].min(c.votes[own])
            };
        }
    }
    for c in found.iter_mut() {
        if matches!(c.kind, EntityType::Money | EntityType::Percent) {
            continue;
        }
        let key = c
            .canonical
            .clone()
            .unwrap_or_else(|| surface(c).to_string());
        if let Some(v) = votes.get(&key) {
            let best = (0..4)
                .max_by_key(|&k| (v[k], std::cmp::Reverse(k)))
                .unwrap_or(0);
            c.kind = model::CLASSES[best].unwrap_or(c.kind);
        }
        if c.canonical.is_none() {
            c.canonical = Some(key.clone());
        }
        if let Some(kind) = lex.gazetteer.kind_of_canonical(&key) {
            c.kind = kind;
        }
    }
}

/// The initials of a multi-word name's capitalised words: "Amazon Web Services" → "AWS".
fn initials(text: &str, tokens: &[Token], c: &Candidate) -> String {
    (c.start..c.end)
        .filter(|&k| tokens[k].kind == Kind::Word && tokens[k].capitalised)
        .filter_map(|k| text[tokens[k].start..].chars().next())
        .collect()
}

/// Dutch genitive: "Microsofts" is Microsoft's, when the stem is a known name.
fn genitive_known(
    lex: &Lexicon,
    lang: Lang,
    tokens: &[Token],
    i: usize,
    text: &str,
) -> Option<Known> {
    let t = tokens.get(i)?;
    if lang != Lang::Nl || !t.capitalised || t.kind != Kind::Word {
        return None;
    }
    let stem = text[t.start..t.end].strip_suffix('s')?;
    let stem_tokens = tokenize(stem);
    lex.gazetteer
        .known_at(&stem_tokens, 0, stem)
        .filter(|k| k.len == 1 && stem_tokens.len() == 1)
}

/// Every candidate span of a text with its score per class ([`model::CLASSES`] order), for inspecting
/// the model (`cargo run --example ner_scores`).
#[doc(hidden)]
pub fn candidate_scores(text: &str, lang: Lang) -> Vec<(String, [i32; 5])> {
    let lex = lexicon(lang);
    let tokens = tokenize(text);
    let phrases = Phrases::new(lex, &tokens);
    let (_, taken) = amounts(&phrases, lang);
    let doc = Doc::new(text, lang, &phrases);
    let mut f = Vec::new();
    proposals(&doc, &taken)
        .iter()
        .map(|p| {
            f.clear();
            span_features(&doc, &p.span, &mut f);
            let s = &p.span;
            (
                text[tokens[s.start].start..tokens[s.end - 1].end].to_string(),
                model::model().scores(&f),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_takes_the_full_name_said_before() {
        use crate::analysis::language::Lang;
        use crate::analysis::mention::EntityType;
        let found = extract_entities(
            "Volgens president Donald Trump wint Microsoft. Trump zweeg.",
            Lang::Nl,
        );
        let trump: Vec<_> = found
            .iter()
            .filter(|e| e.canonical == "Donald Trump")
            .collect();
        assert_eq!(trump.len(), 2);
        assert_eq!(trump[0].kind, EntityType::Person);
    }
}
