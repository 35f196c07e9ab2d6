//! Identities across a corpus: an acronym defined in one article names the same entity in the others,
//! a surname alone takes the full name used elsewhere, a capitalised word at the start of a sentence is
//! a name when another article names it, each identity has one type, and capitalised common nouns that
//! the corpus also writes in lower case are dropped.
//!
//! The work is done in small steps, one article of one pass at a time, so that a page can analyse a
//! large corpus without freezing: what needs the text of an article ([`ArticleCues`]) is gathered while
//! the article is analysed (from its tokens, not from its text again); three passes read every
//! article's mentions to learn the corpus's names ([`Pass`]); then each article's mentions are settled
//! once ([`CorpusIdentities::settle`]): a rename of each mention, never a rewrite of the articles
//! between passes.

use crate::analysis::mention::{EntityMention, EntityType};
use crate::analysis::text::sentences::starts_clause;
use crate::analysis::text::tokens::{tokenize, Kind, Token};
use std::collections::{HashMap, HashSet};

/// A capitalised word at the start of a sentence: a name if another article names it.
#[derive(Clone, Debug, PartialEq)]
struct SentenceStart {
    surface: String,
    start: usize,
    end: usize,
    /// Followed by another capitalised word (part of a longer name the article itself would have found).
    glued: bool,
}

/// The passes that gather what the corpus knows, in order; each reads every article once. Then each
/// article's mentions are settled once with all of it ([`CorpusIdentities::settle`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    /// Names written as one word, with their type and identity.
    Known,
    /// Full names of people and expansions of acronyms, among the mentions kept.
    Collect,
    /// Votes for each identity's type, among the mentions renamed.
    Count,
}

/// The next piece of work of the identities over a corpus of `n` articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Work {
    /// Read article `i`'s mentions for a pass ([`CorpusIdentities::gather`]).
    Gather(Pass, usize),
    /// Settle article `i`'s mentions ([`CorpusIdentities::settle`]).
    Settle(usize),
}

/// What the identities need from one article's text, gathered in the pass that analyses it: the words
/// it writes in lower case, and its sentence-initial capitalised words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArticleCues {
    /// Words the article writes in lower case (header and boilerplate included).
    pub vocabulary: Vec<String>,
    /// Capitalised words that start a sentence of the analysed text.
    starts: Vec<SentenceStart>,
}

impl ArticleCues {
    /// The cues of an article: `tokens` are those of its analysed text `analysed` (the article text
    /// with what is not analysed blanked out), `unanalysed` the pieces of the article text left out.
    pub fn gather<'a>(
        analysed: &str,
        tokens: &[Token],
        unanalysed: impl Iterator<Item = &'a str>,
    ) -> ArticleCues {
        let lower_words = |t: &Token| t.kind == Kind::Word && !t.capitalised;
        let mut vocabulary: Vec<String> = tokens
            .iter()
            .filter(|t| lower_words(t))
            .map(|t| t.lower.clone())
            .collect();
        for piece in unanalysed {
            vocabulary.extend(
                tokenize(piece)
                    .into_iter()
                    .filter(lower_words)
                    .map(|t| t.lower),
            );
        }
        let starts = tokens
            .iter()
            .enumerate()
            .filter(|(i, t)| t.capitalised && t.kind == Kind::Word && starts_clause(tokens, *i))
            .map(|(i, t)| SentenceStart {
                surface: analysed[t.start..t.end].to_string(),
                start: t.start,
                end: t.end,
                glued: tokens
                    .get(i + 1)
                    .is_some_and(|n| n.capitalised && n.kind == Kind::Word),
            })
            .collect();
        ArticleCues { vocabulary, starts }
    }
}

/// The corpus-wide identities, worked out one article at a time.
#[derive(Clone, Debug, Default)]
pub struct CorpusIdentities {
    /// Words the corpus writes in lower case somewhere.
    vocabulary: HashSet<String>,
    /// Per article, its sentence-initial capitalised words.
    starts: Vec<Vec<SentenceStart>>,
    known: HashMap<String, (EntityType, String)>,
    full_names: HashMap<String, String>,
    acronyms: HashMap<String, String>,
    kinds: HashMap<String, HashMap<EntityType, usize>>,
    /// The work done so far.
    done: usize,
}

