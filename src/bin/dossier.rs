//! `dossier`: the command-line face of the analysis core.
//!
//! - `dossier analyze [DIR]` writes the analysis of a corpus folder (default: the embedded corpus) as JSON.
//! - `dossier extract` reads JSON Lines `{"id", "text", "lang", "reference"}` on stdin and writes one
//!   `{"id", "lang", "entities", "timex"}` line per input line, in order. The reference is a day, a month
//!   or a year (`2020-01-14`, `2020-01`, `2020`); a line that cannot be read gets an error record, the
//!   others are still processed, and the exit code is then 3.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use dossier::{
        analyze_corpus, detect, embedded_files, load_folder, CorpusError, Lang, Reference,
    };
    use serde_json::{json, Value};
    use std::io::{BufRead, Write};
    use std::path::Path;
    use std::process::ExitCode;

    const USAGE: &str = "\
usage:
  dossier analyze [DIR] [--pretty]   analyse a corpus folder (default: the embedded corpus) and print JSON
  dossier extract                    read JSON Lines {\"id\",\"text\",\"lang\",\"reference\"} on stdin,
                                     write {\"id\",\"lang\",\"entities\",\"timex\"} per line on stdout;
                                     reference: YYYY-MM-DD, YYYY-MM or YYYY; exits 3 when a line failed
  dossier help                       this text";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("analyze") => analyze(&args[1..]),
            Some("extract") if args.len() == 1 => extract(),
            Some("extract") => {
                eprintln!("error: extract takes no arguments (it reads stdin)\n{USAGE}");
                ExitCode::from(2)
            }
            Some("help" | "--help" | "-h") => {
                println!("{USAGE}");
                ExitCode::SUCCESS
            }
            _ => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    fn report(errors: &[CorpusError], dir: &str) -> ExitCode {
        eprintln!("error: the corpus in {dir} has problems:");
        for e in errors {
            // A folder-level problem names the folder itself; a file's problem names the file in it.
            if Path::new(&e.file) == Path::new(dir) {
                eprintln!("  {e}");
            } else {
                eprintln!("  {}", Path::new(dir).join(e.to_string()).display());
            }
        }
        ExitCode::FAILURE
    }

    /// The arguments of `analyze`: at most one folder and `--pretty`; anything else is refused with the
    /// usage, rather than ignored.
    fn analyze_args(args: &[String]) -> Result<(Option<&String>, bool), String> {
        let mut dir = None;
        let mut pretty = false;
        for a in args {
            match a.as_str() {
                "--pretty" => pretty = true,
                flag if flag.starts_with('-') => return Err(format!("unknown option '{flag}'")),
                _ if dir.is_some() => return Err(format!("one folder at most, got '{a}' too")),
                _ => dir = Some(a),
            }
        }
        Ok((dir, pretty))
    }

    fn analyze(args: &[String]) -> ExitCode {
        let (dir, pretty) = match analyze_args(args) {
            Ok(parsed) => parsed,
            Err(why) => {
                eprintln!("error: {why}\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        let files = match dir {
            Some(dir) => load_folder(Path::new(dir)).map_err(|e| report(&e, dir)),
            None => Ok(embedded_files()),
        };
        let files = match files {
            Ok(files) => files,
            Err(code) => return code,
        };
        let articles = analyze_corpus(&files);
        let doc = json!({ "articles": articles });
        let text = if pretty {
            serde_json::to_string_pretty(&doc)
        } else {
            serde_json::to_string(&doc)
        };
        let mut out = std::io::stdout().lock();
        match writeln!(out, "{}", text.expect("analysis serialises")) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: cannot write the analysis: {e}");
                ExitCode::FAILURE
            }
        }
    }

    /// One `extract` input line: id, text, language and reference date.
    struct Request {
        id: Value,
        text: String,
        lang: Lang,
        reference: Option<Reference>,
    }

    /// One `extract` input line, read; or its id and why it cannot be.
    fn read_request(line: &str) -> Result<Request, (Value, String)> {
        let v: Value =
            serde_json::from_str(line).map_err(|e| (Value::Null, format!("not JSON: {e}")))?;
        let id = v.get("id").cloned().unwrap_or(Value::Null);
        let fail = |msg: String| (id.clone(), msg);
        let text = v
            .get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| fail("\"text\" must be a string".into()))?
            .to_string();
        let lang = match v.get("lang") {
            None | Some(Value::Null) => detect(&text).lang,
            Some(Value::String(code)) => Lang::from_code(code).ok_or_else(|| {
                fail(format!("\"lang\" must be nl, fr, en or null, not {code:?}"))
            })?,
            Some(other) => {
                return Err(fail(format!(
                    "\"lang\" must be a string or null, not {other}"
                )))
            }
        };
        let reference = match v.get("reference") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(Reference::parse(s).ok_or_else(|| {
                fail(format!(
                    "\"reference\" must be YYYY-MM-DD, YYYY-MM or YYYY, not {s:?}"
                ))
            })?),
            Some(other) => {
                return Err(fail(format!(
                    "\"reference\" must be a string or null, not {other}"
                )))
            }
        };
        Ok(Request {
            id,
            text,
            lang,
            reference,
        })
    }

    /// The exit code of `extract` when some input lines could not be processed (the others were).
    const SOME_LINES_FAILED: u8 = 3;

    fn extract() -> ExitCode {
        let stdin = std::io::stdin();
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let mut failures: Vec<usize> = Vec::new();
        for (n, line) in stdin.lock().lines().enumerate() {
            let number = n + 1;
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("stdin line {number}: cannot be read: {e}");
                    let err = json!({"id": Value::Null, "line": number, "error": format!("cannot be read: {e}")});
                    writeln!(out, "{err}").ok();
                    failures.push(number);
                    continue;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            let record = match read_request(&line) {
                Ok(Request {
                    id,
                    text,
                    lang,
                    reference,
                }) => {
                    let found = dossier::extract(&text, lang, reference);
                    json!({"id": id, "lang": lang, "entities": found.entities, "timex": found.timex})
                }
                Err((id, message)) => {
                    eprintln!("stdin line {number} (id {id}): {message}");
                    failures.push(number);
                    json!({"id": id, "line": number, "error": message})
                }
            };
            if writeln!(out, "{record}").is_err() {
                return ExitCode::FAILURE;
            }
        }
        out.flush().ok();
        if failures.is_empty() {
            return ExitCode::SUCCESS;
        }
        let lines: Vec<String> = failures.iter().map(usize::to_string).collect();
        eprintln!(
            "{} input line(s) could not be processed: stdin line {}",
            failures.len(),
            lines.join(", ")
        );
        ExitCode::from(SOME_LINES_FAILED)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
