//! Training the typer's weights ([`super::model`]): a multi-class averaged perceptron (Collins 2002;
//! the averaging as in Daumé's "lazy" form) over every candidate span of annotated texts
//! ([`super::training_examples`]), in a fixed order, then quantised to `i8`. Native only; run by
//! `cargo run --release --example train_ner`, which reads `data/train/*.jsonl` and writes `model/weights.bin`.

use super::model::{encode, CLASSES, NONE};
use super::{choice, segment};
use crate::analysis::lexicon::fnv::FnvMap;
use crate::analysis::mention::EntityType;

/// One labelled candidate span.
#[derive(Clone, Debug)]
pub struct Example {
    /// Its features.
    pub features: Vec<u32>,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The type the span keeps when the model has nothing better ([`super::features::Span::prior`]).
    pub prior: Option<EntityType>,
    /// Whether the prior overrides the model ([`super::features::Span::cue`]).
    pub cue: bool,
    /// Its class index ([`CLASSES`]; [`NONE`] when no gold mention has exactly this span).
    pub label: usize,
}

/// The candidate spans of one text (the decoder chooses among them, as at run time).
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Tokens in the text.
    pub tokens: usize,
    /// Its candidate spans.
    pub spans: Vec<Example>,
    /// Gold names (byte spans) that no candidate span matches: what the candidates miss.
    pub uncovered: Vec<(usize, usize)>,
}

/// What a training run did.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Candidate spans per epoch.
    pub examples: usize,
    /// Spans chosen wrongly or missed, in each epoch.
    pub mistakes: Vec<usize>,
    /// Distinct features seen.
    pub features_seen: usize,
    /// Features kept in the file.
    pub features_kept: usize,
    /// The weight that became 127.
    pub scale: f32,
}

#[derive(Clone, Copy, Default)]
struct Weight {
    w: [f32; 5],
    /// Sum of step × update, for the average.
    u: [f32; 5],
    seen: u32,
}

/// Trains a structured perceptron on `docs` for `epochs` passes (documents shuffled by a fixed seed):
/// each document is decoded as at run time ([`segment`] over the spans' margins), and the weights move
/// towards the gold spans and away from the wrongly chosen ones. Returns the weight file's bytes.
/// Features seen in fewer than `min_count` spans are dropped, and so are weights that round to zero.
pub fn train(docs: &[Document], epochs: usize, min_count: u32) -> (Vec<u8>, Report) {
    let mut table: FnvMap<u32, Weight> = FnvMap::default();
    for e in docs.iter().flat_map(|d| &d.spans) {
        for f in &e.features {
            table.entry(*f).or_default().seen += 1;
        }
    }
    let mut report = Report {
        examples: docs.iter().map(|d| d.spans.len()).sum(),
        features_seen: table.len(),
        ..Report::default()
    };
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut seed: u64 = 0x5eed_1234_abcd_0001;
    let mut step: f32 = 1.0;
    let update =
        |table: &mut FnvMap<u32, Weight>, features: &[u32], class: usize, d: f32, step: f32| {
            for f in features {
                let w = table.entry(*f).or_default();
                w.w[class] += d;
                w.u[class] += d * step;
            }
        };
    for _ in 0..epochs {
        // Fisher–Yates with a fixed linear congruential generator: the same order on every machine.
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let j = (seed >> 33) as usize % (i + 1);
            order.swap(i, j);
        }
        let mut mistakes = 0;
        for &d in &order {
            let doc = &docs[d];
            let choices: Vec<(f64, usize)> = doc
                .spans
                .iter()
                .map(|e| {
                    let mut s = [0f64; 5];
                    for f in &e.features {
                        if let Some(w) = table.get(f) {
                            for (total, x) in s.iter_mut().zip(w.w) {
                                *total += f64::from(x);
                            }
                        }
                    }
                    choice(&s, e.prior, e.cue)
                })
                .collect();
            let mut predicted = vec![NONE; doc.spans.len()];
            for k in chosen(doc, &choices) {
                predicted[k] = choices[k].1;
            }
            for (k, e) in doc.spans.iter().enumerate() {
                let p = predicted[k];
                if p == e.label {
                    continue;
                }
                mistakes += 1;
                // A prior chosen by rule, not by the weights: nothing to learn from it.
                let forced = e.cue || e.prior.is_some() && choices[k].0 == 1.0;
                if p != NONE && !forced {
                    update(&mut table, &e.features, p, -1.0, step);
                    update(&mut table, &e.features, NONE, 1.0, step);
                }
                if e.label != NONE {
                    update(&mut table, &e.features, e.label, 1.0, step);
                    update(&mut table, &e.features, NONE, -1.0, step);
                }
            }
            step += 1.0;
        }
        report.mistakes.push(mistakes);
    }
    // Averages, then the scale that maps the 99.9th percentile of |weight| to 127.
    let averaged: Vec<(u32, [f32; 5])> = table
        .iter()
        .filter(|(_, w)| w.seen >= min_count)
        .map(|(&f, w)| {
            let avg: [f32; 5] = std::array::from_fn(|c| w.w[c] - w.u[c] / step);
            (f, avg)
        })
        .collect();
    let mut magnitudes: Vec<f32> = averaged
        .iter()
        .flat_map(|(_, w)| w.iter().map(|x| x.abs()))
        .filter(|x| *x > 0.0)
        .collect();
    magnitudes.sort_by(f32::total_cmp);
    let scale = magnitudes
        .get(magnitudes.len().saturating_sub(1 + magnitudes.len() / 1000))
        .copied()
        .unwrap_or(1.0)
        .max(1e-6);
    let mut rows: Vec<(u32, [i8; 5])> = averaged
        .into_iter()
        .map(|(f, avg)| {
            let q = avg.map(|x| (x / scale * 127.0).round().clamp(-127.0, 127.0) as i8);
            (f, q)
        })
        .filter(|(_, q)| q.iter().any(|&x| x != 0))
        .collect();
    report.features_kept = rows.len();
    report.scale = scale;
    debug_assert_eq!(CLASSES.len(), 5);
    (encode(&mut rows), report)
}

