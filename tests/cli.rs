//! The `dossier` command line: `analyze` on the embedded corpus and on folders, `extract` on JSON Lines.

mod common;

use common::TempDir;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dossier(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dossier");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().expect("dossier finishes")
}

#[test]
fn analyze_lists_the_embedded_articles_with_language_and_header_dates() {
    let out = dossier(&["analyze"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let articles = doc["articles"].as_array().expect("articles");
    let summary: Vec<(String, String, Value)> = articles
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap()[..3].to_string(),
                a["lang"].as_str().unwrap().to_string(),
                a["pub_date"]["value"].clone(),
            )
        })
        .collect();
    let header = |v: &str| Value::String(v.into());
    assert_eq!(summary[0], ("000".into(), "nl".into(), header("2020-01")));
    assert_eq!(summary[1], ("001".into(), "nl".into(), header("2020-09")));
    assert_eq!(
        (summary[2].0.as_str(), summary[2].1.as_str()),
        ("002", "fr")
    );
    assert_eq!(
        (summary[3].0.as_str(), summary[3].1.as_str()),
        ("003", "en")
    );
    assert_eq!(
        (summary[4].0.as_str(), summary[4].1.as_str()),
        ("004", "en")
    );
    assert_eq!(articles[0]["pub_date"]["source"], "header");
    assert_eq!(
        articles[2]["title"],
        "Amazon cherche un accord avec Microsoft pour le cloud du Pentagone"
    );
    for a in articles {
        for key in ["file", "paragraphs", "boilerplate", "entities", "timex"] {
            assert!(a.get(key).is_some(), "article {} lacks {key}", a["id"]);
        }
    }
}

#[test]
fn analyze_of_a_folder_with_a_bad_file_fails_naming_it() {
    let dir = TempDir::new("cli-bad");
    dir.write("good.txt", b"Fine text.")
        .write("broken.txt", b"\xFF\xFE\xFD");
    let out = dossier(&["analyze", dir.0.to_str().unwrap()], "");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.txt:1:"), "{stderr}");
    assert!(out.stdout.is_empty(), "no partial output on failure");
}

#[test]
fn extract_answers_each_line_in_order_and_reports_bad_lines() {
    let input = concat!(
        r#"{"id": "a", "text": "Le tribunal rendra sa décision.", "lang": "fr", "reference": "2020-01-14"}"#,
        "\n",
        "this is not json\n",
        r#"{"id": "c", "text": "De rechter beslist later dit jaar over de zaak.", "lang": null, "reference": null}"#,
        "\n",
        r#"{"id": "d", "text": "x", "lang": "de"}"#,
        "\n",
        r#"{"id": "e", "text": "x", "reference": "14/01/2020"}"#,
        "\n",
    );
    let out = dossier(&["extract"], input);
    assert_eq!(out.status.code(), Some(3), "some lines failed: exit 3");
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["lang"], "fr");
    assert!(lines[0]["timex"].is_array() && lines[0]["entities"].is_array());
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(lines[2]["id"], "c");
    assert_eq!(lines[2]["lang"], "nl", "detected when lang is null");
    assert_eq!(lines[3]["id"], "d");
    assert!(lines[3]["error"].as_str().unwrap().contains("lang"));
    assert!(lines[4]["error"].as_str().unwrap().contains("reference"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("stdin line 2"), "{stderr}");
    assert!(
        stderr.contains("3 input line(s) could not be processed: stdin line 2, 4, 5"),
        "every failing line is listed: {stderr}"
    );
}

/// A reference is a day, a month or a year; relative dates are coarsened to its precision, and a run where
/// every line is read exits 0.
#[test]
fn extract_takes_a_reference_at_its_precision() {
    let line = |id: &str, reference: &str| {
        format!(
            r#"{{"id": "{id}", "text": "The vote was held last month.", "lang": "en", "reference": "{reference}"}}"#
        ) + "\n"
    };
    let input = line("day", "2020-03-14") + &line("month", "2020-03") + &line("year", "2020");
    let out = dossier(&["extract"], &input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let values: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("each output line is JSON");
            assert!(v.get("error").is_none(), "{l}");
            v["timex"][0]["value"].as_str().unwrap_or("").to_string()
        })
        .collect();
    assert_eq!(
        values,
        ["2020-02", "2020-02", "2020"],
        "coarsened to the reference's precision"
    );
}

/// Arguments the command line does not take are refused with the usage (exit 2), never ignored; a
/// folder-level problem names the folder once.
#[test]
fn bad_arguments_and_folders_are_refused_with_a_clear_message() {
    let missing = "/nonexistent-dossier-folder";
    #[rustfmt::skip]
    let cases: &[(&str, &[&str], i32, &str)] = &[
        ("unknown_option", &["analyze", "seeds", "--bogus"], 2, "unknown option '--bogus'"),
        ("two_folders", &["analyze", "seeds", "seeds"], 2, "one folder at most"),
        ("extract_takes_no_arguments", &["extract", "--x"], 2, "extract takes no arguments"),
        ("unknown_command", &["analyse-this"], 2, "usage:"),
        ("missing_folder_named_once", &["analyze", missing], 1, "  /nonexistent-dossier-folder: cannot read the corpus folder"),
    ];
    for (name, args, code, message) in cases {
        let out = dossier(args, "");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{name}: {stderr}");
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert!(
            !stderr.contains(&format!("{missing}/{missing}")),
            "{name}: {stderr}"
        );
    }
}

/// The command writes its records straight to the output with sorted keys: the same bytes as the
/// records serialised by their own `Serialize` into a `serde_json::Value` (sorted maps), so that a
/// field added to a record and not to the command's views shows here.
#[test]
fn the_output_is_the_records_serialised_field_for_field() {
    let files = dossier::load_folder(std::path::Path::new("seeds")).expect("seeds");
    let expected = serde_json::json!({ "articles": dossier::analyze_corpus(&files) });
    let out = dossier(&["analyze", "seeds"], "");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{expected}\n")
    );

    let text = "Le 14 juillet 2019 à 9h30, Emmanuel Macron a parlé de 5 % de 10 millions d'euros.";
    let reference = dossier::Reference {
        date: dossier::Date::new(2020, 1, 14).unwrap(),
        grain: dossier::Grain::Day,
    };
    let found = dossier::extract(text, dossier::Lang::Fr, Some(reference));
    let expected = serde_json::json!({
        "id": [1, "a"], "lang": dossier::Lang::Fr, "entities": found.entities, "timex": found.timex
    });
    let line =
        serde_json::json!({"id": [1, "a"], "text": text, "lang": "fr", "reference": "2020-01-14"});
    let out = dossier(&["extract"], &format!("{line}\n"));
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{expected}\n")
    );
}
