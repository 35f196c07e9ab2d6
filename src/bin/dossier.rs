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
        analyze_corpus, detect, embedded_files, load_folder, AnalyzedArticle, Block, Boilerplate,
        CorpusError, EntityMention, EntityRecord, Lang, PubDate, Reference, Timex,
    };
    use serde::ser::{Serialize, SerializeStruct, Serializer};
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
        let doc = Analysis(&articles);
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let written = if pretty {
            serde_json::to_writer_pretty(&mut out, &doc)
        } else {
            serde_json::to_writer(&mut out, &doc)
        };
        let written = written
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
            .and_then(|()| out.flush());
        match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: cannot write the analysis: {e}");
                ExitCode::FAILURE
            }
        }
    }

    // The command's JSON is serialised straight to the output through the views below, every
    // object's keys in sorted order, as a `serde_json::Value` (whose objects are sorted maps) writes
    // them: the same bytes as building the `Value` tree first and writing it, without the tree.

    /// The items of a list, each serialised through a view (`Each(&list, View)`).
    struct Each<'a, T, V>(&'a [T], fn(&'a T) -> V);

    impl<'a, T, V: Serialize> Serialize for Each<'a, T, V> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_seq(self.0.iter().map(self.1))
        }
    }

    /// A view of a record: `sorted!(View, Record, |r| ["key" => value, …])`, keys in sorted order.
    macro_rules! sorted {
        ($view:ident, $record:ty, |$r:ident| [$($key:literal => $value:expr),* $(,)?]) => {
            struct $view<'a>(&'a $record);

            impl Serialize for $view<'_> {
                fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    let $r = self.0;
                    let fields = [$($key),*].len();
                    let mut s = serializer.serialize_struct(stringify!($view), fields)?;
                    $(s.serialize_field($key, $value)?;)*
                    s.end()
                }
            }
        };
    }

    /// What `dossier analyze` writes: `{"articles": [...]}`.
    struct Analysis<'a>(&'a [AnalyzedArticle]);

    impl Serialize for Analysis<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut s = serializer.serialize_struct("Analysis", 1)?;
            s.serialize_field("articles", &Each(self.0, Article))?;
            s.end()
        }
    }

    sorted!(Article, AnalyzedArticle, |a| [
        "boilerplate" => &Each(&a.boilerplate, BoilerplateLine),
        "entities" => &Each(&a.entities, Entity),
        "entity_index" => &Each(&a.entity_index, Record),
        "file" => &a.file,
        "has_headline" => &a.has_headline,
        "id" => &a.id,
        "lang" => &a.lang,
        "lang_confidence" => &a.lang_confidence,
        "paragraphs" => &Each(&a.paragraphs, Paragraph),
        "pub_date" => &Published(&a.pub_date),
        "timex" => &Each(&a.timex, Temporal),
        "title" => &a.title,
        "word_count" => &a.word_count,
    ]);
    sorted!(Published, PubDate, |d| [
        "evidence" => &d.evidence,
        "precision" => &d.precision,
        "source" => &d.source,
        "value" => &d.value,
    ]);
    sorted!(Paragraph, Block, |b| [
        "end" => &b.end,
        "kind" => &b.kind,
        "line" => &b.line,
        "start" => &b.start,
        "text" => &b.text,
    ]);
    sorted!(BoilerplateLine, Boilerplate, |b| [
        "end" => &b.end,
        "line" => &b.line,
        "reason" => &b.reason,
        "start" => &b.start,
        "text" => &b.text,
    ]);
    sorted!(Record, EntityRecord, |r| [
        "canonical" => &r.canonical,
        "count" => &r.count,
        "forms" => &r.forms,
        "spans" => &r.spans,
        "type" => &r.kind,
    ]);

    /// An entity mention: `canonical`, `end`, `mod`?, `start`, `text`, `type`, `value`?.
    struct Entity<'a>(&'a EntityMention);

    impl Serialize for Entity<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let m = self.0;
            let mut s = serializer.serialize_struct("Entity", 7)?;
            s.serialize_field("canonical", &m.canonical)?;
            s.serialize_field("end", &m.end)?;
            if let Some(modifier) = m.modifier {
                s.serialize_field("mod", modifier)?;
            }
            s.serialize_field("start", &m.start)?;
            s.serialize_field("text", &m.text)?;
            s.serialize_field("type", &m.kind)?;
            if let Some(value) = &m.value {
                s.serialize_field("value", value)?;
            }
            s.end()
        }
    }

    /// A temporal expression: `anchor`, `end`, `grain`, `mod`?, `start`, `text`, `type`, `value`.
    struct Temporal<'a>(&'a Timex);

    impl Serialize for Temporal<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let t = self.0;
            let mut s = serializer.serialize_struct("Temporal", 8)?;
            s.serialize_field("anchor", &t.anchor)?;
            s.serialize_field("end", &t.end)?;
            s.serialize_field("grain", &t.grain)?;
            if let Some(modifier) = t.modifier {
                s.serialize_field("mod", modifier)?;
            }
            s.serialize_field("start", &t.start)?;
            s.serialize_field("text", &t.text)?;
            s.serialize_field("type", &t.kind)?;
            s.serialize_field("value", &t.value)?;
            s.end()
        }
    }

    /// One `extract` output line: `{"entities", "id", "lang", "timex"}`.
    struct Found<'a> {
        id: &'a Value,
        lang: Lang,
        entities: &'a [EntityMention],
        timex: &'a [Timex],
    }

    impl Serialize for Found<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut s = serializer.serialize_struct("Found", 4)?;
            s.serialize_field("entities", &Each(self.entities, Entity))?;
            s.serialize_field("id", self.id)?;
            s.serialize_field("lang", &self.lang)?;
            s.serialize_field("timex", &Each(self.timex, Temporal))?;
            s.end()
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
            let written = match read_request(&line) {
                Ok(Request {
                    id,
                    text,
                    lang,
                    reference,
                }) => {
                    let found = dossier::extract(&text, lang, reference);
                    let record = Found {
                        id: &id,
                        lang,
                        entities: &found.entities,
                        timex: &found.timex,
                    };
                    serde_json::to_writer(&mut out, &record)
                        .map_err(std::io::Error::from)
                        .and_then(|()| out.write_all(b"\n"))
                }
                Err((id, message)) => {
                    eprintln!("stdin line {number} (id {id}): {message}");
                    failures.push(number);
                    let record = json!({"id": id, "line": number, "error": message});
                    writeln!(out, "{record}")
                }
            };
            if written.is_err() {
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
