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
pub mod money;
pub mod names;

use crate::analysis::language::Lang;
use crate::analysis::lexicon::fnv::FnvSet;
use crate::analysis::lexicon::gazetteer::Known;
use crate::analysis::lexicon::{given_names, lexicon, Category, Lexicon, Phrases};
use crate::analysis::mention::{EntityMention, EntityType};
use crate::analysis::text::sentences::starts_clause;
use crate::analysis::text::tokens::{tokenize, Kind, Token};
use money::money_or_percent_at;
use names::{acronym_like, capitalised_runs, Run};
use std::collections::HashMap;

/// How sure a type is: gazetteer and explicit evidence beat defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Evidence {
    Default,
    Cue,
    Known,
}

#[derive(Clone, Debug)]
struct Candidate {
    start: usize,
    end: usize,
    kind: EntityType,
    evidence: Evidence,
    canonical: Option<String>,
    value: Option<String>,
    modifier: Option<&'static str>,
}

/// Finds the entity mentions of a text, in order, with canonical names resolved within the text.
pub fn extract_entities(text: &str, lang: Lang) -> Vec<EntityMention> {
    let lex = lexicon(lang);
    let tokens = tokenize(text);
    let mut taken = vec![false; tokens.len()];
    let mut found: Vec<Candidate> = Vec::new();

    // 1. Money and percentages.
    let numbers = Phrases::new(&lex.phrases, &tokens);
    let mut i = 0;
    while i < tokens.len() {
        if let Some(a) = money_or_percent_at(lex, lang, &numbers, i) {
            taken[a.start..a.start + a.len]
                .iter_mut()
                .for_each(|t| *t = true);
            found.push(Candidate {
                start: a.start,
                end: a.start + a.len,
                kind: a.kind,
                evidence: Evidence::Known,
                canonical: Some(a.value.clone()),
                value: Some(a.value),
                modifier: a.modifier,
            });
            i += a.len;
        } else {
            i += 1;
        }
    }

    // 2. Known names (gazetteer), longest first.
    let mut i = 0;
    while i < tokens.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        if let Some(k) = lex
            .gazetteer
            .known_at(&tokens, i, text)
            .or_else(|| genitive_known(lex, lang, &tokens, i, text))
        {
            // Extend a known name with following capitalised words that the run logic would join
            // ("Washington Post" is known; "Amazon Web Services" too): the gazetteer is longest-first.
            let end = i + k.len;
            let (kind, canonical) = river_or_company(lex, &tokens, i, end, k.kind, k.canonical);
            taken[i..end].iter_mut().for_each(|t| *t = true);
            found.push(Candidate {
                start: i,
                end,
                kind,
                evidence: Evidence::Known,
                canonical: Some(canonical),
                value: None,
                modifier: None,
            });
            i = end;
        } else {
            i += 1;
        }
    }

    // 3. Capitalised runs that no list holds.
    let usage = std::cell::OnceCell::new();
    for run in capitalised_runs(lex, text, &tokens) {
        let Some(run) = trim_run(lex, text, &tokens, &taken, &usage, run) else {
            continue;
        };
        taken[run.start..run.end].iter_mut().for_each(|t| *t = true);
        let (kind, evidence) = type_from_evidence(lex, text, &tokens, &run);
        found.push(Candidate {
            start: run.start,
            end: run.end,
            kind,
            evidence,
            canonical: None,
            value: None,
            modifier: None,
        });
    }
    found.sort_by_key(|c| c.start);

    resolve_in_document(lex, text, &tokens, &mut found);

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

/// `Amazon` the company, unless the text speaks of the river or the forest.
fn river_or_company(
    lex: &Lexicon,
    tokens: &[Token],
    start: usize,
    end: usize,
    kind: EntityType,
    canonical: String,
) -> (EntityType, String) {
    if kind != EntityType::Organisation {
        return (kind, canonical);
    }
    let near = (start.saturating_sub(2)..(end + 2).min(tokens.len()))
        .any(|k| (k < start || k >= end) && lex.phrases.is(tokens, k, Category::RiverCue));
    if near {
        (EntityType::Place, format!("{canonical} (river)"))
    } else {
        (kind, canonical)
    }
}

