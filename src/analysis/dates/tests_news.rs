//! News phrasing, kind by kind (issue 17): one-line named cases in the three languages, each a
//! sentence written for this test, the reference date it is read against, and the expressions
//! expected with their text, TIMEX3 value and the rule that found them.
//!
//! `t!(name, Lang, "reference", "text", ["span" => "value" @ "rule", …])`: the span must be found
//! with that value (`value~MOD` when it carries a modifier) by that rule (`@ "rule"` may be left
//! out); `t!(…, not ["span", …])` says no expression is written exactly so. A case passes when
//! every listed expectation holds; other expressions of the sentence are not judged.

use super::{parse, resolve_parsed, Reference};
use crate::analysis::calendar::Date;
use crate::analysis::language::Lang;
use crate::analysis::mention::Grain;

/// One case.
struct Case {
    name: &'static str,
    lang: Lang,
    reference: &'static str,
    text: &'static str,
    /// (span, value, rule); an empty rule is not checked.
    expect: &'static [(&'static str, &'static str, &'static str)],
    /// Spans that must not be found.
    absent: &'static [&'static str],
}

macro_rules! t {
    ($name:ident, $lang:ident, $reference:literal, $text:literal,
     [$($span:literal => $value:literal $(@ $rule:literal)?),* $(,)?]) => {
        Case {
            name: stringify!($name),
            lang: Lang::$lang,
            reference: $reference,
            text: $text,
            expect: &[$(($span, $value, t!(@rule $($rule)?))),*],
            absent: &[],
        }
    };
    ($name:ident, $lang:ident, $reference:literal, $text:literal, not [$($span:literal),* $(,)?]) => {
        Case {
            name: stringify!($name),
            lang: Lang::$lang,
            reference: $reference,
            text: $text,
            expect: &[],
            absent: &[$($span),*],
        }
    };
    (@rule) => { "" };
    (@rule $rule:literal) => { $rule };
}

/// What a case gets: each expression's text, value (with `~MOD`) and rule.
fn found(case: &Case) -> Vec<(String, String, &'static str)> {
    let reference = Reference {
        date: Date::parse(case.reference).expect("reference"),
        grain: Grain::Day,
    };
    let parsed = parse(case.text, case.lang);
    let timex = resolve_parsed(case.text, &parsed, Some(reference));
    timex
        .iter()
        .map(|t| {
            let rule = parsed
                .iter()
                .find(|p| p.start == t.start)
                .map_or("", |p| p.rule);
            let value = match t.modifier {
                Some(m) => format!("{}~{m}", t.value),
                None => t.value.to_string(),
            };
            (t.text.clone(), value, rule)
        })
        .collect()
}

/// Runs the cases; fails with every failing case named.
fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let got = found(case);
        for &(span, value, rule) in case.expect {
            let hit = got.iter().find(|(t, _, _)| t == span);
            match hit {
                Some((_, v, r)) if v == value && (rule.is_empty() || *r == rule) => {}
                _ => failures.push(format!(
                    "{}: want {span:?} = {value} @ {rule}, got {got:?}",
                    case.name
                )),
            }
        }
        for span in case.absent {
            if got.iter().any(|(t, _, _)| t == span) {
                failures.push(format!(
                    "{}: {span:?} is not a date, got {got:?}",
                    case.name
                ));
            }
        }
    }
    crate::testing::assert_all_pass(&failures);
}

/// Kind 3: a day and a part of it written as one word (Dutch compounds), and their kin in English and
/// French, are TIMEs with a part of the day.
#[test]
#[rustfmt::skip]
fn kind3_day_and_part_of_day() {
    check(&[
        t!(nl_vanochtend, Nl, "2019-03-04", "Vanochtend was het druk.", ["Vanochtend" => "2019-03-04TMO" @ "day_and_part_word"]),
        t!(nl_gisteravond, Nl, "2019-03-04", "De brand brak gisteravond uit.", ["gisteravond" => "2019-03-03TEV" @ "day_and_part_word"]),
        t!(nl_maandagnacht, Nl, "2019-03-04", "Maandagnacht regende het.", ["Maandagnacht" => "2019-03-04TNI" @ "day_and_part_word"]),
        t!(nl_morgenmiddag, Nl, "2019-03-04", "Het kabinet beslist morgenmiddag.", ["morgenmiddag" => "2019-03-05TAF" @ "day_and_part_word"]),
        t!(nl_oudejaarsavond, Nl, "2019-03-04", "Op oudejaarsavond ging het mis.", ["oudejaarsavond" => "2018-12-31TEV" @ "day_and_part_word"]),
        t!(nl_kerstavond, Nl, "2019-03-04", "De dienst op kerstavond was vol.", ["kerstavond" => "2018-12-24TEV" @ "day_and_part_word"]),
        t!(nl_cue_and_compound, Nl, "2019-03-06", "Afgelopen zondagavond won Ajax.", ["Afgelopen zondagavond" => "2019-03-03TEV" @ "day_and_part_word"]),
        t!(nl_not_a_season_evening, Nl, "2019-03-04", "Het was een lange zomeravond.", not ["zomeravond"]),
        t!(en_tonight, En, "2019-03-04", "The vote is tonight.", ["tonight" => "2019-03-04TNI" @ "day_and_part_word"]),
        t!(en_this_morning, En, "2019-03-04", "Police said this morning that two men were held.", ["this morning" => "2019-03-04TMO" @ "daypart_with_cue"]),
        t!(en_last_night, En, "2019-03-04", "The fire broke out last night.", ["last night" => "2019-03-03TNI" @ "daypart_with_cue"]),
        t!(en_yesterday_afternoon, En, "2019-03-04", "He resigned yesterday afternoon.", ["yesterday afternoon" => "2019-03-03TAF" @ "deictic"]),
        t!(fr_ce_soir, Fr, "2019-03-04", "Le match a lieu ce soir.", ["ce soir" => "2019-03-04TEV" @ "daypart_with_cue"]),
        t!(fr_nuit_derniere, Fr, "2019-03-04", "Il a neigé la nuit dernière.", ["la nuit dernière" => "2019-03-03TNI" @ "daypart_with_cue"]),
        t!(fr_hier_soir, Fr, "2019-03-04", "Le conseil a voté hier soir.", ["hier soir" => "2019-03-03TEV" @ "deictic"]),
    ]);
}

/// Kind 4: a clock time joined to its date, before or after it, is one TIME; clock times in words;
/// a hedged clock time is a TIME with mod APPROX, never a length.
#[test]
#[rustfmt::skip]
fn kind4_clock_times_on_their_dates() {
    check(&[
        t!(nl_time_then_date, Nl, "2019-03-04", "De zitting begint om 9.30 uur op 4 juni.", ["9.30 uur op 4 juni" => "2019-06-04T09:30" @ "time_on_date"]),
        t!(nl_date_then_time, Nl, "2019-03-04", "De zitting begint op 4 juni om 9.30 uur.", ["4 juni om 9.30 uur" => "2019-06-04T09:30" @ "date_and_time"]),
        t!(nl_midnight, Nl, "2019-03-04", "De winkels sluiten om middernacht.", ["middernacht" => "2019-03-04T00:00" @ "time"]),
        t!(nl_hour_in_words, Nl, "2019-03-04", "Hij kwam om negen uur terug.", ["negen uur" => "2019-03-04T09:00" @ "time"]),
        t!(nl_around_eight, Nl, "2019-03-04", "Hij komt rond 8 uur.", ["rond 8 uur" => "2019-03-04T08:00~APPROX" @ "modified"]),
        t!(en_time_then_date, En, "2019-03-04", "The hearing starts at 10am on 12 May.", ["10am on 12 May" => "2019-05-12T10:00" @ "time_on_date"]),
        t!(en_date_then_time, En, "2019-03-04", "The hearing starts on 12 May at 10am.", ["12 May at 10am" => "2019-05-12T10:00" @ "date_and_time"]),
        t!(en_noon, En, "2019-03-04", "They met at noon.", ["noon" => "2019-03-04T12:00" @ "time"]),
        t!(en_agency_time_then_day, En, "2019-11-12", "The session ended at 3 a.m. Friday.", ["3 a.m. Friday" => "2019-11-08T03:00" @ "time_on_date"]),
        t!(en_agency_pm_then_day, En, "2019-11-12", "Polls close at 8 p.m. Thursday.", ["8 p.m. Thursday" => "2019-11-14T20:00" @ "time_on_date"]),
        t!(en_ten_oclock, En, "2019-03-04", "The polls close at ten o'clock.", ["ten o'clock" => "2019-03-04T10:00" @ "time"]),
        t!(en_around_seven, En, "2019-03-04", "He arrives around 7pm.", ["around 7pm" => "2019-03-04T19:00~APPROX" @ "modified"]),
        t!(en_nine_hours_is_a_length, En, "2019-03-04", "He worked nine hours.", ["nine hours" => "PT9H" @ "duration"]),
        t!(fr_time_then_date, Fr, "2019-03-04", "La réunion commence à 14h le 7 avril.", ["14h le 7 avril" => "2019-04-07T14:00" @ "time_on_date"]),
        t!(fr_date_then_hours, Fr, "2019-03-04", "La réunion commence le 7 avril à 14 heures.", ["7 avril à 14 heures" => "2019-04-07T14:00" @ "date_and_time"]),
        t!(fr_minuit, Fr, "2019-03-04", "Le couvre-feu commence à minuit.", ["minuit" => "2019-03-04T00:00" @ "time"]),
        t!(fr_neuf_heures, Fr, "2019-03-04", "Ils se retrouvent à neuf heures.", ["neuf heures" => "2019-03-04T09:00" @ "time"]),
        t!(fr_vers_18h, Fr, "2019-03-04", "Il est arrivé vers 18h.", ["vers 18h" => "2019-03-04T18:00~APPROX" @ "modified"]),
        t!(fr_apres_midi_is_no_noon, Fr, "2019-03-04", "Cet après-midi il dort.", not ["midi"]),
        t!(fr_spaced_hour_and_minutes, Fr, "2019-03-04", "Le scrutin a fermé à 22 h 30.", ["22 h 30" => "2019-03-04T22:30" @ "time"]),
        t!(fr_spaced_minutes_without_a_cue, Fr, "2019-03-04", "Il était 9 h 05 quand le train est parti.", ["9 h 05" => "2019-03-04T09:05" @ "time"]),
        t!(fr_glued_hour_spaced_minutes, Fr, "2019-03-04", "Le scrutin a fermé à 22h 30.", ["22h 30" => "2019-03-04T22:30" @ "time"]),
        t!(fr_heures_and_minutes, Fr, "2019-03-04", "La séance reprend à 14 heures 15.", ["14 heures 15" => "2019-03-04T14:15" @ "time"]),
        t!(fr_glued_on_a_weekday, Fr, "2019-03-04", "Le scrutin a fermé lundi à 22 h 30.", ["lundi à 22 h 30" => "2019-03-04T22:30" @ "date_and_time"]),
        t!(fr_heures_then_an_amount, Fr, "2019-03-04", "Il y avait à 10 heures 30 000 personnes sur la place.", ["10 heures" => "2019-03-04T10:00" @ "time"]),
        t!(nl_uur_and_minutes, Nl, "2019-03-04", "De trein vertrok om 22 uur 30.", ["22 uur 30" => "2019-03-04T22:30" @ "time"]),
    ]);
}