impl CorpusIdentities {
    /// Takes the cues of article number `index`. Call it for every article, in any order, before the
    /// first [`CorpusIdentities::next`].
    pub fn add_article(&mut self, index: usize, cues: ArticleCues) {
        self.vocabulary.extend(cues.vocabulary);
        if self.starts.len() <= index {
            self.starts.resize(index + 1, Vec::new());
        }
        self.starts[index] = cues.starts;
    }

    /// The next piece of work over a corpus of `n` articles (the passes, then settling each article),
    /// or `None` when all is done.
    pub fn next(&mut self, n: usize) -> Option<Work> {
        const PASSES: [Pass; 3] = [Pass::Known, Pass::Collect, Pass::Count];
        if n == 0 {
            return None;
        }
        let (round, i) = (self.done / n, self.done % n);
        let work = match PASSES.get(round) {
            Some(pass) => Work::Gather(*pass, i),
            None if round == PASSES.len() => Work::Settle(i),
            None => return None,
        };
        self.done += 1;
        Some(work)
    }

    /// Reads article `i`'s mentions (as analysed) for a pass.
    pub fn gather(&mut self, pass: Pass, i: usize, mentions: &[EntityMention]) {
        match pass {
            Pass::Known => self.collect_known(mentions),
            Pass::Collect => {
                let kept = self.kept(i, mentions.to_vec());
                self.collect_full_names(&kept);
            }
            Pass::Count => {
                let mut renamed = self.kept(i, mentions.to_vec());
                self.rename(&mut renamed);
                self.count_kinds(&renamed);
            }
        }
    }

    /// Article `i`'s mentions with the corpus's identities: sentence-initial names recovered,
    /// unsupported common nouns dropped, surnames and acronyms renamed to the full identity, one type
    /// per identity. Call once per article, after the passes.
    pub fn settle(&self, i: usize, mentions: Vec<EntityMention>) -> Vec<EntityMention> {
        let mut settled = self.kept(i, mentions);
        self.rename(&mut settled);
        self.vote(&mut settled);
        settled
    }

    /// The mentions kept: recovered sentence-initial names added, unsupported common nouns dropped.
    fn kept(&self, i: usize, mut mentions: Vec<EntityMention>) -> Vec<EntityMention> {
        self.recover(i, &mut mentions);
        self.retain_supported(&mut mentions);
        mentions
    }

    /// Names that articles write mid-sentence are names at the start of a sentence in every article.
    fn collect_known(&mut self, mentions: &[EntityMention]) {
        for m in mentions {
            if !matches!(m.kind, EntityType::Money | EntityType::Percent) && !m.text.contains(' ') {
                self.known
                    .insert(m.text.clone(), (m.kind, m.canonical.clone()));
            }
        }
    }

    /// Adds the mentions a single text could not know: a capitalised word at the start of a sentence
    /// that the corpus names elsewhere ("Vertania holds …" when another article speaks of "le groupe
    /// Vertania").
    fn recover(&self, article: usize, mentions: &mut Vec<EntityMention>) {
        let mut added = Vec::new();
        // The mentions' spans by start, and `reach[k]` the furthest end among the first k + 1: whether
        // any mention overlaps a span is then one binary search, not a scan of them all.
        let mut spans: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
        crate::sort::sort(&mut spans);
        let reach: Vec<usize> = spans
            .iter()
            .scan(0, |far, &(_, end)| {
                *far = (*far).max(end);
                Some(*far)
            })
            .collect();
        let overlaps = |start: usize, end: usize| {
            let before_end = spans.partition_point(|&(s, _)| s < end);
            before_end > 0 && reach[before_end - 1] > start
        };
        for s in self.starts.get(article).into_iter().flatten() {
            if s.glued {
                continue;
            }
            let Some((kind, canonical)) = self.known.get(&s.surface) else {
                continue;
            };
            if !overlaps(s.start, s.end) {
                added.push(EntityMention {
                    text: s.surface.clone(),
                    start: s.start,
                    end: s.end,
                    kind: *kind,
                    canonical: canonical.clone(),
                    value: None,
                    modifier: None,
                });
            }
        }
        if !added.is_empty() {
            mentions.extend(added);
            crate::sort::sort_by_key(mentions, |m| m.start);
        }
    }

