//! Trains the entity typer's weights from the annotated training data and writes
//! `src/analysis/entities/model/weights.bin`:
//!
//! `cargo run --release --example train_ner [-- EPOCHS MIN_COUNT]` (defaults 30 and 2)
//!
//! With `HOLDOUT=N` in the environment it writes nothing: it holds out every N-th article of each file,
//! trains on the others and prints the typed precision, recall and F1 of the candidate decoder on the
//! held-out articles per file (how the settings and the features are chosen: on a slice of the training
//! data, never on the dev sets), for the whole weights and for the embedded model's pruning (`PRUNE`:
//! thresholds separated by commas, default `1` and the embedded one; model/README.md, "Pruning").
//!
//! Reads `data/train/{nl,fr,en,en-real,fr-pud}.jsonl` (never the dev sets: `data/dev/`), one article a line,
//! `{"id","text","lang","entities":[{"start","end","type"}]}` with UTF-8 byte offsets. A malformed line
//! stops it with `file:line`. Deterministic: the same data gives the same bytes.

use dossier::ner_training::{evaluate, prune, train, training_examples, Document, PRUNE_BELOW};
use dossier::{EntityType, Lang};
use serde_json::Value;
use std::process::ExitCode;

const FILES: [&str; 5] = [
    "data/train/nl.jsonl",
    "data/train/fr.jsonl",
    "data/train/en.jsonl",
    "data/train/en-real.jsonl",
    "data/train/fr-pud.jsonl",
];
/// How many times an epoch each article of real news (`*-real`, `fr-pud`) is seen, against once for
/// the team-written articles (chosen on held-out slices, `HOLDOUT`; overridden by `REAL_WEIGHT` in the
/// environment).
const REAL_WEIGHT_DEFAULT: usize = 1;
const OUT: &str = "src/analysis/entities/model/weights.bin";

fn kind(name: &str) -> Option<EntityType> {
    Some(match name {
        "PER" => EntityType::Person,
        "ORG" => EntityType::Organisation,
        "LOC" => EntityType::Place,
        "MISC" => EntityType::Misc,
        "MONEY" => EntityType::Money,
        "PERCENT" => EntityType::Percent,
        _ => return None,
    })
}

fn read(path: &str) -> Result<Vec<Document>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |what: &str| format!("{path}:{}: {what}", n + 1);
        let v: Value = serde_json::from_str(line).map_err(|e| at(&e.to_string()))?;
        let text = v["text"].as_str().ok_or_else(|| at("no text"))?;
        let lang = v["lang"]
            .as_str()
            .and_then(Lang::from_code)
            .ok_or_else(|| at("no lang"))?;
        let mut gold = Vec::new();
        for e in v["entities"].as_array().ok_or_else(|| at("no entities"))? {
            let (Some(s), Some(end), Some(k)) = (
                e["start"].as_u64(),
                e["end"].as_u64(),
                e["type"].as_str().and_then(kind),
            ) else {
                return Err(at(&format!("bad entity {e}")));
            };
            gold.push((s as usize, end as usize, k));
        }
        let doc = training_examples(text, lang, &gold);
        if std::env::var_os("UNCOVERED").is_some() {
            for &(s, e) in &doc.uncovered {
                println!("{path}\t{}", &text[s..e]);
            }
        }
        out.push(doc);
    }
    Ok(out)
}

/// A whole number from an argument or an environment variable, or a message naming it.
fn number(name: &str, value: &str) -> Result<usize, String> {
    value
        .parse()
        .map_err(|_| format!("train_ner: {name} must be a whole number, got '{value}'"))
}

/// The settings: epochs and minimum feature count from the arguments, `HOLDOUT` and `REAL_WEIGHT`
/// from the environment. Anything that is not a number, or an argument too many, is an error.
fn settings() -> Result<(usize, u32, Option<usize>, usize), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() > 2 {
        return Err(format!(
            "train_ner: at most two arguments (epochs, minimum feature count), got {}",
            args.len()
        ));
    }
    let epochs = match args.first() {
        Some(a) => number("epochs (argument 1)", a)?,
        None => 30,
    };
    let min_count = match args.get(1) {
        Some(a) => number("minimum feature count (argument 2)", a)? as u32,
        None => 4,
    };
    let env = |name: &str| -> Result<Option<usize>, String> {
        std::env::var(name)
            .ok()
            .map(|v| number(name, &v))
            .transpose()
    };
    let holdout = env("HOLDOUT")?.filter(|&n| n >= 2);
    let real_weight = env("REAL_WEIGHT")?.unwrap_or(REAL_WEIGHT_DEFAULT);
    Ok((epochs, min_count, holdout, real_weight))
}