/// Kind 5: days fixed by a named day (`the day after Christmas`) or by an ordinal of a month (`the
/// first Monday of April`, `the second weekend of June`).
#[test]
#[rustfmt::skip]
fn kind5_days_fixed_by_a_named_day_or_an_ordinal() {
    check(&[
        t!(en_day_after_christmas, En, "2019-03-04", "Shops reopened the day after Christmas.", ["the day after Christmas" => "2018-12-26" @ "day_next_to"]),
        t!(en_day_before_a_date, En, "2019-03-04", "The bill passed the day before 4 July.", ["the day before 4 July" => "2018-07-03" @ "day_next_to"]),
        t!(en_second_weekend, En, "2019-03-04", "The race will be held on the second weekend of June.", ["the second weekend of June" => "2019-W23-WE" @ "nth_weekday_of_month"]),
        t!(en_first_monday, En, "2019-03-04", "The market opens on the first Monday of April 2020.", ["the first Monday of April 2020" => "2020-04-06" @ "nth_weekday_of_month"]),
        t!(en_last_friday_of, En, "2019-03-04", "Payday is the last Friday of May.", ["the last Friday of May" => "2019-05-31" @ "nth_weekday_of_month"]),
        t!(fr_lendemain_de_paques, Fr, "2019-03-04", "Le magasin rouvrira le lendemain de Pâques.", ["le lendemain de Pâques" => "2019-04-22" @ "day_next_to"]),
        t!(fr_veille_de_noel, Fr, "2019-03-04", "Ils sont partis la veille de Noël.", ["la veille de Noël" => "2018-12-24" @ "day_next_to"]),
        t!(fr_dernier_samedi, Fr, "2019-03-04", "La fête se tiendra le dernier samedi d'août.", ["le dernier samedi d'août" => "2019-08-31" @ "nth_weekday_of_month"]),
        t!(fr_premier_weekend, Fr, "2019-03-04", "Le festival se tiendra le premier week-end de juillet.", ["le premier week-end de juillet" => "2019-W27-WE" @ "nth_weekday_of_month"]),
        t!(nl_dag_voor_koningsdag, Nl, "2019-03-04", "De markt is de dag voor Koningsdag.", ["de dag voor Koningsdag" => "2019-04-26" @ "day_next_to"]),
        t!(nl_dag_na_kerstmis, Nl, "2019-03-04", "De winkels zijn de dag na Kerstmis dicht.", ["de dag na Kerstmis" => "2018-12-26" @ "day_next_to"]),
        t!(nl_eerste_maandag, Nl, "2019-03-04", "De markt is op de eerste maandag van april.", ["de eerste maandag van april" => "2019-04-01" @ "nth_weekday_of_month"]),
        t!(nl_laatste_weekend, Nl, "2019-03-04", "Het festival zal het laatste weekend van augustus plaatsvinden.", ["het laatste weekend van augustus" => "2019-W35-WE" @ "nth_weekday_of_month"]),
        t!(nl_day_after_no_day, Nl, "2019-03-04", "Ze vertrokken de dag na de verkiezingen.", not ["de dag na"]),
        // The weekend of a holiday: the one nearest it (before a Monday, after a Thursday).
        t!(en_memorial_day_weekend, En, "2019-07-04", "Traffic peaked over the Memorial Day weekend.", ["the Memorial Day weekend" => "2019-W21-WE" @ "holiday_weekend"]),
        t!(en_thanksgiving_weekend, En, "2019-12-04", "Thousands travelled over the Thanksgiving weekend.", ["the Thanksgiving weekend" => "2019-W48-WE" @ "holiday_weekend"]),
        t!(en_weekend_of_a_holiday_year, En, "2024-02-15", "Our office stays shut on the weekend of Thanksgiving 2026.", ["the weekend of Thanksgiving 2026" => "2026-W48-WE" @ "holiday_weekend"]),
        t!(en_easter_weekend, En, "2019-07-04", "Over the Easter weekend, ten people died.", ["the Easter weekend" => "2019-W16-WE" @ "holiday_weekend"]),
        t!(fr_week_end_de_paques, Fr, "2019-07-04", "Les routes étaient chargées pendant le week-end de Pâques.", ["le week-end de Pâques" => "2019-W16-WE" @ "holiday_weekend"]),
        t!(fr_week_end_de_la_pentecote, Fr, "2019-03-04", "Le festival aura lieu le week-end de la Pentecôte.", ["le week-end de la Pentecôte" => "2019-W23-WE" @ "holiday_weekend"]),
        t!(nl_paasweekend, Nl, "2019-07-04", "De files waren lang tijdens het paasweekend.", ["het paasweekend" => "2019-W16-WE" @ "holiday_weekend"]),
        t!(nl_pinksterweekend, Nl, "2019-03-04", "Het festival is in het Pinksterweekend.", ["het Pinksterweekend" => "2019-W23-WE" @ "holiday_weekend"]),
        t!(nl_weekend_van_pasen, Nl, "2019-07-04", "Het gebeurde in het weekend van Pasen.", ["het weekend van Pasen" => "2019-W16-WE" @ "holiday_weekend"]),
        t!(en_weekends_is_no_weekend_of, En, "2019-07-04", "Shops open on Easter weekends.", not ["Easter weekends"]),
    ]);
}

/// Kind 7: centuries and decades as TIMEX3 writes them (`17` is the 18th century, `198` the 1980s),
/// from digits, Roman numerals and words.
#[test]
#[rustfmt::skip]
fn kind7_centuries_and_decades() {
    check(&[
        t!(en_ordinal_century, En, "2019-03-04", "The church was built in the 18th century.", ["the 18th century" => "17" @ "decade_or_century"]),
        t!(en_decade_digits, En, "2019-03-04", "It was rebuilt in the 1980s.", ["1980s" => "198" @ "decade_or_century"]),
        t!(en_decade_words, En, "2019-03-04", "The music of the eighties is back.", ["the eighties" => "198" @ "decade_or_century"]),
        t!(en_decade_apostrophe, En, "2019-03-04", "Fashion from the '90s returned.", ["the '90s" => "199" @ "decade_or_century"]),
        t!(en_late_decade, En, "2019-03-04", "Prices fell in the late 1990s.", ["the late 1990s" => "199~END" @ "part_of"]),
        t!(en_age_is_no_decade, En, "2019-03-04", "Most of them are in their 80s.", not ["80s"]),
        t!(fr_roman_century, Fr, "2019-03-04", "Le château date du XVIIe siècle.", ["XVIIe siècle" => "16" @ "decade_or_century"]),
        t!(fr_roman_century_eme, Fr, "2019-03-04", "Une maison du XIXème siècle.", ["XIXème siècle" => "18" @ "decade_or_century"]),
        t!(fr_annees_digits, Fr, "2019-03-04", "Le parti est né dans les années 1990.", ["les années 1990" => "199" @ "decade_or_century"]),
        t!(fr_fin_des_annees, Fr, "2019-03-04", "À la fin des années 80, il est parti.", ["fin des années 80" => "198~END" @ "part_of"]),
        t!(nl_roman_century, Nl, "2019-03-04", "Het huis stamt uit de XXe eeuw.", ["de XXe eeuw" => "19" @ "decade_or_century"]),
        t!(nl_jaren_words, Nl, "2019-03-04", "De wijk werd in de jaren tachtig gebouwd.", ["de jaren tachtig" => "198" @ "decade_or_century"]),
        t!(nl_eind_jaren, Nl, "2019-03-04", "Eind jaren negentig ging het mis.", ["Eind jaren negentig" => "199~END" @ "part_of"]),
    ]);
}

