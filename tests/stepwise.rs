//! The analysis is done in small steps (so that a page stays responsive on a large corpus and on a long
//! article): no step does the work of the whole corpus, an article is many steps when it is long, and
//! stepping gives exactly what the analysis all at once gives (`analyze_corpus_at_once`,
//! `analyze_article_at_once`: each stage over the whole text in one go), byte for byte, on the seeds,
//! on generated long articles and on named edge cases around the places where a long text is cut
//! into pieces. (The timeline's steps are tested in `src/timeline/tests.rs`.)

mod common;

#[allow(dead_code)]
#[path = "../xtask/src/gen_long.rs"]
mod gen_long;

use common::seeds;
use dossier::{
    analyze_article, analyze_article_at_once, analyze_corpus, analyze_corpus_at_once,
    decode_article, load_folder, CorpusAnalyzer, SourceFile, STEP_BYTES,
};

/// The seeds, `copies` times over under distinct ids.
fn corpus(copies: usize) -> Vec<SourceFile> {
    let seeds = load_folder(&seeds()).expect("seeds");
    (0..copies)
        .flat_map(|c| {
            seeds.iter().map(move |f| SourceFile {
                id: format!("{c}_{}", f.id),
                file_name: format!("{c}_{}", f.file_name),
                text: f.text.clone(),
            })
        })
        .collect()
}

fn analyser_steps(files: &[SourceFile]) -> usize {
    let mut analyzer = CorpusAnalyzer::new(files);
    let mut steps = 0;
    while analyzer.step() {
        steps += 1;
    }
    steps
}

