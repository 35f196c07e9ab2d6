//! Dutch cases of the temporal tagger: `t!(name, reference, text, [(written, TIMEX3 value, rule)])`,
//! one a line; an empty list expects nothing.

use super::{t, Case};

#[rustfmt::skip]
pub(super) const CASES: &[Case] = &[
    // Absolute and partial dates.
    t!(nl_day_month, "2021-03-02", "De stemming is op 17 maart.", [("17 maart", "2021-03-17", day_month_year)]),
    t!(nl_day_month_year, "2021-03-02", "Het bedrijf werd op 4 juli 1998 opgericht.", [("4 juli 1998", "1998-07-04", day_month_year)]),
    t!(nl_ordinal_day, "2021-03-02", "Het concert is op de 3e april.", [("3e april", "2021-04-03", day_month_year)]),
    t!(nl_month_year, "2021-03-02", "De fabriek sloot in november 2018.", [("november 2018", "2018-11", month_year)]),
    t!(nl_numeric_day_first, "2021-03-02", "De deadline is 05-04-2021.", [("05-04-2021", "2021-04-05", numeric_date)]),
    // Partial dates anchored on the reference.
    t!(past_month_without_year, "2020-01-14", "In december daalde de werkloosheid.", [("december", "2019-12", month_with_cue)]),
    t!(next_weekday_next_week, "2020-01-14", "De raad vergadert volgende week donderdag.", [("volgende week donderdag", "2020-01-23", weekday)]),
    // Relative expressions.
    t!(nl_last_year, "2020-01-14", "Vorig jaar groeide de omzet sterk.", [("Vorig jaar", "2019", relative_unit)]),
    t!(nl_next_month, "2020-01-14", "De wet gaat volgende maand in.", [("volgende maand", "2020-02", relative_unit)]),
    t!(nl_this_week, "2020-01-14", "Deze week staakt het personeel.", [("Deze week", "2020-W03", relative_unit)]),
    t!(nl_later_this_year, "2020-01-14", "De resultaten volgen later dit jaar.", [("later dit jaar", "2020", relative_unit)]),
    t!(nl_tomorrow, "2020-01-14", "Morgen beslist de rechter.", [("Morgen", "2020-01-15", deictic)]),
    t!(nl_ago, "2020-01-14", "Drie jaar geleden sloot de mijn.", [("Drie jaar geleden", "2017-01-14", shift)]),
    // Periods, quarters, seasons and parts.
    t!(nl_quarter_words, "2020-01-14", "In het derde kwartaal van 2019 daalde de winst.", [("het derde kwartaal van 2019", "2019-Q3", within_period)]),
    t!(nl_end_of_month, "2020-01-14", "Eind maart valt het besluit.", [("Eind maart", "2020-03", part_of)]),
    t!(nl_summer_holiday, "2020-03-10", "Na de zomervakantie gaan de scholen weer open.", [("de zomervakantie", "2020-SU", season)]),
    // Durations and sets.
    t!(nl_tienjarig, "2020-01-14", "Het bedrijf tekende een vijfjarig contract.", [("vijfjarig", "P5Y", duration)]),
    t!(nl_twee_maanden, "2020-01-14", "De staking duurde twee maanden.", [("twee maanden", "P2M", duration)]),
    t!(nl_compound_number, "2020-01-14", "Hij zat vierentwintig uur vast.", [("vierentwintig uur", "PT24H", duration)]),
    t!(nl_vague_decades, "2020-01-14", "De familie woont er al eeuwen.", [("al eeuwen", "PXCE", duration)]),
    t!(nl_elke_maandag, "2020-01-14", "De markt is elke maandag open.", [("elke maandag", "XXXX-WXX-1", set)]),
    t!(nl_jaarlijks, "2020-01-14", "Het rapport verschijnt jaarlijks.", [("jaarlijks", "P1Y", set)]),
    // Ranges and times.
    t!(nl_tussen_years, "2020-01-14", "Tussen 2010 en 2015 verdubbelde de omzet.", [("Tussen 2010 en 2015", "2010-01-01/2015-01-01", range)]),
    t!(nl_om_uur, "2020-01-14", "De trein vertrekt om 8 uur.", [("8 uur", "2020-01-14T08:00", time)]),
    // Numbers that are not dates.
    t!(nl_decimal_percent, "2020-01-14", "De rente staat op 6.45 procent.", []),
    t!(nl_large_number, "2020-01-14", "Er kwamen 2500 mensen naar het plein.", []),
    // Units within a period.
    t!(nl_eerste_maanden_van_het_jaar, "2021-11-07", "De omzet steeg in de eerste twee maanden van het jaar.", [("de eerste twee maanden van het jaar", "2021-01-01/2021-03-01", within_period)]),
    t!(nl_laatste_week_van_een_maand, "2016-11-07", "In de laatste week van juli was het druk.", [("de laatste week van juli", "2016-W30", within_period)]),
    // A day joined to a full date takes its month.
    t!(nl_dag_en_dag_maand, "2020-01-07", "De top vindt plaats op 18 en 19 juni 2020.", [("18", "2020-06-18", coordinated_day), ("19 juni 2020", "2020-06-19", day_month_year)]),
    // Modifiers and shifts from a written point.
    t!(nl_ruim_tien_jaar, "2016-11-07", "Het bedrijf bestaat ruim tien jaar.", [("ruim tien jaar", "P10Y", modified)]),
    t!(nl_dagen_gerekend_vanaf, "2022-06-08", "Het besluit valt zes dagen gerekend vanaf morgen.", [("zes dagen gerekend vanaf morgen", "2022-06-15", shift)]),
    // Feasts and numeric forms.
    t!(nl_pinksteren_is_easter_plus_49, "2021-06-01", "Het kabinet valt na Pinksteren 2021.", [("Pinksteren 2021", "2021-05-23", holiday)]),
    t!(nl_phone_number_is_not_a_date, "2019-05-30", "Bel 02 04 20 09 voor informatie.", []),
    // Years in words and calendar years.
    t!(nl_in_tweeduizend_n, "2023-04-04", "Het bedrijf bestaat sinds tweeduizend twaalf.", [("tweeduizend twaalf", "2012", year_in_context)]),
    t!(nl_het_kalenderjaar_n, "2021-08-30", "Over het kalenderjaar 2013 is nog geen verslag.", [("2013", "2013", year_in_context)]),
    // Weekends, impossible days and named months.
    t!(nl_dat_weekend_on_a_friday_is_the_coming_one, "2021-03-12", "Dat weekend staat de stemming op de agenda.", [("Dat weekend", "2021-W10-WE", weekend)]),
    t!(nl_de_maand_names_the_month, "2021-03-08", "In de maand augustus zal de fabriek sluiten.", [("de maand augustus", "2021-08", month_with_cue)]),
    // Days of a relative month and range ends.
    t!(nl_month_first_then_days, "2021-03-08", "De beurs loopt volgende maand van 4 tot 9.", [("volgende maand van 4 tot 9", "2021-04-04/2021-04-09", day_of_relative_month)]),
    t!(nl_range_from_the_end_of_a_month_starts_late_in_it, "2021-03-08", "De werken duurden van eind maart 2019 tot half september 2019.", [("van eind maart 2019 tot half september 2019", "2019-03-21/2019-09-16", range)]),
    // Holidays on a weekday of a month and older years.
    t!(nl_prinsjesdag_is_the_third_tuesday_of_september, "2021-03-08", "De begroting wordt op Prinsjesdag 2021 gepresenteerd.", [("Prinsjesdag 2021", "2021-09-21", holiday)]),
    t!(nl_an_older_year_after_a_cue, "2021-03-08", "Nederland is sinds 1815, toen het congres van Wenen eindigde, een koninkrijk.", [("1815", "1815", year_in_context)]),
    t!(nl_a_phone_number_is_not_an_older_year, "2021-03-08", "Bel het nummer 555-1212 voor informatie.", []),
    // Lengths in several units, working days and recurrences.
    t!(nl_more_than_a_length_in_two_units, "2021-03-08", "Het debat duurde langer dan 2 uur en 15 minuten.", [("langer dan 2 uur en 15 minuten", "PT2H15M", modified)]),
    t!(nl_a_modifier_ending_the_text_is_nothing, "2021-03-08", "Het contract is goed voor ongeveer ", []),
    // The week of a date, earlier in a period.
    t!(nl_de_week_aanvangend, "2021-03-08", "De week aanvangend 22 maart zal het parlement stemmen.", [("De week aanvangend 22 maart", "2021-W12", week_of_date)]),
    // Een getal vlak voor een munt is een bedrag, nooit een jaar; een jaar blijft een jaar.
    t!(nl_number_before_currency_word_is_an_amount, "2021-03-02", "De rechter legde de club een dwangsom van 1995 euro op.", []),
    t!(nl_number_before_currency_symbol_is_an_amount, "2021-03-02", "Elk gezin krijgt een toeslag van 2010 € extra.", []),
    t!(nl_year_before_a_currency_name_still_a_year, "2021-03-02", "In 2002 verving de euro de gulden.", [("2002", "2002", year_in_context)]),
    // Een tegenwoordige tijd zonder verleden-signaal kondigt iets aan: dag of maand zonder jaar ligt vooruit.
    t!(nl_present_weekday_points_forward, "2019-06-14", "De gemeenteraad stemt donderdag over het plan.", [("donderdag", "2019-06-20", weekday)]),
    t!(nl_present_weekday_tuesday_points_forward, "2019-06-14", "De regering presenteert dinsdag haar plannen.", [("dinsdag", "2019-06-18", weekday)]),
    t!(nl_present_month_points_forward, "2019-06-14", "De piloten staken in december opnieuw.", [("december", "2019-12", month_with_cue)]),
    t!(nl_past_weekday_stays_behind, "2019-06-14", "De burgemeester maakte donderdag zijn vertrek bekend.", [("donderdag", "2019-06-13", weekday)]),
    t!(nl_perfect_weekday_stays_behind, "2019-06-14", "De raad heeft dinsdag het plan goedgekeurd.", [("dinsdag", "2019-06-11", weekday)]),
    t!(nl_past_month_stays_behind, "2019-06-14", "De piloten hielden in december een staking.", [("december", "2018-12", month_with_cue)]),
];
