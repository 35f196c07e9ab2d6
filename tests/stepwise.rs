//! The analysis is done in small steps (so that a page stays responsive on a large corpus): no step
//! does the work of the whole corpus, and stepping gives exactly what the all-at-once function gives.
//! (The timeline's steps are tested in `src/timeline/tests.rs`.)

mod common;

use common::seeds;
use dossier::{analyze_corpus, load_folder, CorpusAnalyzer, SourceFile};

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

#[test]
fn the_corpus_analysis_takes_the_same_number_of_steps_for_each_article() {
    let cases = [("one copy of the seeds", 1), ("three copies", 3)];
    let per_article = analyser_steps(&corpus(1)) / corpus(1).len();
    assert!(
        per_article >= 3,
        "parse, analyse and the corpus-wide passes are separate steps ({per_article} per article)"
    );
    for (name, copies) in cases {
        let files = corpus(copies);
        assert_eq!(
            analyser_steps(&files),
            per_article * files.len(),
            "{name}: steps grow with the articles, none does the whole corpus"
        );
    }
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
