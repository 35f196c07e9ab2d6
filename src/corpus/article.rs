//! The structure of one article: headline, body paragraphs, subheadings and boilerplate, each with its
//! line and byte span in the article's text.

use super::boilerplate::boilerplate_reason;
use super::header::{parse_header, Header};
use super::source::SourceFile;
use serde::Serialize;

/// The most words a first line may have to count as a headline.
const MAX_HEADLINE_WORDS: usize = 30;
/// The most words a short line between blank lines may have to count as a subheading.
const MAX_SUBHEADING_WORDS: usize = 12;

/// What a block of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The article's headline (its first line, when that line is one).
    Headline,
    /// A short line standing alone between paragraphs.
    Subheading,
    /// Article text.
    Body,
}

/// A line of the article: its 1-based line number and byte span in the article text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Block {
    /// 1-based line number in the file.
    pub line: usize,
    /// Byte offset of the first character in the article text.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Headline, subheading or body.
    pub kind: BlockKind,
    /// The text of the block (`text[start..end]`).
    pub text: String,
}

/// A boilerplate line: kept, shown dimmed, excluded from analysis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Boilerplate {
    /// 1-based line number in the file.
    pub line: usize,
    /// Byte offset of the first character in the article text.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The line as written.
    pub text: String,
    /// Why it is boilerplate.
    pub reason: &'static str,
}

/// A parsed article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// The file stem.
    pub id: String,
    /// The file name.
    pub file: String,
    /// The whole text (BOM removed, `\n` line endings); every offset refers to it.
    pub text: String,
    /// The header, when the file has one.
    pub header: Option<Header>,
    /// The headline, when the first line is one.
    pub headline: Option<Block>,
    /// Subheadings and body paragraphs, in order (the headline excluded).
    pub paragraphs: Vec<Block>,
    /// Boilerplate lines, in order.
    pub boilerplate: Vec<Boilerplate>,
}

impl Article {
    /// Parses a decoded source file. The file was validated when it was decoded, so this cannot fail.
    pub fn parse(source: &SourceFile) -> Article {
        let text = source.text.as_str();
        let header = parse_header(text).ok().flatten();
        let skip = header.as_ref().map_or(0, |h| h.text_start);
        let lines = lines_with_spans(text, skip);
        let mut article = Article {
            id: source.id.clone(),
            file: source.file_name.clone(),
            text: text.to_string(),
            header,
            headline: None,
            paragraphs: Vec::new(),
            boilerplate: Vec::new(),
        };
        let non_empty: Vec<usize> = (0..lines.len())
            .filter(|&i| !lines[i].text.trim().is_empty())
            .collect();
        let mut headline_text: Option<String> = None;
        for (pos, &i) in non_empty.iter().enumerate() {
            let line = &lines[i];
            let trimmed = line.text.trim();
            if let Some(reason) = boilerplate_reason(trimmed) {
                article.boilerplate.push(line.boilerplate(reason));
                continue;
            }
            if pos == 0 && non_empty.len() > 1 && looks_like_headline(trimmed) {
                headline_text = Some(trimmed.to_lowercase());
                article.headline = Some(line.block(BlockKind::Headline));
                continue;
            }
            if pos == 1 && headline_text.as_deref() == Some(trimmed.to_lowercase().as_str()) {
                article
                    .boilerplate
                    .push(line.boilerplate("repeated headline"));
                continue;
            }
            let alone = i > 0
                && lines[i - 1].text.trim().is_empty()
                && lines.get(i + 1).is_some_and(|l| l.text.trim().is_empty());
            let kind = if alone && looks_like_subheading(trimmed) {
                BlockKind::Subheading
            } else {
                BlockKind::Body
            };
            article.paragraphs.push(line.block(kind));
        }
        article
    }

    /// A title to show: the headline, or else the article's first sentence.
    pub fn title(&self) -> String {
        if let Some(h) = &self.headline {
            return h.text.clone();
        }
        let first = self.paragraphs.first().map_or("", |p| p.text.as_str());
        first_sentence(first).to_string()
    }

    /// The blocks that are analysed: headline and paragraphs (boilerplate excluded), in text order.
    pub fn analysed_blocks(&self) -> impl Iterator<Item = &Block> {
        self.headline.iter().chain(self.paragraphs.iter())
    }

    /// Number of words in the analysed text.
    pub fn word_count(&self) -> usize {
        self.analysed_blocks()
            .map(|b| b.text.split_whitespace().count())
            .sum()
    }
}

/// The first sentence of a paragraph (up to and including its full stop, question or exclamation mark).
pub fn first_sentence(paragraph: &str) -> &str {
    let mut chars = paragraph.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '?' | '!') {
            let end = i + c.len_utf8();
            match chars.peek() {
                None => return paragraph,
                Some((_, next)) if next.is_whitespace() => {
                    let word_before = paragraph[..i].rsplit(' ').next().unwrap_or("");
                    if word_before.chars().count() > 2 {
                        return &paragraph[..end];
                    }
                }
                _ => {}
            }
        }
    }
    paragraph
}

fn looks_like_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= MAX_HEADLINE_WORDS && !ends_a_sentence(line)
}

fn looks_like_subheading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= MAX_SUBHEADING_WORDS && !ends_a_sentence(line) && !line.ends_with([':', ';', ','])
}

fn ends_a_sentence(line: &str) -> bool {
    line.ends_with(['.', '…', '"', '”', '»']) && !line.ends_with("...")
}

struct LineSpan<'a> {
    number: usize,
    start: usize,
    text: &'a str,
}

impl LineSpan<'_> {
    /// The span of the line without its surrounding white space.
    fn trimmed_span(&self) -> (usize, usize) {
        let lead = self.text.len() - self.text.trim_start().len();
        let start = self.start + lead;
        (start, start + self.text.trim().len())
    }

    fn block(&self, kind: BlockKind) -> Block {
        let (start, end) = self.trimmed_span();
        Block {
            line: self.number,
            start,
            end,
            kind,
            text: self.text.trim().to_string(),
        }
    }

    fn boilerplate(&self, reason: &'static str) -> Boilerplate {
        let (start, end) = self.trimmed_span();
        Boilerplate {
            line: self.number,
            start,
            end,
            text: self.text.trim().to_string(),
            reason,
        }
    }
}

/// The lines of `text` with their numbers and start offsets; the first line starts at `skip` (past a
/// header that runs on into the first sentence).
fn lines_with_spans(text: &str, skip: usize) -> Vec<LineSpan<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (number, line) in text.split('\n').enumerate() {
        let line_start = start;
        start += line.len() + 1;
        let (s, t) = if line_start < skip {
            let cut = (skip - line_start).min(line.len());
            (line_start + cut, &line[cut..])
        } else {
            (line_start, line)
        };
        out.push(LineSpan {
            number: number + 1,
            start: s,
            text: t,
        });
    }
    out
}
