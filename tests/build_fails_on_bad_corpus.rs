//! The build embeds the corpus and stops on a bad file with a message naming it: runs a real
//! `cargo check` of the library with `DOSSIER_CORPUS` pointing at bad folders.

mod common;

use common::TempDir;
use std::process::Command;

fn check_with_corpus(dir: &std::path::Path) -> (bool, String) {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--lib", "--offline", "--target-dir"])
        .arg(format!("{root}/target/corpus-check"))
        .current_dir(root)
        .env("DOSSIER_CORPUS", dir)
        .output()
        .expect("run cargo");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_build_names_the_bad_file_and_line() {
    struct Case {
        name: &'static str,
        files: &'static [(&'static str, &'static [u8])],
        says: &'static [&'static str],
    }
    let cases = [
        Case {
            name: "malformed_header",
            files: &[
                ("ok.txt", b"Fine."),
                ("bad-header.txt", b" date 2020-13 Text."),
            ],
            says: &["bad-header.txt:1:", "month 13"],
        },
        Case {
            name: "not_utf8_and_empty",
            files: &[("latin1.txt", b"Line one\nCaf\xE9"), ("empty.txt", b"")],
            says: &["latin1.txt:2:", "empty.txt: is empty"],
        },
        Case {
            name: "no_txt_files",
            files: &[("notes.md", b"nothing")],
            says: &["no .txt files"],
        },
    ];
    for case in cases {
        let dir = TempDir::new(case.name);
        for (name, bytes) in case.files {
            dir.write(name, bytes);
        }
        let (ok, stderr) = check_with_corpus(&dir.0);
        assert!(!ok, "case {}: the build should fail", case.name);
        for words in case.says {
            assert!(
                stderr.contains(words),
                "case {}: {words:?} not in:\n{stderr}",
                case.name
            );
        }
    }
}

#[test]
fn the_build_accepts_a_good_folder() {
    let dir = TempDir::new("good-corpus");
    dir.write("one.txt", b" date 2021-05-04 Text of one.")
        .write("two.txt", "\u{feff}Titre\r\n\r\nTexte.".as_bytes());
    let (ok, stderr) = check_with_corpus(&dir.0);
    assert!(ok, "{stderr}");
}
