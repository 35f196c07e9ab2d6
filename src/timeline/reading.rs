//! The reader's text laid out for the page, free of web dependencies: each block cut into its sentences
//! (so a pairing badge sits right after its own sentence, and a link can open the article at one), the
//! marks (dates and entities) of each sentence, and the keyboard stops of a column: every mark and badge
//! in reading order, one composite widget that arrow keys move through and Tab enters once.
//!
//! ```text
//! move_stop(3, 10, "ArrowRight") → Some(4)
//! move_stop(0, 10, "End")        → Some(9)
//! move_stop(0, 10, "Tab")        → None
//! ```

use super::view::{block_marks, Mark};
use crate::analysis::document::AnalyzedArticle;
use crate::analysis::sentences::spans;
use crate::corpus::article::Block;

/// One sentence of a block.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// Byte offset of its first character in the article text.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// Its marks, in its own byte offsets, in order, not overlapping.
    pub marks: Vec<Mark>,
    /// The numbers of the pairs of aligned sentences it belongs to (its badges).
    pub badges: Vec<usize>,
    /// The keyboard stop of its first mark; its badges follow its marks.
    pub first_stop: usize,
}

/// A piece of a block: a sentence, or the text between sentences (spaces), as article byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    /// Text outside any sentence: `(start, end)`.
    Text(usize, usize),
    /// A sentence.
    Sentence(Sentence),
}

/// An article laid out: its headline and each paragraph (in the order of `article.paragraphs`) as pieces,
/// and the number of keyboard stops in all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// The headline's pieces, if the article has one.
    pub headline: Option<Vec<Piece>>,
    /// Each paragraph's pieces.
    pub paragraphs: Vec<Vec<Piece>>,
    /// Marks and badges in all: the keyboard stops are numbered `0..stops` in reading order.
    pub stops: usize,
}

/// The sentences of a block as `(start, end)` article offsets, joined where a mark runs across a
/// boundary (a mark is never cut in two).
fn sentence_spans(article: &AnalyzedArticle, block: &Block, marks: &[Mark]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans(&article.text, block.start, block.end) {
        let straddled = out.last().is_some_and(|&(_, last_end)| {
            marks.iter().any(|m| {
                let (ms, me) = (block.start + m.start, block.start + m.end);
                ms < last_end && me > last_end
            })
        });
        match out.last_mut() {
            Some(last) if straddled => last.1 = e,
            _ => out.push((s, e)),
        }
    }
    out
}

/// Lays out one block: its sentences with their marks (`marks` in the block's offsets, as
/// [`block_marks`] gives them) and badges (`aligned`: sentence offset, pair number), keyboard stops
/// numbered from `first_stop`. Returns the pieces and the next free stop.
pub fn layout_block(
    article: &AnalyzedArticle,
    block: &Block,
    marks: &[Mark],
    aligned: &[(usize, usize)],
    first_stop: usize,
) -> (Vec<Piece>, usize) {
    let sentences = sentence_spans(article, block, marks);
    let mut pieces = Vec::new();
    let mut at = block.start;
    let mut stop = first_stop;
    for (k, &(s, e)) in sentences.iter().enumerate() {
        if s > at {
            pieces.push(Piece::Text(at, s));
        }
        // A badge belongs to the sentence its offset falls in (or the last one before it).
        let next_start = sentences.get(k + 1).map_or(block.end, |n| n.0);
        let first_of_block = k == 0;
        let badges: Vec<usize> = aligned
            .iter()
            .filter(|(off, _)| {
                (*off >= s || first_of_block && *off >= block.start) && *off < next_start
            })
            .map(|(_, n)| *n)
            .collect();
        let own: Vec<Mark> = marks
            .iter()
            .filter(|m| block.start + m.start >= s && block.start + m.end <= e)
            .map(|m| Mark {
                start: block.start + m.start - s,
                end: block.start + m.end - s,
                ..m.clone()
            })
            .collect();
        let sentence = Sentence {
            start: s,
            end: e,
            first_stop: stop,
            marks: own,
            badges,
        };
        stop += sentence.marks.len() + sentence.badges.len();
        pieces.push(Piece::Sentence(sentence));
        at = e;
    }
    if at < block.end {
        pieces.push(Piece::Text(at, block.end));
    }
    (pieces, stop)
}

