//! Native throughput of the analysis core, per component and per language, and how the whole pipeline
//! grows with the corpus. Not a test: it measures and writes a report.
//!
//! `cargo bench --bench throughput -- [--out FILE] [--min-seconds S] DIR...`
//!
//! The first DIR gives the per-component table (its articles grouped by detected language); every DIR is
//! then analysed whole, for the growth table. The report is JSON (default `target/bench/native.json`).

use dossier::{
    analyze_article, analyze_corpus, article_claims, corpus_names, detect, extract_entities,
    extract_timex, load_folder, CorpusAnalyzer, Lang, PubDateSource, Reference, SourceFile,
};
use serde_json::{json, Value};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

/// Runs `work` until at least `min_seconds` have passed (and at least three times); the best
/// per-run time in seconds, which is the least disturbed by the rest of the machine.
fn best_time(min_seconds: f64, mut work: impl FnMut()) -> f64 {
    let started = Instant::now();
    let mut best = f64::INFINITY;
    let mut runs = 0;
    while runs < 3 || started.elapsed().as_secs_f64() < min_seconds {
        let t = Instant::now();
        work();
        best = best.min(t.elapsed().as_secs_f64());
        runs += 1;
    }
    best
}

fn mb_per_s(bytes: usize, seconds: f64) -> f64 {
    bytes as f64 / 1e6 / seconds
}

/// The body text of each article of one language, with its publication date when the header has one.
struct LanguageSet {
    lang: Lang,
    files: Vec<SourceFile>,
    texts: Vec<(String, Option<Reference>)>,
}

impl LanguageSet {
    fn bytes(&self) -> usize {
        self.texts.iter().map(|(t, _)| t.len()).sum()
    }
}

fn by_language(files: &[SourceFile]) -> Vec<LanguageSet> {
    let mut sets: Vec<LanguageSet> = [Lang::Nl, Lang::Fr, Lang::En]
        .into_iter()
        .map(|lang| LanguageSet {
            lang,
            files: Vec::new(),
            texts: Vec::new(),
        })
        .collect();
    for file in files {
        let article = analyze_article(file);
        let lang = detect(&article.text).lang;
        // The header's date (the day, or the first of the month), never an inferred one.
        let reference = (article.pub_date.source == PubDateSource::Header)
            .then(|| article.pub_date.reference())
            .flatten()
            .map(|r| Reference {
                date: article.pub_date.span().map_or(r.date, |(first, _)| first),
                grain: r.grain,
            });
        if let Some(set) = sets.iter_mut().find(|s| s.lang == lang) {
            set.files.push(file.clone());
            set.texts.push((article.text.clone(), reference));
        }
    }
    sets.retain(|s| !s.texts.is_empty());
    sets
}

fn component_table(files: &[SourceFile], min_seconds: f64) -> Vec<Value> {
    let mut rows = Vec::new();
    for set in by_language(files) {
        let bytes = set.bytes();
        let lang = set.lang;
        let language = best_time(min_seconds, || {
            for (text, _) in &set.texts {
                black_box(detect(text));
            }
        });
        let dates = best_time(min_seconds, || {
            for (text, reference) in &set.texts {
                black_box(extract_timex(text, lang, *reference));
            }
        });
        let entities = best_time(min_seconds, || {
            for (text, _) in &set.texts {
                black_box(extract_entities(text, lang));
            }
        });
        let analysed = analyze_corpus(&set.files);
        let makers = corpus_names(&analysed);
        let claims = best_time(min_seconds, || {
            for (i, article) in analysed.iter().enumerate() {
                black_box(article_claims(i, article, &makers));
            }
        });
        let pipeline = best_time(min_seconds, || {
            black_box(analyze_corpus(&set.files));
        });
        let row = json!({
            "lang": lang.code(),
            "articles": set.texts.len(),
            "bytes": bytes,
            "mb_per_s": {
                "language": mb_per_s(bytes, language),
                "dates": mb_per_s(bytes, dates),
                "entities": mb_per_s(bytes, entities),
                "claims": mb_per_s(bytes, claims),
                "pipeline": mb_per_s(bytes, pipeline),
            }
        });
        eprintln!("native {}: {row}", lang.code());
        rows.push(row);
    }
    rows
}

fn growth_table(dirs: &[PathBuf], min_seconds: f64) -> Vec<Value> {
    let mut rows = Vec::new();
    for dir in dirs {
        let files = match load_folder(dir) {
            Ok(files) => files,
            Err(errors) => {
                eprintln!("{}: {} problem(s), skipped", dir.display(), errors.len());
                continue;
            }
        };
        let bytes: usize = files.iter().map(|f| f.text.len()).sum();
        let seconds = best_time(min_seconds, || {
            let mut analyzer = CorpusAnalyzer::new(&files);
            while analyzer.step() {}
            black_box(analyzer.finish());
        });
        let row = json!({
            "corpus": dir.display().to_string(),
            "articles": files.len(),
            "bytes": bytes,
            "seconds": seconds,
            "mb_per_s": mb_per_s(bytes, seconds),
        });
        eprintln!("native growth: {row}");
        rows.push(row);
    }
    rows
}

fn main() {
    let mut out = PathBuf::from("target/bench/native.json");
    let mut min_seconds = 2.0;
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = PathBuf::from(args.next().expect("--out FILE")),
            "--min-seconds" => {
                min_seconds = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--min-seconds S")
            }
            "--bench" => {}
            dir => dirs.push(PathBuf::from(dir)),
        }
    }
    if dirs.is_empty() {
        dirs.push(PathBuf::from("seeds"));
    }
    let first = load_folder(&dirs[0]).unwrap_or_else(|errors| {
        panic!("{}: {} problem(s)", dirs[0].display(), errors.len());
    });
    let report = json!({
        "components": component_table(&first, min_seconds),
        "components_corpus": dirs[0].display().to_string(),
        "growth": growth_table(&dirs, min_seconds),
    });
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).expect("report folder");
    }
    std::fs::write(&out, serde_json::to_string_pretty(&report).expect("json"))
        .expect("write the report");
    eprintln!("wrote {}", out.display());
}
