//! Helpers shared by the crate's own tests and, through `tests/common/mod.rs` (which reads this file
//! as a module), by the integration tests.

use std::path::PathBuf;

/// A fresh, empty folder under the system temp dir (made by the `tempfile` crate), removed when
/// dropped. `.0` is its path.
pub struct TempDir(pub PathBuf, #[allow(dead_code)] tempfile::TempDir);

impl TempDir {
    /// Creates the folder; `label` is part of its name, to tell the tests' folders apart.
    pub fn new(label: &str) -> TempDir {
        let dir = tempfile::Builder::new()
            .prefix(&format!("dossier-test-{label}-"))
            .tempdir()
            .expect("create temp dir");
        TempDir(dir.path().to_path_buf(), dir)
    }

    /// A folder holding `files` (name, text).
    pub fn with_files(label: &str, files: &[(&str, &str)]) -> TempDir {
        let dir = TempDir::new(label);
        for (name, text) in files {
            dir.write(name, text.as_bytes());
        }
        dir
    }

    /// Writes a file into the folder.
    pub fn write(&self, name: &str, bytes: &[u8]) -> &TempDir {
        std::fs::write(self.0.join(name), bytes).expect("write temp file");
        self
    }
}

/// Fails with every failing case of a table named, one a line (the table tests collect them all
/// rather than stop at the first).
pub fn assert_all_pass(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} failing case(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The seed corpus folder.
pub fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}