    /// Drops names that no list or cue supports and whose every word the corpus also writes in lower
    /// case (`Cloud`, `Cloud Services`).
    fn retain_supported(&self, mentions: &mut Vec<EntityMention>) {
        mentions.retain(|m| {
            let unsupported = m.text == m.canonical
                && !matches!(
                    m.kind,
                    EntityType::Money | EntityType::Percent | EntityType::Person
                );
            if !unsupported {
                return true;
            }
            let acronym = m
                .text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            let mut words = tokenize(&m.text)
                .into_iter()
                .filter(|t| t.kind == Kind::Word)
                .peekable();
            let common_noun =
                words.peek().is_some() && words.all(|w| self.vocabulary.contains(&w.lower));
            acronym || !common_noun
        });
    }

    fn collect_full_names(&mut self, mentions: &[EntityMention]) {
        for m in mentions {
            if m.kind == EntityType::Person && m.canonical.contains(' ') {
                if let Some(last) = m.canonical.rsplit(' ').next() {
                    self.full_names
                        .insert(last.to_lowercase(), m.canonical.clone());
                }
            }
            if m.text != m.canonical
                && m.text.chars().all(|c| c.is_uppercase())
                && m.text.len() >= 2
            {
                self.acronyms.insert(m.text.clone(), m.canonical.clone());
            }
        }
    }

    fn rename(&self, mentions: &mut [EntityMention]) {
        for m in mentions.iter_mut() {
            if matches!(m.kind, EntityType::Money | EntityType::Percent) || m.text != m.canonical {
                continue;
            }
            if let Some(full) = self.acronyms.get(&m.text) {
                m.canonical = full.clone();
            } else if !m.canonical.contains(' ') {
                if let Some(full) = self.full_names.get(&m.canonical.to_lowercase()) {
                    m.canonical = full.clone();
                    m.kind = EntityType::Person;
                }
            }
        }
    }

    fn count_kinds(&mut self, mentions: &[EntityMention]) {
        for m in mentions
            .iter()
            .filter(|m| !matches!(m.kind, EntityType::Money | EntityType::Percent))
        {
            *self
                .kinds
                .entry(m.canonical.clone())
                .or_default()
                .entry(m.kind)
                .or_default() += 1;
        }
    }

