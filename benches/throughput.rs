//! Native throughput of the analysis core, per component and per language, and how the whole pipeline
//! grows with the corpus. Not a test: it measures and writes a report.
//!
//! `cargo bench --bench throughput -- [--out FILE] [--min-seconds S] [--long FILE]... [--long-budget S] DIR...`
//!
//! The first DIR gives the per-component table (its articles grouped by detected language); every DIR is
//! then analysed whole, for the growth table by article count. Each `--long FILE` is one long article
//! (`cargo xtask gen-long`) for the growth table by article length: its dates, its entities, and
//! `dossier analyze` of a folder holding only it, as a whole process (JSON written to a sink). An
//! article whose slowest step would take longer than `--long-budget` seconds (default 120), projected
//! from how the time grew over the two shorter ones of its language, is skipped, and the report says so:
//! a quadratic cost would otherwise run for hours. Undated articles (`gen-long --undated`) get only the
//! `dossier analyze` column, which then includes inferring the publication date. The report is JSON (default
//! `target/bench/native.json`).

use dossier::{
    analyze_article, analyze_corpus, article_claims, corpus_names, detect, extract_entities,
    extract_timex, load_folder, AnalyzedArticle, CorpusAnalyzer, Lang, PubDateSource, Reference,
    SourceFile,
};
use serde_json::{json, Value};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

/// CPU time of this thread, in seconds (`CLOCK_THREAD_CPUTIME_ID`). On a shared machine wall-clock
/// time also counts the time other processes held the CPU (several times the work itself on a busy
/// 2-core machine); CPU time does not, so the benchmark measures in CPU time where it can.
#[cfg(unix)]
fn thread_cpu() -> Option<f64> {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into the valid, exclusively borrowed `t`.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    ok.then(|| t.tv_sec as f64 + t.tv_nsec as f64 / 1e9)
}

#[cfg(not(unix))]
fn thread_cpu() -> Option<f64> {
    None
}

/// CPU time (user + system) of the child processes waited for so far, in seconds (`getrusage`).
#[cfg(unix)]
fn children_cpu() -> Option<f64> {
    // SAFETY: an all-zero rusage is a valid value of this plain C struct.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes one rusage into the valid, exclusively borrowed `u`.
    let ok = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut u) } == 0;
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    ok.then(|| seconds(u.ru_utime) + seconds(u.ru_stime))
}

#[cfg(not(unix))]
fn children_cpu() -> Option<f64> {
    None
}

/// What the benchmark's seconds are.
fn clock_name() -> &'static str {
    if thread_cpu().is_some() {
        "CPU time"
    } else {
        "wall-clock time"
    }
}

/// Seconds `work` takes: CPU time of this thread where the system tells it, else wall-clock time.
fn timed(work: impl FnOnce()) -> f64 {
    let wall = Instant::now();
    let cpu = thread_cpu();
    work();
    match (cpu, thread_cpu()) {
        (Some(a), Some(b)) => b - a,
        _ => wall.elapsed().as_secs_f64(),
    }
}

/// Runs `work` until at least `min_seconds` have passed (and at least three times); the best
/// per-run time in seconds ([`timed`]), which is the least disturbed by the rest of the machine.
fn best_time(min_seconds: f64, work: impl FnMut()) -> f64 {
    best_time_capped(min_seconds, f64::INFINITY, work)
}

