//! The corpus: reading and validating article files, parsing their structure, and the corpus embedded
//! at build time (from `seeds/`, or the folder named by `DOSSIER_CORPUS`).

pub mod article;
pub mod boilerplate;
pub mod header;
pub mod source;

use source::{decode_article, CorpusError, SourceFile};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_corpus.rs"));
}

/// Where the embedded corpus was read from at build time.
pub const EMBEDDED_FROM: &str = embedded::SOURCE_DIR;

/// The files of the corpus embedded at build time, decoded. They were validated by the build, so an
/// error here means the build script and the runtime disagree; it is reported, not hidden.
pub fn embedded_files() -> Result<Vec<SourceFile>, Vec<CorpusError>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for (name, bytes) in embedded::FILES {
        match decode_article(name, bytes) {
            Ok(f) => files.push(f),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}
