//! Publication-date inference that stays put (issue 17, kind 10): only the dated articles of the same
//! story count as evidence, and a statement that dates an event from the publication date (`in two
//! months it will be a year since …`) is tied to the date another article of the story gives that
//! event. Each case is a small corpus written for this test, the article to look at and the month it
//! must be inferred to.

mod common;

use common::TempDir;
use dossier::{analyze_corpus, load_folder, PubDateSource};

/// A case: the files of a corpus, the index of the article to look at, and its expected month.
struct Case {
    name: &'static str,
    files: &'static [(&'static str, &'static str)],
    article: usize,
    month: &'static str,
}

/// Runs the cases; fails with every failing case named, its inferred date and evidence.
fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let dir = TempDir::with_files(case.name, case.files);
        let articles = analyze_corpus(&load_folder(&dir.0).expect(case.name));
        let p = &articles[case.article].pub_date;
        let got = p.value.map(|v| v.to_string());
        if got.as_deref() != Some(case.month) || p.source != PubDateSource::Inferred {
            failures.push(format!(
                "{}: want {}, got {got:?} ({:?}: {})",
                case.name, case.month, p.source, p.evidence
            ));
        }
    }
    common::assert_all_pass(&failures);
}

/// The dated article of the story: KLM chose Airbus in October 2019.
const AWARD: (&str, &str) = (
    "a.txt",
    " date 2019-11 Airbus heeft in oktober 2019 een order van KLM binnengehaald: het won de \
     aanbesteding voor nieuwe toestellen.",
);

#[test]
fn an_event_dated_elsewhere_bounds_the_date() {
    check(&[
        Case {
            name: "en_in_two_months_a_year_since",
            files: &[
                AWARD,
                (
                    "b.txt",
                    "In two months it will be a year since KLM named Airbus the winner of the \
                     tender for new aircraft.",
                ),
            ],
            article: 1,
            month: "2020-08",
        },
        Case {
            name: "en_a_year_ago_won",
            files: &[
                AWARD,
                (
                    "b.txt",
                    "A year ago Airbus won the KLM tender for new aircraft, and deliveries are \
                     still late.",
                ),
            ],
            article: 1,
            month: "2020-10",
        },
    ]);
}

/// The same mechanisms in phrasings unlike the KLM–Airbus ones: other events (a pact signed, an
/// election, a bridge opened, a treaty, an agreement), other verbs and tenses, other lengths of time
/// (weeks, days, months, two years) and the statement dated by `volgende maand` rather than by a count.
#[test]
fn other_phrasings_of_an_event_dated_elsewhere() {
    check(&[
        Case {
            name: "en_six_weeks_from_now_one_year_since",
            files: &[
                (
                    "a.txt",
                    " date 2021-04 In Paris, Mark Rutte and Emmanuel Macron signed a defence pact on \
                     20 March 2021.",
                ),
                (
                    "b.txt",
                    "Six weeks from now it will be exactly one year since Mark Rutte and Emmanuel \
                     Macron signed their defence pact.",
                ),
            ],
            article: 1,
            month: "2022-02",
        },
        Case {
            name: "en_eight_months_ago_opened",
            files: &[
                (
                    "a.txt",
                    " date 2023-03 Joe Biden and Justin Trudeau opened the new bridge in Detroit on \
                     24 March 2023.",
                ),
                (
                    "b.txt",
                    "Eight months ago Joe Biden and Justin Trudeau opened the bridge in Detroit; \
                     traffic is still light.",
                ),
            ],
            article: 1,
            month: "2023-11",
        },
        Case {
            name: "fr_dans_dix_jours_un_an_que_elu",
            files: &[
                (
                    "a.txt",
                    " date 2022-04 Emmanuel Macron a été élu le 24 avril 2022 face à Marine Le Pen.",
                ),
                (
                    "b.txt",
                    "Dans dix jours, cela fera un an qu'Emmanuel Macron a été élu face à Marine Le \
                     Pen.",
                ),
            ],
            article: 1,
            month: "2023-04",
        },
        Case {
            name: "fr_il_y_a_trois_mois_jour_pour_jour",
            files: &[
                (
                    "a.txt",
                    " date 2023-02 Le 6 février 2023, Emmanuel Macron et Olaf Scholz ont signé un \
                     traité à Aix-la-Chapelle.",
                ),
                (
                    "b.txt",
                    "Il y a trois mois jour pour jour, Emmanuel Macron et Olaf Scholz signaient un \
                     traité à Aix-la-Chapelle.",
                ),
            ],
            article: 1,
            month: "2023-05",
        },
        Case {
            name: "nl_over_vijf_weken_precies_een_jaar",
            files: &[
                (
                    "a.txt",
                    " date 2021-10 Shell en Eneco sloten op 9 oktober 2021 in Rotterdam een \
                     overeenkomst over windparken.",
                ),
                (
                    "b.txt",
                    "Over vijf weken is het precies een jaar geleden dat Shell en Eneco in Rotterdam \
                     een overeenkomst over windparken sloten.",
                ),
            ],
            article: 1,
            month: "2022-09",
        },
        // `volgende maand` dates the statement as `over een maand` would; a later article of the story
        // (2022) lets the candidates reach two years after the event.
        Case {
            name: "nl_volgende_maand_twee_jaar_geleden",
            files: &[
                (
                    "a.txt",
                    " date 2021-10 Shell en Eneco sloten op 9 oktober 2021 in Rotterdam een \
                     overeenkomst over windparken.",
                ),
                (
                    "b.txt",
                    "Volgende maand is het precies twee jaar geleden dat Shell en Eneco in Rotterdam \
                     een overeenkomst over windparken sloten.",
                ),
                (
                    "c.txt",
                    " date 2022-11 Shell en Eneco bouwen het eerste windpark voor de kust van \
                     Rotterdam.",
                ),
            ],
            article: 1,
            month: "2023-09",
        },
    ]);
}