/// Lays out a whole article: the headline, then each paragraph; marks only when `highlights`.
pub fn layout(article: &AnalyzedArticle, highlights: bool, aligned: &[(usize, usize)]) -> Layout {
    let mut stop = 0;
    let mut block = |b: &Block| {
        let marks = if highlights {
            block_marks(article, b)
        } else {
            Vec::new()
        };
        let (pieces, next) = layout_block(article, b, &marks, aligned, stop);
        stop = next;
        pieces
    };
    let headline = article.headline.as_ref().map(&mut block);
    let paragraphs = article.paragraphs.iter().map(&mut block).collect();
    Layout {
        headline,
        paragraphs,
        stops: stop,
    }
}

impl Layout {
    /// Every sentence, in reading order.
    pub fn sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.headline
            .iter()
            .chain(self.paragraphs.iter())
            .flatten()
            .filter_map(|p| match p {
                Piece::Sentence(s) => Some(s),
                Piece::Text(..) => None,
            })
    }

    /// The start of the sentence that holds byte `at` of the article (or the first one after it).
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        self.sentences().find(|s| at < s.end).map(|s| s.start)
    }
}

/// The DOM id of a sentence in a reader (`side` is `left` or `right` in Compare, empty in the reader):
/// `left-s-120`, `reader-s-120`.
pub fn sentence_id(side: &str, start: usize) -> String {
    let side = if side.is_empty() { "reader" } else { side };
    format!("{side}-s-{start}")
}

