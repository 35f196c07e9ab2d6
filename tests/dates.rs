//! The temporal tagger, case by case: each named case gives a language, a reference date, a sentence
//! written for this test, and the expressions expected with their TIMEX3 values. Negative cases expect
//! nothing (numbers that are not dates).

use dossier::analysis::calendar::Date;
use dossier::analysis::dates::{extract_timex, Reference};
use dossier::analysis::language::Lang;
use dossier::analysis::mention::{Grain, Timex};

struct Case {
    name: &'static str,
    lang: Lang,
    reference: &'static str,
    text: &'static str,
    expect: &'static [(&'static str, &'static str)],
}

fn run(text: &str, lang: Lang, reference: &str) -> Vec<Timex> {
    let reference = Reference {
        date: Date::parse(reference).expect("reference"),
        grain: Grain::Day,
    };
    extract_timex(text, lang, Some(reference))
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let found = run(case.text, case.lang, case.reference);
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|t| (t.text.as_str(), t.value.as_str()))
            .collect();
        if case.expect.is_empty() && !got.is_empty() {
            failures.push(format!("{}: expected nothing, got {got:?}", case.name));
        }
        for want in case.expect {
            if !got.contains(want) {
                failures.push(format!("{}: missing {want:?}, got {got:?}", case.name));
            }
        }
        for t in &found {
            assert_eq!(&case.text[t.start..t.end], t.text, "{}: span", case.name);
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing case(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

use Lang::{En, Fr, Nl};

#[test]
fn absolute_and_partial_dates() {
    check(&[
        Case {
            name: "nl_day_month",
            lang: Nl,
            reference: "2021-03-02",
            text: "De stemming is op 17 maart.",
            expect: &[("17 maart", "2021-03-17")],
        },
        Case {
            name: "nl_day_month_year",
            lang: Nl,
            reference: "2021-03-02",
            text: "Het bedrijf werd op 4 juli 1998 opgericht.",
            expect: &[("4 juli 1998", "1998-07-04")],
        },
        Case {
            name: "nl_ordinal_day",
            lang: Nl,
            reference: "2021-03-02",
            text: "Het concert is op de 3e april.",
            expect: &[("3e april", "2021-04-03")],
        },
        Case {
            name: "nl_month_year",
            lang: Nl,
            reference: "2021-03-02",
            text: "De fabriek sloot in november 2018.",
            expect: &[("november 2018", "2018-11")],
        },
        Case {
            name: "nl_numeric_day_first",
            lang: Nl,
            reference: "2021-03-02",
            text: "De deadline is 05-04-2021.",
            expect: &[("05-04-2021", "2021-04-05")],
        },
        Case {
            name: "fr_premier",
            lang: Fr,
            reference: "2021-03-02",
            text: "La loi entre en vigueur le 1er juillet.",
            expect: &[("1er juillet", "2021-07-01")],
        },
        Case {
            name: "fr_weekday_date_year",
            lang: Fr,
            reference: "2021-03-02",
            text: "Le sommet a eu lieu le mardi 9 février 2021.",
            expect: &[("mardi 9 février 2021", "2021-02-09")],
        },
        Case {
            name: "fr_numeric_day_first",
            lang: Fr,
            reference: "2021-03-02",
            text: "Le dossier a été déposé le 03/02/2021.",
            expect: &[("03/02/2021", "2021-02-03")],
        },
        Case {
            name: "fr_month_year",
            lang: Fr,
            reference: "2021-03-02",
            text: "Les ventes ont chuté en octobre 2020.",
            expect: &[("octobre 2020", "2020-10")],
        },
        Case {
            name: "en_month_day_year",
            lang: En,
            reference: "2021-03-02",
            text: "The merger closed on March 3, 2020.",
            expect: &[("March 3, 2020", "2020-03-03")],
        },
        Case {
            name: "en_abbreviated_month",
            lang: En,
            reference: "2021-03-02",
            text: "Shares fell on Feb. 26 after the report.",
            expect: &[("Feb. 26", "2021-02-26")],
        },
        Case {
            name: "en_iso",
            lang: En,
            reference: "2021-03-02",
            text: "The log starts at 2020-12-31 and ends later.",
            expect: &[("2020-12-31", "2020-12-31")],
        },
        Case {
            name: "en_numeric_month_first",
            lang: En,
            reference: "2021-03-02",
            text: "The form is due 04/15/2021.",
            expect: &[("04/15/2021", "2021-04-15")],
        },
        Case {
            name: "en_year_in_context",
            lang: En,
            reference: "2021-03-02",
            text: "The plant has operated since 1987.",
            expect: &[("1987", "1987")],
        },
        Case {
            name: "fr_year_in_context",
            lang: Fr,
            reference: "2021-03-02",
            text: "Le site est fermé depuis 2015.",
            expect: &[("2015", "2015")],
        },
    ]);
}

#[test]
fn partial_dates_are_anchored_on_the_reference() {
    check(&[
        Case {
            name: "deadline_ahead_in_the_new_year",
            lang: Fr,
            reference: "2020-01-14",
            text: "La cour rendra sa décision le 3 février.",
            expect: &[("3 février", "2020-02-03")],
        },
        Case {
            name: "past_month_without_year",
            lang: Nl,
            reference: "2020-01-14",
            text: "In december daalde de werkloosheid.",
            expect: &[("december", "2019-12")],
        },
        Case {
            name: "month_last",
            lang: Fr,
            reference: "2020-01-14",
            text: "Il avait démissionné en octobre dernier.",
            expect: &[("octobre dernier", "2019-10")],
        },
        Case {
            name: "month_next",
            lang: Fr,
            reference: "2020-01-14",
            text: "Les travaux reprendront en mars prochain.",
            expect: &[("mars prochain", "2020-03")],
        },
        Case {
            name: "last_month_name_en",
            lang: En,
            reference: "2020-01-14",
            text: "The union went on strike last October.",
            expect: &[("last October", "2019-10")],
        },
        Case {
            name: "weekday_before",
            lang: Fr,
            reference: "2020-01-14",
            text: "Le ministre a parlé jeudi devant les députés.",
            expect: &[("jeudi", "2020-01-09")],
        },
        Case {
            name: "weekday_future_tense",
            lang: En,
            reference: "2020-01-14",
            text: "The board will meet on Friday.",
            expect: &[("Friday", "2020-01-17")],
        },
        Case {
            name: "next_weekday_next_week",
            lang: Nl,
            reference: "2020-01-14",
            text: "De raad vergadert volgende week donderdag.",
            expect: &[("volgende week donderdag", "2020-01-23")],
        },
    ]);
}

#[test]
fn relative_expressions() {
    check(&[
        Case {
            name: "nl_last_year",
            lang: Nl,
            reference: "2020-01-14",
            text: "Vorig jaar groeide de omzet sterk.",
            expect: &[("Vorig jaar", "2019")],
        },
        Case {
            name: "nl_next_month",
            lang: Nl,
            reference: "2020-01-14",
            text: "De wet gaat volgende maand in.",
            expect: &[("volgende maand", "2020-02")],
        },
        Case {
            name: "nl_this_week",
            lang: Nl,
            reference: "2020-01-14",
            text: "Deze week staakt het personeel.",
            expect: &[("Deze week", "2020-W03")],
        },
        Case {
            name: "nl_later_this_year",
            lang: Nl,
            reference: "2020-01-14",
            text: "De resultaten volgen later dit jaar.",
            expect: &[("later dit jaar", "2020")],
        },
        Case {
            name: "nl_tomorrow",
            lang: Nl,
            reference: "2020-01-14",
            text: "Morgen beslist de rechter.",
            expect: &[("Morgen", "2020-01-15")],
        },
        Case {
            name: "nl_ago",
            lang: Nl,
            reference: "2020-01-14",
            text: "Drie jaar geleden sloot de mijn.",
            expect: &[("Drie jaar geleden", "2017-01-14")],
        },
        Case {
            name: "fr_last_week",
            lang: Fr,
            reference: "2020-01-14",
            text: "La semaine dernière, le marché a reculé.",
            expect: &[("La semaine dernière", "2020-W02")],
        },
        Case {
            name: "fr_il_y_a",
            lang: Fr,
            reference: "2020-01-14",
            text: "Il y a deux ans, la ville a voté.",
            expect: &[("Il y a deux ans", "2018-01-14")],
        },
        Case {
            name: "fr_la_veille",
            lang: Fr,
            reference: "2020-01-14",
            text: "La veille, le président avait annulé son discours.",
            expect: &[("La veille", "2020-01-13")],
        },
        Case {
            name: "fr_dans_trois_mois",
            lang: Fr,
            reference: "2020-01-14",
            text: "Le chantier débutera dans trois mois.",
            expect: &[("dans trois mois", "2020-04-14")],
        },
        Case {
            name: "en_two_weeks_ago",
            lang: En,
            reference: "2020-01-14",
            text: "Two weeks ago the firm cut jobs.",
            expect: &[("Two weeks ago", "2019-12-31")],
        },
        Case {
            name: "en_in_two_months",
            lang: En,
            reference: "2020-01-14",
            text: "The law takes effect in two months.",
            expect: &[("in two months", "2020-03-14")],
        },
        Case {
            name: "en_next_morning",
            lang: En,
            reference: "2020-01-14",
            text: "The next morning, the police arrived.",
            expect: &[("The next morning", "2020-01-15")],
        },
        Case {
            name: "en_yesterday",
            lang: En,
            reference: "2020-01-14",
            text: "Prices rose yesterday.",
            expect: &[("yesterday", "2020-01-13")],
        },
    ]);
}

#[test]
fn periods_quarters_seasons_and_parts() {
    check(&[
        Case {
            name: "fr_quarter_words",
            lang: Fr,
            reference: "2020-01-14",
            text: "Le bénéfice a doublé au deuxième trimestre 2019.",
            expect: &[("deuxième trimestre 2019", "2019-Q2")],
        },
        Case {
            name: "en_q_notation",
            lang: En,
            reference: "2020-01-14",
            text: "Revenue grew in Q4 2019.",
            expect: &[("Q4 2019", "2019-Q4")],
        },
        Case {
            name: "nl_quarter_words",
            lang: Nl,
            reference: "2020-01-14",
            text: "In het derde kwartaal van 2019 daalde de winst.",
            expect: &[("het derde kwartaal van 2019", "2019-Q3")],
        },
        Case {
            name: "en_first_half",
            lang: En,
            reference: "2020-01-14",
            text: "Sales doubled in the first half of 2019.",
            expect: &[("the first half of 2019", "2019-H1")],
        },
        Case {
            name: "nl_end_of_month",
            lang: Nl,
            reference: "2020-01-14",
            text: "Eind maart valt het besluit.",
            expect: &[("Eind maart", "2020-03")],
        },
        Case {
            name: "fr_debut_year",
            lang: Fr,
            reference: "2020-01-14",
            text: "Le projet a démarré début 2018.",
            expect: &[("début 2018", "2018")],
        },
        Case {
            name: "en_mid_year",
            lang: En,
            reference: "2020-01-14",
            text: "The plant opened in mid-2017.",
            expect: &[("mid-2017", "2017")],
        },
        Case {
            name: "en_past_winter",
            lang: En,
            reference: "2020-09-10",
            text: "In the winter the company reduced its staff.",
            expect: &[("the winter", "2020-WI")],
        },
        Case {
            name: "nl_summer_holiday",
            lang: Nl,
            reference: "2020-03-10",
            text: "Na de zomervakantie gaan de scholen weer open.",
            expect: &[("de zomervakantie", "2020-SU")],
        },
        Case {
            name: "fr_cet_hiver",
            lang: Fr,
            reference: "2020-01-14",
            text: "Cet hiver, les prix ont grimpé.",
            expect: &[("Cet hiver", "2020-WI")],
        },
        Case {
            name: "en_decade",
            lang: En,
            reference: "2020-01-14",
            text: "The brand was popular in the 1990s.",
            expect: &[("1990s", "199")],
        },
    ]);
}

#[test]
fn durations_and_sets() {
    check(&[
        Case {
            name: "en_ten_years",
            lang: En,
            reference: "2020-01-14",
            text: "The deal runs for ten years.",
            expect: &[("ten years", "P10Y")],
        },
        Case {
            name: "en_compound_adjective",
            lang: En,
            reference: "2020-01-14",
            text: "They asked for a six-month delay.",
            expect: &[("six-month", "P6M")],
        },
        Case {
            name: "nl_tienjarig",
            lang: Nl,
            reference: "2020-01-14",
            text: "Het bedrijf tekende een vijfjarig contract.",
            expect: &[("vijfjarig", "P5Y")],
        },
        Case {
            name: "nl_twee_maanden",
            lang: Nl,
            reference: "2020-01-14",
            text: "De staking duurde twee maanden.",
            expect: &[("twee maanden", "P2M")],
        },
        Case {
            name: "fr_deux_ans",
            lang: Fr,
            reference: "2020-01-14",
            text: "La rénovation a pris deux ans.",
            expect: &[("deux ans", "P2Y")],
        },
        Case {
            name: "fr_vingt_quatre_heures",
            lang: Fr,
            reference: "2020-01-14",
            text: "Il a été retenu vingt-quatre heures.",
            expect: &[("vingt-quatre heures", "PT24H")],
        },
        Case {
            name: "nl_compound_number",
            lang: Nl,
            reference: "2020-01-14",
            text: "Hij zat vierentwintig uur vast.",
            expect: &[("vierentwintig uur", "PT24H")],
        },
        Case {
            name: "en_decades",
            lang: En,
            reference: "2020-01-14",
            text: "The firm has worked with cities for three decades.",
            expect: &[("three decades", "P3DE")],
        },
        Case {
            name: "nl_vague_decades",
            lang: Nl,
            reference: "2020-01-14",
            text: "De familie woont er al eeuwen.",
            expect: &[("al eeuwen", "PXCE")],
        },
        Case {
            name: "en_every_year",
            lang: En,
            reference: "2020-01-14",
            text: "The fair is held every year.",
            expect: &[("every year", "P1Y")],
        },
        Case {
            name: "fr_chaque_semaine",
            lang: Fr,
            reference: "2020-01-14",
            text: "Le conseil se réunit chaque semaine.",
            expect: &[("chaque semaine", "P1W")],
        },
        Case {
            name: "nl_elke_maandag",
            lang: Nl,
            reference: "2020-01-14",
            text: "De markt is elke maandag open.",
            expect: &[("elke maandag", "XXXX-WXX-1")],
        },
        Case {
            name: "nl_jaarlijks",
            lang: Nl,
            reference: "2020-01-14",
            text: "Het rapport verschijnt jaarlijks.",
            expect: &[("jaarlijks", "P1Y")],
        },
    ]);
}

#[test]
fn ranges_and_times() {
    check(&[
        Case {
            name: "en_from_to_months",
            lang: En,
            reference: "2020-01-14",
            text: "The exhibition runs from May to September 2020.",
            expect: &[("from May to September 2020", "2020-05-01/2020-10-01")],
        },
        Case {
            name: "fr_du_au",
            lang: Fr,
            reference: "2020-01-14",
            text: "Le festival a lieu du 4 au 6 mars.",
            expect: &[("du 4 au 6 mars", "2020-03-04/2020-03-06")],
        },
        Case {
            name: "nl_tussen_years",
            lang: Nl,
            reference: "2020-01-14",
            text: "Tussen 2010 en 2015 verdubbelde de omzet.",
            expect: &[("Tussen 2010 en 2015", "2010-01-01/2015-01-01")],
        },
        Case {
            name: "en_year_dash_year",
            lang: En,
            reference: "2020-01-14",
            text: "Profits rose in 2012-2016.",
            expect: &[("2012-2016", "2012-01-01/2016-01-01")],
        },
        Case {
            name: "fr_heure",
            lang: Fr,
            reference: "2020-01-14",
            text: "La réunion commence à 16h30.",
            expect: &[("16h30", "2020-01-14T16:30")],
        },
        Case {
            name: "en_weekday_at_time",
            lang: En,
            reference: "2020-01-14",
            text: "The vote is on Thursday at 3pm.",
            expect: &[("Thursday at 3pm", "2020-01-16T15:00")],
        },
        Case {
            name: "nl_om_uur",
            lang: Nl,
            reference: "2020-01-14",
            text: "De trein vertrekt om 8 uur.",
            expect: &[("8 uur", "2020-01-14T08:00")],
        },
    ]);
}

#[test]
fn numbers_that_are_not_dates() {
    check(&[
        Case {
            name: "fr_billions",
            lang: Fr,
            reference: "2020-01-14",
            text: "Le contrat vaut 7,2 milliards d'euros.",
            expect: &[],
        },
        Case {
            name: "fr_percent",
            lang: Fr,
            reference: "2020-01-14",
            text: "Le chômage atteint 4,5 % de la population.",
            expect: &[],
        },
        Case {
            name: "fr_thousands",
            lang: Fr,
            reference: "2020-01-14",
            text: "L'usine emploie 8 000 salariés.",
            expect: &[],
        },
        Case {
            name: "fr_score_a_4",
            lang: Fr,
            reference: "2020-01-14",
            text: "Le vote s'est terminé à 4 contre 3.",
            expect: &[],
        },
        Case {
            name: "nl_decimal_percent",
            lang: Nl,
            reference: "2020-01-14",
            text: "De rente staat op 6.45 procent.",
            expect: &[],
        },
        Case {
            name: "nl_large_number",
            lang: Nl,
            reference: "2020-01-14",
            text: "Er kwamen 2500 mensen naar het plein.",
            expect: &[],
        },
        Case {
            name: "en_amount",
            lang: En,
            reference: "2020-01-14",
            text: "The firm paid $2019 for the licence.",
            expect: &[],
        },
        Case {
            name: "en_modal_may",
            lang: En,
            reference: "2020-01-14",
            text: "Prices may rise, and they may fall.",
            expect: &[],
        },
        Case {
            name: "fr_ete_participle",
            lang: Fr,
            reference: "2020-01-14",
            text: "La décision a été prise par le juge.",
            expect: &[],
        },
        Case {
            name: "en_phone_number",
            lang: En,
            reference: "2020-01-14",
            text: "Call 555-1212 for details.",
            expect: &[],
        },
    ]);
}

#[test]
fn units_within_a_period() {
    check(&[
        Case {
            name: "en_first_months_of_a_year",
            lang: En,
            reference: "2021-11-07",
            text: "Sales fell in the first three months of 2021.",
            expect: &[("the first three months of 2021", "2021-01-01/2021-04-01")],
        },
        Case {
            name: "en_last_weeks_of_this_year_are_whole_weeks",
            lang: En,
            reference: "2019-11-29",
            text: "The plant closes for the last two weeks of this year.",
            expect: &[("the last two weeks of this year", "2019-12-16/2019-12-30")],
        },
        Case {
            name: "en_nth_month_of_a_year",
            lang: En,
            reference: "2018-11-29",
            text: "The merger closes in the fourth month of 2019.",
            expect: &[("the fourth month of 2019", "2019-04")],
        },
        Case {
            name: "en_nth_day_of_a_relative_month",
            lang: En,
            reference: "2020-07-01",
            text: "Payment is due on the 10th day of next month.",
            expect: &[("the 10th day of next month", "2020-08-10")],
        },
        Case {
            name: "en_compound_ordinal_day_of_a_month",
            lang: En,
            reference: "2020-07-01",
            text: "The vote is set for the twenty first day of September.",
            expect: &[("the twenty first day of September", "2020-09-21")],
        },
        Case {
            name: "en_first_week_of_a_month_is_an_iso_week",
            lang: En,
            reference: "2020-07-01",
            text: "Talks resume in the first week of March 2020.",
            expect: &[("the first week of March 2020", "2020-W10")],
        },
        Case {
            name: "fr_amount_before_premiers",
            lang: Fr,
            reference: "2021-11-07",
            text: "Le chiffre d'affaires des six premiers mois de 2021 a progressé.",
            expect: &[("six premiers mois de 2021", "2021-01-01/2021-07-01")],
        },
        Case {
            name: "fr_derniere_semaine_de_mois",
            lang: Fr,
            reference: "2016-11-07",
            text: "Les négociations ont repris la dernière semaine d'octobre.",
            expect: &[("la dernière semaine d'octobre", "2016-W43")],
        },
        Case {
            name: "fr_dernier_jour_de_l_annee",
            lang: Fr,
            reference: "2016-11-07",
            text: "Le contrat expire le dernier jour de l'année.",
            expect: &[("le dernier jour de l'année", "2016-12-31")],
        },
        Case {
            name: "nl_eerste_maanden_van_het_jaar",
            lang: Nl,
            reference: "2021-11-07",
            text: "De omzet steeg in de eerste twee maanden van het jaar.",
            expect: &[(
                "de eerste twee maanden van het jaar",
                "2021-01-01/2021-03-01",
            )],
        },
        Case {
            name: "nl_laatste_week_van_een_maand",
            lang: Nl,
            reference: "2016-11-07",
            text: "In de laatste week van juli was het druk.",
            expect: &[("de laatste week van juli", "2016-W30")],
        },
        Case {
            name: "fr_the_year_written_after_l_annee",
            lang: Fr,
            reference: "2016-11-07",
            text: "Les trois derniers mois de l'année 2015 ont été difficiles.",
            expect: &[(
                "Les trois derniers mois de l'année 2015",
                "2015-10-01/2016-01-01",
            )],
        },
        Case {
            name: "en_last_weeks_without_a_period_stay_a_rolling_period",
            lang: En,
            reference: "2016-11-07",
            text: "Prices rose in the last three weeks.",
            expect: &[("the last three weeks", "2016-10-17/2016-11-07")],
        },
    ]);
}

#[test]
fn a_day_joined_to_a_full_date_takes_its_month() {
    check(&[
        Case {
            name: "en_day_and_day_month",
            lang: En,
            reference: "2020-01-07",
            text: "Ministers meet on 18 and 19 June.",
            expect: &[("18", "2019-06-18"), ("19 June", "2019-06-19")],
        },
        Case {
            name: "fr_le_jour_et_le_jour_mois",
            lang: Fr,
            reference: "2020-01-07",
            text: "Le sommet aura lieu le 18 et le 19 juin 2020.",
            expect: &[("18", "2020-06-18"), ("19 juin 2020", "2020-06-19")],
        },
        Case {
            name: "nl_dag_en_dag_maand",
            lang: Nl,
            reference: "2020-01-07",
            text: "De top vindt plaats op 18 en 19 juni 2020.",
            expect: &[("18", "2020-06-18"), ("19 juni 2020", "2020-06-19")],
        },
    ]);
    // A larger number before the date is not a day of its month.
    let found = run(
        "Of the 25 and 19 June reports, none arrived.",
        En,
        "2020-01-07",
    );
    let texts: Vec<&str> = found.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["19 June"]);
}

#[test]
fn modifiers_and_shifts_from_a_written_point() {
    check(&[
        Case {
            name: "en_about_weeks_ago_is_approx",
            lang: En,
            reference: "2016-11-07",
            text: "The board met about two weeks ago.",
            expect: &[("about two weeks ago", "2016-10-24")],
        },
        Case {
            name: "fr_il_y_a_environ",
            lang: Fr,
            reference: "2021-05-20",
            text: "L'usine a fermé il y a environ trois ans.",
            expect: &[("il y a environ trois ans", "2018-05-20")],
        },
        Case {
            name: "nl_ruim_tien_jaar",
            lang: Nl,
            reference: "2016-11-07",
            text: "Het bedrijf bestaat ruim tien jaar.",
            expect: &[("ruim tien jaar", "P10Y")],
        },
        Case {
            name: "fr_jours_apres_le_date",
            lang: Fr,
            reference: "2016-11-07",
            text: "Le vote aura lieu trois jours après le 12 janvier.",
            expect: &[("trois jours après le 12 janvier", "2017-01-15")],
        },
        Case {
            name: "nl_dagen_gerekend_vanaf",
            lang: Nl,
            reference: "2016-11-07",
            text: "De uitslag volgt vier dagen gerekend vanaf gisteren.",
            expect: &[("vier dagen gerekend vanaf gisteren", "2016-11-10")],
        },
        Case {
            name: "en_business_days_skip_the_weekend",
            lang: En,
            reference: "2018-08-21",
            text: "A decision is due within the next 4 business days.",
            expect: &[("the next 4 business days", "2018-08-22/2018-08-28")],
        },
        Case {
            name: "fr_le_jour_before_a_pause",
            lang: Fr,
            reference: "2020-01-12",
            text: "Le ministre reviendra le 23 pour trois heures.",
            expect: &[("le 23", "2020-01-23")],
        },
    ]);
    let modifiers = |text: &str, lang: Lang| -> Vec<Option<String>> {
        run(text, lang, "2016-11-07")
            .into_iter()
            .map(|t| t.modifier.map(str::to_string))
            .collect()
    };
    let cases: [(&str, &str, Lang, &[Option<&str>]); 4] = [
        (
            "approx",
            "The board met about two weeks ago.",
            En,
            &[Some("APPROX")],
        ),
        (
            "more_than",
            "Het bedrijf bestaat ruim tien jaar.",
            Nl,
            &[Some("MORE_THAN")],
        ),
        (
            "less_than",
            "Le chantier a duré moins de deux ans.",
            Fr,
            &[Some("LESS_THAN")],
        ),
        (
            "no_modifier_on_a_topic",
            "A report about 2019 Q1 came out.",
            En,
            &[None],
        ),
    ];
    for (name, text, lang, want) in cases {
        let got = modifiers(text, lang);
        let want: Vec<Option<String>> = want.iter().map(|m| m.map(str::to_string)).collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn money_and_french_numbers_that_are_not_days() {
    check(&[
        Case {
            name: "en_dollar_amount_before_a_date",
            lang: En,
            reference: "2019-07-04",
            text: "I bought it for $12 December 27.",
            expect: &[("December 27", "2018-12-27")],
        },
        Case {
            name: "fr_le_number_before_a_name",
            lang: Fr,
            reference: "2016-11-07",
            text: "Le 10 Downing Street a réagi.",
            expect: &[],
        },
        Case {
            name: "fr_le_number_before_percent",
            lang: Fr,
            reference: "2016-11-07",
            text: "Il a cédé le 12 % restant.",
            expect: &[],
        },
    ]);
}

#[test]
fn feasts_and_numeric_forms() {
    check(&[
        Case {
            name: "nl_pinksteren_is_easter_plus_49",
            lang: Nl,
            reference: "2021-06-01",
            text: "Het kabinet valt na Pinksteren 2021.",
            expect: &[("Pinksteren 2021", "2021-05-23")],
        },
        Case {
            name: "fr_ascension_is_easter_plus_39",
            lang: Fr,
            reference: "2021-06-01",
            text: "Les écoles ferment pour l'Ascension 2021.",
            expect: &[("l'Ascension 2021", "2021-05-13")],
        },
        Case {
            name: "en_good_friday_is_easter_minus_2",
            lang: En,
            reference: "2019-11-07",
            text: "The shops closed on Good Friday 2019.",
            expect: &[("Good Friday 2019", "2019-04-19")],
        },
        Case {
            name: "fr_jour_de_la_terre",
            lang: Fr,
            reference: "2016-11-07",
            text: "La marche a eu lieu le jour de la terre 2010.",
            expect: &[("le jour de la terre 2010", "2010-04-22")],
        },
        Case {
            name: "fr_spaced_numeric_date",
            lang: Fr,
            reference: "2016-11-07",
            text: "Signé à Lyon le 18 08 1978 par les deux parties.",
            expect: &[("18 08 1978", "1978-08-18")],
        },
        Case {
            name: "fr_month_day_de_year",
            lang: Fr,
            reference: "2019-05-30",
            text: "Elle est née novembre 23 de 1987.",
            expect: &[("novembre 23 de 1987", "1987-11-23")],
        },
        Case {
            name: "fr_thousands_groups_are_not_dates",
            lang: Fr,
            reference: "2016-11-07",
            text: "La ville compte 1 200 000 habitants et 12 000 emplois.",
            expect: &[],
        },
        Case {
            name: "nl_phone_number_is_not_a_date",
            lang: Nl,
            reference: "2019-05-30",
            text: "Bel 02 04 20 09 voor informatie.",
            expect: &[],
        },
    ]);
}

#[test]
fn years_in_words_and_calendar_years() {
    check(&[
        Case {
            name: "en_month_two_thousand_and_n",
            lang: En,
            reference: "2016-11-07",
            text: "The plant opened in August two thousand and fifteen.",
            expect: &[("August two thousand and fifteen", "2015-08")],
        },
        Case {
            name: "en_month_century_pair",
            lang: En,
            reference: "2016-11-07",
            text: "He was born in January nineteen eighty six.",
            expect: &[("January nineteen eighty six", "1986-01")],
        },
        Case {
            name: "fr_mois_deux_mille_n",
            lang: Fr,
            reference: "2018-06-26",
            text: "Elle est née en mars deux mille quinze.",
            expect: &[("mars deux mille quinze", "2015-03")],
        },
        Case {
            name: "nl_in_tweeduizend_n",
            lang: Nl,
            reference: "2018-06-26",
            text: "De wet geldt sinds tweeduizend twintig.",
            expect: &[("tweeduizend twintig", "2020")],
        },
        Case {
            name: "en_this_calendar_year",
            lang: En,
            reference: "2019-06-18",
            text: "Gains this calendar year beat forecasts.",
            expect: &[("this calendar year", "2019")],
        },
        Case {
            name: "nl_het_kalenderjaar_n",
            lang: Nl,
            reference: "2019-06-18",
            text: "De cijfers over het kalenderjaar 2008 ontbreken.",
            expect: &[("2008", "2008")],
        },
        Case {
            name: "en_number_pair_without_context_is_not_a_year",
            lang: En,
            reference: "2018-06-26",
            text: "They sold twenty twenty units.",
            expect: &[],
        },
    ]);
}

#[test]
fn weekends_impossible_days_and_named_months() {
    check(&[
        Case {
            name: "en_the_weekend_in_the_past_is_the_one_before",
            lang: En,
            reference: "2021-03-08",
            text: "Protesters gathered over the weekend in the capital.",
            expect: &[("the weekend", "2021-W09-WE")],
        },
        Case {
            name: "fr_le_week_end_in_the_future_is_the_next",
            lang: Fr,
            reference: "2021-03-08",
            text: "Les syndicats vont manifester le week-end.",
            expect: &[("le week-end", "2021-W10-WE")],
        },
        Case {
            name: "nl_dat_weekend_on_a_friday_is_the_coming_one",
            lang: Nl,
            reference: "2021-03-12",
            text: "Dat weekend staat de stemming op de agenda.",
            expect: &[("Dat weekend", "2021-W10-WE")],
        },
        Case {
            name: "en_weekend_as_an_adjective_is_not_a_date",
            lang: En,
            reference: "2021-03-08",
            text: "Weekend traffic was light.",
            expect: &[],
        },
        Case {
            name: "fr_impossible_day_keeps_no_year",
            lang: Fr,
            reference: "2021-03-08",
            text: "Le rapport est daté du 31 avril.",
            expect: &[("31 avril", "XXXX-04-31")],
        },
        Case {
            name: "en_impossible_day_keeps_its_written_year",
            lang: En,
            reference: "2021-03-08",
            text: "The memo is dated February 30, 2019.",
            expect: &[("February 30, 2019", "2019-02-30")],
        },
        Case {
            name: "nl_de_maand_names_the_month",
            lang: Nl,
            reference: "2021-03-08",
            text: "In de maand augustus zal de fabriek sluiten.",
            expect: &[("de maand augustus", "2021-08")],
        },
        Case {
            name: "fr_ce_mois_de_names_the_month",
            lang: Fr,
            reference: "2021-10-05",
            text: "Depuis ce mois d'août, les prix ont doublé.",
            expect: &[("ce mois d'août", "2021-08")],
        },
        Case {
            name: "en_the_month_of_names_the_month",
            lang: En,
            reference: "2021-10-05",
            text: "Sales fell in the month of June.",
            expect: &[("the month of June", "2021-06")],
        },
    ]);
}

#[test]
fn days_of_a_relative_month_and_range_ends() {
    check(&[
        Case {
            name: "fr_day_of_next_month",
            lang: Fr,
            reference: "2021-03-08",
            text: "La décision sera rendue le 15 du mois prochain.",
            expect: &[("le 15 du mois prochain", "2021-04-15")],
        },
        Case {
            name: "en_days_of_last_month",
            lang: En,
            reference: "2021-03-08",
            text: "The strike ran from the 4th to the 23rd of last month.",
            expect: &[(
                "from the 4th to the 23rd of last month",
                "2021-02-04/2021-02-23",
            )],
        },
        Case {
            name: "nl_month_first_then_days",
            lang: Nl,
            reference: "2021-03-08",
            text: "De beurs loopt volgende maand van 4 tot 9.",
            expect: &[("volgende maand van 4 tot 9", "2021-04-04/2021-04-09")],
        },
        Case {
            name: "en_a_count_of_next_month_is_not_a_day",
            lang: En,
            reference: "2021-03-08",
            text: "He will play 3 of next month's games.",
            expect: &[("next month", "2021-04")],
        },
        Case {
            name: "en_range_to_the_end_of_a_year_runs_to_its_end",
            lang: En,
            reference: "2021-03-08",
            text: "The programme ran from 2007 to the end of 2008.",
            expect: &[("from 2007 to the end of 2008", "2007-01-01/2009-01-01")],
        },
        Case {
            name: "fr_range_from_the_middle_starts_in_the_middle",
            lang: Fr,
            reference: "2021-03-08",
            text: "Le chantier a duré du milieu de 2007 à la fin de 2008.",
            expect: &[(
                "du milieu de 2007 à la fin de 2008",
                "2007-07-02/2009-01-01",
            )],
        },
        Case {
            name: "nl_range_from_the_end_of_a_month_starts_late_in_it",
            lang: Nl,
            reference: "2021-03-08",
            text: "De werken duurden van eind maart 2019 tot half september 2019.",
            expect: &[(
                "van eind maart 2019 tot half september 2019",
                "2019-03-21/2019-09-16",
            )],
        },
    ]);
}

#[test]
fn holidays_on_a_weekday_of_a_month_and_older_years() {
    check(&[
        Case {
            name: "en_black_friday_with_a_year",
            lang: En,
            reference: "2021-03-08",
            text: "Retailers remember Black Friday 2010 as a record.",
            expect: &[("Black Friday 2010", "2010-11-26")],
        },
        Case {
            name: "en_last_memorial_day",
            lang: En,
            reference: "2021-03-08",
            text: "The monument was unveiled last Memorial Day.",
            expect: &[("last Memorial Day", "2020-05-25")],
        },
        Case {
            name: "nl_prinsjesdag_is_the_third_tuesday_of_september",
            lang: Nl,
            reference: "2021-03-08",
            text: "De begroting wordt op Prinsjesdag 2021 gepresenteerd.",
            expect: &[("Prinsjesdag 2021", "2021-09-21")],
        },
        Case {
            name: "fr_fete_des_meres_is_the_last_sunday_of_may",
            lang: Fr,
            reference: "2021-03-08",
            text: "Les fleuristes attendent la fête des mères 2021.",
            expect: &[("la fête des mères 2021", "2021-05-30")],
        },
        Case {
            name: "fr_holiday_of_this_year",
            lang: Fr,
            reference: "2021-03-08",
            text: "Le défilé du jour de l'indépendance de cette année est annulé.",
            expect: &[("jour de l'indépendance de cette année", "2021-07-04")],
        },
        Case {
            name: "en_an_older_year_after_a_cue",
            lang: En,
            reference: "2021-03-08",
            text: "The tradition dates back to 1865, historians say.",
            expect: &[("1865", "1865")],
        },
        Case {
            name: "fr_an_older_year_after_a_cue",
            lang: Fr,
            reference: "2021-03-08",
            text: "La fête remonte à 1865 et reste populaire.",
            expect: &[("1865", "1865")],
        },
        Case {
            name: "nl_an_older_year_after_a_cue",
            lang: Nl,
            reference: "2021-03-08",
            text: "Nederland is sinds 1815, toen het congres van Wenen eindigde, een koninkrijk.",
            expect: &[("1815", "1815")],
        },
        Case {
            name: "en_a_count_in_a_range_is_not_an_older_year",
            lang: En,
            reference: "2021-03-08",
            text: "Attendance grew from 1200 to 1500 people.",
            expect: &[],
        },
        Case {
            name: "nl_a_phone_number_is_not_an_older_year",
            lang: Nl,
            reference: "2021-03-08",
            text: "Bel het nummer 555-1212 voor informatie.",
            expect: &[],
        },
    ]);
}

#[test]
fn cues_after_the_noun_ends_without_an_article_and_a_trailing_year() {
    check(&[
        Case {
            name: "fr_unit_with_a_cue_after_it_and_no_article",
            lang: Fr,
            reference: "2021-03-08",
            text: "Les résultats du trimestre précédent ont déçu.",
            expect: &[("trimestre précédent", "2020-Q4")],
        },
        Case {
            name: "fr_pronoun_ce_is_not_this",
            lang: Fr,
            reference: "2021-03-08",
            text: "Était-ce la semaine dernière ?",
            expect: &[("la semaine dernière", "2021-W09")],
        },
        Case {
            name: "fr_holiday_with_a_cue_after_it",
            lang: Fr,
            reference: "2021-03-08",
            text: "Les ventes de la Pâques précédente étaient faibles.",
            expect: &[("la Pâques précédente", "2020-04-12")],
        },
        Case {
            name: "fr_end_of_the_year_without_an_article",
            lang: Fr,
            reference: "2021-03-08",
            text: "Le projet sera livré en fin d'année.",
            expect: &[("fin d'année", "2021")],
        },
        Case {
            name: "en_end_of_month_without_an_article",
            lang: En,
            reference: "2021-03-08",
            text: "Payment is due by end of month.",
            expect: &[("end of month", "2021-03")],
        },
        Case {
            name: "fr_end_of_the_month_of_may_is_may",
            lang: Fr,
            reference: "2021-03-08",
            text: "Le vote aura lieu à la fin du mois de mai.",
            expect: &[("à la fin du mois de mai", "2021-05")],
        },
        Case {
            name: "fr_numeric_range_with_a_year_after_it",
            lang: Fr,
            reference: "2021-03-08",
            text: "Le salon se tiendra du 01/05 au 07/05, 2022.",
            expect: &[("du 01/05 au 07/05, 2022", "2022-05-01/2022-05-07")],
        },
        Case {
            name: "en_numeric_range_with_a_year_after_it",
            lang: En,
            reference: "2021-03-08",
            text: "The fair runs from 5/1 to 5/7, 2022.",
            expect: &[("from 5/1 to 5/7, 2022", "2022-05-01/2022-05-07")],
        },
    ]);
}

#[test]
fn lengths_in_several_units_working_days_and_recurrences() {
    check(&[
        Case {
            name: "en_years_and_months_make_one_length",
            lang: En,
            reference: "2021-03-08",
            text: "The inquiry lasted two years and three months.",
            expect: &[("two years and three months", "P2Y3M")],
        },
        Case {
            name: "fr_hours_and_minutes_make_one_length",
            lang: Fr,
            reference: "2021-03-08",
            text: "La réunion a duré 1 heure et 30 minutes.",
            expect: &[("1 heure et 30 minutes", "PT1H30M")],
        },
        Case {
            name: "nl_more_than_a_length_in_two_units",
            lang: Nl,
            reference: "2021-03-08",
            text: "Het debat duurde langer dan 2 uur en 15 minuten.",
            expect: &[("langer dan 2 uur en 15 minuten", "PT2H15M")],
        },
        Case {
            name: "en_a_shift_is_not_swallowed_by_a_length",
            lang: En,
            reference: "2021-03-08",
            text: "They searched for 3 months and 2 days ago they found it.",
            expect: &[("3 months", "P3M"), ("2 days ago", "2021-03-06")],
        },
        Case {
            name: "en_next_working_days_end_after_the_last_one",
            lang: En,
            reference: "2021-03-08",
            text: "Traders expect volatility over the next 4 business days.",
            expect: &[("the next 4 business days", "2021-03-09/2021-03-13")],
        },
        Case {
            name: "en_weekday_with_plural_daypart_recurs",
            lang: En,
            reference: "2021-03-08",
            text: "The council meets on Tuesday afternoons.",
            expect: &[("Tuesday afternoons", "XXXX-WXX-2TAF")],
        },
        Case {
            name: "fr_plural_weekday_with_daypart_recurs",
            lang: Fr,
            reference: "2021-03-08",
            text: "Le marché se tient les mardis soir.",
            expect: &[("mardis soir", "XXXX-WXX-2TEV")],
        },
        Case {
            name: "en_plural_weekday_alone_recurs",
            lang: En,
            reference: "2021-03-08",
            text: "The market opens Tuesdays and Fridays.",
            expect: &[("Tuesdays", "XXXX-WXX-2"), ("Fridays", "XXXX-WXX-5")],
        },
        Case {
            name: "en_every_other_day",
            lang: En,
            reference: "2021-03-08",
            text: "Patients are tested every other day.",
            expect: &[("every other day", "P2D")],
        },
        Case {
            name: "nl_a_modifier_ending_the_text_is_nothing",
            lang: Nl,
            reference: "2021-03-08",
            text: "Het contract is goed voor ongeveer ",
            expect: &[],
        },
        Case {
            name: "fr_every_two_fridays",
            lang: Fr,
            reference: "2021-03-08",
            text: "Le conseil se réunit tous les deux vendredis.",
            expect: &[("tous les deux vendredis", "XXXX-WXX-5")],
        },
    ]);
}

#[test]
fn the_week_of_a_date_and_earlier_in_a_period() {
    check(&[
        Case {
            name: "en_the_week_of_a_date",
            lang: En,
            reference: "2021-03-08",
            text: "Talks resume the week of March 22.",
            expect: &[("the week of March 22", "2021-W12")],
        },
        Case {
            name: "fr_la_semaine_du",
            lang: Fr,
            reference: "2021-03-08",
            text: "Le vote aura lieu la semaine du 22 mars.",
            expect: &[("la semaine du 22 mars", "2021-W12")],
        },
        Case {
            name: "nl_de_week_aanvangend",
            lang: Nl,
            reference: "2021-03-08",
            text: "De week aanvangend 22 maart zal het parlement stemmen.",
            expect: &[("De week aanvangend 22 maart", "2021-W12")],
        },
        Case {
            name: "en_counted_weeks_are_not_the_week_of",
            lang: En,
            reference: "2021-03-08",
            text: "It took two weeks of March to decide.",
            expect: &[("two weeks", "P2W")],
        },
        Case {
            name: "en_earlier_in_the_week",
            lang: En,
            reference: "2021-03-10",
            text: "The minister resigned earlier in the week.",
            expect: &[("earlier in the week", "2021-W10")],
        },
        Case {
            name: "fr_plus_tard_dans_l_annee",
            lang: Fr,
            reference: "2021-03-10",
            text: "Le texte sera examiné plus tard dans l'année.",
            expect: &[("plus tard dans l'année", "2021")],
        },
    ]);
}

/// Where rules find overlapping expressions, the longest is kept and the ones inside it are not; of two
/// of the same length that overlap, the earlier; expressions side by side are all kept. Each case lists
/// every expression found, in text order.
#[test]
fn overlapping_findings_keep_the_longest() {
    #[rustfmt::skip]
    let cases = [
        Case { name: "en_range_over_its_ends", lang: En, reference: "2020-01-14", text: "It ran from May to September 2020 here.", expect: &[("from May to September 2020", "2020-05-01/2020-10-01")] },
        Case { name: "fr_range_of_days", lang: Fr, reference: "2020-01-14", text: "Le salon a lieu du 1er au 3 mars 2020.", expect: &[("du 1er au 3 mars 2020", "2020-03-01/2020-03-03")] },
        Case { name: "nl_full_date_over_month_year", lang: Nl, reference: "2020-01-14", text: "Het besluit viel op 3 maart 2019 in Den Haag.", expect: &[("3 maart 2019", "2019-03-03")] },
        Case { name: "en_two_dates_side_by_side", lang: En, reference: "2020-01-14", text: "They met on March 3, 2019 and on June 5, 2019.", expect: &[("March 3, 2019", "2019-03-03"), ("June 5, 2019", "2019-06-05")] },
        Case { name: "en_same_text_twice", lang: En, reference: "2020-01-14", text: "In 2015 sales fell. In 2015 sales fell.", expect: &[("2015", "2015"), ("2015", "2015")] },
    ];
    for case in cases {
        let found = run(case.text, case.lang, case.reference);
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|t| (t.text.as_str(), t.value.as_str()))
            .collect();
        assert_eq!(got, case.expect, "{}", case.name);
    }
}

/// A weekday takes the tense of its own sentence, which ends at `.`, `!`, `?` or a line break: the
/// past before, the future after, both on one line resolve each by its sentence. Each case lists every
/// expression found, in text order (reference Wednesday 2020-01-15).
#[test]
fn the_tense_is_the_sentences_own() {
    #[rustfmt::skip]
    let cases = [
        Case { name: "fr_past_then_future", lang: Fr, reference: "2020-01-15", text: "Il a signé lundi. Il signera lundi.\nEt lundi", expect: &[("lundi", "2020-01-13"), ("lundi", "2020-01-20"), ("lundi", "2020-01-13")] },
        Case { name: "en_future_wins_in_its_sentence_only", lang: En, reference: "2020-01-15", text: "He signed on Monday and he will sign on Monday\nthen Monday, he said on Monday", expect: &[("Monday", "2020-01-20"), ("Monday", "2020-01-20"), ("Monday", "2020-01-13"), ("Monday", "2020-01-13")] },
        Case { name: "nl_question_ends_a_sentence", lang: Nl, reference: "2020-01-15", text: "Zal hij maandag tekenen? Hij heeft maandag getekend!", expect: &[("maandag", "2020-01-20"), ("maandag", "2020-01-13")] },
    ];
    for case in cases {
        let found = run(case.text, case.lang, case.reference);
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|t| (t.text.as_str(), t.value.as_str()))
            .collect();
        assert_eq!(got, case.expect, "{}", case.name);
    }
}
