//! Speed of the gazetteer (`analysis::gazetteer`): decoding the table once, exact look-ups, and
//! `matches` tried at every token of a folder of articles (the worst case: a typer calls it only at
//! candidate tokens). Not a test: it measures and prints.
//!
//! `cargo bench --bench gazetteer -- [DIR]` (default `seeds/`)

use dossier::analysis::gazetteer::{gazetteer, Class};
use dossier::analysis::tokens::tokenize;
use std::hint::black_box;
use std::time::Instant;

fn best(runs: usize, mut work: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            work();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_else(|| "seeds".into());
    let t = Instant::now();
    let g = gazetteer();
    let decode = t.elapsed().as_secs_f64();
    let mut text = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("a folder of articles")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        text.push_str(&std::fs::read_to_string(p).unwrap());
        text.push('\n');
    }
    let tokens = tokenize(&text);
    let lower: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
    let mut found = 0;
    let all = best(20, || {
        found = 0;
        for i in 0..lower.len() {
            found += black_box(g.matches(&lower[i..])).len();
        }
    });
    let caps: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].capitalised)
        .collect();
    let at_caps = best(20, || {
        for &i in &caps {
            black_box(g.longest_match(&lower[i..]));
        }
    });
    let words = [
        "den haag",
        "tilburg",
        "sanne",
        "polish",
        "zzzz",
        "the",
        "bundestag",
        "rue",
    ];
    let n = 200_000;
    let exact = best(5, || {
        for i in 0..n {
            black_box(g.lookup_key(words[i % words.len()]));
        }
    });
    println!("gazetteer: {} entities; keys per class:", g.entity_count());
    for c in Class::ALL {
        println!("  {:14} {:6}", c.table_name(), g.key_count(c));
    }
    println!("decode (first use): {:.1} ms", decode * 1e3);
    println!(
        "matches at every token: {} tokens, {} matches, {:.0} ns/token, {:.1} MB/s of text ({} bytes)",
        lower.len(),
        found,
        all * 1e9 / lower.len() as f64,
        text.len() as f64 / all / 1e6,
        text.len()
    );
    println!(
        "longest_match at capitalised tokens: {} tokens, {:.0} ns each",
        caps.len(),
        at_caps * 1e9 / caps.len().max(1) as f64
    );
    println!("exact lookup_key: {:.0} ns", exact * 1e9 / n as f64);
}
