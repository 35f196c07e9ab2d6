//! The analysis of one corpus article: its language, publication date, and the entities and temporal
//! expressions of its analysed blocks (boilerplate excluded), with offsets into the article text.

use super::calendar::Date;
use super::dates::Reference;
use super::entities::corpus::ArticleCues;
use super::language::{Detection, Detector, Lang};
use super::lexicon::phrases::Entries;
use super::lexicon::{lexicon, Phrases};
use super::mention::{EntityMention, EntityType, Grain, Timex};
use super::pubdate;
use super::text::tokens::{tokenize, Token};
use super::value::Period;
use super::{dates, entities};
use crate::corpus::article::{Article, Block, Boilerplate};
use serde::Serialize;
use std::mem::take;

/// Where a publication date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PubDateSource {
    /// The file's ` date …` header.
    Header,
    /// Worked out from the article's content.
    Inferred,
    /// Nothing supports a guess.
    Unknown,
}

/// An article's publication date, its precision and the evidence for it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PubDate {
    /// The day or month it was published (written out `2020-01-14`, `2020-01`), or `None` when
    /// unknown.
    pub value: Option<Period>,
    /// Header, inferred or unknown.
    pub source: PubDateSource,
    /// Day, month or year.
    pub precision: Grain,
    /// Why this value: the header line, or the expressions it was inferred from.
    pub evidence: String,
}

impl PubDate {
    /// The reference for relative expressions: the day when known, else the middle of the month (or
    /// year), with the precision that says how far results can be trusted.
    pub fn reference(&self) -> Option<Reference> {
        Reference::of_period(self.value?)
    }

    /// The first and last day it may be (inclusive).
    pub fn span(&self) -> Option<(Date, Date)> {
        self.value?.span()
    }
}

/// The analysis of one article, as `dossier analyze` writes it and the web app shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnalyzedArticle {
    /// The file stem.
    pub id: String,
    /// The file name.
    pub file: String,
    /// The headline, or the first sentence when there is no headline.
    pub title: String,
    /// Whether `title` is a real headline.
    pub has_headline: bool,
    /// The detected language.
    pub lang: Lang,
    /// The detector's confidence (0–1).
    pub lang_confidence: f64,
    /// The publication date.
    pub pub_date: PubDate,
    /// Number of words in the analysed text.
    pub word_count: usize,
    /// The whole article text, shared with the source file; every offset refers to it.
    #[serde(skip)]
    pub text: std::sync::Arc<str>,
    /// The headline block, when there is one.
    #[serde(skip)]
    pub headline: Option<Block>,
    /// Subheadings and body paragraphs.
    pub paragraphs: Vec<Block>,
    /// Boilerplate lines, kept but not analysed.
    pub boilerplate: Vec<Boilerplate>,
    /// Entity mentions, in text order.
    pub entities: Vec<EntityMention>,
    /// The distinct entities, with counts and all their offsets.
    pub entity_index: Vec<EntityRecord>,
    /// Temporal expressions, in text order.
    pub timex: Vec<Timex>,
}

/// What the rest of the corpus tells about dates: what each article whose publication date is known
/// tells ([`pubdate::DatedArticle`]: its year, names, days and dated events). Used to infer missing
/// publication dates, from the articles of the same story only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorpusEvidence {
    /// The dated articles, in corpus order, indexed by name and day.
    pub dates: pubdate::CorpusDates,
}

impl CorpusEvidence {
    /// Collects the evidence of the articles whose publication date is known.
    pub fn from_articles<'a>(
        articles: impl IntoIterator<Item = &'a AnalyzedArticle>,
    ) -> CorpusEvidence {
        let articles = articles
            .into_iter()
            .filter(|a| a.pub_date.source != PubDateSource::Unknown)
            .filter_map(|a| {
                let year = a.pub_date.value?.year();
                Some(pubdate::DatedArticle::new(
                    year,
                    &a.text,
                    &a.block_spans(),
                    a.lang,
                    &a.timex,
                    &a.entities,
                ))
            })
            .collect();
        CorpusEvidence {
            dates: pubdate::CorpusDates::new(articles),
        }
    }
}

