//! `cargo xtask single-file [DIR]`: turns Trunk's output (in `$TRUNK_STAGING_DIR`, or DIR, or `dist/`)
//! into `dossier.html`, one self-contained file: the styles Trunk inlined, as one block, and the
//! wasm-bindgen glue inline as a module script, both minified by esbuild (`node_modules`), and the wasm
//! gzipped and base-122-encoded (`embed.rs`) in a data block, started with the asynchronous init. It
//! opens from disk, in a sandboxed iframe and under a strict CSP.
//!
//! Run by Trunk as a post-build hook (see `Trunk.toml`); writes only into the staging folder.
//!
//! `cargo xtask gen-corpus N DIR [SEED]`: a deterministic corpus of N articles for scale tests.
//!
//! `cargo xtask gen-long LANG BYTES FILE [SEED] [--undated]`: one long article dense in names and dates,
//! for the growth-by-article-length benchmark.

mod embed;
mod gen_corpus;
mod gen_long;
mod single_file;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("single-file") => {
            let dir = args
                .get(1)
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
                .unwrap_or_else(|| PathBuf::from("dist"));
            match single_file::write_single_file(&dir) {
                Ok(report) => {
                    eprintln!("{report}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("xtask single-file: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("gen-corpus") => {
            let (Some(n), Some(dir)) = (args.get(1).and_then(|n| n.parse().ok()), args.get(2))
            else {
                eprintln!("usage: cargo xtask gen-corpus N DIR [SEED]");
                return ExitCode::from(2);
            };
            let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(42);
            match gen_corpus::generate(
                std::path::Path::new("seeds"),
                std::path::Path::new(dir),
                n,
                seed,
            ) {
                Ok(bytes) => {
                    eprintln!("wrote {n} articles ({bytes} bytes) to {dir}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("xtask gen-corpus: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("gen-long") => {
            let undated = args.iter().any(|a| a == "--undated");
            let rest: Vec<&String> = args[1..].iter().filter(|a| *a != "--undated").collect();
            let (Some(lang), Some(bytes), Some(file)) = (
                rest.first(),
                rest.get(1).and_then(|n| n.parse().ok()),
                rest.get(2),
            ) else {
                eprintln!("usage: cargo xtask gen-long nl|fr|en BYTES FILE [SEED] [--undated]");
                return ExitCode::from(2);
            };
            let seed = rest.get(3).and_then(|s| s.parse().ok()).unwrap_or(42);
            match gen_long::generate(lang, bytes, std::path::Path::new(file), seed, !undated) {
                Ok(written) => {
                    eprintln!("wrote one {lang} article ({written} bytes) to {file}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("xtask gen-long: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("usage: cargo xtask single-file [DIR] | cargo xtask gen-corpus N DIR [SEED] | cargo xtask gen-long LANG BYTES FILE [SEED] [--undated]");
            ExitCode::from(2)
        }
    }
}
