//! Two articles compared: shared and unique entities and dates, sentences aligned by what they share,
//! and claims about the same measure of the same entity that agree or disagree.

use super::claims::{article_claims, corpus_names, Claim};
use crate::analysis::document::AnalyzedArticle;
use crate::analysis::mention::{EntityType, Grain};
use crate::analysis::sentences::spans;
use crate::sort::set;
use serde::Serialize;
use std::collections::BTreeSet;

/// Whether two claims agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The same value, however written (`tien miljard dollar` = `$ 10 billion`), or compatible hedges
    /// (`up to $10 billion` and `$10 billion`).
    Agree,
    /// Different values for the same measure of the same entity.
    Disagree,
}

/// Two claims paired, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimMatch {
    /// Agree or disagree.
    pub verdict: Verdict,
    /// The left claim.
    pub left: Claim,
    /// The right claim.
    pub right: Claim,
    /// Why they were paired, in words: "Paired because both give Microsoft’s market share, as a
    /// percentage."
    pub why: String,
}

fn amount(value: &str) -> Option<(String, f64)> {
    match value.strip_suffix('%') {
        Some(p) => Some(("%".into(), p.parse().ok()?)),
        None => {
            let (unit, n) = value.split_once(' ')?;
            Some((unit.to_string(), n.parse().ok()?))
        }
    }
}

/// Compares two claims: `None` when they are not about the same thing.
pub fn compare_claims(a: &Claim, b: &Claim) -> Option<ClaimMatch> {
    if a.conversion || b.conversion || a.kind != b.kind || a.measure != b.measure {
        return None;
    }
    // Percentages need a subject in common; amounts of money compare on the measure alone when neither
    // names one (a contract's value), or on the same subject.
    let same_subject = match (&a.subject, &b.subject) {
        (Some(x), Some(y)) => x == y,
        _ => a.kind == EntityType::Money && a.measure != "amount",
    };
    if !same_subject {
        return None;
    }
    let ((ua, va), (ub, vb)) = (amount(&a.value)?, amount(&b.value)?);
    if ua != ub {
        return None; // another currency: not comparable without a rate, never a disagreement
    }
    let close = (va - vb).abs() <= 0.01 * va.abs().max(vb.abs()).max(1e-9);
    let compatible = |x: &Claim, xv: f64, yv: f64| match x.modifier {
        Some("UP_TO") | Some("LESS_THAN") => yv <= xv * 1.01,
        Some("MORE_THAN") => yv >= xv * 0.99,
        Some("APPROX") => (xv - yv).abs() <= 0.1 * xv.abs(),
        _ => false,
    };
    let verdict = if close || compatible(a, va, vb) || compatible(b, vb, va) {
        Verdict::Agree
    } else {
        Verdict::Disagree
    };
    let mut m = ClaimMatch {
        verdict,
        left: a.clone(),
        right: b.clone(),
        why: String::new(),
    };
    m.why = super::words::claim_reason(&m);
    Some(m)
}

/// What two articles share and where they differ.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PairSummary {
    /// Entities named by both (canonical).
    pub entities_both: Vec<String>,
    /// Entities only the left names.
    pub entities_left: Vec<String>,
    /// Entities only the right names.
    pub entities_right: Vec<String>,
    /// Dates (day or month values) both mention.
    pub dates_both: Vec<String>,
    /// Dates only the left mentions.
    pub dates_left: Vec<String>,
    /// Dates only the right mentions.
    pub dates_right: Vec<String>,
    /// Claims paired across the two.
    pub claims: Vec<ClaimMatch>,
}

fn names(a: &AnalyzedArticle) -> BTreeSet<String> {
    set(a
        .entity_index
        .iter()
        .filter(|r| !matches!(r.kind, EntityType::Money | EntityType::Percent))
        .map(|r| r.canonical.clone()))
}

fn dates(a: &AnalyzedArticle) -> BTreeSet<String> {
    set(a
        .timex
        .iter()
        .filter(|t| {
            matches!(
                t.grain,
                Grain::Day | Grain::Month | Grain::Quarter | Grain::Season
            )
        })
        .map(|t| t.value.to_string()))
}