/// The publication date from the header, or inferred from the text and the corpus.
#[cfg(not(target_arch = "wasm32"))]
fn publication_date(
    article: &Article,
    phrases: &Phrases,
    lang: Lang,
    corpus: &CorpusEvidence,
    entities: &[EntityMention],
) -> PubDate {
    if let Some(date) = header_date(article) {
        return date;
    }
    let blocks = pubdate_blocks(article);
    inferred_date(pubdate::infer(
        &blocks,
        phrases,
        lang,
        entities,
        &corpus.dates,
    ))
}

/// The publication date the header gives, if there is one.
fn header_date(article: &Article) -> Option<PubDate> {
    let h = article.header.as_ref()?;
    let value = match h.day {
        Some(day) => Date::new(h.year, h.month, day).map(Period::Day),
        None => Some(Period::Month {
            year: h.year,
            month: h.month,
        }),
    };
    Some(PubDate {
        value,
        source: PubDateSource::Header,
        precision: if h.day.is_some() {
            Grain::Day
        } else {
            Grain::Month
        },
        evidence: format!("header on line 1: 'date {}'", h.value()),
    })
}

/// The analysed blocks as the inference reads them.
fn pubdate_blocks(article: &Article) -> Vec<pubdate::Block<'_>> {
    article
        .analysed_blocks()
        .map(|b| pubdate::Block {
            text: &b.text,
            start: b.start,
        })
        .collect()
}

/// The publication date inferred, or unknown.
fn inferred_date(found: Option<pubdate::Inferred>) -> PubDate {
    match found {
        Some(found) => PubDate {
            value: Some(found.value),
            source: PubDateSource::Inferred,
            precision: found.precision,
            evidence: found.evidence,
        },
        None => unknown_date(),
    }
}

/// No publication date: nothing supports a guess.
fn unknown_date() -> PubDate {
    PubDate {
        value: None,
        source: PubDateSource::Unknown,
        precision: Grain::None,
        evidence: "no header, and nothing in the text supports a date".to_string(),
    }
}

/// Analyses a parsed article on its own: [`analyse`] with its entity index. `lang` overrides
/// detection when given; `corpus` is what the other articles tell about dates (empty for an article
/// on its own).
pub fn analyze_article(
    article: Article,
    lang: Option<Lang>,
    corpus: &CorpusEvidence,
) -> AnalyzedArticle {
    let mut analysed = analyse(article, lang, corpus).article;
    analysed.entity_index = index_entities(&analysed.entities);
    analysed
}

/// One article analysed in one pass, and what the corpus-wide identities need from it.
pub struct Analysis {
    /// The analysis (its entity index left empty: the corpus builds it once the identities are
    /// settled).
    pub article: AnalyzedArticle,
    /// The words and sentence starts the identities need.
    pub cues: ArticleCues,
}

/// Analyses a parsed article in one pass: the analysed text (header and boilerplate blanked out) made
/// once, read once (tokens looked up once in the language's lexicon), and shared by language
/// detection, the temporal tagger, the entity recogniser and the identities' cues. The article text
/// is shared, and the blocks moved, not copied. [`ArticleSteps`] run to the end.
pub fn analyse(article: Article, lang: Option<Lang>, corpus: &CorpusEvidence) -> Analysis {
    let mut steps = ArticleSteps::new(article, lang);
    while steps.step(corpus) {}
    steps.analysis()
}

impl AnalyzedArticle {
    /// The record of `article` with what its analysis found; its entity index is left empty (the
    /// corpus makes it, once identities are settled).
    fn of(
        article: Article,
        detection: Detection,
        pub_date: PubDate,
        entities: Vec<EntityMention>,
        timex: Vec<Timex>,
    ) -> AnalyzedArticle {
        AnalyzedArticle {
            title: article.title(),
            has_headline: article.headline.is_some(),
            lang: detection.lang,
            lang_confidence: detection.confidence,
            pub_date,
            word_count: article.word_count(),
            id: article.id,
            file: article.file,
            text: article.text,
            headline: article.headline,
            paragraphs: article.paragraphs,
            boilerplate: article.boilerplate,
            entity_index: Vec::new(),
            entities,
            timex,
        }
    }
}

