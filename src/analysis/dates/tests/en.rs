//! English cases of the temporal tagger: `t!(name, reference, text, [(written, TIMEX3 value, rule)])`,
//! one a line; an empty list expects nothing.

use super::{t, Case};

#[rustfmt::skip]
pub(super) const CASES: &[Case] = &[
    // Absolute and partial dates.
    t!(en_month_day_year, "2021-03-02", "The merger closed on March 3, 2020.", [("March 3, 2020", "2020-03-03", month_day_year)]),
    t!(en_abbreviated_month, "2021-03-02", "Shares fell on Feb. 26 after the report.", [("Feb. 26", "2021-02-26", month_day_year)]),
    t!(en_iso, "2021-03-02", "The log starts at 2020-12-31 and ends later.", [("2020-12-31", "2020-12-31", iso_date)]),
    t!(en_numeric_month_first, "2021-03-02", "The form is due 04/15/2021.", [("04/15/2021", "2021-04-15", numeric_date)]),
    t!(en_year_in_context, "2021-03-02", "The plant has operated since 1987.", [("1987", "1987", year_in_context)]),
    // Partial dates anchored on the reference.
    t!(last_month_name_en, "2020-01-14", "The union went on strike last October.", [("last October", "2019-10", month_with_cue)]),
    t!(weekday_future_tense, "2020-01-14", "The board will meet on Friday.", [("Friday", "2020-01-17", weekday)]),
    // Relative expressions.
    t!(en_two_weeks_ago, "2020-01-14", "Two weeks ago the firm cut jobs.", [("Two weeks ago", "2019-12-31", shift)]),
    t!(en_in_two_months, "2020-01-14", "The law takes effect in two months.", [("in two months", "2020-03-14", shift)]),
    t!(en_next_morning, "2020-01-14", "The next morning, the police arrived.", [("The next morning", "2020-01-15", deictic)]),
    t!(en_yesterday, "2020-01-14", "Prices rose yesterday.", [("yesterday", "2020-01-13", deictic)]),
    // Periods, quarters, seasons and parts.
    t!(en_q_notation, "2020-01-14", "Revenue grew in Q4 2019.", [("Q4 2019", "2019-Q4", quarter_or_half)]),
    t!(en_first_half, "2020-01-14", "Sales doubled in the first half of 2019.", [("the first half of 2019", "2019-H1", quarter_or_half)]),
    t!(en_mid_year, "2020-01-14", "The plant opened in mid-2017.", [("mid-2017", "2017", part_of)]),
    t!(en_past_winter, "2020-09-10", "In the winter the company reduced its staff.", [("the winter", "2020-WI", season)]),
    t!(en_decade, "2020-01-14", "The brand was popular in the 1990s.", [("1990s", "199", decade_or_century)]),
    // Durations and sets.
    t!(en_ten_years, "2020-01-14", "The deal runs for ten years.", [("ten years", "P10Y", duration)]),
    t!(en_compound_adjective, "2020-01-14", "They asked for a six-month delay.", [("six-month", "P6M", duration)]),
    t!(en_decades, "2020-01-14", "The firm has worked with cities for three decades.", [("three decades", "P3DE", duration)]),
    t!(en_every_year, "2020-01-14", "The fair is held every year.", [("every year", "P1Y", set)]),
    // Ranges and times.
    t!(en_from_to_months, "2020-01-14", "The exhibition runs from May to September 2020.", [("from May to September 2020", "2020-05-01/2020-10-01", range)]),
    t!(en_year_dash_year, "2020-01-14", "Profits rose in 2012-2016.", [("2012-2016", "2012-01-01/2016-01-01", range)]),
    t!(en_weekday_at_time, "2020-01-14", "The vote is on Thursday at 3pm.", [("Thursday at 3pm", "2020-01-16T15:00", date_and_time)]),
    // Numbers that are not dates.
    t!(en_amount, "2020-01-14", "The firm paid $2019 for the licence.", []),
    t!(en_modal_may, "2020-01-14", "Prices may rise, and they may fall.", []),
    t!(en_phone_number, "2020-01-14", "Call 555-1212 for details.", []),
    // Units within a period.
    t!(en_first_months_of_a_year, "2021-11-07", "Sales fell in the first three months of 2021.", [("the first three months of 2021", "2021-01-01/2021-04-01", within_period)]),
    t!(en_last_weeks_of_this_year_are_whole_weeks, "2019-11-29", "The plant closes for the last two weeks of this year.", [("the last two weeks of this year", "2019-12-16/2019-12-30", within_period)]),
    t!(en_nth_month_of_a_year, "2018-11-29", "The merger closes in the fourth month of 2019.", [("the fourth month of 2019", "2019-04", within_period)]),
    t!(en_nth_day_of_a_relative_month, "2020-07-01", "Payment is due on the 10th day of next month.", [("the 10th day of next month", "2020-08-10", within_period)]),
    t!(en_compound_ordinal_day_of_a_month, "2020-07-01", "The vote is set for the twenty first day of September.", [("the twenty first day of September", "2020-09-21", within_period)]),
    t!(en_first_week_of_a_month_is_an_iso_week, "2020-07-01", "Talks resume in the first week of March 2020.", [("the first week of March 2020", "2020-W10", within_period)]),
    t!(en_last_weeks_without_a_period_stay_a_rolling_period, "2016-11-07", "Prices rose in the last three weeks.", [("the last three weeks", "2016-10-17/2016-11-07", rolling_period)]),
    // A day joined to a full date takes its month.
    t!(en_day_and_day_month, "2020-01-07", "Ministers meet on 18 and 19 June.", [("18", "2019-06-18", coordinated_day), ("19 June", "2019-06-19", day_month_year)]),
    // Modifiers and shifts from a written point.
    t!(en_about_weeks_ago_is_approx, "2016-11-07", "The board met about two weeks ago.", [("about two weeks ago", "2016-10-24", modified)]),
    t!(en_business_days_skip_the_weekend, "2019-10-17", "The refund arrives within the next 3 business days.", [("the next 3 business days", "2019-10-18/2019-10-23", rolling_period)]),
    // Money and French numbers that are not days.
    t!(en_dollar_amount_before_a_date, "2020-05-11", "She paid $45 November 3 for the seats.", [("November 3", "2019-11-03", month_day_year)]),
    // Feasts and numeric forms.
    t!(en_good_friday_is_easter_minus_2, "2019-11-07", "The shops closed on Good Friday 2019.", [("Good Friday 2019", "2019-04-19", holiday)]),
    // Years in words and calendar years.
    t!(en_month_two_thousand_and_n, "2021-02-03", "The bridge reopened in October two thousand and nine.", [("October two thousand and nine", "2009-10", month_year)]),
    t!(en_month_century_pair, "2016-11-07", "He was born in January nineteen eighty six.", [("January nineteen eighty six", "1986-01", month_year)]),
    t!(en_this_calendar_year, "2022-09-05", "Exports this calendar year have topped forecasts.", [("this calendar year", "2022", relative_unit)]),
    t!(en_number_pair_without_context_is_not_a_year, "2018-06-26", "They sold twenty twenty units.", []),
    // Weekends, impossible days and named months.
    t!(en_the_weekend_in_the_past_is_the_one_before, "2021-03-08", "Protesters gathered over the weekend in the capital.", [("the weekend", "2021-W09-WE", weekend)]),
    t!(en_weekend_as_an_adjective_is_not_a_date, "2021-03-08", "Weekend traffic was light.", []),
    t!(en_impossible_day_keeps_its_written_year, "2021-03-08", "The memo is dated February 30, 2019.", [("February 30, 2019", "2019-02-30", month_day_year)]),
    t!(en_the_month_of_names_the_month, "2021-10-05", "Sales fell in the month of June.", [("the month of June", "2021-06", month_with_cue)]),
    // Days of a relative month and range ends.
    t!(en_days_of_last_month, "2021-03-08", "The strike ran from the 4th to the 23rd of last month.", [("from the 4th to the 23rd of last month", "2021-02-04/2021-02-23", day_of_relative_month)]),
    t!(en_a_count_of_next_month_is_not_a_day, "2021-03-08", "He will play 3 of next month's games.", [("next month", "2021-04", relative_unit)]),
    t!(en_range_to_the_end_of_a_year_runs_to_its_end, "2021-03-08", "The programme ran from 2007 to the end of 2008.", [("from 2007 to the end of 2008", "2007-01-01/2009-01-01", range)]),
    // Holidays on a weekday of a month and older years.
    t!(en_black_friday_with_a_year, "2021-03-08", "Retailers remember Black Friday 2010 as a record.", [("Black Friday 2010", "2010-11-26", holiday)]),
    t!(en_last_memorial_day, "2021-03-08", "The monument was unveiled last Memorial Day.", [("last Memorial Day", "2020-05-25", holiday)]),
    t!(en_an_older_year_after_a_cue, "2021-03-08", "The tradition dates back to 1865, historians say.", [("1865", "1865", year_in_context)]),
    t!(en_a_count_in_a_range_is_not_an_older_year, "2021-03-08", "Attendance grew from 1200 to 1500 people.", []),
    // Cues after the noun, ends without an article, a trailing year.
    t!(en_end_of_month_without_an_article, "2021-03-08", "Payment is due by end of month.", [("end of month", "2021-03", part_of)]),
    t!(en_numeric_range_with_a_year_after_it, "2021-03-08", "The fair runs from 5/1 to 5/7, 2022.", [("from 5/1 to 5/7, 2022", "2022-05-01/2022-05-07", range)]),
    // Lengths in several units, working days and recurrences.
    t!(en_years_and_months_make_one_length, "2021-03-08", "The inquiry lasted two years and three months.", [("two years and three months", "P2Y3M", duration)]),
    t!(en_a_shift_is_not_swallowed_by_a_length, "2021-03-08", "They searched for 3 months and 2 days ago they found it.", [("3 months", "P3M", duration), ("2 days ago", "2021-03-06", shift)]),
    t!(en_next_working_days_end_after_the_last_one, "2021-03-08", "Traders expect volatility over the next 4 business days.", [("the next 4 business days", "2021-03-09/2021-03-13", rolling_period)]),
    t!(en_weekday_with_plural_daypart_recurs, "2021-03-08", "The council meets on Tuesday afternoons.", [("Tuesday afternoons", "XXXX-WXX-2TAF", weekday_daypart_set)]),
    t!(en_plural_weekday_alone_recurs, "2021-03-08", "The market opens Tuesdays and Fridays.", [("Tuesdays", "XXXX-WXX-2", set), ("Fridays", "XXXX-WXX-5", set)]),
    t!(en_every_other_day, "2021-03-08", "Patients are tested every other day.", [("every other day", "P2D", set)]),
    // The week of a date, earlier in a period.
    t!(en_the_week_of_a_date, "2021-03-08", "Talks resume the week of March 22.", [("the week of March 22", "2021-W12", week_of_date)]),
    t!(en_counted_weeks_are_not_the_week_of, "2021-03-08", "It took two weeks of March to decide.", [("two weeks", "P2W", duration)]),
    t!(en_earlier_in_the_week, "2021-03-10", "The minister resigned earlier in the week.", [("earlier in the week", "2021-W10", relative_unit)]),
    // The tense of a sentence runs across the dot of an abbreviated title.
    t!(en_tense_across_an_abbreviated_title, "2021-03-02", "The vote will, according to Mr. Smith, take place on Monday.", [("Monday", "2021-03-08", weekday)]),
    // A number right before a currency is an amount, never a year; a year before other words still is.
    t!(en_number_before_currency_word_is_an_amount, "2021-03-02", "The club was ordered to pay 1990 dollars in costs.", []),
    t!(en_number_before_currency_code_is_an_amount, "2021-03-02", "Each farmer received a grant of 2015 EUR from the fund.", []),
    t!(en_year_before_a_currency_name_still_a_year, "2021-03-02", "In 2002 the euro replaced the mark.", [("2002", "2002", year_in_context)]),
];
