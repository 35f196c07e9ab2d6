//! Claims and their comparison, on pairs of articles written for these tests (in and across languages,
//! agreeing and disagreeing), and on the seeds.

use super::pair::summarize;
use super::{corpus_disagreements, Verdict};
use crate::analyze_corpus;
use crate::corpus::source::load_folder;
use crate::testing::{seeds, TempDir};

/// A pair: two article texts and the verdicts expected as (subject, left value, right value, verdict).
struct Case {
    name: &'static str,
    left: &'static str,
    right: &'static str,
    expect: &'static [(&'static str, &'static str, &'static str, Verdict)],
}

fn verdicts(left: &str, right: &str, name: &str) -> Vec<(String, String, String, Verdict)> {
    let dir = TempDir::with_files(name, &[("a.txt", left), ("b.txt", right)]);
    let articles = analyze_corpus(&load_folder(&dir.0).expect(name));
    summarize(&articles, 0, 1)
        .claims
        .into_iter()
        .map(|m| {
            (
                m.left.subject.clone().unwrap_or_default(),
                m.left.value,
                m.right.value,
                m.verdict,
            )
        })
        .collect()
}

#[test]
fn claims_agree_and_disagree_across_languages() {
    use Verdict::{Agree, Disagree};
    let cases = [
        Case {
            name: "share_nl_vs_en_disagree",
            left: "Titel\n\nVolgens analisten heeft Brightwave Systems een marktaandeel van 31 procent in Europa.",
            right: "Title\n\nAnalysts say Brightwave Systems has a market share of 27% in Europe.",
            expect: &[("Brightwave Systems", "31%", "27%", Disagree)],
        },
        Case {
            name: "share_fr_vs_en_agree",
            left: "Titre\n\nLe groupe Vertania détient une part de marché de 12 % en France.",
            right: "Title\n\nVertania holds a 12 per cent market share in France.",
            expect: &[("Vertania", "12%", "12%", Agree)],
        },
        Case {
            name: "value_words_vs_digits_agree",
            left: "Titel\n\nHet contract ter waarde van vijf miljard euro ging naar Quantix.",
            right: "Titre\n\nLe contrat d'une valeur de 5 milliards d'euros a été attribué à Quantix.",
            expect: &[("", "EUR 5000000000", "EUR 5000000000", Agree)],
        },
        Case {
            name: "up_to_is_compatible",
            left: "Title\n\nThe deal is worth up to $ 3 billion for Orvalis.",
            right: "Title\n\nOrvalis signed a deal worth $3 billion.",
            expect: &[("", "USD 3000000000", "USD 3000000000", Agree)],
        },
    ];
    let mut failures = Vec::new();
    for case in cases {
        let got = verdicts(case.left, case.right, case.name);
        for (subject, l, r, v) in case.expect {
            let found = got.iter().any(|(s, gl, gr, gv)| {
                (subject.is_empty() || s == subject) && gl == l && gr == r && gv == v
            });
            if !found {
                failures.push(format!(
                    "{}: missing {subject} {l} vs {r} {v:?}; got {got:?}",
                    case.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn another_currency_in_brackets_is_not_a_disagreement() {
    let got = verdicts(
        "Titre\n\nUn contrat de 10 milliards de dollars (9 milliards d'euros) pour Quantix.",
        "Title\n\nQuantix won a contract worth $10 billion.",
        "currency",
    );
    assert!(
        got.iter().all(|(_, _, _, v)| *v == Verdict::Agree),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(_, l, r, _)| l == "USD 10000000000" && r == "USD 10000000000"),
        "{got:?}"
    );
}

#[test]
fn the_seeds_disagree_on_market_shares_only() {
    let articles = analyze_corpus(&load_folder(&seeds()).expect("seeds"));
    let found: Vec<(String, String, String)> = corpus_disagreements(&articles)
        .into_iter()
        .map(|m| {
            (
                m.left.subject.unwrap_or_default(),
                m.left.value,
                m.right.value,
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "Amazon Web Services".to_string(),
                "47%".to_string(),
                "39%".to_string()
            ),
            (
                "Microsoft".to_string(),
                "13%".to_string(),
                "19%".to_string()
            ),
        ]
    );
    // 001 and 002 share entities and both flag the disagreement in their pair summary.
    let pair = summarize(&articles, 1, 2);
    for shared in [
        "Microsoft",
        "Amazon Web Services",
        "Joint Enterprise Defense Infrastructure",
    ] {
        assert!(
            pair.entities_both.iter().any(|e| e == shared),
            "{shared}: {:?}",
            pair.entities_both
        );
    }
    assert_eq!(
        pair.claims
            .iter()
            .filter(|m| m.verdict == Verdict::Disagree)
            .count(),
        2
    );
    // The ten billion dollars agree, however written.
    let agreements = summarize(&articles, 0, 2).claims;
    assert!(
        agreements
            .iter()
            .any(|m| m.verdict == Verdict::Agree && m.left.value == "USD 10000000000"),
        "{agreements:?}"
    );
}
