//! Embeds the corpus: reads every `*.txt` in `seeds/` (or in `$DOSSIER_CORPUS`), validates it with the
//! same code the `dossier` CLI uses, and fails the build with a message naming each bad file and line.
//! Checks every lexicon data file (`src/analysis/lexicons/{nl,fr,en}/*.txt`) with the loader's own
//! syntax, and fails the build on a malformed line, naming the file and line. Converts the entity
//! typer's weights to the compact form the library embeds.

#[path = "src/analysis/lexicon/category.rs"]
#[allow(dead_code)]
mod category;
#[path = "src/analysis/gazetteer/compile.rs"]
#[allow(dead_code)]
mod gazetteer_compile;
#[path = "src/corpus/header.rs"]
#[allow(dead_code)]
mod header;
#[path = "src/analysis/gazetteer/key.rs"]
#[allow(dead_code)]
mod key;
#[path = "src/corpus/source.rs"]
#[allow(dead_code)]
mod source;
#[path = "src/analysis/lexicon/syntax.rs"]
#[allow(dead_code)]
mod syntax;
#[path = "src/analysis/entities/model/compact.rs"]
#[allow(dead_code)]
mod weights_compact;

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    check_lexicons();
    println!("cargo:rerun-if-env-changed=DOSSIER_CORPUS");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    compile_gazetteer(&manifest);
    compact_weights(&manifest);
    let dir = match std::env::var("DOSSIER_CORPUS") {
        Ok(d) if !d.trim().is_empty() => {
            let p = PathBuf::from(d.trim());
            if p.is_absolute() {
                p
            } else {
                manifest.join(p)
            }
        }
        _ => manifest.join("seeds"),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    let files = match source::load_folder(&dir) {
        Ok(files) => files,
        Err(errors) => {
            eprintln!(
                "\nerror: the corpus in {} cannot be embedded:",
                dir.display()
            );
            for e in &errors {
                eprintln!("  {}/{}", dir.display(), e);
                println!("cargo:warning=corpus: {}/{}", dir.display(), e);
            }
            eprintln!("Fix or remove these files (see README: 'Corpus format').\n");
            std::process::exit(1);
        }
    };
    let mut out = String::new();
    writeln!(
        out,
        "/// (id, file name, text) of each article, sorted by name: the text as validated and normalised"
    )
    .unwrap();
    writeln!(
        out,
        "/// here (line endings, byte order mark), so the page does not decode it again."
    )
    .unwrap();
    writeln!(out, "pub static FILES: &[(&str, &str, &str)] = &[").unwrap();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let texts = out_dir.join("corpus");
    let _ = std::fs::remove_dir_all(&texts);
    std::fs::create_dir_all(&texts).expect("create OUT_DIR/corpus");
    for (n, f) in files.iter().enumerate() {
        println!(
            "cargo:rerun-if-changed={}",
            dir.join(&f.file_name).display()
        );
        let text = texts.join(format!("{n}.txt"));
        std::fs::write(&text, f.text.as_bytes()).expect("write a normalised article");
        writeln!(
            out,
            "    ({:?}, {:?}, include_str!({:?})),",
            f.id,
            f.file_name,
            text.display().to_string()
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    std::fs::write(out_dir.join("embedded_corpus.rs"), out).expect("write embedded_corpus.rs");
}

/// Reads every lexicon data file with the loader's syntax; a bad line stops the build with its file
/// and line (every bad line of every file is listed).
fn check_lexicons() {
    let mut errors = Vec::new();
    for lang in syntax::LANGUAGES {
        for (file, kind) in syntax::FILES {
            let path = format!("src/analysis/lexicons/{lang}/{file}");
            println!("cargo:rerun-if-changed={path}");
            match std::fs::read_to_string(&path) {
                Ok(data) => {
                    if let Err(bad) = syntax::parse_file(&path, kind, &data) {
                        errors.extend(bad.iter().map(ToString::to_string));
                    }
                }
                Err(e) => errors.push(format!("{path}: cannot be read: {e}")),
            }
        }
    }
    if !errors.is_empty() {
        eprintln!("\nerror: the lexicon data files have malformed lines:");
        for e in &errors {
            eprintln!("  {e}");
            println!("cargo:warning=lexicon: {e}");
        }
        eprintln!("Fix these lines (the syntax is described in src/analysis/lexicon/syntax.rs).\n");
        std::process::exit(1);
    }
}

/// Converts the entity typer's weights (`src/analysis/entities/model/weights.bin`, the trainer's file)
/// into the compact form the library embeds, `OUT_DIR/weights.compact`, without the features whose
/// weights are all small (`weights_compact::PRUNE_BELOW`, model/README.md "Pruning": weights.bin stays
/// the trainer's whole output, so a retrain is pruned the same way); a malformed file stops the build.
fn compact_weights(manifest: &std::path::Path) {
    let path = manifest.join("src/analysis/entities/model/weights.bin");
    println!("cargo:rerun-if-changed={}", path.display());
    let compact = std::fs::read(&path)
        .map_err(|e| format!("cannot be read: {e}"))
        .and_then(|bytes| weights_compact::compact(&bytes, weights_compact::PRUNE_BELOW));
    match compact {
        Ok(bytes) => {
            let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
            std::fs::write(out_dir.join("weights.compact"), bytes).expect("write weights.compact");
        }
        Err(e) => {
            eprintln!("\nerror: {}: {e}\n", path.display());
            println!("cargo:warning=weights: {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}

/// Compiles `src/analysis/gazetteer/data/` into `OUT_DIR/gazetteer.txt`; a malformed line stops the build
/// with `file:line: message` (see `src/analysis/gazetteer/compile.rs`).
fn compile_gazetteer(manifest: &std::path::Path) {
    let dir = manifest.join("src/analysis/gazetteer/data");
    let mut texts = Vec::new();
    for name in gazetteer_compile::FILES {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        match std::fs::read_to_string(&path) {
            Ok(text) => texts.push((name, text)),
            Err(e) => {
                eprintln!("\nerror: gazetteer data {}: {e}\n", path.display());
                std::process::exit(1);
            }
        }
    }
    let inputs: Vec<gazetteer_compile::Input> = texts
        .iter()
        .map(|(name, text)| gazetteer_compile::Input { name, text })
        .collect();
    match gazetteer_compile::compile(&inputs) {
        Ok(table) => {
            let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
            std::fs::write(out_dir.join("gazetteer.txt"), table).expect("write gazetteer.txt");
        }
        Err(errors) => {
            eprintln!("\nerror: the gazetteer data cannot be compiled:");
            for e in &errors {
                eprintln!("  {}/{e}", dir.display());
                println!("cargo:warning=gazetteer: src/analysis/gazetteer/data/{e}");
            }
            eprintln!("Fix these lines (see src/analysis/gazetteer/compile.rs for the format).\n");
            std::process::exit(1);
        }
    }
}
