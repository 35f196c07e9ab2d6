//! The corpus: reading and validating article files, parsing their structure, and the corpus embedded
//! at build time (from `seeds/`, or the folder named by `DOSSIER_CORPUS`).

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod adding;
pub mod article;
pub mod boilerplate;
pub mod header;
pub mod source;

use source::SourceFile;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_corpus.rs"));
}

/// The files of the corpus embedded at build time. The build validated and normalised them (and fails
/// on a bad file, naming it), so they are taken as they are.
pub fn embedded_files() -> Vec<SourceFile> {
    embedded::FILES
        .iter()
        .map(|(id, file_name, text)| SourceFile {
            id: id.to_string(),
            file_name: file_name.to_string(),
            text: (*text).into(),
        })
        .collect()
}