/// Kind 8: words that only look like dates: a month that is a name, `second` as an ordinal, a month
/// that is a verb, an abbreviated month ending a sentence.
#[test]
#[rustfmt::skip]
fn kind8_words_that_only_look_like_dates() {
    check(&[
        t!(en_april_ryan, En, "2019-03-04", "Reporter April Ryan asked about it.", not ["April"]),
        t!(en_june_carter, En, "2019-03-04", "June Carter sang that night.", not ["June"]),
        t!(en_in_may_with_a_name_after, En, "2019-03-04", "In May Trump said no.", ["May" => "2018-05" @ "month_with_cue"]),
        t!(en_second_round, En, "2019-03-04", "There will be a second round.", not ["a second"]),
        t!(en_wait_a_second, En, "2019-03-04", "Wait a second.", ["a second" => "PT1S" @ "duration"]),
        t!(en_they_march, En, "2019-03-04", "They March on Sunday.", not ["March"]),
        t!(en_to_march, En, "2019-03-04", "Thousands plan to march in May.", not ["march"]),
        t!(en_feb_ends_a_sentence, En, "2019-03-04", "The law passed in Feb. The rest followed.", ["Feb" => "2019-02" @ "month_with_cue"]),
        t!(fr_second_tour, Fr, "2019-03-04", "Il y aura un second tour.", not ["un second"]),
        t!(fr_seconde_chance, Fr, "2019-03-04", "Il a eu une seconde chance.", not ["une seconde"]),
        t!(fr_avril_as_a_name, Fr, "2019-03-04", "La chanteuse Avril Lavigne est venue.", not ["Avril"]),
        t!(fr_lundi_surname, Fr, "2003-09-12", "Mort de Pierre Lundi, l'accordéoniste du Cantal.", not ["Lundi"]),
        t!(fr_avril_surname, Fr, "2003-09-12", "Le chanteur Jean Avril est venu en avril.", ["avril" => "2003-04" @ "month_with_cue"]),
        t!(en_weekday_after_a_surname, En, "2003-09-12", "Donald Trump Monday said no.", ["Monday" => "2003-09-08" @ "weekday"]),
        t!(nl_april_de_wolf, Nl, "2019-03-04", "De schrijfster April de Wolf won.", not ["April"]),
        t!(nl_mei_as_a_name, Nl, "2019-03-04", "Volgens Mei Li is het voorbij.", not ["Mei"]),
        // An ordinal before the noun it counts is no day of the month.
        t!(en_first_before_a_count, En, "2019-03-04", "The first four trains left early.", not ["The first"]),
        t!(nl_het_eerste_begin, Nl, "2019-03-04", "Vanaf het eerste begin werkte hij mee.", not ["het eerste"]),
        t!(nl_de_vierde_in_de_rij, Nl, "2019-03-04", "Zijn ploeg werd de vierde in de rij.", not ["de vierde"]),
        t!(nl_ordinal_after_a_date, Nl, "2019-06-04", "Op 15 mei opende het eerste filiaal.", ["15 mei" => "2019-05-15" @ "day_month_year"]),
        t!(en_the_18th_stays, En, "2019-03-14", "The vote is on the 18th.", ["the 18th" => "2019-03-18" @ "day_of_month"]),
        // The half of a match, a list or a sum is no half year; a half year has its own word or a year.
        t!(nl_eerste_helft_match, Nl, "2019-03-04", "Ajax scoorde twee keer in de eerste helft.", not ["de eerste helft"]),
        t!(en_first_half_match, En, "2019-03-04", "He scored twice in the first half.", not ["the first half"]),
        t!(nl_eerste_halfjaar, Nl, "2019-08-04", "De omzet steeg in het eerste halfjaar.", ["het eerste halfjaar" => "2019-H1" @ "quarter_or_half"]),
        t!(fr_premier_semestre, Fr, "2019-08-04", "Le chiffre d'affaires a progressé au premier semestre.", ["premier semestre" => "2019-H1" @ "quarter_or_half"]),
        // A fraction after a whole number.
        t!(en_mixed_fraction, En, "2019-03-04", "He pitched 5 2/3 innings.", not ["2/3"]),
        t!(nl_mixed_fraction, Nl, "2019-03-04", "Hij gooide 5 2/3 innings.", not ["2/3"]),
        // A lower-case weekday in Dutch and French; a capitalised one after a capitalised word is a name.
        t!(nl_roze_zaterdag, Nl, "2019-03-04", "Hij stond op Roze Zaterdag te breien.", not ["Zaterdag"]),
        t!(nl_zaterdag_opens, Nl, "2019-03-04", "Zaterdag stond hij in Groningen.", ["Zaterdag" => "2019-03-02" @ "weekday"]),
        // Phrases with a date word that are no date.
        t!(en_as_soon_as, En, "2019-03-04", "As soon as the results were out, shares rose.", not ["soon"]),
        t!(en_up_to_date, En, "2019-03-04", "The clinic uses up to date equipment.", not ["to date"]),
        t!(nl_nu_eenmaal, Nl, "2019-03-04", "Het team mist nu eenmaal een spits.", not ["nu"]),
        t!(fr_du_jour_au_lendemain, Fr, "2019-03-04", "L'usine a fermé du jour au lendemain.", not ["lendemain", "au lendemain"]),
        // English writes its months capitalised: a lower-case `may` before a word is the verb.
        t!(en_may_in_fact, En, "2019-03-04", "The firm may in fact be eligible.", not ["may"]),
        t!(en_this_may_be, En, "2019-03-04", "The plan may change, and this may be increased.", not ["may", "this may"]),
        // A recent year between a determiner and its noun is a year; a count is not.
        t!(en_the_2016_election, En, "2019-11-12", "He lost the 2016 election.", ["2016" => "2016" @ "year_in_context"]),
        t!(en_a_2018_study, En, "2019-11-12", "A 2018 study found no link.", ["2018" => "2018" @ "year_in_context"]),
        t!(en_the_2020_olympics, En, "2019-11-12", "Tickets for the 2020 Olympics sold out.", ["2020" => "2020" @ "year_in_context"]),
        t!(en_2000_workers, En, "2019-11-12", "The 2000 workers went on strike.", not ["2000"]),
        t!(en_2000_people, En, "2019-11-12", "The 2000 people left.", not ["2000"]),
        t!(en_lower_may_alone, En, "2019-03-04", "Prices rose in may, then fell.", ["may" => "2018-05" @ "month_with_cue"]),
        // An ordinal before a name is no length; `quinzaine de` counts things.
        t!(en_second_a380, En, "2019-03-04", "A second A380 is travelling to the US.", not ["A second"]),
        t!(fr_quinzaine_de_noms, Fr, "2019-03-04", "Une quinzaine de magasins ont fermé.", not ["Une quinzaine"]),
        t!(fr_quinzaine_de_jours, Fr, "2019-03-04", "Il est parti une quinzaine de jours.", ["une quinzaine" => "P2W" @ "duration"]),
    ]);
}

/// Kind 9: month ranges end where their last month ends.
#[test]
#[rustfmt::skip]
fn kind9_month_ranges_end_with_their_last_month() {
    check(&[
        t!(en_dash, En, "2019-03-04", "The survey ran March–April 2018.", ["March–April 2018" => "2018-03-01/2018-05-01" @ "range"]),
        t!(en_from_to, En, "2019-03-04", "Sales fell from January to April 2015.", ["from January to April 2015" => "2015-01-01/2015-05-01" @ "range"]),
        t!(en_across_a_year, En, "2019-03-04", "The season ran Nov-Feb 2017.", ["Nov-Feb 2017" => "2016-11-01/2017-03-01" @ "range"]),
        t!(fr_de_a, Fr, "2019-03-04", "L'enquête a couru de mars à avril 2018.", ["de mars à avril 2018" => "2018-03-01/2018-05-01" @ "range"]),
        t!(fr_slash, Fr, "2019-03-04", "Le plan couvre décembre/2018-mai/2019.", ["décembre/2018-mai/2019" => "2018-12-01/2019-06-01" @ "range"]),
        t!(nl_van_tot, Nl, "2019-03-04", "Het onderzoek liep van maart tot april 2018.", ["van maart tot april 2018" => "2018-03-01/2018-05-01" @ "range"]),
        t!(nl_dash, Nl, "2019-03-04", "De temperatuur in juni-augustus 1992 was hoog.", ["juni-augustus 1992" => "1992-06-01/1992-09-01" @ "range"]),
        t!(nl_days_keep_their_end, Nl, "2019-03-04", "De beurs is van 9 tot 12 juni.", ["van 9 tot 12 juni" => "2019-06-09/2019-06-12" @ "range"]),
    ]);
}

/// Kind 1: the tense decides the direction of a date without a year and of a weekday: the future (and
/// a present with no past cue, which in news speaks of the days ahead) points forward, the past back;
/// a new date for something moved (`extended to`) lies ahead; `coming`, `komende`, `aanstaande`, `ce
/// jeudi` point forward.
#[test]
#[rustfmt::skip]
fn kind1_tense_decides_direction() {
    check(&[
        t!(fr_future_month, Fr, "2019-11-12", "Le sommet aura lieu le 28 février.", ["28 février" => "2020-02-28" @ "day_month_year"]),
        t!(fr_past_weekday, Fr, "2019-11-12", "Le ministre a démissionné jeudi.", ["jeudi" => "2019-11-07" @ "weekday"]),
        t!(fr_ce_jeudi_ahead, Fr, "2019-11-12", "Il viendra ce jeudi.", ["ce jeudi" => "2019-11-14" @ "weekday"]),
        t!(fr_ce_jeudi_past, Fr, "2019-11-15", "Le ministre a annoncé ce jeudi sa démission.", ["ce jeudi" => "2019-11-14" @ "weekday"]),
        t!(fr_moved_forward, Fr, "2019-12-10", "Le vote a été reporté au 3 mars.", ["3 mars" => "2020-03-03" @ "day_month_year"]),
        t!(nl_present_for_future, Nl, "2019-11-12", "De minister maakt donderdag een besluit bekend.", ["donderdag" => "2019-11-14" @ "weekday"]),
        t!(nl_past_weekday, Nl, "2019-11-12", "De minister trad donderdag af.", ["donderdag" => "2019-11-07" @ "weekday"]),
        t!(nl_voorafgaande, Nl, "2021-11-23", "De winst over het voorafgaande kwartaal viel tegen.", ["het voorafgaande kwartaal" => "2021-Q3" @ "relative_unit"]),
        t!(en_next_workweek, En, "2020-03-04", "The inspectors arrive next workweek.", ["next workweek" => "2020-W11" @ "relative_unit"]),
        t!(nl_komende, Nl, "2019-11-12", "Hij komt komende donderdag.", ["komende donderdag" => "2019-11-14" @ "weekday"]),
        t!(nl_aanstaande, Nl, "2019-11-12", "De uitspraak volgt aanstaande vrijdag.", ["aanstaande vrijdag" => "2019-11-15" @ "weekday"]),
        t!(nl_moved_forward, Nl, "2019-12-10", "De deadline is uitgesteld tot 1 maart.", ["1 maart" => "2020-03-01" @ "day_month_year"]),
        t!(nl_since_is_behind, Nl, "2021-04-12", "De fabriek ligt stil sinds eind augustus.", ["eind augustus" => "2020-08~END" @ "part_of"]),
        t!(nl_month_of_last_year, Nl, "2019-02-25", "Het akkoord is in mei van vorig jaar getekend.", ["mei van vorig jaar" => "2018-05" @ "month_year"]),
        t!(en_moved_forward, En, "2019-12-10", "The deadline was extended to 31 March.", ["31 March" => "2020-03-31" @ "day_month_year"]),
        t!(en_present_for_future, En, "2019-11-12", "The court rules on Thursday.", ["Thursday" => "2019-11-14" @ "weekday"]),
        t!(en_past_weekday, En, "2019-11-12", "The court ruled on Thursday.", ["Thursday" => "2019-11-07" @ "weekday"]),
        t!(en_coming, En, "2019-11-12", "The vote is this coming Friday.", ["this coming Friday" => "2019-11-15" @ "weekday"]),
        t!(en_since_is_behind, En, "2015-01-20", "Brent crude has fallen by half since June.", ["June" => "2014-06" @ "month_with_cue"]),
        t!(en_month_of_this_year, En, "2011-08-25", "He has been on leave since January of this year.", ["January of this year" => "2011-01" @ "month_year"]),
        t!(fr_month_of_next_year, Fr, "2011-08-25", "Les travaux dureront jusqu'en mars de l'année prochaine.", ["mars de l'année prochaine" => "2012-03" @ "month_year"]),
        t!(en_future_month, En, "2019-11-12", "The summit will take place on 28 February.", ["28 February" => "2020-02-28" @ "day_month_year"]),
        // A past sentence speaks of the last such month even when the next one is nearer.
        t!(en_past_month_behind, En, "2019-03-04", "Prices rose in May.", ["May" => "2018-05" @ "month_with_cue"]),
        t!(nl_past_month_behind, Nl, "2019-03-04", "De prijzen stegen in mei.", ["mei" => "2018-05" @ "month_with_cue"]),
        t!(fr_past_month_behind, Fr, "2019-03-04", "Les prix ont augmenté en mai.", ["mai" => "2018-05" @ "month_with_cue"]),
        t!(en_past_day_behind, En, "2019-03-04", "The firm was sold on 20 April.", ["20 April" => "2018-04-20" @ "day_month_year"]),
        t!(en_would_looks_ahead, En, "2019-03-04", "The company said it would open a plant in May.", ["May" => "2019-05" @ "month_with_cue"]),
        t!(nl_zou_looks_ahead, Nl, "2019-03-04", "Het bedrijf zei dat het in mei een fabriek zou openen.", ["mei" => "2019-05" @ "month_with_cue"]),
        t!(fr_a_lieu_is_present, Fr, "2019-03-04", "La réunion a lieu le 3 mai.", ["3 mai" => "2019-05-03" @ "day_month_year"]),
        t!(en_plan_a_month_ahead, En, "2019-12-10", "The chief executive plans to stand down on January 15.", ["January 15" => "2020-01-15" @ "month_day_year"]),
    ]);
}

