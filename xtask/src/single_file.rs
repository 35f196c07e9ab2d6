//! Builds `dossier.html` from Trunk's staging folder.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The single file's name, next to Trunk's `index.html`.
pub const SINGLE_FILE: &str = "dossier.html";

/// The start-up code: decodes the embedded wasm (`embed.rs`, `base122.mjs`), gunzips it and starts it
/// with wasm-bindgen's async init. A page not read as UTF-8 (a server that names another charset) would
/// read the payload wrongly: it says so instead of failing on a corrupt gzip stream.
const BOOT: &str = r#"
{
  if (document.characterSet !== "UTF-8") {
    document.body.textContent = "Dossier: this file must be read as UTF-8, not " + document.characterSet + ".";
    throw new Error(document.body.textContent);
  }
  const data = document.getElementById("dossier-wasm");
  const bytes = decodeBase122(data.textContent);
  data.remove();
  const wasm = await new Response(
    new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))
  ).arrayBuffer();
  await __wbg_init({ module_or_path: wasm });
  globalThis.dossier = Object.freeze({ analyze, extract, memoryBytes });
}
"#;

/// The Base122 decoder the boot code calls (`decodeBase122`).
const DECODER: &str = include_str!("base122.mjs");

/// Writes the single file into `dir` and returns a one-line size report.
pub fn write_single_file(dir: &Path) -> Result<String, String> {
    let index_path = dir.join("index.html");
    let index = std::fs::read_to_string(&index_path)
        .map_err(|e| format!("cannot read {}: {e}", index_path.display()))?;
    let (glue_name, wasm_name) = find_artifacts(dir)?;
    let glue = std::fs::read_to_string(dir.join(&glue_name))
        .map_err(|e| format!("cannot read {glue_name}: {e}"))?;
    let wasm =
        std::fs::read(dir.join(&wasm_name)).map_err(|e| format!("cannot read {wasm_name}: {e}"))?;
    // Zopfli: a gzip stream any browser's DecompressionStream reads, about 5% smaller than zlib's best.
    // Its block splitter is left to stop where a split no longer pays (about 100 blocks for the app's
    // wasm; the crate's default limit of 15 blocks left the file 10 KB larger; its 0, documented as "no
    // limit", turns splitting off). Build time: about 18 s instead of 8 s on 2 cores. A debug build
    // (`trunk serve`, a much larger wasm) gets one iteration and the default splits instead.
    let debug = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "debug");
    let options = if debug {
        zopfli::Options {
            iteration_count: std::num::NonZeroU64::MIN,
            ..zopfli::Options::default()
        }
    } else {
        zopfli::Options {
            maximum_block_splits: u16::MAX,
            ..zopfli::Options::default()
        }
    };
    let mut gz = Vec::new();
    zopfli::compress(options, zopfli::Format::Gzip, &wasm[..], &mut gz)
        .map_err(|e| e.to_string())?;

    let mut html = merge_styles(&strip_trunk_tags(&index))?;
    // The glue, the decoder and the boot code are one module, minified together (names shared).
    let module = format!(
        "{}\n{DECODER}\n{BOOT}",
        glue.replace("import.meta.url", "document.baseURI")
    );
    // The payload sits right between its tags: its first and last characters may be spaces.
    let payload = format!(
        "<script type=\"application/octet-stream\" id=\"dossier-wasm\">{}</script>\n\
         <script type=\"module\">{}</script>\n",
        crate::embed::encode(&gz),
        raw_text(minify(&module, Loader::Module)?.trim_end(), "script")?,
    );
    let at = html.rfind("</body>").ok_or("index.html has no </body>")?;
    html.insert_str(at, &payload);
    // The strictest policy the file needs: its own inline code and styles by hash, wasm compilation,
    // data: images (the icon). No network, no eval, no 'unsafe-inline'.
    // It goes right after the charset declaration, which must come first: the payload is UTF-8, and a
    // browser looks for the declaration in the first 1,024 bytes only.
    let policy = content_security_policy(&html);
    let charset = charset_declaration_end(&html)?;
    html.insert_str(
        charset,
        &format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
    );
    let out = dir.join(SINGLE_FILE);
    std::fs::write(&out, &html).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    std::fs::write(dir.join("csp.txt"), format!("{policy}\n")).map_err(|e| e.to_string())?;
    Ok(format!(
        "single file: {} ({} bytes; wasm {} bytes, gzipped {} bytes)\nContent-Security-Policy: {policy}",
        out.display(),
        html.len(),
        wasm.len(),
        gz.len()
    ))
}

