//! French cases of the temporal tagger: `t!(name, reference, text, [(written, TIMEX3 value, rule)])`,
//! one a line; an empty list expects nothing.

use super::{t, Case};

#[rustfmt::skip]
pub(super) const CASES: &[Case] = &[
    // Absolute and partial dates.
    t!(fr_premier, "2021-03-02", "La loi entre en vigueur le 1er juillet.", [("1er juillet", "2021-07-01", day_month_year)]),
    t!(fr_weekday_date_year, "2021-03-02", "Le sommet a eu lieu le mardi 9 février 2021.", [("mardi 9 février 2021", "2021-02-09", day_month_year)]),
    t!(fr_numeric_day_first, "2021-03-02", "Le dossier a été déposé le 03/02/2021.", [("03/02/2021", "2021-02-03", numeric_date)]),
    t!(fr_month_year, "2021-03-02", "Les ventes ont chuté en octobre 2020.", [("octobre 2020", "2020-10", month_year)]),
    t!(fr_year_in_context, "2021-03-02", "Le site est fermé depuis 2015.", [("2015", "2015", year_in_context)]),
    // Partial dates anchored on the reference.
    t!(deadline_ahead_in_the_new_year, "2020-01-14", "La cour rendra sa décision le 3 février.", [("3 février", "2020-02-03", day_month_year)]),
    t!(month_last, "2020-01-14", "Il avait démissionné en octobre dernier.", [("octobre dernier", "2019-10", month_with_cue)]),
    t!(month_next, "2020-01-14", "Les travaux reprendront en mars prochain.", [("mars prochain", "2020-03", month_with_cue)]),
    t!(weekday_before, "2020-01-14", "Le ministre a parlé jeudi devant les députés.", [("jeudi", "2020-01-09", weekday)]),
    // Relative expressions.
    t!(fr_last_week, "2020-01-14", "La semaine dernière, le marché a reculé.", [("La semaine dernière", "2020-W02", relative_unit)]),
    t!(fr_il_y_a, "2020-01-14", "Il y a deux ans, la ville a voté.", [("Il y a deux ans", "2018-01-14", shift)]),
    t!(fr_la_veille, "2020-01-14", "La veille, le président avait annulé son discours.", [("La veille", "2020-01-13", deictic)]),
    t!(fr_dans_trois_mois, "2020-01-14", "Le chantier débutera dans trois mois.", [("dans trois mois", "2020-04-14", shift)]),
    // Periods, quarters, seasons and parts.
    t!(fr_quarter_words, "2020-01-14", "Le bénéfice a doublé au deuxième trimestre 2019.", [("deuxième trimestre 2019", "2019-Q2", quarter_or_half)]),
    t!(fr_debut_year, "2020-01-14", "Le projet a démarré début 2018.", [("début 2018", "2018", part_of)]),
    t!(fr_cet_hiver, "2020-01-14", "Cet hiver, les prix ont grimpé.", [("Cet hiver", "2020-WI", season)]),
    // Durations and sets.
    t!(fr_deux_ans, "2020-01-14", "La rénovation a pris deux ans.", [("deux ans", "P2Y", duration)]),
    t!(fr_vingt_quatre_heures, "2020-01-14", "Il a été retenu vingt-quatre heures.", [("vingt-quatre heures", "PT24H", duration)]),
    t!(fr_chaque_semaine, "2020-01-14", "Le conseil se réunit chaque semaine.", [("chaque semaine", "P1W", set)]),
    // Ranges and times.
    t!(fr_du_au, "2020-01-14", "Le festival a lieu du 4 au 6 mars.", [("du 4 au 6 mars", "2020-03-04/2020-03-06", range)]),
    t!(fr_heure, "2020-01-14", "La réunion commence à 16h30.", [("16h30", "2020-01-14T16:30", time)]),
    // Numbers that are not dates.
    t!(fr_billions, "2020-01-14", "Le contrat vaut 7,2 milliards d'euros.", []),
    t!(fr_percent, "2020-01-14", "Le chômage atteint 4,5 % de la population.", []),
    t!(fr_thousands, "2020-01-14", "L'usine emploie 8 000 salariés.", []),
    t!(fr_score_a_4, "2020-01-14", "Le vote s'est terminé à 4 contre 3.", []),
    t!(fr_ete_participle, "2020-01-14", "La décision a été prise par le juge.", []),
    // Units within a period.
    t!(fr_amount_before_premiers, "2021-11-07", "Le chiffre d'affaires des six premiers mois de 2021 a progressé.", [("six premiers mois de 2021", "2021-01-01/2021-07-01", within_period)]),
    t!(fr_derniere_semaine_de_mois, "2016-11-07", "Les négociations ont repris la dernière semaine d'octobre.", [("la dernière semaine d'octobre", "2016-W43", within_period)]),
    t!(fr_dernier_jour_de_l_annee, "2016-11-07", "Le contrat expire le dernier jour de l'année.", [("le dernier jour de l'année", "2016-12-31", within_period)]),
    t!(fr_the_year_written_after_l_annee, "2016-11-07", "Les trois derniers mois de l'année 2015 ont été difficiles.", [("Les trois derniers mois de l'année 2015", "2015-10-01/2016-01-01", within_period)]),
    // A day joined to a full date takes its month.
    t!(fr_le_jour_et_le_jour_mois, "2020-01-07", "Le sommet aura lieu le 18 et le 19 juin 2020.", [("18", "2020-06-18", coordinated_day), ("19 juin 2020", "2020-06-19", day_month_year)]),
    // Modifiers and shifts from a written point.
    t!(fr_il_y_a_environ, "2021-05-20", "L'usine a fermé il y a environ trois ans.", [("il y a environ trois ans", "2018-05-20", shift)]),
    t!(fr_jours_apres_le_date, "2016-11-07", "Le vote aura lieu trois jours après le 12 janvier.", [("trois jours après le 12 janvier", "2017-01-15", shift)]),
    t!(fr_le_jour_before_a_pause, "2020-01-12", "Le ministre reviendra le 23 pour trois heures.", [("le 23", "2020-01-23", day_of_month)]),
    // Money and French numbers that are not days.
    t!(fr_le_number_before_a_name, "2016-11-07", "Le 10 Downing Street a réagi.", []),
    t!(fr_le_number_before_percent, "2016-11-07", "Il a cédé le 12 % restant.", []),
    // Feasts and numeric forms.
    t!(fr_ascension_is_easter_plus_39, "2021-06-01", "Les écoles ferment pour l'Ascension 2021.", [("l'Ascension 2021", "2021-05-13", holiday)]),
    t!(fr_jour_de_la_terre, "2019-03-12", "Les écoles ont planté des arbres le jour de la Terre 2014.", [("le jour de la Terre 2014", "2014-04-22", holiday)]),
    t!(fr_spaced_numeric_date, "2020-02-10", "Le bail a été conclu le 03 11 1994 chez le notaire.", [("03 11 1994", "1994-11-03", spaced_numeric_date)]),
    t!(fr_month_day_de_year, "2021-01-19", "Le traité fut paraphé avril 14 de 1962.", [("avril 14 de 1962", "1962-04-14", month_day_year)]),
    t!(fr_thousands_groups_are_not_dates, "2016-11-07", "La ville compte 1 200 000 habitants et 12 000 emplois.", []),
    // Years in words and calendar years.
    t!(fr_mois_deux_mille_n, "2018-06-26", "Elle est née en mars deux mille quinze.", [("mars deux mille quinze", "2015-03", month_year)]),
    // Weekends, impossible days and named months.
    t!(fr_le_week_end_in_the_future_is_the_next, "2021-03-08", "Les syndicats vont manifester le week-end.", [("le week-end", "2021-W10-WE", weekend)]),
    t!(fr_impossible_day_keeps_no_year, "2021-03-08", "Le rapport est daté du 31 avril.", [("31 avril", "XXXX-04-31", day_month_year)]),
    t!(fr_ce_mois_de_names_the_month, "2021-10-05", "Depuis ce mois d'août, les prix ont doublé.", [("ce mois d'août", "2021-08", month_with_cue)]),
    // Days of a relative month and range ends.
    t!(fr_day_of_next_month, "2021-03-08", "La décision sera rendue le 15 du mois prochain.", [("le 15 du mois prochain", "2021-04-15", day_of_relative_month)]),
    t!(fr_range_from_the_middle_starts_in_the_middle, "2021-03-08", "Le chantier a duré du milieu de 2007 à la fin de 2008.", [("du milieu de 2007 à la fin de 2008", "2007-07-02/2009-01-01", range)]),
    // Holidays on a weekday of a month and older years.
    t!(fr_fete_des_meres_is_the_last_sunday_of_may, "2021-03-08", "Les fleuristes attendent la fête des mères 2021.", [("la fête des mères 2021", "2021-05-30", holiday)]),
    t!(fr_holiday_of_this_year, "2021-03-08", "Le défilé du jour de l'indépendance de cette année est annulé.", [("jour de l'indépendance de cette année", "2021-07-04", holiday)]),
    t!(fr_an_older_year_after_a_cue, "2021-03-08", "La fête remonte à 1865 et reste populaire.", [("1865", "1865", year_in_context)]),
    // Cues after the noun, ends without an article, a trailing year.
    t!(fr_unit_with_a_cue_after_it_and_no_article, "2021-03-08", "Les résultats du trimestre précédent ont déçu.", [("trimestre précédent", "2020-Q4", relative_unit)]),
    t!(fr_pronoun_ce_is_not_this, "2021-03-08", "Était-ce la semaine dernière ?", [("la semaine dernière", "2021-W09", relative_unit)]),
    t!(fr_holiday_with_a_cue_after_it, "2021-03-08", "Les ventes de la Pâques précédente étaient faibles.", [("la Pâques précédente", "2020-04-12", holiday)]),
    t!(fr_end_of_the_year_without_an_article, "2021-03-08", "Le projet sera livré en fin d'année.", [("fin d'année", "2021", part_of)]),
    t!(fr_end_of_the_month_of_may_is_may, "2021-03-08", "Le vote aura lieu à la fin du mois de mai.", [("à la fin du mois de mai", "2021-05", part_of)]),
    t!(fr_numeric_range_with_a_year_after_it, "2021-03-08", "Le salon se tiendra du 01/05 au 07/05, 2022.", [("du 01/05 au 07/05, 2022", "2022-05-01/2022-05-07", range)]),
    // Lengths in several units, working days and recurrences.
    t!(fr_hours_and_minutes_make_one_length, "2021-03-08", "La réunion a duré 1 heure et 30 minutes.", [("1 heure et 30 minutes", "PT1H30M", duration)]),
    t!(fr_plural_weekday_with_daypart_recurs, "2021-03-08", "Le marché se tient les mardis soir.", [("mardis soir", "XXXX-WXX-2TEV", weekday_daypart_set)]),
    t!(fr_every_two_tuesdays, "2021-03-08", "Le club de lecture se retrouve tous les deux mardis.", [("tous les deux mardis", "XXXX-WXX-2", set)]),
    // The week of a date, earlier in a period.
    t!(fr_la_semaine_du, "2021-03-08", "Le vote aura lieu la semaine du 22 mars.", [("la semaine du 22 mars", "2021-W12", week_of_date)]),
    t!(fr_plus_tard_dans_l_annee, "2021-03-10", "Le texte sera examiné plus tard dans l'année.", [("plus tard dans l'année", "2021", relative_unit)]),
    // The tense of a sentence runs across the dot of an abbreviated title.
    t!(fr_tense_across_an_abbreviated_title, "2021-03-02", "Le texte sera, selon M. Dupont, voté lundi.", [("lundi", "2021-03-08", weekday)]),
    // Un nombre juste avant une monnaie est un montant, jamais une année ; une année reste une année.
    t!(fr_number_before_currency_word_is_an_amount, "2021-03-02", "Le tribunal a imposé une pénalité de 1995 euros au club.", []),
    t!(fr_number_before_currency_symbol_is_an_amount, "2021-03-02", "Chaque ménage touchera une prime de 2010 € en plus.", []),
    t!(fr_year_before_a_currency_name_still_a_year, "2021-03-02", "En 2002 l'euro a remplacé le franc.", [("2002", "2002", year_in_context)]),
    // Un présent sans indice du passé annonce un projet : le jour ou le mois sans année est à venir.
    t!(fr_present_weekday_points_forward, "2019-06-14", "L'assemblée examine mardi le projet de loi.", [("mardi", "2019-06-18", weekday)]),
    t!(fr_present_month_points_forward, "2019-06-14", "Les cheminots cessent le travail en décembre.", [("décembre", "2019-12", month_with_cue)]),
    t!(fr_past_weekday_stays_behind, "2019-06-14", "Le ministre a annoncé jeudi sa démission.", [("jeudi", "2019-06-13", weekday)]),
    t!(fr_past_month_stays_behind, "2019-06-14", "Les cheminots ont cessé le travail en décembre.", [("décembre", "2018-12", month_with_cue)]),
];