/// The analysis of one article all at once, as it was before [`ArticleSteps`]: each stage over the
/// whole text in one go. Kept as the reference the steps are checked against (tests/stepwise.rs):
/// both give the same analysis, byte for byte. Not in the page (wasm32).
#[cfg(not(target_arch = "wasm32"))]
pub fn analyse_at_once(article: Article, lang: Option<Lang>, corpus: &CorpusEvidence) -> Analysis {
    let spans: Vec<(usize, usize)> = article
        .analysed_blocks()
        .map(|b| (b.start, b.end))
        .collect();
    let masked = mask(&article.text, spans.iter().copied());
    let detection = match lang {
        Some(lang) => Detection {
            lang,
            confidence: 1.0,
        },
        // The analysed text's words are the blocks' words, in order: detection reads them there.
        None => super::language::detect(&masked),
    };
    let tokens = tokenize(&masked);
    let phrases = Phrases::new(lexicon(detection.lang), &tokens);
    // Entities do not depend on the publication date; an undated article's tell its story.
    let entities = entities::extract_in(&masked, &phrases, detection.lang);
    let mut entities = settle_headline_names(&article, entities);
    let pub_date = publication_date(&article, &phrases, detection.lang, corpus, &entities);
    let mut timex = dates::extract_in(&masked, &phrases, detection.lang, pub_date.reference());
    super::drop_dates_in_names(&mut timex, &mut entities, &phrases);
    let left_out = gaps(article.text.len(), &spans).map(|(s, e)| &article.text[s..e]);
    let cues = ArticleCues::gather(&masked, &tokens, left_out);
    Analysis {
        article: AnalyzedArticle::of(article, detection, pub_date, entities, timex),
        cues,
    }
}

/// Bytes of the analysed text one step of [`ArticleSteps`] reads in the stages that go piece by piece
/// (language, tokens, look-ups): 16 KB, about a millisecond of work natively and a few in the page.
pub const STEP_BYTES: usize = 16 * 1024;

/// Where the piece of `text` that starts at `start` ends: at most [`STEP_BYTES`] on, just after a
/// line break in the second half of that stretch, else just after its last white space (so that no
/// word or number is cut); a stretch with no white space at all runs on to the next white space.
pub fn piece_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let limit = start + STEP_BYTES;
    if limit >= bytes.len() {
        return bytes.len();
    }
    let half = start + STEP_BYTES / 2;
    if let Some(k) = bytes[half..limit].iter().rposition(|&b| b == b'\n') {
        return half + k + 1;
    }
    if let Some(k) = bytes[start..limit]
        .iter()
        .rposition(|b| b.is_ascii_whitespace())
    {
        return start + k + 1;
    }
    match bytes[limit..].iter().position(|b| b.is_ascii_whitespace()) {
        Some(k) => limit + k + 1,
        None => bytes.len(),
    }
}

/// Where an article's analysis stands between two steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// Counting the stop words of the analysed text from this byte on.
    Detect(usize),
    /// Splitting the analysed text into tokens from this byte on.
    Tokenize(usize),
    /// Looking up the tokens in the lexicon from this token on.
    LookUp(usize),
    /// The entity recogniser, on the whole text (its evidence is the article's).
    Entities,
    /// The publication date: the header's, or the inference begun.
    PubDate,
    /// Inferring the publication date of an undated article, a few blocks at a time.
    InferDate,
    /// Finding the temporal expressions.
    ParseDates,
    /// Resolving them against the publication date, the date in focus carried along the text.
    ResolveDates,
    /// The identities' cues, and the record put together.
    Cues,
    /// Nothing left.
    Done,
}

