//! Reading corpus files: decoding, validation and the errors that name the file and line.
//!
//! A corpus is a folder of `*.txt` articles. Every problem is reported, none is skipped: a file that is
//! not UTF-8, is empty, has a malformed header, is too large, or has the same id as another one is an
//! error with the file name and, where it applies, the line. This file is also compiled into `build.rs`.

use super::header::parse_header;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

/// The largest article accepted, in bytes. Larger files are refused with a message, never truncated.
pub const MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

/// One article file as read from disk: its id (the file stem) and its text as UTF-8.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The file stem, e.g. `000_5f2e0fee363e49bd`.
    pub id: String,
    /// The file name, e.g. `000_5f2e0fee363e49bd.txt`.
    pub file_name: String,
    /// The text, BOM removed and line endings normalised to `\n`; offsets everywhere refer to this text.
    /// Shared, never copied, by the parsed article and its analysis.
    pub text: Arc<str>,
}

/// A problem with one corpus file (or with the folder), with the line where it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusError {
    /// The file name (or the folder, for folder-level problems).
    pub file: String,
    /// The 1-based line, where the problem has one.
    pub line: Option<usize>,
    /// What is wrong, in words a reader can act on.
    pub message: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

fn error(file: &str, line: Option<usize>, message: impl Into<String>) -> CorpusError {
    CorpusError {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The id of a file name: the stem of a `.txt` file (extension matched case-insensitively).
pub fn article_id(file_name: &str) -> Option<&str> {
    let dot = file_name.rfind('.')?;
    let (stem, ext) = (&file_name[..dot], &file_name[dot + 1..]);
    (ext.eq_ignore_ascii_case("txt") && !stem.is_empty()).then_some(stem)
}

/// Decodes and validates one article file's bytes.
///
/// Accepts a UTF-8 BOM and CRLF line endings. Refuses UTF-16, invalid UTF-8, NUL bytes, empty files,
/// files with only a header, malformed headers and files over [`MAX_ARTICLE_BYTES`].
pub fn decode_article(file_name: &str, bytes: &[u8]) -> Result<SourceFile, CorpusError> {
    let id = article_id(file_name)
        .ok_or_else(|| error(file_name, None, "not a .txt file"))?
        .to_string();
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(error(
            file_name,
            None,
            format!(
                "is {} bytes; articles over {} bytes are refused rather than truncated (split it into articles)",
                bytes.len(),
                MAX_ARTICLE_BYTES
            ),
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(error(
            file_name,
            Some(1),
            "is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8",
        ));
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = match std::str::from_utf8(body) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            return Err(error(
                file_name,
                Some(line_of(body, at)),
                format!(
                    "is not valid UTF-8 (byte 0x{:02X} at offset {}); save it as UTF-8",
                    body[at],
                    at + bytes.len() - body.len()
                ),
            ));
        }
    };
    if let Some(at) = text.find('\0') {
        return Err(error(
            file_name,
            Some(line_of(body, at)),
            "contains a NUL byte: this looks like a binary file, not an article",
        ));
    }
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Err(error(file_name, None, "is empty: an article needs text"));
    }
    match parse_header(&text) {
        Err(e) => return Err(error(file_name, Some(e.line), e.message)),
        Ok(Some(h)) if text[h.text_start..].trim().is_empty() => {
            return Err(error(
                file_name,
                Some(1 + text[..h.text_start].trim_end().matches('\n').count()),
                "has a date header but no article text",
            ));
        }
        Ok(_) => {}
    }
    Ok(SourceFile {
        id,
        file_name: file_name.to_string(),
        text: text.into(),
    })
}

/// Reads every `*.txt` file of a folder, sorted by name.
///
/// Returns all the errors found, not only the first: a folder that cannot be read, one with no `.txt`
/// file, each bad file, and each id used twice.
pub fn load_folder(dir: &Path) -> Result<Vec<SourceFile>, Vec<CorpusError>> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        vec![error(
            &shown,
            None,
            format!("cannot read the corpus folder: {e}"),
        )]
    })?;
    let mut names: Vec<String> = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if article_id(&name).is_some() && entry.path().is_file() {
            names.push(name);
        }
    }
    names.sort();
    if names.is_empty() {
        return Err(vec![error(
            &shown,
            None,
            "the corpus folder has no .txt files",
        )]);
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for name in &names {
        match std::fs::read(dir.join(name)) {
            Ok(bytes) => match decode_article(name, &bytes) {
                Ok(file) => files.push(file),
                Err(e) => errors.push(e),
            },
            Err(e) => errors.push(error(name, None, format!("cannot be read: {e}"))),
        }
    }
    errors.extend(duplicate_ids(&names));
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// Errors for file names whose ids collide (ids compare case-insensitively, as file systems may).
pub fn duplicate_ids(names: &[String]) -> Vec<CorpusError> {
    let mut first_by_id: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    let mut errors = Vec::new();
    for name in names {
        let id = article_id(name).unwrap_or(name).to_lowercase();
        match first_by_id.get(&id) {
            Some(first) => errors.push(error(
                name,
                None,
                format!("has the same article id as {first}"),
            )),
            None => {
                first_by_id.insert(id, name);
            }
        }
    }
    errors
}