/// Compares articles `l` and `r` of a corpus.
pub fn summarize(articles: &[AnalyzedArticle], l: usize, r: usize) -> PairSummary {
    let (a, b) = (&articles[l], &articles[r]);
    let (na, nb) = (names(a), names(b));
    let (da, db) = (dates(a), dates(b));
    let makers = corpus_names(articles);
    let (ca, cb) = (article_claims(l, a, &makers), article_claims(r, b, &makers));
    let mut claims = Vec::new();
    for x in &ca {
        for y in &cb {
            if let Some(m) = compare_claims(x, y) {
                claims.push(m);
            }
        }
    }
    PairSummary {
        entities_both: na.intersection(&nb).cloned().collect(),
        entities_left: na.difference(&nb).cloned().collect(),
        entities_right: nb.difference(&na).cloned().collect(),
        dates_both: da.intersection(&db).cloned().collect(),
        dates_left: da.difference(&db).cloned().collect(),
        dates_right: db.difference(&da).cloned().collect(),
        claims,
    }
}

/// Every disagreement in the corpus, with the pair of articles that shows it.
pub fn corpus_disagreements(articles: &[AnalyzedArticle]) -> Vec<ClaimMatch> {
    let makers = corpus_names(articles);
    let claims: Vec<Vec<Claim>> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| article_claims(i, a, &makers))
        .collect();
    let mut out = Vec::new();
    for l in 0..articles.len() {
        for r in l + 1..articles.len() {
            for x in &claims[l] {
                for y in &claims[r] {
                    if let Some(m) = compare_claims(x, y).filter(|m| m.verdict == Verdict::Disagree)
                    {
                        out.push(m);
                    }
                }
            }
        }
    }
    out
}

/// Sentences of the two articles paired by what they share (canonical entities, resolved dates,
/// normalised amounts): (left sentence start, right sentence start, score), best first, each sentence
/// used once.
pub fn align_sentences(a: &AnalyzedArticle, b: &AnalyzedArticle) -> Vec<(usize, usize, usize)> {
    let features = |x: &AnalyzedArticle| -> Vec<(usize, usize, BTreeSet<String>)> {
        let mut out = Vec::new();
        for block in x.headline.iter().chain(x.paragraphs.iter()) {
            for (ss, se) in spans(&x.text, block.start, block.end) {
                let mut f: BTreeSet<String> = set(x
                    .entities
                    .iter()
                    .filter(|m| m.start >= ss && m.end <= se)
                    .map(|m| m.value.clone().unwrap_or_else(|| m.canonical.clone())));
                f.extend(
                    x.timex
                        .iter()
                        .filter(|t| t.start >= ss && t.end <= se && t.grain == Grain::Day)
                        .map(|t| format!("date:{}", t.value)),
                );
                out.push((ss, se, f));
            }
        }
        out
    };
    let (fa, fb) = (features(a), features(b));
    let mut scored = Vec::new();
    for (i, (sa, _, xa)) in fa.iter().enumerate() {
        for (j, (sb, _, xb)) in fb.iter().enumerate() {
            let score: usize = xa
                .intersection(xb)
                .map(|f| {
                    if f.starts_with("date:")
                        || f.contains(' ') && f.chars().any(|c| c.is_ascii_digit())
                    {
                        2
                    } else {
                        1
                    }
                })
                .sum();
            if score >= 2 {
                scored.push((score, i, j, *sa, *sb));
            }
        }
    }
    crate::sort::sort_by(&mut scored, |x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
    let (mut used_a, mut used_b) = (BTreeSet::new(), BTreeSet::new());
    let mut pairs = Vec::new();
    for (score, i, j, sa, sb) in scored {
        if !used_a.contains(&i) && !used_b.contains(&j) {
            used_a.insert(i);
            used_b.insert(j);
            pairs.push((sa, sb, score));
        }
    }
    pairs
}
