//! Prints every candidate span of a text with the model's score per class (PER ORG LOC MISC none)
//! and the mentions found: `cargo run --example ner_scores -- LANG "text"`.

use dossier::ner_training::candidate_scores;
use dossier::{extract_entities, Lang};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = args
        .first()
        .and_then(|l| Lang::from_code(l))
        .unwrap_or(Lang::En);
    let text = args.get(1).cloned().unwrap_or_default();
    for (span, s) in candidate_scores(&text, lang) {
        println!(
            "{span:40} PER {:5} ORG {:5} LOC {:5} MISC {:5} none {:5}",
            s[0], s[1], s[2], s[3], s[4]
        );
    }
    for m in extract_entities(&text, lang) {
        println!("=> {} {:?} {}", m.text, m.kind, m.canonical);
    }
}