/// The candidate spans of `doc` the decoder keeps, given each one's (margin, class): the best set of
/// non-overlapping spans by margin ([`segment`]), as at run time.
fn chosen(doc: &Document, choices: &[(f64, usize)]) -> Vec<usize> {
    let spans: Vec<(usize, usize, f64)> = doc
        .spans
        .iter()
        .zip(choices)
        .map(|(e, c)| (e.start, e.end, c.0))
        .collect();
    segment(doc.tokens, &spans)
}

/// Typed counts of a weight file on annotated documents, decoded as [`train`] decodes them (the
/// candidate spans' margins, then [`segment`]): (spans chosen with the gold type, spans chosen
/// wrongly, gold names). Gold names no candidate covers count as missed. For choosing the training
/// settings on a held-out slice of the training data (`examples/train_ner.rs`), never on dev sets.
pub fn evaluate(weights: &[u8], docs: &[Document]) -> Result<(usize, usize, usize), String> {
    let model = super::model::Model::parse(weights)?;
    let (mut right, mut wrong, mut gold) = (0, 0, 0);
    for doc in docs {
        let choices: Vec<(f64, usize)> = doc
            .spans
            .iter()
            .map(|e| choice(&model.scores(&e.features).map(f64::from), e.prior, e.cue))
            .collect();
        for k in chosen(doc, &choices) {
            if choices[k].1 == NONE {
                continue;
            }
            if choices[k].1 == doc.spans[k].label {
                right += 1;
            } else {
                wrong += 1;
            }
        }
        gold += doc.spans.iter().filter(|e| e.label != NONE).count() + doc.uncovered.len();
    }
    Ok((right, wrong, gold))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::entities::model::Model;

    #[test]
    fn the_perceptron_learns_a_separable_toy_set_and_is_reproducible() {
        // One-token spans: feature 10 means PER, 20 LOC, 30 (with 99 as noise everywhere) no entity.
        let span = |k: usize, f: u32, label: usize| Example {
            features: vec![f, 99],
            start: k,
            end: k + 1,
            prior: None,
            cue: false,
            label,
        };
        let docs: Vec<Document> = (0..20)
            .map(|_| Document {
                tokens: 3,
                spans: vec![span(0, 10, 0), span(1, 20, 2), span(2, 30, NONE)],
                uncovered: Vec::new(),
            })
            .collect();
        let (bytes, report) = train(&docs, 5, 1);
        assert_eq!(train(&docs, 5, 1).0, bytes);
        assert_eq!(*report.mistakes.last().unwrap(), 0);
        let m = Model::parse(&bytes).unwrap();
        let best = |f: u32| {
            let s = m.scores(&[f, 99]);
            (0..5).max_by_key(|&c| s[c]).unwrap()
        };
        assert_eq!((best(10), best(20), best(30)), (0, 2, NONE));
    }
}