/// The analysis of one article as a state machine of small steps (so that a page stays responsive
/// however long an article is): the analysed text is read [`STEP_BYTES`] at a time for its
/// language, tokens and look-ups; then the entities are a step; an undated article's publication
/// date is inferred a few blocks (about [`STEP_BYTES`]) at a time; finding the dates, resolving them
/// and the cues are a step each. Running the steps to the end gives exactly what [`analyse`] gives (it runs them).
pub struct ArticleSteps {
    article: Option<Article>,
    /// The analysed blocks' `(start, end)`.
    spans: Vec<(usize, usize)>,
    /// The article text with everything outside the analysed blocks blanked out.
    masked: String,
    detector: Detector,
    detection: Detection,
    tokens: Vec<Token>,
    entries: Entries<'static>,
    entities: Vec<EntityMention>,
    pub_date: Option<PubDate>,
    /// The inference of an undated article's publication date, while it goes on.
    inference: Option<pubdate::Inference>,
    parsed: Vec<dates::Parsed>,
    timex: Vec<Timex>,
    analysis: Option<Analysis>,
    stage: Stage,
}

impl ArticleSteps {
    /// Prepares the analysis of a parsed article (`lang` overrides detection when given).
    pub fn new(article: Article, lang: Option<Lang>) -> ArticleSteps {
        let spans: Vec<(usize, usize)> = article
            .analysed_blocks()
            .map(|b| (b.start, b.end))
            .collect();
        let masked = mask(&article.text, spans.iter().copied());
        let detection = Detection {
            lang: lang.unwrap_or(Lang::Other),
            confidence: 1.0,
        };
        ArticleSteps {
            article: Some(article),
            spans,
            masked,
            detector: Detector::default(),
            detection,
            tokens: Vec::new(),
            entries: Entries::default(),
            entities: Vec::new(),
            pub_date: None,
            inference: None,
            parsed: Vec::new(),
            timex: Vec::new(),
            analysis: None,
            stage: if lang.is_some() {
                Stage::Tokenize(0)
            } else {
                Stage::Detect(0)
            },
        }
    }

    /// Does the next step; `false` once the analysis is done. `corpus` is what the other articles
    /// tell about dates (read by the publication-date step only).
    pub fn step(&mut self, corpus: &CorpusEvidence) -> bool {
        let lex = lexicon(self.detection.lang);
        let Some(article) = self.article.as_ref() else {
            return false;
        };
        self.stage = match self.stage {
            Stage::Detect(at) => {
                let end = piece_end(&self.masked, at);
                self.detector.read(&self.masked[at..end]);
                if end < self.masked.len() {
                    Stage::Detect(end)
                } else {
                    self.detection = self.detector.detection();
                    Stage::Tokenize(0)
                }
            }
            Stage::Tokenize(at) => {
                let end = piece_end(&self.masked, at);
                self.tokenize_piece(at, end);
                if end < self.masked.len() {
                    Stage::Tokenize(end)
                } else {
                    Stage::LookUp(0)
                }
            }
            Stage::LookUp(at) => {
                // About as many tokens as STEP_BYTES of text holds.
                let end = (at + STEP_BYTES / 6).min(self.tokens.len());
                self.entries.look_up(lex, &self.tokens[at..end]);
                if end < self.tokens.len() {
                    Stage::LookUp(end)
                } else {
                    Stage::Entities
                }
            }
            Stage::Entities => {
                let phrases = Phrases::with_entries(lex, &self.tokens, &self.entries);
                let found = entities::extract_in(&self.masked, &phrases, self.detection.lang);
                self.entities = settle_headline_names(article, found);
                Stage::PubDate
            }
            Stage::PubDate => match header_date(article) {
                Some(date) => {
                    self.pub_date = Some(date);
                    Stage::ParseDates
                }
                None => {
                    self.inference = Some(pubdate::Inference::default());
                    Stage::InferDate
                }
            },
            Stage::InferDate => {
                let phrases = Phrases::with_entries(lex, &self.tokens, &self.entries);
                let blocks = pubdate_blocks(article);
                let undated = pubdate::Undated {
                    blocks: &blocks,
                    phrases: &phrases,
                    lang: self.detection.lang,
                    entities: &self.entities,
                    corpus: &corpus.dates,
                };
                let more = self
                    .inference
                    .as_mut()
                    .is_some_and(|i| i.step(&undated, STEP_BYTES));
                if more {
                    Stage::InferDate
                } else {
                    let found = self.inference.take().and_then(pubdate::Inference::inferred);
                    self.pub_date = Some(inferred_date(found));
                    Stage::ParseDates
                }
            }
            Stage::ParseDates => {
                let phrases = Phrases::with_entries(lex, &self.tokens, &self.entries);
                self.parsed = dates::parse_in(&phrases, self.detection.lang);
                Stage::ResolveDates
            }
            Stage::ResolveDates => {
                let phrases = Phrases::with_entries(lex, &self.tokens, &self.entries);
                let reference = self.pub_date.as_ref().and_then(PubDate::reference);
                self.timex = dates::resolve_parsed(&self.masked, &self.parsed, reference);
                super::drop_dates_in_names(&mut self.timex, &mut self.entities, &phrases);
                Stage::Cues
            }
            Stage::Cues => {
                self.put_together();
                Stage::Done
            }
            Stage::Done => Stage::Done,
        };
        self.stage != Stage::Done
    }

