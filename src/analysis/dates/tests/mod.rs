//! The temporal tagger, case by case, in each language: each named case gives a reference date, a
//! sentence written for this test, and the expressions expected with their TIMEX3 values and the rule
//! that finds them. Negative cases expect nothing (numbers that are not dates). The reference is
//! day-precise.

mod en;
mod fr;
mod nl;

use super::resolve::{resolve, Resolved};
use super::rules::{Entry, POINTS, RULES};
use super::{parse, Reference};
use crate::analysis::language::Lang;
use crate::analysis::mention::Grain;
use crate::analysis::text::calendar::Date;

/// One case.
pub(super) struct Case {
    name: &'static str,
    reference: &'static str,
    text: &'static str,
    /// (as written, TIMEX3 value, the rule that finds it).
    expect: &'static [(&'static str, &'static str, &'static str)],
}

/// A case on one line: `t!(name, reference, text, [(written, value, rule), …])`.
macro_rules! t {
    ($name:ident, $reference:literal, $text:literal, [$(($written:literal, $value:literal, $rule:ident)),* $(,)?]) => {
        Case {
            name: stringify!($name),
            reference: $reference,
            text: $text,
            expect: &[$(($written, $value, stringify!($rule))),*],
        }
    };
}
use t;

/// What the tagger finds in `text`: (as written, value, rule), in text order.
fn found(text: &str, lang: Lang, reference: &str) -> Vec<(String, String, &'static str)> {
    let reference = Reference {
        date: Date::parse(reference).expect("reference"),
        grain: Grain::Day,
    };
    parse(text, lang)
        .into_iter()
        .filter_map(|p| {
            let resolved = resolve(&p.expr, Some(reference), p.tense)?;
            Some((
                text[p.start..p.end].to_string(),
                resolved.value.to_string(),
                p.rule,
            ))
        })
        .collect()
}

fn check(lang: Lang, cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let got = found(case.text, lang, case.reference);
        if case.expect.is_empty() && !got.is_empty() {
            failures.push(format!("{}: expected nothing, got {got:?}", case.name));
        }
        for (written, value, rule) in case.expect {
            let hit = got.iter().find(|(w, v, _)| w == written && v == value);
            match hit {
                None => failures.push(format!(
                    "{}: missing ({written:?}, {value:?}), got {got:?}",
                    case.name
                )),
                Some((_, _, r)) if r != rule => failures.push(format!(
                    "{}: {written:?} found by {r}, expected {rule}",
                    case.name
                )),
                Some(_) => {}
            }
        }
    }
    crate::testing::assert_all_pass(&failures);
}

#[test]
fn dutch() {
    check(Lang::Nl, nl::CASES);
}

#[test]
fn french() {
    check(Lang::Fr, fr::CASES);
}

#[test]
fn english() {
    check(Lang::En, en::CASES);
}

/// Resolving for the value alone (no anchor written, as the publication date's candidates are)
/// gives every case's expressions the same value, kind, grain, modifier and first day as resolving
/// with anchors, against a day, a month and no reference.
#[test]
fn resolving_without_anchors_changes_nothing_but_the_anchor() {
    let mut failures = Vec::new();
    for (lang, cases) in [
        (Lang::Nl, nl::CASES),
        (Lang::Fr, fr::CASES),
        (Lang::En, en::CASES),
    ] {
        for case in cases {
            let parsed = parse(case.text, lang);
            let ends = super::ends_before(case.text, &parsed);
            let date = Date::parse(case.reference).expect("reference");
            let references = [
                Some(Reference {
                    date,
                    grain: Grain::Day,
                }),
                Some(Reference {
                    date,
                    grain: Grain::Month,
                }),
                None,
            ];
            for reference in references {
                let explained: Vec<_> = super::resolve_each(&parsed, &ends, reference, true)
                    .map(|(i, r)| {
                        (
                            i,
                            Resolved {
                                anchor: String::new(),
                                ..r
                            },
                        )
                    })
                    .collect();
                let quiet: Vec<_> = super::resolve_each(&parsed, &ends, reference, false)
                    .map(|(i, r)| {
                        (
                            i,
                            Resolved {
                                anchor: String::new(),
                                ..r
                            },
                        )
                    })
                    .collect();
                if quiet != explained {
                    failures.push(format!(
                        "{} ({reference:?}): {quiet:?} != {explained:?}",
                        case.name
                    ));
                }
            }
        }
    }
    crate::testing::assert_all_pass(&failures);
}

#[test]
fn every_case_names_a_rule_of_the_registry_and_names_are_unique() {
    let names: Vec<&str> = RULES
        .iter()
        .filter_map(|e| match e {
            Entry::One(rule) => Some(rule.name),
            Entry::Points => None,
        })
        .chain(POINTS.iter().map(|r| r.name))
        .collect();
    let mut seen = std::collections::HashSet::new();
    for case in nl::CASES.iter().chain(fr::CASES).chain(en::CASES) {
        assert!(seen.insert(case.name), "case name {} used twice", case.name);
        for (_, _, rule) in case.expect {
            assert!(names.contains(rule), "{}: no rule named {rule}", case.name);
        }
    }
}