fn main() -> ExitCode {
    let (epochs, min_count, holdout, real_weight) = match settings() {
        Ok(s) => s,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    let mut examples = Vec::new();
    let mut held: Vec<(&str, Vec<Document>)> = Vec::new();
    for f in FILES {
        match read(f) {
            Ok(e) => {
                eprintln!(
                    "{f}: {} articles, {} candidate spans",
                    e.len(),
                    e.iter().map(|d| d.spans.len()).sum::<usize>()
                );
                // Real news counts more than the team's own writing: each of its articles is seen
                // `REAL_WEIGHT` times an epoch.
                let times = if f.contains("synthetic") || !f.contains('-') {
                    1
                } else {
                    real_weight
                };
                let (out, keep): (Vec<_>, Vec<_>) = e
                    .into_iter()
                    .enumerate()
                    .partition(|(i, _)| holdout.is_some_and(|n| i % n == n - 1));
                for _ in 0..times {
                    examples.extend(keep.iter().map(|(_, d)| d.clone()));
                }
                if holdout.is_some() {
                    held.push((f, out.into_iter().map(|(_, d)| d).collect()));
                }
            }
            Err(e) => {
                eprintln!("train_ner: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let (bytes, report) = train(&examples, epochs, min_count);
    if holdout.is_some() {
        // The figures at each pruning threshold (`PRUNE=1,4,6`; by default none and the embedded
        // model's, `PRUNE_BELOW`): the rows the page's model leaves out (model/README.md, "Pruning").
        let thresholds = match prune_thresholds() {
            Ok(t) => t,
            Err(why) => {
                eprintln!("{why}");
                return ExitCode::FAILURE;
            }
        };
        for below in thresholds {
            let pruned = match prune(&bytes, below) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("train_ner: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let (mut r, mut w, mut g) = (0, 0, 0);
            for (f, docs) in &held {
                match evaluate(&pruned, docs) {
                    Ok((right, wrong, gold)) => {
                        println!("{f}\tprune {below}\t{}", prf(right, wrong, gold));
                        (r, w, g) = (r + right, w + wrong, g + gold);
                    }
                    Err(e) => {
                        eprintln!("train_ner: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            println!(
                "all\tprune {below}\t{}\t(epochs {epochs}, min count {min_count}, {} features kept of {})",
                prf(r, w, g),
                (pruned.len() - 12) / 9,
                (bytes.len() - 12) / 9
            );
        }
        return ExitCode::SUCCESS;
    }
    if let Err(e) = std::fs::write(OUT, &bytes) {
        eprintln!("train_ner: {OUT}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "{} examples, {epochs} epochs, mistakes per epoch {:?}; {} features seen, {} kept (min count {min_count}); scale {:.2}; wrote {OUT} ({} bytes)",
        report.examples,
        report.mistakes,
        report.features_seen,
        report.features_kept,
        report.scale,
        bytes.len()
    );
    ExitCode::SUCCESS
}

/// The pruning thresholds `HOLDOUT` reports: `PRUNE` (numbers separated by commas), or none (`1`: only
/// all-zero rows left out) and the embedded model's [`PRUNE_BELOW`].
fn prune_thresholds() -> Result<Vec<u8>, String> {
    match std::env::var("PRUNE") {
        Ok(list) => list
            .split(',')
            .map(|v| {
                number("PRUNE", v.trim()).and_then(|n| {
                    u8::try_from(n).map_err(|_| format!("train_ner: PRUNE: {n} is over 255"))
                })
            })
            .collect(),
        Err(_) => Ok(vec![1, PRUNE_BELOW]),
    }
}

/// Precision, recall and F1 from (right, wrong, gold), as text.
fn prf(right: usize, wrong: usize, gold: usize) -> String {
    let p = right as f64 / (right + wrong).max(1) as f64;
    let r = right as f64 / gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    format!("P {p:.3} R {r:.3} F1 {f:.3}")
}
