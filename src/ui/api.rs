//! The page's scripting interface, `window.dossier` in the single file: the analysis core for a host
//! page's own code (and for the in-browser benchmark). Everything runs in the page; nothing is sent
//! anywhere.
//!
//! - `dossier.analyze(names, texts)` → the JSON of `dossier analyze` (`{"articles", "errors"}`);
//! - `dossier.extract(text, lang, reference)` → the JSON of one `dossier extract` line
//!   (`{"lang", "entities", "timex"}`); `lang` and `reference` may be `undefined`;
//! - `dossier.memoryBytes()` → the size of the wasm memory.

use crate::analysis::dates::Reference;
use crate::analysis::language::{detect, Lang};
use crate::corpus::source::decode_article;
use serde_json::json;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Analyses articles (file names and texts, in the same order) as `dossier analyze` does a folder.
/// A text that cannot be an article is reported in `errors` by name; the others are analysed.
#[wasm_bindgen]
pub fn analyze(names: Vec<String>, texts: Vec<String>) -> String {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for (name, text) in names.iter().zip(&texts) {
        match decode_article(name, text.as_bytes()) {
            Ok(file) => files.push(file),
            Err(e) => errors.push(e.to_string()),
        }
    }
    let articles = crate::analyze_corpus(&files);
    json!({ "articles": articles, "errors": errors }).to_string()
}

/// Extracts the entities and temporal expressions of one text, as `dossier extract` does a line:
/// `lang` is `nl`, `fr` or `en` (detected when absent), `reference` a publication date at its
/// precision (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
#[wasm_bindgen]
pub fn extract(
    text: &str,
    lang: Option<String>,
    reference: Option<String>,
) -> Result<String, JsError> {
    let lang = match lang.as_deref() {
        None => detect(text).lang,
        Some(code) => Lang::from_code(code)
            .ok_or_else(|| JsError::new(&format!("lang must be nl, fr or en, not {code:?}")))?,
    };
    let reference = match reference.as_deref() {
        None => None,
        Some(s) => Some(Reference::parse(s).ok_or_else(|| {
            JsError::new(&format!(
                "reference must be YYYY-MM-DD, YYYY-MM or YYYY, not {s:?}"
            ))
        })?),
    };
    let found = crate::analysis::extract(text, lang, reference);
    Ok(json!({"lang": lang, "entities": found.entities, "timex": found.timex}).to_string())
}

/// The size of the wasm memory in bytes.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map_or(0.0, |m| {
            m.buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map_or(0.0, |b| f64::from(b.byte_length()))
        })
}