/// The keyboard stop a key moves to from stop `current` of `total`: arrows to the next or previous one
/// (stopping at the ends), Home and End to the first and last; `None` for any other key.
pub fn move_stop(current: usize, total: usize, key: &str) -> Option<usize> {
    if total == 0 {
        return None;
    }
    let current = current.min(total - 1);
    match key {
        "ArrowRight" | "ArrowDown" => Some((current + 1).min(total - 1)),
        "ArrowLeft" | "ArrowUp" => Some(current.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(total - 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysed(text: &str) -> AnalyzedArticle {
        let file = crate::corpus::source::decode_article("a.txt", text.as_bytes())
            .expect("a valid article");
        crate::analyze_corpus(&[file]).remove(0)
    }

    /// A block's pieces as text: sentences in brackets with their marks in braces and badges after.
    fn shown(article: &AnalyzedArticle, pieces: &[Piece]) -> String {
        let mut out = String::new();
        for p in pieces {
            match p {
                Piece::Text(s, e) => out.push_str(&article.text[*s..*e]),
                Piece::Sentence(s) => {
                    let text = &article.text[s.start..s.end];
                    let mut at = 0;
                    out.push('[');
                    for m in &s.marks {
                        out.push_str(&text[at..m.start]);
                        out.push('{');
                        out.push_str(&text[m.start..m.end]);
                        out.push('}');
                        at = m.end;
                    }
                    out.push_str(&text[at..]);
                    out.push(']');
                    for b in &s.badges {
                        out.push_str(&format!("≡{b}"));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn blocks_in_sentences_with_marks_and_badges() {
        /// Badges as (nth sentence of the first paragraph, pair number).
        type Badges = &'static [(usize, usize)];
        // (name, article, badges, shown)
        let cases: [(&str, &str, Badges, &str); 4] = [
            (
                "two_sentences_one_badge_each",
                " date 2020-01-14\nTitel\n\nHet Pentagon koos Microsoft. AWS stapt op 11 februari naar de rechter.\n",
                &[(0, 3), (1, 1)],
                "[Het {Pentagon} koos {Microsoft}.]≡3 [{AWS} stapt op {11 februari} naar de rechter.]≡1",
            ),
            (
                "no_badge",
                " date 2020-01-14\nTitel\n\nHet Pentagon koos Microsoft.\n",
                &[],
                "[Het {Pentagon} koos {Microsoft}.]",
            ),
            (
                "two_badges_one_sentence",
                " date 2020-01-14\nTitel\n\nHet Pentagon koos Microsoft. Toen niets.\n",
                &[(0, 1), (0, 2)],
                "[Het {Pentagon} koos {Microsoft}.]≡1≡2 [Toen niets.]",
            ),
            (
                "abbreviation_is_not_an_end",
                " date 2020-01-14\nTitle\n\nMr. Smith met Microsoft in Paris. It rained.\n",
                &[(1, 1)],
                "[Mr. {Smith} met {Microsoft} in {Paris}.] [It rained.]≡1",
            ),
        ];
        for (name, text, aligned, want) in cases {
            let article = analysed(text);
            let block = &article.paragraphs[0];
            let starts: Vec<usize> = spans(&article.text, block.start, block.end)
                .iter()
                .map(|s| s.0)
                .collect();
            let aligned: Vec<(usize, usize)> =
                aligned.iter().map(|&(k, n)| (starts[k], n)).collect();
            let (pieces, _) =
                layout_block(&article, block, &block_marks(&article, block), &aligned, 0);
            assert_eq!(shown(&article, &pieces), want, "{name}");
        }
    }

    #[test]
    fn a_mark_across_a_sentence_end_joins_the_sentences() {
        let article = analysed(" date 2020-01-14\nTitel\n\nHet gaat om J. Smith en Microsoft.\n");
        let block = &article.paragraphs[0];
        // A mark that runs over whatever boundary the splitter finds keeps its sentence whole.
        let whole = Mark {
            start: 0,
            end: block.text.len(),
            class: "mark-date",
            title: String::new(),
            value: String::new(),
        };
        let (pieces, next) = layout_block(&article, block, &[whole], &[], 5);
        assert_eq!(pieces.len(), 1, "{pieces:?}");
        assert_eq!(next, 6);
    }

    #[test]
    fn stops_are_numbered_in_reading_order() {
        let article = analysed(
            " date 2020-01-14\nMicrosoft wint\n\nHet Pentagon koos Microsoft. AWS stapt naar de rechter.\n",
        );
        let block = &article.paragraphs[0];
        let second = spans(&article.text, block.start, block.end)[1].0;
        let laid = layout(&article, true, &[(second, 1)]);
        // (sentence, its first stop, marks, badges): the headline's mark, then the paragraph's.
        let stops: Vec<(String, usize, usize, usize)> = laid
            .sentences()
            .map(|s| {
                (
                    article.text[s.start..s.end].to_string(),
                    s.first_stop,
                    s.marks.len(),
                    s.badges.len(),
                )
            })
            .collect();
        assert_eq!(
            stops,
            [
                ("Microsoft wint".to_string(), 0, 1, 0),
                ("Het Pentagon koos Microsoft.".to_string(), 1, 2, 0),
                ("AWS stapt naar de rechter.".to_string(), 3, 1, 1),
            ]
        );
        assert_eq!(laid.stops, 5);
        assert_eq!(laid.sentence_at(second + 4), Some(second));
        assert_eq!(laid.sentence_at(usize::MAX), None);
        assert_eq!(
            layout(&article, false, &[]).stops,
            0,
            "no highlights, no stops"
        );
    }

    #[test]
    fn keys_move_between_stops() {
        // (name, current, total, key, target)
        let cases = [
            ("next", 3, 10, "ArrowRight", Some(4)),
            ("down_is_next", 3, 10, "ArrowDown", Some(4)),
            ("previous", 3, 10, "ArrowLeft", Some(2)),
            ("up_is_previous", 3, 10, "ArrowUp", Some(2)),
            ("stays_at_the_end", 9, 10, "ArrowRight", Some(9)),
            ("stays_at_the_start", 0, 10, "ArrowLeft", Some(0)),
            ("home", 5, 10, "Home", Some(0)),
            ("end", 5, 10, "End", Some(9)),
            ("other_key", 5, 10, "Enter", None),
            ("no_stops", 0, 0, "ArrowRight", None),
            ("current_past_the_end", 12, 10, "ArrowLeft", Some(8)),
        ];
        for (name, current, total, key, want) in cases {
            assert_eq!(move_stop(current, total, key), want, "{name}");
        }
    }

    #[test]
    fn sentence_ids() {
        assert_eq!(sentence_id("left", 120), "left-s-120");
        assert_eq!(sentence_id("", 7), "reader-s-7");
    }
}