/// An undated article of the KLM–Airbus story, written between a past delivery on 3 December and a
/// meeting on 14 April; a dated article of the same story (March 2020) mentions the meeting.
const STORY: (&str, &str) = (
    "b.txt",
    "KLM en Airbus zullen elkaar op 14 april spreken. De vorige levering was op 3 december.",
);
const SAME_STORY: (&str, &str) = (
    "a.txt",
    " date 2020-03 KLM en Airbus hebben een akkoord. Ze spreken elkaar op 14 april.",
);
/// A dated article of another story (November 2019) that mentions 3 December: it must not pull the
/// undated article to December 2019, as it did when every dated article counted.
const OTHER_STORY: (&str, &str) = (
    "c.txt",
    " date 2019-11 Boeing en Lufthansa maken op 3 december de cijfers bekend.",
);

/// Undated articles whose text names no year, or one year: a dated article of another story, years
/// later, must leave their inferred dates as they are alone (it once lent them its own year as a
/// candidate, which then won).
#[test]
fn a_later_story_leaves_an_article_as_it_is_alone() {
    let later_story = (
        "z.txt",
        " date 2019-11 Boeing et Lufthansa publient leurs chiffres le 28 novembre.",
    );
    #[rustfmt::skip]
    let articles: &[(&str, &str)] = &[
        ("fr_no_year", "Le 21 octobre, le conseil municipal de Dijon a voté le budget. Les travaux ont commencé lundi."),
        ("fr_one_year", "En 2015, le conseil municipal de Dijon a voté le budget. Il se réunira jeudi 21 novembre."),
        ("en_no_year", "On 21 October the Dijon city council passed its budget. Work began on Monday."),
        ("nl_no_year", "Op 21 oktober keurde de gemeenteraad van Dijon de begroting goed. Maandag begon het werk."),
    ];
    for (name, text) in articles {
        let alone = TempDir::with_files(name, &[("a.txt", text)]);
        let with_later = TempDir::with_files(name, &[("a.txt", text), later_story]);
        let date = |dir: &TempDir| {
            let articles = analyze_corpus(&load_folder(&dir.0).expect(name));
            let p = &articles[0].pub_date;
            (p.value.map(|v| v.to_string()), p.source)
        };
        assert_eq!(date(&with_later), date(&alone), "{name}");
    }
}

#[test]
fn another_story_does_not_move_the_date() {
    check(&[
        Case {
            name: "nl_same_story_only",
            files: &[SAME_STORY, STORY],
            article: 1,
            month: "2020-01",
        },
        Case {
            name: "nl_another_story_added",
            files: &[SAME_STORY, STORY, OTHER_STORY],
            article: 1,
            month: "2020-01",
        },
        Case {
            name: "en_another_story_added",
            files: &[
                (
                    "a.txt",
                    " date 2020-03 KLM and Airbus reached a deal. They meet on April 14.",
                ),
                (
                    "b.txt",
                    "KLM and Airbus will meet on April 14. The last delivery was on December 3.",
                ),
                (
                    "c.txt",
                    " date 2019-11 Boeing and Lufthansa publish their figures on December 3.",
                ),
            ],
            article: 1,
            month: "2020-01",
        },
        Case {
            name: "fr_another_story_added",
            files: &[
                (
                    "a.txt",
                    " date 2020-03 KLM et Airbus ont conclu un accord. Ils se réunissent le 14 avril.",
                ),
                (
                    "b.txt",
                    "KLM et Airbus se réuniront le 14 avril. La dernière livraison était le 3 \
                     décembre.",
                ),
                (
                    "c.txt",
                    " date 2019-11 Boeing et Lufthansa publient leurs chiffres le 3 décembre.",
                ),
            ],
            article: 1,
            month: "2020-01",
        },
    ]);
}

/// A past event told in the article happened before publication, and a month holds all its days: the
/// month of a past deadline is as good as the month after it.
#[test]
fn a_past_date_inside_the_month_is_not_ahead_of_it() {
    check(&[Case {
        name: "en_past_deadline_in_the_same_month",
        files: &[(
            "a.txt",
            "The ministry had asked for a one-month extension a few days before the deadline of 17 \
             August 2020. The court ruled on 20 August.",
        )],
        article: 0,
        month: "2020-08",
    }]);
}