    /// Tokenises `masked[at..end]` (cut at white space: no token crosses it), at its offsets, with
    /// what the tokens before it say of the first one's line break.
    fn tokenize_piece(&mut self, at: usize, end: usize) {
        let mut piece = tokenize(&self.masked[at..end]);
        let after = self.tokens.last().map(|t| t.end);
        for t in &mut piece {
            t.start += at;
            t.end += at;
        }
        if let (Some(first), Some(after)) = (piece.first_mut(), after) {
            first.newline_before = self.masked[after..first.start].contains('\n');
        }
        self.tokens.extend(piece);
    }

    /// The last step: the cues and the record.
    fn put_together(&mut self) {
        let Some(article) = self.article.take() else {
            return;
        };
        let left_out = gaps(article.text.len(), &self.spans).map(|(s, e)| &article.text[s..e]);
        let cues = ArticleCues::gather(&self.masked, &self.tokens, left_out);
        let analysed = AnalyzedArticle::of(
            article,
            self.detection,
            self.pub_date.take().unwrap_or_else(unknown_date),
            take(&mut self.entities),
            take(&mut self.timex),
        );
        self.analysis = Some(Analysis {
            article: analysed,
            cues,
        });
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// The article, its analysis not begun (for [`analyse_at_once`] instead). Panics once the
    /// analysis is put together.
    pub fn into_article(self) -> Article {
        self.article.expect("the article is not analysed yet")
    }

    /// The analysis, once [`ArticleSteps::step`] has said nothing is left (the steps left are run
    /// with no corpus evidence otherwise).
    pub fn analysis(mut self) -> Analysis {
        while self.step(&CorpusEvidence::default()) {}
        self.analysis
            .take()
            .expect("the last step puts the analysis together")
    }
}

/// The stretches of a text of `len` bytes outside the (sorted, disjoint) `spans`.
fn gaps(len: usize, spans: &[(usize, usize)]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let ends = std::iter::once(0).chain(spans.iter().map(|(_, e)| *e));
    let starts = spans.iter().map(|(s, _)| *s).chain(std::iter::once(len));
    ends.zip(starts).filter(|(s, e)| s < e)
}

impl AnalyzedArticle {
    /// The `(start, end)` spans of the analysed blocks: the headline, then the paragraphs.
    pub fn block_spans(&self) -> Vec<(usize, usize)> {
        self.headline
            .iter()
            .chain(self.paragraphs.iter())
            .map(|b| (b.start, b.end))
            .collect()
    }
}

/// `text` with every byte outside the given spans (line breaks excepted) replaced by a space.
fn mask(text: &str, spans: impl Iterator<Item = (usize, usize)>) -> String {
    let mut keep = vec![false; text.len()];
    for (start, end) in spans {
        keep[start..end].iter_mut().for_each(|k| *k = true);
    }
    let bytes: Vec<u8> = text
        .bytes()
        .zip(keep)
        .map(|(b, k)| if k || b == b'\n' { b } else { b' ' })
        .collect();
    String::from_utf8(bytes).unwrap_or_default()
}

/// English headlines are in title case, so capitals there are no evidence of a name: a name found only
/// in the headline is kept when the gazetteer or the body supports it. And a headline is too short to
/// type a name on its own evidence: a name the body mentions (written the same, whole words) is the
/// same entity in the headline, whether or not the model found it there (one sense per article).
fn settle_headline_names(article: &Article, mentions: Vec<EntityMention>) -> Vec<EntityMention> {
    let Some(h) = &article.headline else {
        return mentions;
    };
    let in_headline = |m: &EntityMention| m.start >= h.start && m.end <= h.end;
    let body: std::collections::HashSet<String> = mentions
        .iter()
        .filter(|m| !in_headline(m))
        .map(|m| m.canonical.clone())
        .collect();
    let mut kept: Vec<EntityMention> = mentions
        .into_iter()
        .filter(|m| {
            !in_headline(m)
                || matches!(m.kind, EntityType::Money | EntityType::Percent)
                || m.canonical != m.text
                || body.contains(&m.canonical)
        })
        .collect();
    let added = names_from_body(&article.text, (h.start, h.end), &kept);
    if !added.is_empty() {
        kept.extend(added);
        crate::sort::sort_by_key(&mut kept, |m| (m.start, m.end));
    }
    kept
}

/// The body's names written in the headline `h` (byte span of `text`) where no mention is: each
/// occurrence as whole words, the longest name first, with the body mention's type and identity.
fn names_from_body(
    text: &str,
    h: (usize, usize),
    mentions: &[EntityMention],
) -> Vec<EntityMention> {
    let headline = &text[h.0..h.1];
    let mut taken: Vec<(usize, usize)> = mentions
        .iter()
        .filter(|m| m.start < h.1 && h.0 < m.end)
        .map(|m| (m.start, m.end))
        .collect();
    let mut names: Vec<&EntityMention> = mentions
        .iter()
        .filter(|m| m.start >= h.1 || m.end <= h.0)
        .filter(|m| !matches!(m.kind, EntityType::Money | EntityType::Percent))
        .filter(|m| m.text.chars().count() >= 2)
        .collect();
    crate::sort::sort_by_key(&mut names, |m| std::cmp::Reverse(m.text.len()));
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let mut added = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for m in names {
        if !seen.insert(m.text.as_str()) {
            continue;
        }
        for (at, _) in headline.match_indices(m.text.as_str()) {
            let (start, end) = (h.0 + at, h.0 + at + m.text.len());
            let whole =
                !word(text[..start].chars().next_back()) && !word(text[end..].chars().next());
            if whole && !taken.iter().any(|&(a, b)| a < end && start < b) {
                taken.push((start, end));
                added.push(EntityMention {
                    start,
                    end,
                    ..m.clone()
                });
            }
        }
    }
    added
}

/// One entity of an article: its identity, type, how often it is mentioned, how it is written, where.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityRecord {
    /// The canonical name.
    pub canonical: String,
    /// The type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Number of mentions.
    pub count: usize,
    /// The distinct ways it is written.
    pub forms: Vec<String>,
    /// Every mention's `[start, end)` byte offsets.
    pub spans: Vec<[usize; 2]>,
}

/// The distinct entities of a list of mentions, most mentioned first (then by canonical name, then in
/// order of first mention).
pub fn index_entities(mentions: &[EntityMention]) -> Vec<EntityRecord> {
    let mut records: Vec<EntityRecord> = Vec::new();
    // Each identity's record, by canonical name and type: one hash look-up per mention.
    let mut slot: std::collections::HashMap<(&str, EntityType), usize> =
        std::collections::HashMap::new();
    for m in mentions {
        match slot.get(&(m.canonical.as_str(), m.kind)) {
            Some(&i) => {
                let r = &mut records[i];
                r.count += 1;
                r.spans.push([m.start, m.end]);
                if !r.forms.contains(&m.text) {
                    r.forms.push(m.text.clone());
                }
            }
            None => {
                slot.insert((m.canonical.as_str(), m.kind), records.len());
                records.push(EntityRecord {
                    canonical: m.canonical.clone(),
                    kind: m.kind,
                    count: 1,
                    forms: vec![m.text.clone()],
                    spans: vec![[m.start, m.end]],
                });
            }
        }
    }
    crate::sort::sort_by(&mut records, |a, b| {
        b.count.cmp(&a.count).then(a.canonical.cmp(&b.canonical))
    });
    records
}