/// Kind 2: `last <weekday>` is the most recent such day before the reference; `vorige week vrijdag`,
/// `Friday of last week` are the previous week's.
#[test]
#[rustfmt::skip]
fn kind2_last_weekday() {
    check(&[
        t!(en_last_friday_on_saturday, En, "2020-01-18", "The minister resigned last Friday.", ["last Friday" => "2020-01-17" @ "weekday"]),
        t!(en_last_monday_on_monday, En, "2020-01-20", "The minister resigned last Monday.", ["last Monday" => "2020-01-13" @ "weekday"]),
        t!(en_friday_of_last_week, En, "2020-01-18", "He left on Friday of last week.", ["Friday of last week" => "2020-01-10" @ "weekday"]),
        t!(fr_vendredi_dernier, Fr, "2020-01-18", "Le ministre a démissionné vendredi dernier.", ["vendredi dernier" => "2020-01-17" @ "weekday"]),
        t!(fr_semaine_derniere, Fr, "2020-01-18", "Il est parti le vendredi de la semaine dernière.", ["vendredi de la semaine dernière" => "2020-01-10" @ "weekday"]),
        t!(nl_afgelopen_vrijdag, Nl, "2020-01-18", "De minister trad afgelopen vrijdag af.", ["afgelopen vrijdag" => "2020-01-17" @ "weekday"]),
        t!(nl_vorige_vrijdag, Nl, "2020-01-18", "De minister trad vorige vrijdag af.", ["vorige vrijdag" => "2020-01-17" @ "weekday"]),
        t!(nl_vorige_week_vrijdag, Nl, "2020-01-18", "De minister trad vorige week vrijdag af.", ["vorige week vrijdag" => "2020-01-10" @ "weekday"]),
    ]);
}

/// Kind 6: anaphora to a date just written: `two years earlier` after `in 2015`, `the next day` after
/// `3 March`, `le 9` in a paragraph about March; with nothing written before, the reference counts.
#[test]
#[rustfmt::skip]
fn kind6_anaphora_to_a_date_just_written() {
    check(&[
        t!(en_years_earlier, En, "2019-03-04", "In 2015 he founded the firm. Two years earlier he had left school.", ["Two years earlier" => "2013" @ "shift"]),
        t!(en_next_day, En, "2019-03-04", "The talks began on 3 March 2018. The next day they collapsed.", ["The next day" => "2018-03-04" @ "deictic"]),
        t!(en_days_later, En, "2019-03-04", "The talks began on 3 March 2018. Three days later they resumed.", ["Three days later" => "2018-03-06" @ "shift"]),
        t!(en_nothing_written, En, "2019-03-04", "The next day they collapsed.", ["The next day" => "2019-03-05" @ "deictic"]),
        t!(en_later_than_is_a_comparison, En, "2019-03-04", "It arrives on November 11, three days later than planned.", not ["three days later"]),
        t!(en_year_earlier_compares, En, "2022-10-27", "Profit fell in 2022 from $162 million a year earlier.", ["a year earlier" => "2021" @ "shift"]),
        t!(fr_le_9, Fr, "2019-03-20", "Les négociations ont repris en mars 2017. Le 9, un accord a été trouvé.", ["Le 9" => "2017-03-09" @ "day_of_month"]),
        t!(fr_ans_plus_tard, Fr, "2019-03-20", "Il est arrivé en 2010. Deux ans plus tard, il est parti.", ["Deux ans plus tard" => "2012" @ "shift"]),
        t!(fr_lendemain, Fr, "2019-03-20", "Le vote a eu lieu le 4 mars 2018. Le lendemain, le ministre a démissionné.", ["Le lendemain" => "2018-03-05" @ "deictic"]),
        t!(fr_mois_plus_tard, Fr, "2015-01-20", "J'ai livré mon coton en novembre. Deux mois plus tard, je n'ai rien reçu.", ["Deux mois plus tard" => "2015-01" @ "shift"]),
        t!(nl_jaar_later, Nl, "2019-03-20", "Hij kwam in 2010 naar Gent. Twee jaar later vertrok hij.", ["Twee jaar later" => "2012" @ "shift"]),
        t!(nl_dag_eerder, Nl, "2000-06-22", "Nederland won woensdag. België werd een dag eerder uitgeschakeld.", ["een dag eerder" => "2000-06-20" @ "shift"]),
        t!(nl_de_dag_erna, Nl, "2019-03-20", "De stemming was op 4 maart 2018. De dag erna trad hij af.", ["De dag erna" => "2018-03-05" @ "deictic"]),
        t!(en_that_same_year, En, "2019-03-04", "The firm was founded on 3 March 2015. That same year it was sold.", ["That same year" => "2015" @ "same_period"]),
        t!(en_the_same_day, En, "2019-03-04", "The firm was founded on 3 March 2015. That same year it was sold. The same day it hired staff.", ["The same day" => "2015-03-03" @ "same_period"]),
        t!(en_same_week_no_date, En, "2022-03-24", "The mayor resigned the same week the audit came out.", ["the same week" => "2022-W12" @ "same_period"]),
        t!(en_that_quarter_after_a_year, En, "2019-08-13", "A strike in 2017 hit growth that quarter.", ["that quarter" => "2017" @ "same_period"]),
        t!(fr_cette_annee_la, Fr, "2019-03-04", "Il est arrivé en 2010. Cette année-là, il a tout perdu.", ["Cette année-là" => "2010" @ "relative_unit"]),
        t!(fr_la_meme_annee, Fr, "2019-03-04", "Il est arrivé en 2010. La même année, il est reparti.", ["La même année" => "2010" @ "same_period"]),
        t!(nl_die_dag, Nl, "2019-03-04", "Hij kwam op 4 mei 2012. Die dag regende het.", ["Die dag" => "2012-05-04" @ "same_period"]),
        t!(nl_hetzelfde_jaar, Nl, "2019-03-04", "Hij kwam op 4 mei 2012. Hetzelfde jaar vertrok hij.", ["Hetzelfde jaar" => "2012" @ "same_period"]),
        t!(nl_year_is_too_coarse_for_a_day, Nl, "2019-03-20", "Hij kwam in 2010 naar Gent. De dag erna was het stil.", ["De dag erna" => "2019-03-21" @ "deictic"]),
    ]);
}