    fn vote(&self, mentions: &mut [EntityMention]) {
        for m in mentions
            .iter_mut()
            .filter(|m| !matches!(m.kind, EntityType::Money | EntityType::Percent))
        {
            if let Some((kind, _)) = self.kinds.get(&m.canonical).and_then(|votes| {
                votes
                    .iter()
                    .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
            }) {
                m.kind = *kind;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pass over the articles, then every article settled.
    fn settle_all(identities: &mut CorpusIdentities, mentions: &mut [Vec<EntityMention>]) {
        while let Some(work) = identities.next(mentions.len()) {
            match work {
                Work::Gather(pass, i) => identities.gather(pass, i, &mentions[i]),
                Work::Settle(i) => {
                    mentions[i] = identities.settle(i, std::mem::take(&mut mentions[i]));
                }
            }
        }
    }

    #[test]
    fn an_acronym_defined_in_one_article_names_the_entity_in_another() {
        use crate::analysis::entities::extract_entities;
        use crate::analysis::language::Lang;
        let texts = ["Amazon Web Services (AWS) verloor.", "AWS won the appeal."];
        let mut identities = CorpusIdentities::default();
        for (i, text) in texts.iter().enumerate() {
            let cues = ArticleCues::gather(text, &tokenize(text), std::iter::empty());
            identities.add_article(i, cues);
        }
        let mut mentions = [
            extract_entities(texts[0], Lang::Nl),
            extract_entities(texts[1], Lang::En),
        ];
        settle_all(&mut identities, &mut mentions);
        assert_eq!(mentions[1][0].canonical, "Amazon Web Services");
    }

    // Moved from tests/entity_identities.rs: they need the crate's internals.
    use crate::analysis::document::index_entities;
    use crate::analysis::entities::extract_entities;
    use crate::analysis::language::Lang;
    use crate::analysis::mention::{EntityMention, EntityType};

    fn mention(text: &str, start: usize, kind: EntityType, canonical: &str) -> EntityMention {
        EntityMention {
            text: text.to_string(),
            start,
            end: start + text.len(),
            kind,
            canonical: canonical.to_string(),
            value: None,
            modifier: None,
        }
    }

    #[test]
    fn the_entity_index_has_one_record_per_identity_and_type() {
        use EntityType::{Organisation as Org, Person as Per, Place as Loc};
        let mentions = [
            mention("Amazon", 0, Org, "Amazon"),
            mention("Pieter Hofstra", 10, Per, "Pieter Hofstra"),
            mention("Amazon", 30, Loc, "Amazon (river)"),
            mention("Hofstra", 50, Per, "Pieter Hofstra"),
            mention("AMZN", 60, Org, "Amazon"),
            mention("Amazon", 70, Org, "Amazon"),
            mention("Hofstra", 80, Per, "Pieter Hofstra"),
            mention("Kalvora", 90, Org, "Kalvora"),
            mention("Kalvora", 100, Per, "Kalvora"),
        ];
        let index = index_entities(&mentions);
        let got: Vec<_> = index
            .iter()
            .map(|r| {
                (
                    r.canonical.as_str(),
                    r.kind,
                    r.count,
                    r.forms.iter().map(String::as_str).collect(),
                    r.spans.clone(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                // Most mentioned first; ties by canonical name, then in order of first mention.
                (
                    "Amazon",
                    Org,
                    3,
                    vec!["Amazon", "AMZN"],
                    vec![[0, 6], [60, 64], [70, 76]]
                ),
                (
                    "Pieter Hofstra",
                    Per,
                    3,
                    vec!["Pieter Hofstra", "Hofstra"],
                    vec![[10, 24], [50, 57], [80, 87]]
                ),
                ("Amazon (river)", Loc, 1, vec!["Amazon"], vec![[30, 36]]),
                ("Kalvora", Org, 1, vec!["Kalvora"], vec![[90, 97]]),
                ("Kalvora", Per, 1, vec!["Kalvora"], vec![[100, 107]]),
            ]
        );
    }

    /// A capitalised word at the start of a sentence that another article names becomes a mention, once:
    /// never where the article already has a mention, whatever the order its mentions come in.
    #[test]
    fn sentence_initial_names_are_recovered_once() {
        let texts = [
            "Le groupe Vertania a racheté la banque Orvalis.",
            "Vertania holds a large share. Analysts expect growth.",
            "Orvalis Bank grew. Vertania grew. Analysts said Vertania hired.",
        ];
        let langs = [Lang::Fr, Lang::En, Lang::En];
        let mut identities = CorpusIdentities::default();
        for (i, text) in texts.iter().enumerate() {
            let cues = ArticleCues::gather(text, &tokenize(text), std::iter::empty());
            identities.add_article(i, cues);
        }
        let mut mentions: Vec<Vec<EntityMention>> = texts
            .iter()
            .zip(langs)
            .map(|(text, lang)| extract_entities(text, lang))
            .collect();
        // The identities must not rely on the order of an article's mentions.
        mentions[2].reverse();
        settle_all(&mut identities, &mut mentions);
        let found = |i: usize| -> Vec<(&str, usize)> {
            let mut v: Vec<(&str, usize)> = mentions[i]
                .iter()
                .map(|m| (m.text.as_str(), m.start))
                .collect();
            v.sort_by_key(|&(_, start)| start);
            v
        };
        assert_eq!(found(1), [("Vertania", 0)]);
        let third = found(2);
        assert_eq!(
            third.iter().filter(|(t, _)| *t == "Vertania").count(),
            2,
            "{third:?}"
        );
        assert!(third.contains(&("Orvalis Bank", 0)), "{third:?}");
    }
}