/// Where the `<meta charset="utf-8">` element ends; an error unless it is there, within the first 1,024
/// bytes (where browsers look for it, HTML § 13.2.3.2) and before any script or style.
fn charset_declaration_end(html: &str) -> Result<usize, String> {
    let tag = "<meta charset=\"utf-8\">";
    let at = html
        .to_ascii_lowercase()
        .find(tag)
        .filter(|&at| at + tag.len() <= 1024)
        .ok_or("index.html must declare <meta charset=\"utf-8\"> in its first 1,024 bytes")?;
    let first_block = [html.find("<script"), html.find("<style")]
        .into_iter()
        .flatten()
        .min();
    if first_block.is_some_and(|b| b < at) {
        return Err("index.html must declare its charset before any script or style".into());
    }
    Ok(at + tag.len())
}

/// What [`minify`] reads.
#[derive(Clone, Copy)]
enum Loader {
    /// An ES module (its top-level names may be renamed).
    Module,
    /// A stylesheet.
    Css,
}

/// esbuild, as `npm ci` installs it (pinned in `package.json`).
fn esbuild_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../node_modules/.bin/esbuild")
}

/// `source` minified by esbuild (`--minify`: whitespace, comments, shorter names and syntax, no change of
/// meaning): the wasm-bindgen glue loses about 40 % of its bytes, the styles about 18 %. An error names
/// esbuild's message, or says to run `npm ci` when it is not installed.
fn minify(source: &str, loader: Loader) -> Result<String, String> {
    let esbuild = esbuild_path();
    let args: &[&str] = match loader {
        Loader::Module => &["--minify", "--loader=js", "--format=esm"],
        Loader::Css => &["--minify", "--loader=css"],
    };
    let mut child = Command::new(&esbuild)
        .args(args)
        .arg("--log-level=error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!(
                "cannot run {} ({e}): run `npm ci` (scripts/setup.sh installs it)",
                esbuild.display()
            )
        })?;
    let mut stdin = child.stdin.take().ok_or("esbuild has no stdin")?;
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    writer
        .join()
        .map_err(|_| "esbuild's input thread panicked")?
        .map_err(|e| format!("cannot write to esbuild: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "esbuild failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("esbuild wrote non-UTF-8: {e}"))
}

/// `text` as the contents of a `<tag>` block, checked: an error if it holds `</tag` (any case), which
/// would end the block early (esbuild writes `<\/script` in strings, so this is not expected).
fn raw_text<'a>(text: &'a str, tag: &str) -> Result<&'a str, String> {
    if text.to_ascii_lowercase().contains(&format!("</{tag}")) {
        return Err(format!("the minified <{tag}> holds </{tag}"));
    }
    Ok(text)
}

/// The page with its `<style>` blocks (Trunk inlines one per stylesheet, in `index.html`'s order) made
/// one minified block where the first one was: the same rules in the same order, and one hash in the CSP.
fn merge_styles(html: &str) -> Result<String, String> {
    let css: String = blocks(html, "style", |_| true).concat();
    let Some(first) = html.find("<style") else {
        return Ok(html.to_owned());
    };
    let mut out = html[..first].to_owned();
    let css = minify(&css, Loader::Css)?;
    out.push_str(&format!(
        "<style>{}</style>",
        raw_text(css.trim_end(), "style")?
    ));
    let mut rest = &html[first..];
    while let Some(start) = rest.find("<style") {
        out.push_str(rest[..start].trim_end_matches([' ', '\n']));
        let end = rest[start..]
            .find("</style>")
            .ok_or("a <style> block without </style>")?;
        rest = &rest[start + end + "</style>".len()..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The wasm-bindgen glue (`*.js`) and module (`*_bg.wasm`) Trunk wrote.
fn find_artifacts(dir: &Path) -> Result<(String, String), String> {
    let mut glue = None;
    let mut wasm = None;
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with("_bg.wasm") {
            wasm = Some(name);
        } else if name.ends_with(".js") && name.starts_with("dossier-app") {
            glue = Some(name);
        }
    }
    match (glue, wasm) {
        (Some(g), Some(w)) => Ok((g, w)),
        _ => Err(format!(
            "no dossier-app*.js and *_bg.wasm in {}",
            dir.display()
        )),
    }
}

/// Removes what only works with a server: Trunk's loader script, preload links and the dev-server
/// reload script (`trunk serve`: its `{{__TRUNK_ADDRESS__}}` placeholders are filled in by the server,
/// so its hash would not match the CSP's).
fn strip_trunk_tags(index: &str) -> String {
    let mut html = String::with_capacity(index.len());
    let mut rest = index;
    loop {
        let next_link = rest.find("<link");
        let next_script = rest.find("<script");
        let (at, is_script) = match (next_link, next_script) {
            (Some(l), Some(s)) if s < l => (s, true),
            (Some(l), _) => (l, false),
            (None, Some(s)) => (s, true),
            (None, None) => break,
        };
        html.push_str(&rest[..at]);
        let tag_rest = &rest[at..];
        let end = if is_script {
            tag_rest.find("</script>").map(|e| e + "</script>".len())
        } else {
            tag_rest.find('>').map(|e| e + 1)
        }
        .unwrap_or(tag_rest.len());
        let tag = &tag_rest[..end];
        let drop = if is_script {
            tag.contains("dossier-app")
                || tag.contains("_trunk")
                || tag.contains("TrunkApplicationStarted")
                || tag.contains("{{__TRUNK_")
        } else {
            tag.contains("preload")
        };
        if !drop {
            html.push_str(tag);
        }
        rest = &tag_rest[end..];
    }
    html.push_str(rest);
    html
}

/// The contents of every `<tag …>…</tag>` block of `html` whose opening tag passes `keep`.
fn blocks<'a>(html: &'a str, tag: &str, keep: impl Fn(&str) -> bool) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(gt) = after.find('>') else { break };
        let Some(end) = after.find(&close) else { break };
        if keep(&after[..gt]) {
            out.push(&after[gt + 1..end]);
        }
        rest = &after[end + close.len()..];
    }
    out
}