fn file(name: &str, text: &str) -> SourceFile {
    decode_article(name, text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Both analyses of one file, serialised: equal as JSON and as records.
fn assert_same(name: &str, f: &SourceFile) {
    let stepped = analyze_article(f);
    let at_once = analyze_article_at_once(f);
    assert_eq!(
        serde_json::to_string(&stepped).unwrap(),
        serde_json::to_string(&at_once).unwrap(),
        "{name}: stepping gives what the analysis all at once gives"
    );
    assert_eq!(stepped, at_once, "{name}");
}

#[test]
fn the_corpus_analysis_takes_steps_in_proportion_to_its_short_articles() {
    let cases = [("one copy of the seeds", 1), ("three copies", 3)];
    let once = analyser_steps(&corpus(1));
    assert!(
        once >= 3 * corpus(1).len(),
        "parse, analyse and the corpus-wide passes are separate steps ({once} for {} articles)",
        corpus(1).len()
    );
    for (name, copies) in cases {
        let files = corpus(copies);
        assert_eq!(
            analyser_steps(&files),
            once * copies,
            "{name}: steps grow with the articles, none does the whole corpus"
        );
    }
}

#[test]
fn a_long_article_is_many_steps() {
    let text = gen_long::article("nl", 8 * STEP_BYTES, 3, true).unwrap();
    let short = analyser_steps(&[file("short.txt", " date 2020-01-14\nKort bericht.\n")]);
    let long = analyser_steps(&[file("long.txt", &text)]);
    // Language, tokens and look-ups each read the text STEP_BYTES at a time.
    assert!(
        long >= short + 3 * (text.len() / STEP_BYTES - 1),
        "{long} steps for {} bytes, {short} for a line",
        text.len()
    );
}

#[test]
fn stepping_with_first_looks_gives_what_the_whole_analysis_gives() {
    let files = corpus(2);
    let mut analyzer = CorpusAnalyzer::new(&files);
    let mut looks = Vec::new();
    while analyzer.step() {
        looks.push(analyzer.analysed_so_far().len());
    }
    assert!(
        looks.windows(2).all(|w| w[0] <= w[1]),
        "first looks only grow"
    );
    assert_eq!(looks.last(), Some(&files.len()));
    assert_eq!(analyzer.finish(), analyze_corpus(&files));
}

#[test]
fn stepping_gives_the_analysis_all_at_once_on_the_seeds() {
    let files = corpus(1);
    assert_eq!(analyze_corpus(&files), analyze_corpus_at_once(&files));
    for f in &files {
        assert_same(&f.file_name, f);
    }
}

#[test]
fn stepping_gives_the_analysis_all_at_once_on_long_articles() {
    // (name, language, bytes, seed, dated)
    let cases = [
        ("nl dated", "nl", 120_000, 1, true),
        ("nl undated", "nl", 60_000, 2, false),
        ("fr dated", "fr", 120_000, 3, true),
        ("fr undated", "fr", 60_000, 4, false),
        ("en dated", "en", 120_000, 5, true),
        ("en undated", "en", 60_000, 6, false),
    ];
    let files: Vec<SourceFile> = cases
        .iter()
        .map(|&(name, lang, bytes, seed, dated)| {
            let text = gen_long::article(lang, bytes, seed, dated).unwrap();
            file(&format!("{}.txt", name.replace(' ', "-")), &text)
        })
        .collect();
    for ((name, ..), f) in cases.iter().zip(&files) {
        assert_same(name, f);
    }
    // Together, where the dated articles tell the undated ones their dates.
    assert_eq!(analyze_corpus(&files), analyze_corpus_at_once(&files));
}

/// `text` repeated until it is at least `bytes` long.
fn repeat(text: &str, bytes: usize) -> String {
    text.repeat(bytes / text.len() + 1)
}

/// Filler of plain sentences, `bytes` long at least, no blank line in it.
fn filler(lang: &str, bytes: usize) -> String {
    let sentence = match lang {
        "fr" => "Le conseil municipal a discuté du budget pendant de longues heures. ",
        "en" => "The council discussed the budget for many hours. ",
        _ => "De gemeenteraad sprak urenlang over de begroting. ",
    };
    repeat(sentence, bytes)
}

#[test]
fn stepping_gives_the_analysis_all_at_once_where_the_text_is_cut() {
    let piece = STEP_BYTES;
    let cases: Vec<(&str, String)> = vec![
        (
            "no blank line at all: one paragraph many pieces long, cut at spaces",
            format!(" date 2020-01-14\n{}", filler("nl", 5 * piece)),
        ),
        (
            "no line break at all, no header",
            filler("en", 4 * piece).replace("The council", "Minister Jane Ashdown said the council"),
        ),
        (
            "a stretch with no white space longer than a piece",
            format!(
                "Het kabinet besloot op 3 maart 2020. {} Op 4 maart volgde Rutte.\n",
                "x".repeat(3 * piece)
            ),
        ),
        (
            "a line break just before, at and after a piece boundary",
            format!(
                " date 2020-01-14\n{}\nEerder, op 12 januari, sprak Mark Rutte.\n\n{}\n{}",
                "a".repeat(piece - 40),
                filler("nl", piece),
                filler("nl", piece)
            ),
        ),
        (
            "a paragraph boundary inside a sentence",
            format!(
                " date 2020-01-14\n{}De minister van Financiën, Wopke\nHoekstra, zei dinsdag dat {}",
                filler("nl", piece - 30),
                filler("nl", 2 * piece)
            ),
        ),
        (
            "a date whose focus comes from a previous paragraph",
            format!(
                " date 2021-06-01\nLe 3 mars 2019, le conseil a voté.\n\n{}\n\nDeux jours plus tard, le maire a démissionné. Le 9, il est parti.\n",
                filler("fr", 2 * piece)
            ),
        ),
        (
            "a name first seen with a title, then bare many pieces later",
            format!(
                " date 2020-01-14\nChief executive David Harford said revenue rose.\n\n{}\n\n{}\n\nHarford expects a decision on Friday.\n",
                filler("en", 2 * piece),
                filler("en", 2 * piece)
            ),
        ),
        (
            "multi-byte characters and apostrophes around the cuts",
            format!(
                " date 2020-01-14\n{}",
                repeat("L’économie française a progressé de 2 % en été, d’après l’Insee à Paris. ", 4 * piece)
            ),
        ),
        (
            "an undated article whose date comes from its text, late",
            format!(
                "{}\n\nLe mardi 14 janvier 2020, Emmanuel Macron a reçu le Premier ministre.\n",
                filler("fr", 3 * piece)
            ),
        ),
        (
            "an undated article with a dateline, then many pieces",
            format!(
                "14 januari 2020 - De gemeenteraad besloot dinsdag.\n\n{}\n",
                filler("nl", 3 * piece)
            ),
        ),
        (
            "an undated article of many short paragraphs, each a date",
            repeat("Op 3 maart sprak de raad. Vorige week ook.\n\n", 3 * piece),
        ),
        (
            "a language told only after many pieces of numbers",
            format!(
                "{}\n\nDe gemeenteraad besloot dat het plan doorgaat.\n",
                repeat("12 34 56 78 ", 3 * piece)
            ),
        ),
    ];
    for (name, text) in &cases {
        assert_same(name, &file("edge.txt", text));
    }
}
