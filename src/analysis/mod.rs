//! The analysis core: language detection, temporal expressions, named entities and the per-article
//! analysis that ties them together. Free of web dependencies and of any clock; builds and tests
//! natively. In layers, each using only those before it (and the records, [`mention`] and [`value`],
//! which all share):
//!
//! 1. [`text`]: tokens, the one sentence splitter, calendar arithmetic;
//! 2. [`lexicon`]: the words of each language, loaded once, typed, looked up once per token;
//! 3. [`language`] (detection), [`dates`] (the temporal tagger), [`entities`] (the recogniser; never
//!    the tagger);
//! 4. [`pubdate`] (publication dates), [`document`] (one article in one pass).

pub mod dates;
pub mod document;
pub mod entities;
// The entity typer reads the gazetteer's classes and identities; the rest of its API (whole-phrase
// lookup, counts) serves its tests.
#[allow(dead_code)]
pub mod gazetteer;
pub mod language;
pub mod lexicon;
pub mod mention;
pub mod pubdate;
pub mod text;
pub mod value;

pub use text::{calendar, sentences, tokens};

use dates::Reference;
use language::Lang;
use mention::Extraction;

/// Extracts entities and temporal expressions from one text in a known language, resolving relative
/// dates against `reference` (the publication date) when one is given. The text is read once: its
/// tokens, looked up once in the language's lexicon, serve both. A span is one thing: a date
/// expression inside a person's name is dropped (`April` in `April Ryan asked`), since the recogniser
/// named the person from the context around the name ([`drop_dates_in_names`]).
///
/// ```
/// use dossier::{extract, Lang};
/// let found = extract("Het Pentagon koos Microsoft in oktober 2019.", Lang::Nl, None);
/// assert_eq!(found.timex[0].value.to_string(), "2019-10");
/// assert_eq!(found.entities.len(), 2);
/// ```
pub fn extract(text: &str, lang: Lang, reference: Option<Reference>) -> Extraction {
    let tokens = text::tokens::tokenize(text);
    let phrases = lexicon::Phrases::new(lexicon::lexicon(lang), &tokens);
    let mut entities = entities::extract_in(text, &phrases, lang);
    let mut timex = dates::extract_in(text, &phrases, lang, reference);
    drop_dates_in_names(&mut timex, &mut entities, &phrases);
    Extraction { entities, timex }
}

/// Drops the date expressions that lie inside a person's name: inside a longer name (`April` in
/// `April Ryan`, `Noël` in `Noël Mamère`), or a lone month or weekday that is the whole name when the
/// text names that person in full (`June` once `June Carter` is named). A lone month or weekday the text
/// never gives as part of a longer name is a date, and the person mention on it goes (`In May, Maxime
/// Bernier …`: news names a person in full first). A date that holds more than the name stays a date:
/// its own words say it is one (`Vorige week`, `Tien jaar geleden`, `2 semaines avant Noël`, where the
/// recogniser took `Vorige`, `Tien`, `Noël` for people), and so does a feast that is the whole name
/// (`à Noël`). `entities` are in text order.
pub fn drop_dates_in_names(
    timex: &mut Vec<mention::Timex>,
    entities: &mut Vec<mention::EntityMention>,
    phrases: &lexicon::Phrases,
) {
    let people: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == mention::EntityType::Person)
        .map(|e| (e.start, e.end))
        .collect();
    if people.is_empty() {
        return;
    }
    let tokens = phrases.tokens;
    let month_or_weekday = |t: &mention::Timex| {
        let i = tokens.partition_point(|k| k.start < t.start);
        tokens
            .get(i)
            .is_some_and(|k| k.start == t.start && k.end == t.end)
            && (phrases.is(i, lexicon::Category::Month)
                || phrases.is(i, lexicon::Category::Weekday))
    };
    // Whether a longer person mention has this word as one of its words.
    let in_a_full_name = |word: &str| {
        entities.iter().any(|e| {
            e.kind == mention::EntityType::Person
                && e.text.len() > word.len()
                && e.text.split_whitespace().any(|w| w == word)
        })
    };
    let mut not_people: Vec<(usize, usize)> = Vec::new();
    timex.retain(|t| {
        let i = people.partition_point(|&(_, end)| end <= t.start);
        let Some(&(start, end)) = people.get(i) else {
            return true;
        };
        if !(start <= t.start && t.end <= end) {
            return true;
        }
        if end - start > t.end - t.start {
            return false;
        }
        if !month_or_weekday(t) {
            return true;
        }
        if in_a_full_name(&t.text) {
            return false;
        }
        not_people.push((start, end));
        true
    });
    if !not_people.is_empty() {
        entities.retain(|e| {
            e.kind != mention::EntityType::Person || !not_people.contains(&(e.start, e.end))
        });
    }
}