fn sha256_source(content: &str) -> String {
    use base64::Engine as _;
    use sha2::{Digest, Sha256};
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(content.as_bytes()))
    )
}

/// The Content-Security-Policy of the single file, with hashes of its inline scripts and styles.
pub fn content_security_policy(html: &str) -> String {
    let scripts: Vec<String> = blocks(html, "script", |tag| {
        !tag.contains("application/octet-stream")
    })
    .into_iter()
    .map(sha256_source)
    .collect();
    let styles: Vec<String> = blocks(html, "style", |_| true)
        .into_iter()
        .map(sha256_source)
        .collect();
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data: blob:; base-uri 'none'; form-action 'none'",
        scripts.join(" "),
        styles.join(" ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_become_one_minified_block_in_order() {
        let html = "<head>\n    <style>/* a */\na { color: red; }\n</style>\n    <style>\nb  { margin: 0px; }</style>\n</head><body></body>";
        let merged = merge_styles(html).unwrap();
        assert_eq!(merged.matches("<style").count(), 1, "{merged}");
        let css = blocks(&merged, "style", |_| true)[0];
        let (a, b) = (css.find("a{").unwrap(), css.find("b{").unwrap());
        assert!(a < b && !css.contains("/*") && !css.contains('\n'), "{css}");
        assert!(
            merged.ends_with("</style>\n</head><body></body>"),
            "{merged}"
        );
    }

    #[test]
    fn a_module_keeps_what_it_exports_and_loses_comments() {
        let js =
            "// a comment\nexport function longName(x) {\n  /* inside */\n  return x + 1;\n}\n";
        let min = minify(js, Loader::Module).unwrap();
        assert!(!min.contains("comment") && !min.contains("inside"), "{min}");
        assert!(min.contains("as longName"), "{min}");
    }

    #[test]
    fn trunk_scripts_and_preloads_are_dropped() {
        let index = "<head><link rel=\"preload\" href=\"x.wasm\"><link rel=\"icon\" href=\"data:,\"></head><body>\
             <script type=\"module\">import init from './dossier-app-1.js';</script>\
             <script>\"use strict\"; const address = '{{__TRUNK_ADDRESS__}}';</script>\
             <script>keep()</script></body>";
        assert_eq!(
            strip_trunk_tags(index),
            "<head><link rel=\"icon\" href=\"data:,\"></head><body><script>keep()</script></body>"
        );
    }

    #[test]
    fn markup_that_would_end_a_block_is_refused() {
        assert!(raw_text("a{}", "style").is_ok());
        assert!(raw_text("x = '</SCRIPT>'", "script").is_err());
        // esbuild escapes it in strings.
        let min = minify("export const s = '</script>';", Loader::Module).unwrap();
        assert!(raw_text(&min, "script").is_ok(), "{min}");
    }

    #[test]
    fn a_syntax_error_is_reported() {
        let err = minify("a { color: red", Loader::Module).unwrap_err();
        assert!(err.starts_with("esbuild failed:"), "{err}");
    }

    #[test]
    fn the_charset_must_come_first() {
        let ok = "<head><meta charset=\"utf-8\"><style></style>";
        assert_eq!(charset_declaration_end(ok), Ok(ok.find("<style").unwrap()));
        assert!(charset_declaration_end("<head><style></style>").is_err());
        assert!(charset_declaration_end("<head><style></style><meta charset=\"utf-8\">").is_err());
        let late = format!("<head>{}<meta charset=\"utf-8\">", " ".repeat(1024));
        assert!(charset_declaration_end(&late).is_err());
    }
}