/// How a text writes its words: those it writes in lower case somewhere, and those it capitalises
/// somewhere other than at the start of a sentence. Gathered once per text, when the first
/// sentence-initial run asks.
struct WordUse<'t> {
    lower: FnvSet<&'t str>,
    capitalised_mid_sentence: FnvSet<&'t str>,
}

impl<'t> WordUse<'t> {
    fn of(tokens: &'t [Token]) -> WordUse<'t> {
        let mut usage = WordUse {
            lower: FnvSet::default(),
            capitalised_mid_sentence: FnvSet::default(),
        };
        // Only words are ever asked about.
        for (k, t) in tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == Kind::Word)
        {
            if !t.capitalised {
                usage.lower.insert(&t.lower);
            } else if !starts_clause(tokens, k) {
                usage.capitalised_mid_sentence.insert(&t.lower);
            }
        }
        usage
    }
}

/// Trims a capitalised run: drops words already taken, titles at its start, a sentence-initial word
/// that is not evidently a name, possessive endings; `None` when nothing is left. `usage` is the text's
/// [`WordUse`], filled on first need.
fn trim_run<'t>(
    lex: &Lexicon,
    text: &str,
    tokens: &'t [Token],
    taken: &[bool],
    usage: &std::cell::OnceCell<WordUse<'t>>,
    run: Run,
) -> Option<Run> {
    let mut start = run.start;
    let mut end = run.end;
    while start < end
        && (taken[start]
            || lex.phrases.is(tokens, start, Category::Title)
            || lex.phrases.is(tokens, start, Category::Joiner)
            || !names::name_like(&tokens[start]))
    {
        start += 1;
    }
    if let Some(p) = (start..end).find(|&k| taken[k]) {
        end = p;
    }
    while end > start && lex.phrases.is(tokens, end - 1, Category::Joiner) {
        end -= 1;
    }
    if start >= end {
        return None;
    }
    if starts_clause(tokens, start) && !acronym_like(text, &tokens[start]) {
        let word = tokens[start].lower.as_str();
        let usage = usage.get_or_init(|| WordUse::of(tokens));
        let lower_elsewhere = usage.lower.contains(word);
        // Token `start` itself starts a sentence, so it is never among these.
        let capital_elsewhere = usage.capitalised_mid_sentence.contains(word);
        let given = given_names().contains(&text[tokens[start].start..tokens[start].end]);
        let joined_after = lex.phrases.is(tokens, start + 1, Category::Joiner);
        let evidence =
            capital_elsewhere || given || (end - start > 1 && !lower_elsewhere && !joined_after);
        if !evidence || lower_elsewhere && end - start == 1 {
            start += 1;
            while start < end && !names::name_like(&tokens[start])
                || start < end
                    && lex.phrases.is(tokens, start, Category::Joiner)
                    && !tokens[start].capitalised
            {
                start += 1;
            }
            if start >= end || !names::name_like(&tokens[start]) {
                return None;
            }
        }
    }
    Some(Run { start, end })
}