/// Kind 8 over the whole extraction: a date inside a person's name is dropped, but a date that holds
/// more than the name the recogniser saw stays one (`Noël` taken for a person in `deux semaines avant
/// Noël`), and so does a feast that is the whole name. Each case: (name, language, text, the dates
/// that must be found as written, the dates that must not).
#[test]
#[rustfmt::skip]
fn kind8_dates_and_the_names_around_them() {
    use crate::analysis::extract;
    let reference = Some(Reference { date: Date::parse("2019-03-04").expect("reference"), grain: Grain::Day });
    type NameCase = (&'static str, Lang, &'static str, &'static [&'static str], &'static [&'static str]);
    let cases: &[NameCase] = &[
        ("fr_weeks_before_noel", Lang::Fr, "Ils sont partis deux semaines avant Noël.", &["deux semaines avant Noël"], &[]),
        ("fr_days_after_noel", Lang::Fr, "Il est revenu trois jours après Noël.", &["trois jours après Noël"], &[]),
        ("fr_noel_alone", Lang::Fr, "Nous fêterons Noël en famille.", &["Noël"], &[]),
        ("fr_noel_mamere", Lang::Fr, "Noël Mamère a parlé.", &[], &["Noël"]),
        ("en_april_ryan", Lang::En, "On Tuesday reporter April Ryan asked twice.", &["Tuesday"], &["April"]),
        ("nl_mei_li", Lang::Nl, "Volgens Mei Li is het voorbij.", &[], &["Mei"]),
        // A lone month the text never gives as part of a person's full name is a date, whatever the
        // recogniser made of it; once the person is named in full, the lone name is the person.
        ("en_in_may_comma", Lang::En, "In May, Priya Raman was forced to step down as minister.", &["May"], &[]),
        ("en_june_after_june_carter", Lang::En, "June Carter sang first. Later June said she was tired.", &[], &["June"]),
        ("fr_en_mai_virgule", Lang::Fr, "En mai, Priya Raman a dû quitter le ministère.", &["mai"], &[]),
        ("nl_in_mei_komma", Lang::Nl, "In mei, zo bleek later, stapte Priya Raman op.", &["mei"], &[]),
    ];
    let mut failures = Vec::new();
    for (name, lang, text, dates, not) in cases {
        let got: Vec<String> = extract(text, *lang, reference).timex.into_iter().map(|t| t.text).collect();
        for d in *dates {
            if !got.iter().any(|g| g == d) {
                failures.push(format!("{name}: {d:?} missing, got {got:?}"));
            }
        }
        for d in *not {
            if got.iter().any(|g| g == d) {
                failures.push(format!("{name}: {d:?} is part of a name, got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Periods counted from the reference in reporting periods are whole quarters or halves, the current
/// one left out (`the past two quarters` in July are January to June); a count before `next` with a
/// singular unit counts something else.
#[test]
#[rustfmt::skip]
fn rolling_reporting_periods() {
    check(&[
        t!(en_past_two_quarters, En, "2022-10-12", "Margins shrank over the past two quarters.", ["the past two quarters" => "2022-04-01/2022-10-01" @ "rolling_period"]),
        t!(en_next_two_quarters, En, "2019-07-04", "Margins will shrink in the next two quarters.", ["the next two quarters" => "2019-10-01/2020-04-01" @ "rolling_period"]),
        t!(fr_deux_derniers_trimestres, Fr, "2019-07-04", "Les ventes ont baissé au cours des deux derniers trimestres.", ["deux derniers trimestres" => "2019-01-01/2019-07-01" @ "rolling_period"]),
        t!(nl_afgelopen_kwartalen, Nl, "2019-07-04", "De omzet daalde in de afgelopen twee kwartalen.", ["de afgelopen twee kwartalen" => "2019-01-01/2019-07-01" @ "rolling_period"]),
        t!(nl_komende_halfjaren, Nl, "2019-07-04", "De winst stijgt de komende twee halfjaren.", ["de komende twee halfjaren" => "2020-01-01/2021-01-01" @ "rolling_period"]),
        t!(en_months_stay_days, En, "2019-07-04", "Sales grew over the past three months.", ["the past three months" => "2019-04-04/2019-07-04" @ "rolling_period"]),
        t!(en_count_before_next_week, En, "2023-05-16", "Attendance drops to 40 next week.", ["next week" => "2023-W21" @ "relative_unit"]),
        t!(en_count_before_next_weeks, En, "2023-05-16", "The bridge stays closed for 2 next weeks.", ["2 next weeks" => "2023-05-17/2023-05-31" @ "rolling_period"]),
    ]);
}

/// A period of a year named by the year's possessive (English business news): `next year's first
/// quarter`, `last year's second half`, `this year's summer`, `last year's Christmas`.
#[test]
#[rustfmt::skip]
fn periods_of_a_possessive_year() {
    check(&[
        t!(en_next_years_first_quarter, En, "2019-07-04", "The plant will open in next year's first quarter.", ["next year's first quarter" => "2020-Q1" @ "possessive_year"]),
        t!(en_last_years_fourth_quarter, En, "2019-07-04", "Revenue rose in last year's fourth quarter.", ["last year's fourth quarter" => "2018-Q4" @ "possessive_year"]),
        t!(en_last_years_second_half, En, "2019-07-04", "Profit doubled in last year's second half.", ["last year's second half" => "2018-H2" @ "possessive_year"]),
        t!(en_this_years_summer, En, "2019-07-04", "This year's summer was hot.", ["This year's summer" => "2019-SU" @ "possessive_year"]),
        t!(en_last_years_christmas, En, "2019-07-04", "Sales fell after last year's Christmas.", ["last year's Christmas" => "2018-12-25" @ "possessive_year"]),
        t!(en_a_firms_quarter_is_the_years, En, "2019-07-04", "The company's first quarter was weak.", ["first quarter" => "2019-Q1" @ "quarter_or_half"]),
    ]);
}

/// The rest of a period runs from the reference to the period's end: `the rest of the year`, `de rest
/// van de week`, `le reste du mois`.
#[test]
#[rustfmt::skip]
fn the_rest_of_a_period() {
    check(&[
        t!(en_rest_of_the_year, En, "2019-07-04", "Prices will stay high for the rest of the year.", ["the rest of the year" => "2019-07-04/2020-01-01" @ "rest_of_period"]),
        t!(en_remainder_of_the_month, En, "2019-07-04", "For the remainder of the month prices will rise.", ["the remainder of the month" => "2019-07-04/2019-08-01" @ "rest_of_period"]),
        t!(nl_rest_van_de_week, Nl, "2019-07-04", "De winkel blijft de rest van de week dicht.", ["de rest van de week" => "2019-07-04/2019-07-08" @ "rest_of_period"]),
        t!(nl_rest_van_het_jaar, Nl, "2019-07-04", "Hij blijft de rest van het jaar thuis.", ["de rest van het jaar" => "2019-07-04/2020-01-01" @ "rest_of_period"]),
        t!(fr_reste_de_la_semaine, Fr, "2019-07-04", "Le magasin restera fermé le reste de la semaine.", ["le reste de la semaine" => "2019-07-04/2019-07-08" @ "rest_of_period"]),
        t!(fr_reste_du_mois, Fr, "2019-07-04", "Il pleuvra le reste du mois.", ["le reste du mois" => "2019-07-04/2019-08-01" @ "rest_of_period"]),
        t!(en_rest_is_no_date, En, "2019-07-04", "The rest of the team will rest.", not ["The rest of the team"]),
    ]);
}

/// A time before the reference with no number is `PAST_REF`: `years ago`, `al jaren geleden`, `il y
/// a des années`; with a number it is counted.
#[test]
#[rustfmt::skip]
fn vague_times_ago() {
    check(&[
        t!(en_years_ago, En, "2019-03-04", "The company was founded years ago.", ["years ago" => "PAST_REF" @ "vague_ago"]),
        t!(en_many_decades_ago, En, "2019-03-04", "Many decades ago the mine closed.", ["decades ago" => "PAST_REF" @ "vague_ago"]),
        t!(en_ten_years_ago, En, "2019-03-04", "Ten years ago the mine closed.", ["Ten years ago" => "2009-03-04" @ "shift"]),
        t!(nl_al_jaren_geleden, Nl, "2019-03-04", "PSV gaf al jaren geleden het voorbeeld.", ["al jaren geleden" => "PAST_REF" @ "vague_ago"]),
        t!(nl_maanden_geleden, Nl, "2019-03-04", "Het plan werd maanden geleden bekend.", ["maanden geleden" => "PAST_REF" @ "vague_ago"]),
        t!(nl_al_jaren_is_a_length, Nl, "2019-03-04", "Hij woont al jaren in Gent.", ["al jaren" => "PXY~APPROX" @ "duration"]),
        t!(fr_il_y_a_des_annees, Fr, "2019-03-04", "Il y a des années, la mine a fermé.", ["Il y a des années" => "PAST_REF" @ "vague_ago"]),
        t!(fr_depuis_des_annees, Fr, "2019-03-04", "Il vit à Gand depuis des années.", ["depuis des années" => "PXY~APPROX" @ "duration"]),
    ]);
}

/// Periods with a cue and no count are no one period: `the coming weeks`, `in recent years`, `de
/// afgelopen jaren`, `ces dernières années` are `FUTURE_REF` or `PAST_REF`; the singular stays the
/// period (`next week`, `le mois prochain`).
#[test]
#[rustfmt::skip]
fn plural_periods_with_a_cue() {
    check(&[
        t!(en_coming_weeks, En, "2019-11-12", "In the coming weeks, more details will follow.", ["the coming weeks" => "FUTURE_REF" @ "relative_unit"]),
        t!(en_recent_years, En, "2019-11-12", "In recent years the number rose.", ["recent years" => "PAST_REF" @ "relative_unit"]),
        t!(en_next_week_stays, En, "2019-11-12", "More details will follow next week.", ["next week" => "2019-W47" @ "relative_unit"]),
        t!(nl_afgelopen_jaren, Nl, "2019-11-12", "De afgelopen jaren steeg het aantal.", ["De afgelopen jaren" => "PAST_REF" @ "relative_unit"]),
        t!(nl_komende_maanden, Nl, "2019-11-12", "In de komende maanden volgt meer nieuws.", ["de komende maanden" => "FUTURE_REF" @ "relative_unit"]),
        t!(fr_dernieres_annees, Fr, "2019-11-12", "Ces dernières années, le nombre a augmenté.", ["Ces dernières années" => "PAST_REF" @ "relative_unit"]),
        t!(fr_prochains_mois, Fr, "2019-11-12", "Les prix vont monter dans les prochains mois.", ["les prochains mois" => "FUTURE_REF" @ "relative_unit"]),
        t!(fr_mois_a_venir, Fr, "2019-11-12", "Les prix vont monter dans les mois à venir.", ["les mois à venir" => "FUTURE_REF" @ "relative_unit"]),
        t!(fr_mois_prochain_stays, Fr, "2019-11-12", "Les prix vont monter le mois prochain.", ["le mois prochain" => "2019-12" @ "relative_unit"]),
    ]);
}

/// A financial year is TIMEX3 `FY2019` (TimeML's convention; its months vary by company), with its year
/// written or counted by a cue; the word alone (`an exercise`) is none.
#[test]
#[rustfmt::skip]
fn financial_years() {
    check(&[
        t!(en_fiscal_year, En, "2019-11-12", "The company reported fiscal 2019 revenue of $5 billion.", ["fiscal 2019" => "FY2019" @ "fiscal_year"]),
        t!(en_fiscal_year_words, En, "2019-11-12", "Results for fiscal year 2020 will be published in March.", ["fiscal year 2020" => "FY2020" @ "fiscal_year"]),
        t!(en_fy, En, "2019-11-12", "The firm expects growth in FY2020.", ["FY2020" => "FY2020" @ "fiscal_year"]),
        t!(en_fy_two_digits, En, "2019-11-12", "The firm expects growth in FY21.", ["FY21" => "FY2021" @ "fiscal_year"]),
        t!(en_last_fiscal_year, En, "2019-11-12", "Profit fell in the last fiscal year.", ["the last fiscal year" => "FY2018" @ "fiscal_year"]),
        t!(nl_boekjaar, Nl, "2019-11-12", "Het boekjaar 2019 werd afgesloten met winst.", ["Het boekjaar 2019" => "FY2019" @ "fiscal_year"]),
        t!(nl_vorig_boekjaar, Nl, "2019-11-12", "Vorig boekjaar daalde de winst.", ["Vorig boekjaar" => "FY2018" @ "fiscal_year"]),
        t!(fr_exercice, Fr, "2019-11-12", "L'exercice 2019 s'est clôturé sur un bénéfice.", ["L'exercice 2019" => "FY2019" @ "fiscal_year"]),
        t!(fr_exercice_precedent, Fr, "2019-11-12", "Le bénéfice a baissé par rapport à l'exercice précédent.", ["l'exercice précédent" => "FY2018" @ "fiscal_year"]),
        t!(fr_un_exercice, Fr, "2019-11-12", "Un exercice militaire a eu lieu.", not ["Un exercice"]),
    ]);
}

/// A clock time with no date of its own is on the day in focus: the day written last (a sentence
/// before says `on Sunday`), else the publication day; when the text speaks of a longer period that
/// does not hold the publication day (`last week`), the day is left open (`XXXX-XX-XXT22:30`).
#[test]
#[rustfmt::skip]
fn clock_times_on_the_day_in_focus() {
    check(&[
        t!(en_day_of_the_previous_sentence, En, "2020-01-17", "Voters went to the polls on Sunday. The count began after the polls closed at 22:30.", ["Sunday" => "2020-01-12", "22:30" => "2020-01-12T22:30" @ "time"]),
        t!(en_day_of_the_same_sentence, En, "2020-01-17", "On 3 January the plant was shut down at 6am.", ["6am" => "2020-01-03T06:00" @ "time"]),
        t!(en_no_day_in_focus_is_the_publication_day, En, "2020-01-17", "The bridge reopened at 14:00.", ["14:00" => "2020-01-17T14:00" @ "time"]),
        t!(en_a_week_before_leaves_the_day_open, En, "2020-01-17", "The strike started last week. Workers walked out at 9am.", ["9am" => "XXXX-XX-XXT09:00" @ "time"]),
        t!(en_this_week_holds_the_publication_day, En, "2020-01-17", "The strike started this week. Workers walked out at 9am.", ["9am" => "2020-01-17T09:00" @ "time"]),
        t!(fr_day_of_the_previous_sentence, Fr, "2020-01-17", "Les électeurs ont voté dimanche. Les bureaux ont fermé à 20h.", ["20h" => "2020-01-12T20:00" @ "time"]),
        t!(nl_day_of_the_previous_sentence, Nl, "2020-01-17", "Op 9 januari brak brand uit in de fabriek. De brandweer was om 23.15 uur ter plaatse.", ["23.15 uur" => "2020-01-09T23:15" @ "time"]),
    ]);
}

/// The weekend in focus (`dit weekeinde`, `ce week-end`, `this weekend`), midnight with a cue or a
/// day (`afgelopen middernacht`, `vannacht om middernacht`, `at midnight`), a day with its part then a
/// clock time as one TIME (`gisteravond om 22.30 uur`, `hier soir à 22 h 30`: an evening's `8 uur` is
/// 20:00), and a year before a plural event noun (`before the 2014 protests`).
#[test]
#[rustfmt::skip]
fn weekends_midnights_and_event_years() {
    check(&[
        t!(nl_dit_weekeinde, Nl, "2020-01-17", "Het blijft dit weekeinde droog in het zuiden.", ["dit weekeinde" => "2020-W03-WE" @ "relative_unit"]),
        t!(nl_dit_weekend, Nl, "2020-01-17", "Het blijft dit weekend droog in het zuiden.", ["dit weekend" => "2020-W03-WE" @ "relative_unit"]),
        t!(nl_volgend_weekeinde, Nl, "2020-01-17", "Volgend weekeinde gaat de brug dicht.", ["Volgend weekeinde" => "2020-W04-WE"]),
        t!(fr_ce_week_end, Fr, "2020-01-17", "Les trains circulent peu ce week-end en Bretagne.", ["ce week-end" => "2020-W03-WE" @ "relative_unit"]),
        t!(en_this_weekend, En, "2020-01-17", "Trains run less often this weekend in the north.", ["this weekend" => "2020-W03-WE" @ "relative_unit"]),
        t!(nl_afgelopen_middernacht, Nl, "2020-01-17", "De nieuwe regels gelden sinds afgelopen middernacht.", ["afgelopen middernacht" => "2020-01-17T00:00" @ "clock_word_with_cue"]),
        t!(nl_vannacht_om_middernacht, Nl, "2020-01-17", "De dijk brak vannacht om middernacht door.", ["vannacht om middernacht" => "2020-01-17T00:00" @ "daypart_then_clock"]),
        t!(en_at_midnight, En, "2020-01-17", "The new rules took effect at midnight.", ["midnight" => "2020-01-17T00:00" @ "time"]),
        t!(en_next_midnight, En, "2020-01-17", "The deal expires next midnight.", ["next midnight" => "2020-01-18T00:00" @ "clock_word_with_cue"]),
        t!(nl_gisteravond_om, Nl, "2020-01-17", "Gisteravond om 22.30 uur viel de stroom uit.", ["Gisteravond om 22.30 uur" => "2020-01-16T22:30" @ "daypart_then_clock"]),
        t!(nl_evening_hour_is_pm, Nl, "2020-01-17", "Vanavond om 8 uur begint het debat.", ["Vanavond om 8 uur" => "2020-01-17T20:00" @ "daypart_then_clock"]),
        t!(fr_hier_soir_a, Fr, "2020-01-17", "Hier soir à 22 h 30, les bureaux ont fermé.", ["Hier soir à 22 h 30" => "2020-01-16T22:30" @ "daypart_then_clock"]),
        t!(fr_ce_matin_virgule_a, Fr, "2020-01-17", "Les coureurs partent ce matin, à 9h, du stade.", ["ce matin, à 9h" => "2020-01-17T09:00" @ "daypart_then_clock"]),
        t!(en_tonight_at, En, "2020-01-17", "The result is expected tonight at 10pm.", ["tonight at 10pm" => "2020-01-17T22:00" @ "daypart_then_clock"]),
        t!(en_before_the_year_protests, En, "2020-01-17", "The square was cleared before the 2014 protests.", ["2014" => "2014" @ "year_in_context"]),
        t!(en_during_the_year_elections, En, "2020-01-17", "He stood down during the 2019 elections.", ["2019" => "2019" @ "year_in_context"]),
        t!(en_older_year_after_a_cue, En, "2020-01-17", "Nothing changed after the 1968 riots.", ["1968" => "1968" @ "year_in_context"]),
        t!(en_a_count_of_workers_is_no_year, En, "2020-01-17", "The 2000 workers went home early.", not ["2000"]),
        t!(en_a_count_of_buses_is_no_year, En, "2020-01-17", "Police checked the 2000 buses.", not ["2000"]),
    ]);
}

/// English past evidence: a general list of irregular past forms (`sat`, `upheld`) and regular `-ed`
/// forms of four letters or more (`died`) make a sentence past, so a weekday is the one before; a word
/// that only ends like one (`need`, `hundred`), a capitalised name (`United`) or an adjective after an
/// article (`the planned strike`) does not, and the nearer weekday is taken (Monday 2020-01-13:
/// Thursday is three days ahead, four behind).
#[test]
#[rustfmt::skip]
fn english_past_evidence() {
    check(&[
        t!(en_irregular_sat, En, "2020-01-13", "The ministers sat down on Thursday to talk.", ["Thursday" => "2020-01-09" @ "weekday"]),
        t!(en_irregular_upheld, En, "2020-01-13", "The court upheld the ban on Thursday.", ["Thursday" => "2020-01-09" @ "weekday"]),
        t!(en_regular_four_letters, En, "2020-01-13", "The singer died on Thursday.", ["Thursday" => "2020-01-09" @ "weekday"]),
        t!(en_regular_ed, En, "2020-01-13", "Workers walked out on Thursday.", ["Thursday" => "2020-01-09" @ "weekday"]),
        t!(en_need_is_no_past, En, "2020-01-13", "The talks need a deal on Thursday.", ["Thursday" => "2020-01-16" @ "weekday"]),
        t!(en_hundred_is_no_past, En, "2020-01-13", "A hundred delegates meet on Thursday.", ["Thursday" => "2020-01-16" @ "weekday"]),
        t!(en_name_is_no_past, En, "2020-01-13", "The United Nations council meets on Thursday.", ["Thursday" => "2020-01-16" @ "weekday"]),
        t!(en_adjective_is_no_past, En, "2020-01-13", "The planned strike is on Thursday.", ["Thursday" => "2020-01-16" @ "weekday"]),
    ]);
}

/// Clock times and what only looks like one: minutes are no count of people (`à 10 heures 30
/// manifestants`), the small hours of a night stay small (`vannacht om 6 uur`) and its late hours are
/// the evening's, the midnight of a night still to come ends its day (`tonight at midnight`), the
/// weekend of a date is one expression, a time after `en`/`in` is a race's length (`en 2h30`), and a
/// glued hour mark after a cue that opens or closes a time is a clock time (`dès 14h`), not a length.
#[test]
#[rustfmt::skip]
fn clock_leftovers() {
    check(&[
        t!(fr_minutes_are_no_count, Fr, "2020-03-10", "Le cortège est parti à 10 heures 30 manifestants en tête.", ["10 heures" => "2020-03-10T10:00" @ "time"]),
        t!(fr_minutes_are_no_count_span, Fr, "2020-03-10", "Le cortège est parti à 10 heures 30 manifestants en tête.", not ["10 heures 30"]),
        t!(fr_minutes_before_a_preposition, Fr, "2020-03-10", "La marche partira à 10 heures 30 de la place du marché.", ["10 heures 30" => "2020-03-10T10:30" @ "time"]),
        t!(fr_minutes_before_a_time_zone, Fr, "2020-03-10", "Le train est arrivé vers 8 h 30 GMT.", ["vers 8 h 30" => "2020-03-10T08:30~APPROX"]),
        t!(nl_small_hours_of_the_night, Nl, "2020-03-10", "De brand brak vannacht om 6 uur uit in een loods.", ["vannacht om 6 uur" => "2020-03-10T06:00" @ "daypart_then_clock"]),
        t!(nl_late_hour_of_the_night, Nl, "2020-03-10", "De onderhandelingen liepen door tot maandagnacht om 11 uur.", ["maandagnacht om 11 uur" => "2020-03-09T23:00" @ "daypart_then_clock"]),
        t!(en_tonight_at_midnight_ends_the_day, En, "2020-03-10", "The new rules take effect tonight at midnight.", ["tonight at midnight" => "2020-03-11T00:00" @ "daypart_then_clock"]),
        t!(nl_weekend_of_a_date, Nl, "2020-01-08", "De verkiezing is in het weekend van 12 januari.", ["het weekend van 12 januari" => "2020-W02-WE" @ "week_of_date"]),
        t!(en_weekend_of_a_date, En, "2020-01-08", "The festival takes place on the weekend of March 14.", ["the weekend of March 14" => "2020-W11-WE" @ "week_of_date"]),
        t!(fr_weekend_of_a_date, Fr, "2020-01-08", "Le salon se tiendra le week-end du 8 mars.", ["le week-end du 8 mars" => "2020-W10-WE" @ "week_of_date"]),
        t!(fr_race_time_is_a_length, Fr, "2020-03-10", "Le Kenyan a remporté le marathon en 2h30.", ["2h30" => "PT2H30M" @ "clock_length"]),
        t!(fr_spaced_race_time_is_a_length, Fr, "2020-03-10", "Il a bouclé le parcours en 2 h 30 environ.", ["2 h 30" => "PT2H30M" @ "clock_length"]),
        t!(en_race_time_with_seconds, En, "2020-03-10", "She finished the course in 2:05:11.", ["2:05:11" => "PT2H5M11S" @ "clock_length"]),
        t!(fr_hour_mark_after_des, Fr, "2020-03-12", "Les inscriptions sont ouvertes dès 14h.", ["14h" => "2020-03-12T14:00" @ "time"]),
        t!(fr_hour_mark_after_a_partir_de, Fr, "2020-03-12", "Le guichet ouvre à partir de 15h.", ["15h" => "2020-03-12T15:00" @ "time"]),
        t!(fr_hour_mark_after_apres, Fr, "2020-03-12", "Le suspect a été interpellé un peu après 20h.", ["20h" => "2020-03-12T20:00" @ "time"]),
        t!(nl_hour_mark_after_vanaf, Nl, "2020-03-12", "De winkels zijn vanaf 9u open.", ["9u" => "2020-03-12T09:00" @ "time"]),
        t!(fr_length_of_a_debate, Fr, "2020-03-12", "Après 3h de débat, le texte a été adopté.", ["3h" => "PT3H" @ "duration"]),
        t!(fr_length_of_a_delay, Fr, "2020-03-12", "Le vol a subi un retard de 3h.", ["3h" => "PT3H" @ "duration"]),
    ]);
}

/// Which way a date points when the tense says it: English `is to` and a present progressive with no
/// past cue state an arrangement (`is meeting on Tuesday`, written on a Thursday, is next Tuesday); a
/// past cue keeps the weekday behind; a future or (Dutch, French) present sentence takes the coming
/// season or month even when the last one is nearer.
#[test]
#[rustfmt::skip]
fn tense_points_ahead() {
    check(&[
        t!(en_is_to_is_ahead, En, "2020-03-12", "The union says the strike is to begin on Monday.", ["Monday" => "2020-03-16" @ "weekday"]),
        t!(en_progressive_is_ahead, En, "2020-03-12", "The committee is meeting on Tuesday.", ["Tuesday" => "2020-03-17" @ "weekday"]),
        t!(en_plural_progressive_is_ahead, En, "2020-03-12", "Ministers are gathering in Brussels on Monday.", ["Monday" => "2020-03-16" @ "weekday"]),
        t!(en_progressive_with_a_past_cue_stays_behind, En, "2020-03-12", "He is facing charges after police arrested him on Monday.", ["Monday" => "2020-03-09" @ "weekday"]),
        t!(en_evening_is_no_progressive, En, "2020-03-12", "The debate is evening news on Tuesday.", ["Tuesday" => "2020-03-10" @ "weekday"]),
        t!(fr_future_season_is_ahead, Fr, "2020-03-12", "La loi entrera en vigueur à l'automne.", ["l'automne" => "2020-FA" @ "season"]),
        t!(nl_present_season_is_ahead, Nl, "2020-03-12", "De wet treedt in het najaar in werking.", ["het najaar" => "2020-FA" @ "season"]),
        t!(en_future_season_is_ahead, En, "2020-03-12", "The plant will reopen in the autumn.", ["the autumn" => "2020-FA" @ "season"]),
        t!(en_past_season_stays_behind, En, "2020-03-12", "Turnout fell in the autumn.", ["the autumn" => "2019-FA" @ "season"]),
        t!(en_future_month_is_ahead, En, "2020-03-12", "The talks will resume in January.", ["January" => "2021-01"]),
        t!(fr_past_month_stays_behind, Fr, "2020-03-12", "Les prix ont augmenté en janvier.", ["janvier" => "2020-01"]),
    ]);
}

/// Reporting periods: the results of a closed quarter are announced in the future tense, so a future
/// sentence weighs a quarter or a half as a present does (`fourth-quarter results will be published
/// next month`, written in March, are last year's), while a half still to come stays ahead; a half or
/// a quarter `of the year` is the year in focus.
#[test]
#[rustfmt::skip]
fn reporting_periods() {
    check(&[
        t!(en_results_of_a_closed_quarter, En, "2020-03-11", "The results for the fourth quarter will be published next month.", ["the fourth quarter" => "2019-Q4" @ "quarter_or_half", "next month" => "2020-04"]),
        t!(fr_results_of_a_closed_quarter, Fr, "2020-03-11", "Les résultats du quatrième trimestre seront publiés le mois prochain.", ["quatrième trimestre" => "2019-Q4" @ "quarter_or_half"]),
        t!(nl_results_of_a_closed_quarter, Nl, "2020-03-11", "De cijfers over het vierde kwartaal verschijnen volgende maand.", ["het vierde kwartaal" => "2019-Q4" @ "quarter_or_half"]),
        t!(fr_half_to_come, Fr, "2020-03-11", "Le chiffre d'affaires progressera au second semestre.", ["second semestre" => "2020-H2" @ "quarter_or_half"]),
        t!(en_half_of_the_year, En, "2020-03-11", "Revenue will grow in the second half of the year.", ["the second half of the year" => "2020-H2" @ "quarter_or_half"]),
        t!(nl_half_of_the_year, Nl, "2020-03-11", "De omzet groeit in de tweede helft van het jaar.", ["de tweede helft van het jaar" => "2020-H2" @ "quarter_or_half"]),
        t!(fr_half_of_the_year, Fr, "2020-03-11", "Le chiffre d'affaires progressera au second semestre de l'année.", ["second semestre de l'année" => "2020-H2" @ "quarter_or_half"]),
        t!(en_quarter_of_the_year, En, "2020-03-11", "Output fell in the first quarter of the year.", ["the first quarter of the year" => "2020-Q1"]),
        t!(en_match_half_is_no_period, En, "2020-03-11", "The visitors scored twice in the second half.", not ["the second half"]),
        t!(en_halves_of_the_years_are_no_period, En, "2020-03-11", "Both halves of the years were dry.", not ["halves of the years"]),
    ]);
}

/// A named month or season with a cue, written in that very month: `next March`, `mars prochain`
/// written on 2020-03-11 is March 2021 and `last March`, `afgelopen maart` March 2019 (a cue points
/// past the period that holds the reference); a month followed by its year's relative phrase is one
/// expression in that year (`March next year`, `maart volgend jaar`, `mars de l'année prochaine`), and
/// so is a weekday followed by its relative week (`Wednesday next week`, `woensdag volgende week`).
#[test]
#[rustfmt::skip]
fn named_periods_with_a_cue() {
    check(&[
        t!(en_next_month_name_in_that_month, En, "2020-03-11", "The vote happens next March.", ["next March" => "2021-03" @ "month_with_cue"]),
        t!(en_last_month_name_in_that_month, En, "2020-03-11", "The plant closed last March.", ["last March" => "2019-03" @ "month_with_cue"]),
        t!(fr_next_month_name_in_that_month, Fr, "2020-03-11", "Le vote aura lieu en mars prochain.", ["mars prochain" => "2021-03" @ "month_with_cue"]),
        t!(fr_last_month_name_in_that_month, Fr, "2020-03-11", "L'usine a fermé en mars dernier.", ["mars dernier" => "2019-03" @ "month_with_cue"]),
        t!(nl_last_month_name_in_that_month, Nl, "2020-03-11", "De fabriek sloot afgelopen maart.", ["afgelopen maart" => "2019-03" @ "month_with_cue"]),
        t!(en_last_month_name_before, En, "2020-03-11", "The plant closed last January.", ["last January" => "2020-01" @ "month_with_cue"]),
        t!(en_month_of_next_year, En, "2020-03-11", "The vote is in March next year.", ["March next year" => "2021-03" @ "period_of_relative_year"]),
        t!(nl_month_of_next_year, Nl, "2020-03-11", "De stemming is in maart volgend jaar.", ["maart volgend jaar" => "2021-03" @ "period_of_relative_year"]),
        t!(fr_month_of_next_year, Fr, "2020-03-11", "Le vote aura lieu en mars de l'année prochaine.", ["mars de l'année prochaine" => "2021-03"]),
        t!(fr_month_of_next_year_an, Fr, "2020-03-11", "Le vote aura lieu en mars l'an prochain.", ["mars l'an prochain" => "2021-03" @ "period_of_relative_year"]),
        t!(en_season_of_last_year, En, "2020-03-11", "The firm was sold in the summer last year.", ["the summer last year" => "2019-SU" @ "period_of_relative_year"]),
        t!(en_weekday_then_its_week, En, "2020-03-11", "The vote is on Wednesday next week.", ["Wednesday next week" => "2020-03-18" @ "weekday"]),
        t!(nl_weekday_then_its_week, Nl, "2020-03-11", "De stemming is woensdag volgende week.", ["woensdag volgende week" => "2020-03-18" @ "weekday"]),
        t!(en_weekday_then_last_week, En, "2020-03-11", "The board met on Monday last week.", ["Monday last week" => "2020-03-02" @ "weekday"]),
    ]);
}

/// Trial fault 1: a clock time written with an hour word after a clock cue (`vóór`, `tot`, `avant`,
/// `jusqu'à`), with minutes (`4.00 uur`), or opening a range of clock times, is a TIME on the day in
/// focus, not a length; lengths after other words stay lengths.
#[test]
#[rustfmt::skip]
fn trial_clock_times_with_an_hour_word() {
    check(&[
        t!(nl_hour_word_with_minutes_range, Nl, "2024-05-13", "Het loket is dicht van 8.00 uur tot 17.30 uur.", ["8.00 uur" => "2024-05-13T08:00" @ "time", "17.30 uur" => "2024-05-13T17:30" @ "time"]),
        t!(nl_bare_hour_opens_a_range, Nl, "2024-05-13", "De weg is afgesloten van 6 uur tot 10 uur.", ["6 uur" => "2024-05-13T06:00" @ "time", "10 uur" => "2024-05-13T10:00" @ "time"]),
        t!(nl_before_the_hour, Nl, "2024-05-13", "De uitslag komt niet vóór 22 uur.", ["22 uur" => "2024-05-13T22:00" @ "time"]),
        t!(nl_after_a_length_stays_a_length, Nl, "2024-05-13", "Na 5 uur vergaderen kwam er een besluit.", ["5 uur" => "PT5H" @ "duration"]),
        t!(nl_voor_a_length_stays_a_length, Nl, "2024-05-13", "Hij werd voor 24 uur vastgehouden.", ["24 uur" => "PT24H" @ "duration"]),
        t!(fr_before_the_hour, Fr, "2024-05-13", "Les résultats ne sont pas attendus avant 21 heures.", ["21 heures" => "2024-05-13T21:00" @ "time"]),
        t!(fr_until_the_hour, Fr, "2024-05-13", "La circulation est coupée jusqu'à 16 heures.", ["16 heures" => "2024-05-13T16:00" @ "time"]),
        t!(fr_hour_range, Fr, "2024-05-13", "Le bureau ouvre de 9 heures à 17 heures.", ["9 heures" => "2024-05-13T09:00" @ "time", "17 heures" => "2024-05-13T17:00" @ "time"]),
        t!(fr_pendant_stays_a_length, Fr, "2024-05-13", "Les pompiers ont lutté pendant 11 heures.", ["11 heures" => "PT11H" @ "duration"]),
        t!(en_oclock_range, En, "2024-05-13", "The road is shut from 6 o'clock to 10 o'clock.", ["6 o'clock" => "2024-05-13T06:00", "10 o'clock" => "2024-05-13T10:00"]),
    ]);
}

/// Trial fault 2: an amount after `within`, `binnen`, `d'ici`, or spread over by `over`/`sur`, is a
/// length, not a date that far ahead (`over twee dagen` alone stays a date).
#[test]
#[rustfmt::skip]
fn trial_amounts_within_or_spread_are_lengths() {
    check(&[
        t!(nl_binnen, Nl, "2024-05-13", "Binnen drie jaar moet de mijn sluiten.", ["drie jaar" => "P3Y" @ "duration"]),
        t!(nl_spread_over, Nl, "2024-05-13", "De subsidie wordt gespreid over vier jaar.", ["vier jaar" => "P4Y" @ "duration"]),
        t!(nl_over_then_spread, Nl, "2024-05-13", "Het bedrag wordt over zes jaar afgelost.", ["zes jaar" => "P6Y" @ "duration"]),
        t!(nl_over_alone_is_a_date, Nl, "2024-05-13", "De nieuwe brug gaat over twee weken open.", ["over twee weken" => "2024-05-27"]),
        t!(en_within, En, "2024-05-13", "The firm must repay the loan within three years.", ["three years" => "P3Y" @ "duration"]),
        t!(en_spread_over, En, "2024-05-13", "The cuts are spread over four years.", ["four years" => "P4Y" @ "duration"]),
        t!(en_in_alone_is_a_date, En, "2024-05-13", "The bridge opens in two weeks.", ["in two weeks" => "2024-05-27"]),
        t!(fr_d_ici, Fr, "2024-05-13", "La mine doit fermer d'ici trois ans.", ["trois ans" => "P3Y" @ "duration"]),
        t!(fr_spread_sur, Fr, "2024-05-13", "La hausse sera étalée sur quatre ans.", ["quatre ans" => "P4Y" @ "duration"]),
    ]);
}

/// Trial fault 4: rates and counts per period are recurrences over the whole phrase (`twice a day`
/// every half day, as `twice a year` is P0.5Y); `a year` after an amount is a rate; `worth every
/// minute` is no date.
#[test]
#[rustfmt::skip]
fn trial_rates_are_recurrences() {
    check(&[
        t!(en_amount_a_year, En, "2024-05-13", "The deal pays the striker $30m a year.", ["a year" => "P1Y" @ "rate"]),
        t!(en_count_a_day, En, "2024-05-13", "The ferry carries 400 passengers a day.", ["a day" => "P1D" @ "rate"]),
        t!(en_for_a_year_stays_a_length, En, "2024-05-13", "In 2019 he was banned for a year.", ["a year" => "P1Y" @ "duration"]),
        t!(en_twice_a_day, En, "2024-05-13", "Nurses visit twice a day.", ["twice a day" => "P0.5D" @ "rate"]),
        t!(en_three_times_a_week, En, "2024-05-13", "The club trains three times a week.", ["three times a week" => "P0.333W" @ "rate"]),
        t!(en_worth_every_minute, En, "2024-05-13", "The long wait was worth every minute.", not ["every minute"]),
        t!(nl_keer_per_dag, Nl, "2024-05-13", "De bus rijdt twee keer per dag.", ["twee keer per dag" => "P0.5D" @ "rate"]),
        t!(fr_fois_par_jour, Fr, "2024-05-13", "Le bac traverse deux fois par jour.", ["deux fois par jour" => "P0.5D" @ "rate"]),
    ]);
}

/// Trial fault 6: a fortnight with a direction cue and no number rolls back or ahead from the
/// reference, as two weeks do; it is not a calendar week.
#[test]
#[rustfmt::skip]
fn trial_fortnight_rolls() {
    check(&[
        t!(en_past_fortnight, En, "2024-05-13", "Fuel prices climbed over the past fortnight.", ["the past fortnight" => "2024-04-29/2024-05-13" @ "rolling_period"]),
        t!(en_last_fortnight, En, "2024-05-13", "Three ministers quit in the last fortnight.", ["the last fortnight" => "2024-04-29/2024-05-13" @ "rolling_period"]),
        t!(fr_quinzaine_ecoulee, Fr, "2024-05-13", "Les prix ont grimpé durant la quinzaine écoulée.", ["la quinzaine écoulée" => "2024-04-29/2024-05-13" @ "rolling_period"]),
        t!(nl_veertien_dagen, Nl, "2024-05-13", "De prijzen stegen de afgelopen veertien dagen.", ["de afgelopen veertien dagen" => "2024-04-29/2024-05-13" @ "rolling_period"]),
    ]);
}

/// Trial fault 3: an evening clock time with no date in a past sentence goes to the evening or night
/// the text has just told of, not to the day of publication the last sentence named.
#[test]
#[rustfmt::skip]
fn trial_evening_clock_in_the_past_keeps_the_night_in_focus() {
    check(&[
        t!(en_night_then_morning_then_clock, En, "2024-05-15", "The mayor was re-elected on Monday night, officials said on Wednesday morning. Her rival conceded at 11.20pm.", ["11.20pm" => "2024-05-13T23:20" @ "time"]),
        t!(en_evening_then_clock, En, "2024-05-15", "The final was played on Tuesday evening. Fans said today that the winning goal came at 9.40pm.", ["9.40pm" => "2024-05-14T21:40" @ "time"]),
        t!(en_future_clock_stays_on_the_day_in_focus, En, "2024-05-15", "The mayor was re-elected on Monday night, officials said on Wednesday morning. The count will close at 11pm.", ["11pm" => "2024-05-15T23:00" @ "time"]),
        t!(nl_night_then_clock, Nl, "2024-05-15", "De brand woedde maandagavond, meldde de brandweer woensdagochtend. Het vuur was om 22.15 uur geblust.", ["22.15 uur" => "2024-05-13T22:15" @ "time"]),
        t!(fr_night_then_clock, Fr, "2024-05-15", "L'incendie a éclaté lundi soir, a indiqué la préfecture mercredi matin. Il a été maîtrisé à 23 heures.", ["23 heures" => "2024-05-13T23:00" @ "time"]),
    ]);
}

/// Trial fault 5: a night named by the two days around it is one TIME, the night of the first day; a
/// day with a clock word right after it (`samedi midi`) is one TIME.
#[test]
#[rustfmt::skip]
fn trial_nights_between_days_and_days_at_noon() {
    check(&[
        t!(fr_night_between_days, Fr, "2024-05-15", "Des orages ont frappé la région dans la nuit de lundi à mardi.", ["nuit de lundi à mardi" => "2024-05-13TNI" @ "night_between_days"]),
        t!(nl_night_between_days, Nl, "2024-05-15", "In de nacht van maandag op dinsdag viel veel regen.", ["nacht van maandag op dinsdag" => "2024-05-13TNI" @ "night_between_days"]),
        t!(en_night_between_days, En, "2024-05-15", "Storms hit the coast in the night of Monday to Tuesday.", ["night of Monday to Tuesday" => "2024-05-13TNI" @ "night_between_days"]),
        t!(fr_day_at_noon, Fr, "2024-05-15", "Le marché ouvrira samedi midi.", ["samedi midi" => "2024-05-18T12:00" @ "date_and_time"]),
        t!(nl_day_at_midnight, Nl, "2024-05-15", "De actie loopt af zaterdag middernacht.", ["zaterdag middernacht" => "2024-05-18T00:00" @ "date_and_time"]),
        t!(en_day_at_noon, En, "2024-05-15", "The polls close Saturday noon.", ["Saturday noon" => "2024-05-18T12:00" @ "date_and_time"]),
    ]);
}

/// Trial fault 5b: a date after `until` in a clause whose verb says a state lasts (`maintient`,
/// `blijft`, `remains`) lies ahead, even when the sentence also tells something in the past.
#[test]
#[rustfmt::skip]
fn trial_until_in_a_lasting_clause_looks_ahead() {
    check(&[
        t!(fr_maintient_jusqua, Fr, "2024-05-15", "La préfecture a annoncé qu'elle maintient la vigilance jusqu'à samedi midi.", ["samedi midi" => "2024-05-18T12:00"]),
        t!(nl_blijft_tot, Nl, "2024-05-15", "Het KNMI meldde dat code oranje van kracht blijft tot zaterdag.", ["zaterdag" => "2024-05-18"]),
        t!(en_remains_until, En, "2024-05-15", "Officials said the ban remains until Saturday.", ["Saturday" => "2024-05-18"]),
        t!(en_past_until_stays_past, En, "2024-05-15", "Officials said the ban lasted until Saturday.", ["Saturday" => "2024-05-11"]),
    ]);
}