/// [`best_time`], but a first run longer than `cap` seconds is taken as it is (one run of a slow step
/// tells enough, and three would take too long).
fn best_time_capped(min_seconds: f64, cap: f64, mut work: impl FnMut()) -> f64 {
    let started = Instant::now();
    let mut best = f64::INFINITY;
    let mut runs = 0;
    while runs < 3 || started.elapsed().as_secs_f64() < min_seconds {
        best = best.min(timed(&mut work));
        runs += 1;
        if runs == 1 && best > cap {
            break;
        }
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
        let (article, lang, reference) = read_article(file);
        if let Some(set) = sets.iter_mut().find(|s| s.lang == lang) {
            set.files.push(file.clone());
            set.texts.push((article.text.to_string(), reference));
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

/// One long article of the growth-by-length table, with the folder `dossier analyze` reads it from.
struct LongArticle {
    file: PathBuf,
    lang: Lang,
    text: String,
    reference: Option<Reference>,
}

/// An article read through the facade (one analysis, outside the timings), with its language and the
/// reference its dates are resolved against: the header's date (the day, or the first of the month),
/// never an inferred one.
fn read_article(file: &SourceFile) -> (AnalyzedArticle, Lang, Option<Reference>) {
    let article = analyze_article(file);
    let lang = detect(&article.text).lang;
    let reference = (article.pub_date.source == PubDateSource::Header)
        .then(|| article.pub_date.reference())
        .flatten()
        .map(|r| Reference {
            date: article.pub_date.span().map_or(r.date, |(first, _)| first),
            grain: r.grain,
        });
    (article, lang, reference)
}

fn long_article(file: &std::path::Path) -> LongArticle {
    let dir = file
        .parent()
        .expect("a long article sits in its own folder");
    let files = load_folder(dir).unwrap_or_else(|errors| {
        panic!("{}: {} problem(s)", dir.display(), errors.len());
    });
    assert_eq!(files.len(), 1, "{}: one article a folder", dir.display());
    let (article, lang, reference) = read_article(&files[0]);
    LongArticle {
        file: file.to_path_buf(),
        lang,
        text: article.text.to_string(),
        reference,
    }
}

/// `dossier analyze DIR` as a whole process, its JSON written to a sink; seconds of its CPU time
/// (user + system) where the system tells it, else of wall-clock time.
fn analyze_process(dir: &std::path::Path) -> f64 {
    let t = Instant::now();
    let before = children_cpu();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("analyze")
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run dossier analyze");
    let wall = t.elapsed().as_secs_f64();
    assert!(status.success(), "dossier analyze {} failed", dir.display());
    match (before, children_cpu()) {
        (Some(a), Some(b)) => b - a,
        _ => wall,
    }
}

fn length_table(files: &[PathBuf], min_seconds: f64, budget: f64) -> Vec<Value> {
    let mut rows = Vec::new();
    // Per language and kind (dated or not), the last step measured: (bytes, slowest seconds), to
    // project the next one from the growth seen so far.
    let mut last: std::collections::HashMap<(&'static str, bool), Vec<(f64, f64)>> =
        Default::default();
    for file in files {
        let a = long_article(file);
        let lang = a.lang.code();
        let bytes = a.text.len();
        let undated = a.reference.is_none();
        let seen = last.entry((lang, undated)).or_default();
        if let [.., (b0, t0), (b1, t1)] = seen.as_slice() {
            let exponent = ((t1 / t0).ln() / (b1 / b0).ln()).max(1.0);
            let projected = t1 * (bytes as f64 / b1).powf(exponent);
            if projected > budget {
                let row = json!({
                    "file": a.file.display().to_string(), "lang": lang, "bytes": bytes, "undated": undated,
                    "skipped": format!("projected {projected:.0} s (time grew as length^{exponent:.2})"),
                });
                eprintln!("native length: {row}");
                rows.push(row);
                continue;
            }
        }
        let cap = 5.0;
        let dates = (!undated).then(|| {
            best_time_capped(min_seconds, cap, || {
                black_box(extract_timex(&a.text, a.lang, a.reference));
            })
        });
        let entities = (!undated).then(|| {
            best_time_capped(min_seconds, cap, || {
                black_box(extract_entities(&a.text, a.lang));
            })
        });
        let dir = file.parent().expect("folder");
        let mut analyze = f64::INFINITY;
        let started = Instant::now();
        for run in 0.. {
            let t = analyze_process(dir);
            analyze = analyze.min(t);
            if run >= 2 && started.elapsed().as_secs_f64() >= min_seconds || t > cap {
                break;
            }
        }
        let slowest = [dates.unwrap_or(0.0), entities.unwrap_or(0.0), analyze]
            .into_iter()
            .fold(0.0, f64::max);
        seen.push((bytes as f64, slowest));
        let row = json!({
            "file": a.file.display().to_string(),
            "lang": lang,
            "bytes": bytes,
            "undated": undated,
            "seconds": { "dates": dates, "entities": entities, "analyze": analyze },
        });
        eprintln!("native length: {row}");
        rows.push(row);
    }
    rows
}

fn main() {
    let mut out = PathBuf::from("target/bench/native.json");
    let mut min_seconds = 2.0;
    let mut dirs = Vec::new();
    let mut long = Vec::new();
    let mut long_budget = 120.0;
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
            "--long" => long.push(PathBuf::from(args.next().expect("--long FILE"))),
            "--long-budget" => {
                long_budget = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--long-budget S")
            }
            "--bench" => {}
            dir => dirs.push(PathBuf::from(dir)),
        }
    }
    // Long articles alone (while working on them): no component or count-growth table.
    let report = if dirs.is_empty() && !long.is_empty() {
        json!({ "clock": clock_name(), "length": length_table(&long, min_seconds, long_budget) })
    } else {
        if dirs.is_empty() {
            dirs.push(PathBuf::from("seeds"));
        }
        let first = load_folder(&dirs[0]).unwrap_or_else(|errors| {
            panic!("{}: {} problem(s)", dirs[0].display(), errors.len());
        });
        json!({
            "clock": clock_name(),
            "components": component_table(&first, min_seconds),
            "components_corpus": dirs[0].display().to_string(),
            "growth": growth_table(&dirs, min_seconds),
            "length": length_table(&long, min_seconds, long_budget),
        })
    };
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).expect("report folder");
    }
    std::fs::write(&out, serde_json::to_string_pretty(&report).expect("json"))
        .expect("write the report");
    eprintln!("wrote {}", out.display());
}