/// Types a name from the evidence around and inside it.
fn type_from_evidence(
    lex: &Lexicon,
    text: &str,
    tokens: &[Token],
    run: &Run,
) -> (EntityType, Evidence) {
    let first = &text[tokens[run.start].start..tokens[run.start].end];
    let words = run.end - run.start;
    // A title right before: "president Trump", "CEO Jeff Bezos", "M. Dupont".
    let titled = (1..=3).any(|back| {
        run.start >= back
            && lex
                .phrases
                .at(tokens, run.start - back, Category::Title)
                .is_some_and(|hit| run.start - back + hit.len == run.start)
    });
    if titled {
        return (EntityType::Person, Evidence::Cue);
    }
    // A designator inside or right after: "Synergy Research", "Amazon Web Services", "groupe Casino".
    let designated = (run.start..run.end)
        .any(|k| lex.phrases.is(tokens, k, Category::Designator) && tokens[k].capitalised)
        || (run.start > 0
            && lex.phrases.is(tokens, run.start - 1, Category::Designator)
            && !tokens[run.start - 1].capitalised);
    if designated {
        return (EntityType::Organisation, Evidence::Cue);
    }
    // A programme, contract or product: "the JEDI contract", "het JEDI-contract".
    let next = run.end
        + usize::from(
            tokens
                .get(run.end)
                .is_some_and(|t| t.is('-') && !t.space_before),
        );
    if lex.phrases.is(tokens, next, Category::MiscDesignator) {
        return (EntityType::Misc, Evidence::Cue);
    }
    if (run.start..run.end).any(|k| lex.phrases.is(tokens, k, Category::PlaceDesignator)) {
        return (EntityType::Place, Evidence::Cue);
    }
    if given_names().contains(first) && words >= 2 {
        return (EntityType::Person, Evidence::Cue);
    }
    if acronym_like(text, &tokens[run.start]) && words == 1 {
        return (EntityType::Organisation, Evidence::Default);
    }
    (EntityType::Organisation, Evidence::Default)
}

/// Within one document: acronyms linked to expansions, short forms to the fullest form, and a type
/// decided once per identity.
fn resolve_in_document(lex: &Lexicon, text: &str, tokens: &[Token], found: &mut [Candidate]) {
    let surface = |c: &Candidate| text[tokens[c.start].start..tokens[c.end - 1].end].to_string();
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
    let mut expansions: HashMap<String, usize> = HashMap::new();
    for (b, short) in found.iter().enumerate() {
        if short.end - short.start != 1 || !acronym_like(text, &tokens[short.start]) {
            continue;
        }
        if by_end.is_empty() {
            by_end = found.iter().enumerate().map(|(a, c)| (c.end, a)).collect();
            by_end.sort_unstable();
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
            if a != b && initials(text, tokens, &found[a]) == surface(short) {
                let e = expansions.entry(surface(short)).or_insert(a);
                *e = (*e).max(a);
            }
        }
    }
    for c in 0..found.len() {
        let s = surface(&found[c]);
        if let Some(&e) = expansions.get(&s) {
            let (canonical, kind, evidence) = {
                let long = &found[e];
                (
                    long.canonical.clone().unwrap_or_else(|| surface(long)),
                    long.kind,
                    long.evidence,
                )
            };
            let c = &mut found[c];
            if c.evidence < Evidence::Known || c.canonical.is_none() {
                c.canonical = Some(canonical);
                if evidence >= c.evidence {
                    c.kind = kind;
                    c.evidence = evidence;
                }
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
        people
            .entry(tokens[c.end - 1].lower.clone())
            .or_insert_with(|| c.canonical.clone().unwrap_or_else(|| surface(c)));
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
    // One type per identity: the best evidence wins; MISC evidence ("JEDI contract") beats defaults.
    let mut best: HashMap<String, (Evidence, EntityType)> = HashMap::new();
    for c in found.iter() {
        if matches!(c.kind, EntityType::Money | EntityType::Percent) {
            continue;
        }
        let key = c.canonical.clone().unwrap_or_else(|| surface(c));
        let entry = best.entry(key).or_insert((c.evidence, c.kind));
        if c.evidence > entry.0 {
            *entry = (c.evidence, c.kind);
        }
    }
    for c in found.iter_mut() {
        if matches!(c.kind, EntityType::Money | EntityType::Percent) {
            continue;
        }
        let key = c.canonical.clone().unwrap_or_else(|| surface(c));
        if let Some((_, kind)) = best.get(&key) {
            c.kind = *kind;
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
