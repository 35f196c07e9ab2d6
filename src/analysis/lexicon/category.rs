//! The categories of the phrase lexicons (`dates.txt`, and the cue lines of `entities.txt`): a closed,
//! typed list, each with the shape its value must have. A line naming a category that is not here, or
//! with a value of the wrong shape, fails the build (`build.rs` checks every data file with
//! [`super::syntax`]).
//!
//! This file is also compiled into `build.rs` (through `#[path]`), so it depends on nothing but `std`.

/// What the value after a category's dot must be (`month.3`, `unit.week`, `cue.last` has none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// No value: the phrases are cue words (`cue.last = last | past`, `ambiguous_month = may`).
    Flag,
    /// An integer within the bounds (inclusive).
    Int(i64, i64),
    /// A positive number (`scale.1000000`).
    Number,
    /// One of a fixed set of codes.
    OneOf(&'static [&'static str]),
    /// A TIMEX3 recurrence value (`P1W`, `P0.5Y`): `P` and no white space.
    Recurrence,
    /// A holiday: `MM-DD`, `easter[±N]` or the n-th weekday of a month `MM-dddN[±K]`
    /// (see [`super::syntax::Holiday`]).
    Holiday,
    /// An ISO 4217 currency code: three capital letters.
    Currency,
    /// A lower-case word (`measure.share`).
    Word,
}

/// The units of time a `unit` or `unit_adjective` phrase may name.
pub const UNITS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "businessday",
    "weekend",
    "week",
    "fortnight",
    "month",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
];

macro_rules! categories {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal, $shape:expr;)*) => {
        /// A category of lexicon phrases.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Category {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Category {
            /// Every category, in declaration order (their integer ids).
            pub const ALL: &'static [Category] = &[$(Category::$variant,)*];

            /// The category's name in the data files.
            pub fn name(self) -> &'static str {
                match self {
                    $(Category::$variant => $name,)*
                }
            }

            /// The category a data file names, if it exists.
            pub fn from_name(name: &str) -> Option<Category> {
                match name {
                    $($name => Some(Category::$variant),)*
                    _ => None,
                }
            }

            /// The shape its values must have.
            pub fn shape(self) -> Shape {
                match self {
                    $(Category::$variant => $shape,)*
                }
            }
        }
    };
}

categories! {
    // Calendar words (dates.txt).
    /// Month names and abbreviations: `month.3 = march | mar`.
    Month = "month", Shape::Int(1, 12);
    /// Month names that are also common words or abbreviations (`may`, `mar`).
    AmbiguousMonth = "ambiguous_month", Shape::Flag;
    /// Weekday names (ISO: Monday = 1).
    Weekday = "weekday", Shape::Int(1, 7);
    /// Weekday names that are also common words or abbreviations.
    AmbiguousWeekday = "ambiguous_weekday", Shape::Flag;
    /// Season names, as TIMEX3 codes.
    Season = "season", Shape::OneOf(&["SP", "SU", "FA", "WI"]);
    /// Season words that are also common words (French `été`).
    AmbiguousSeason = "ambiguous_season", Shape::Flag;
    /// Holidays and feasts.
    Holiday = "holiday", Shape::Holiday;
    /// The weekend of a holiday written as one word (Dutch `paasweekend`, `pinksterweekend`), by the
    /// holiday's day.
    HolidayWeekend = "holiday_weekend", Shape::Holiday;
    /// Parts of the day, as TIMEX3 codes.
    Daypart = "daypart", Shape::OneOf(&["MO", "AF", "EV", "NI"]);
    /// Days relative to the reference: `deictic.-1 = yesterday`.
    Deictic = "deictic", Shape::Int(-7, 7);
    /// Days relative to an event: `la veille`, `the next day`.
    EventRelative = "event_relative", Shape::Int(-7, 7);
    /// The first half of a word that joins a day and a part of it, as days from the reference: Dutch
    /// `gister` in `gisteravond` (−1), `van` in `vanochtend` (0). Weekdays and holidays join too.
    DayStem = "day_stem", Shape::Int(-7, 7);
    /// A clock time written as a word, by its hour: `clock_word.12 = noon | midi`, `clock_word.0 =
    /// midnight | minuit | middernacht`.
    ClockWord = "clock_word", Shape::Int(0, 23);
    /// A decade written as one word, by its tens: `decade_word.80 = eighties` (the 1980s; 10 and 20
    /// are the 2010s and 2020s).
    DecadeWord = "decade_word", Shape::Int(0, 90);
    /// Units of time.
    Unit = "unit", Shape::OneOf(UNITS);
    /// Units of time as the second half of a compound adjective (`ten-year`).
    UnitAdjective = "unit_adjective", Shape::OneOf(UNITS);
    /// Word endings that make a number before them a length of the unit named (Dutch `-jarige` in
    /// `tweejarige`, `-daagse`).
    UnitEnding = "unit_ending", Shape::OneOf(UNITS);
    /// The start, middle or end of a period (`eind`, `mid`, `début`).
    Part = "part", Shape::OneOf(&["START", "MID", "END"]);
    /// Hedges of a length of time (`about`, `plus de`, `bijna`).
    Modifier = "modifier", Shape::OneOf(&["APPROX", "MORE_THAN", "LESS_THAN"]);
    /// References to the present, past or future (`now`, `in the past`).
    Ref = "ref", Shape::OneOf(&["PAST_REF", "PRESENT_REF", "FUTURE_REF"]);
    /// Recurrences written as one word or phrase (`weekly`, `tous les jours`).
    Set = "set", Shape::Recurrence;
    /// Suffixes after a clock hour, by what they say of it: a 12-hour clock (`am`, `pm`), a full hour
    /// (`oclock`), a short hour mark that minutes may follow (`mark`: `h`, `u`), an hour word (`word`:
    /// `heures`, `uur`).
    ClockSuffix = "clock_suffix", Shape::OneOf(&["am", "pm", "oclock", "mark", "word"]);
    /// Word endings of past-tense verbs (English `-ed`).
    PastSuffix = "past_suffix", Shape::Flag;
    /// Words with a past ending that are no past form (`need`, `hundred`, `indeed`, `naked`).
    NotPast = "not_past", Shape::Flag;
    /// Word endings of future-tense verbs (French `-era`).
    FutureSuffix = "future_suffix", Shape::Flag;
    // Numbers (dates.txt; also read for amounts of money).
    /// Number words: `number.3 = three`.
    Number = "number", Shape::Int(1, 1000);
    /// The words that join tens and units (`et` in `vingt et un`).
    NumberJoiner = "number_joiner", Shape::Flag;
    /// Ordinal words (`ordinal.-1 = last`).
    Ordinal = "ordinal", Shape::Int(-1, 100);
    /// Suffixes of ordinals written with digits (`th`, `er`, `e`).
    OrdinalSuffix = "ordinal_suffix", Shape::Flag;
    /// Vague small amounts (`a few` = 3, `a couple of` = 2).
    Few = "few", Shape::Int(1, 10);
    /// `half`.
    Half = "half", Shape::Flag;
    /// `one and a half`, `anderhalf`.
    OneAndAHalf = "one_and_a_half", Shape::Flag;
    /// `and a half` after a number.
    AndAHalf = "and_a_half", Shape::Flag;
    /// The start of a year written in words: `two thousand` = 2000.
    YearPrefix = "year_prefix", Shape::Int(1000, 2999);
    // Cue words of the temporal tagger (dates.txt, `cue.NAME = …`).
    /// `3 days after X`.
    AfterBase = "after_base", Shape::Flag;
    /// Words that may follow a bare French day number (`le 23 pour …`).
    AfterDay = "after_day", Shape::Flag;
    /// `ago`, `geleden`.
    Ago = "ago", Shape::Flag;
    /// `il y a` (before the amount).
    AgoBefore = "ago_before", Shape::Flag;
    /// `and`, `en`, `et` joining parts of a length or days.
    Also = "also", Shape::Flag;
    /// `and` in `between X and Y`.
    And = "and", Shape::Flag;
    /// `at`, `om`, `à` before a clock time.
    At = "at", Shape::Flag;
    /// `3 days before X`.
    BeforeBase = "before_base", Shape::Flag;
    /// `between`, `tussen`, `entre`.
    Between = "between", Shape::Flag;
    /// Words after which a number and an hour word (`vóór 14 uur`, `avant 14 heures`, `jusqu'à 18
    /// heures`) is a clock time, not a length.
    ClockCue = "clock_cue", Shape::Flag;
    /// A company's or a state's financial year: `fiscal year`, `fiscal`, `FY`, `boekjaar`, `exercice`.
    FiscalYear = "fiscal_year", Shape::Flag;
    /// `the rest of`, `de rest van`, `le reste de` before a period: from the reference to its end.
    Rest = "rest", Shape::Flag;
    /// `this coming`, `aanstaande` (before the noun).
    Coming = "coming", Shape::Flag;
    /// `à venir` (after the noun).
    ComingAfter = "coming_after", Shape::Flag;
    /// A plural part of the day (`afternoons`).
    DaypartPlural = "daypart_plural", Shape::Flag;
    /// `années`, `jaren` before a decade.
    DecadePlural = "decade_plural", Shape::Flag;
    /// `earlier`, `later` (in the year).
    Earlier = "earlier", Shape::Flag;
    /// `earlier`, `plus tôt`, `eerder` after an amount: before the date last written (`two years
    /// earlier`), not the reference.
    EarlierThen = "earlier_then", Shape::Flag;
    /// `later`, `plus tard`, `later` after an amount: after the date last written.
    LaterThen = "later_then", Shape::Flag;
    /// Words right before a date that put it ahead of the reference whatever the sentence's tense:
    /// a new date for something moved (`extended to`, `reporté au`, `uitgesteld tot`).
    Forward = "forward", Shape::Flag;
    /// Words right before a date (or starting it) that put it before the reference whatever the
    /// sentence's tense: `since`, `depuis`, `sinds`.
    Backward = "backward", Shape::Flag;
    /// Present verbs of a state that lasts (`maintient`, `remains`, `blijft`): a date after `until`
    /// in their clause (`maintient l'alerte jusqu'à samedi`) lies ahead, whatever else the sentence
    /// tells in the past.
    Lasting = "lasting", Shape::Flag;
    /// `than`, `dan`, `que` after `later`, `eerder`, `plus tôt`: a comparison, not a date.
    Than = "than", Shape::Flag;
    /// After a length of time, what makes it the time since an event (`a year since`, `un an que`,
    /// `een jaar geleden dat`).
    SinceEvent = "since_event", Shape::Flag;
    /// Words that say what kind of event a sentence tells, by class (`event.award = won | winner`):
    /// two sentences in different articles, with a name in common and an event of the same class,
    /// speak of the same event.
    Event = "event", Shape::Word;
    /// `every`, `elke`, `chaque`.
    Every = "every", Shape::Flag;
    /// How many times a recurrence happens in its period, in one word: `twice` = 2, `tweemaal` = 2.
    Frequency = "frequency", Shape::Int(1, 10);
    /// `a`, `per`, `par` before the period of a rate: `twice a day`, `£25m a year`.
    Per = "per", Shape::Flag;
    /// `times`, `keer`, `fois` after a number of times: `three times a week`.
    Times = "times", Shape::Flag;
    /// `from`, `van`, `du` opening a range.
    From = "from", Shape::Flag;
    /// `from now`.
    FromNow = "from_now", Shape::Flag;
    /// Auxiliaries and cues of the future tense.
    FutureTense = "future_tense", Shape::Flag;
    /// `in` before an amount of time.
    In = "in", Shape::Flag;
    /// `within`, `binnen`, `d'ici` before an amount of time: the amount is a length (`within five
    /// years` is P5Y), not a date that far ahead.
    Within = "within", Shape::Flag;
    /// Words that spread an amount over a length (`verspreid`, `gespreid`, `lenen`) right before
    /// or after `over` + an amount: a length, not a date that far ahead.
    Spread = "spread", Shape::Flag;
    /// Indefinite articles (`a`, `een`, `un`).
    Indefinite = "indefinite", Shape::Flag;
    /// `last`, `vorige`, `dernier` (before the noun).
    Last = "last", Shape::Flag;
    /// `dernier`, `passé` (after the noun).
    LastAfter = "last_after", Shape::Flag;
    /// `many`, `vele`.
    Many = "many", Shape::Flag;
    /// English modal verbs (`will` in `will last`).
    Modal = "modal", Shape::Flag;
    /// Words after which Dutch `morgen` is the morning.
    MorningBefore = "morning_before", Shape::Flag;
    /// `next`, `volgende`, `prochain` (before the noun).
    Next = "next", Shape::Flag;
    /// `prochain`, `suivant` (after the noun).
    NextAfter = "next_after", Shape::Flag;
    /// `of`, `van`, `de`.
    Of = "of", Shape::Flag;
    /// `on`, `op`, `le`.
    On = "on", Shape::Flag;
    /// A length with no number: `for`, `al`, `depuis des`.
    OpenLength = "open_length", Shape::Flag;
    /// `other` in `every other day`.
    Other = "other", Shape::Flag;
    /// Auxiliaries and cues of the past tense.
    PastTense = "past_tense", Shape::Flag;
    /// Plural units (`years`, `jaren`).
    PluralUnit = "plural_unit", Shape::Flag;
    /// `this past`, `afgelopen` (the most recent).
    Recent = "recent", Shape::Flag;
    /// `that`, `dat` (the same one).
    Same = "same", Shape::Flag;
    /// Definite articles.
    The = "the", Shape::Flag;
    /// `this`, `deze`, `ce`.
    This = "this", Shape::Flag;
    /// `to`, `tot`, `au` closing a range.
    To = "to", Shape::Flag;
    /// English `last` as a verb.
    VerbLast = "verb_last", Shape::Flag;
    /// Words after which a month name that is also a verb is the verb (`they march`, `to march`).
    VerbBefore = "verb_before", Shape::Flag;
    /// `of`, `commencing` in `the week of`.
    WeekOf = "week_of", Shape::Flag;
    /// `the whole`, `toute la`.
    Whole = "whole", Shape::Flag;
    /// Phrases that hold a date word and are no date: `as soon as` (a conjunction), `nu eenmaal`
    /// (simply), `now and then` (at times). No expression starts inside one.
    NotADate = "not_a_date", Shape::Flag;
    /// The future seen from the past (`would`, `zou`): a sentence with one tells of what lay ahead
    /// when it was said (`said it would open a plant in May`), so its tense is left open.
    FutureInPast = "future_in_past", Shape::Flag;
    /// Phrases that start with a past-tense cue and are in the present (`a lieu`, `ont besoin`): they
    /// do not make a sentence past.
    PresentTense = "present_tense", Shape::Flag;
    /// Present auxiliaries of a progressive (`is`, `are`): before a word with a `progressive_suffix`
    /// (`is meeting`), in a sentence with no past cue, they state an arrangement, which lies ahead.
    ProgressiveAux = "progressive_aux", Shape::Flag;
    /// The ending of the word after a [`Category::ProgressiveAux`] (`-ing`).
    ProgressiveSuffix = "progressive_suffix", Shape::Flag;
    /// Words with a progressive ending that are no verb form (`something`, `evening`).
    NotProgressive = "not_progressive", Shape::Flag;
    /// Words that make a bare number a year (`in`, `sinds`, `depuis`).
    YearContext = "year_context", Shape::Flag;
    /// Determiners before which a year used as an adjective is a year (`the 2016 election`, `its 2019
    /// report`, `a 2018 study`).
    YearDeterminer = "year_determiner", Shape::Flag;
    /// Nouns with no plural `-s` that a number before them counts (`the 2000 people`).
    CountNoun = "count_noun", Shape::Flag;
    /// Plural nouns of events that a year before them dates rather than counts (`the 2014 protests`,
    /// `the 2019 elections`).
    EventNoun = "event_noun", Shape::Flag;
    // Entity cues (entities.txt).
    /// Titles before a person's name (`president`, `M.`).
    Title = "title", Shape::Flag;
    /// Lower-case words inside names (`van der`, `de la`, `of`).
    Joiner = "joiner", Shape::Flag;
    /// Words that make a name an organisation (`Inc`, `groupe`).
    Designator = "designator", Shape::Flag;
    /// Legal forms of a company written after its name (`AG`, `GmbH`, `NV`, `SA`, `Ltd`, `Inc.`): kept in
    /// a mention's span, left out of its canonical name (`../shared/ANNOTATION.md`).
    LegalForm = "legal_form", Shape::Flag;
    /// Words after a name that make it a programme, product or contract.
    MiscDesignator = "misc_designator", Shape::Flag;
    /// Words inside a name that make it a place (`Street`, `rivier`).
    PlaceDesignator = "place_designator", Shape::Flag;
    /// Nationality and demonym adjectives and nouns (`Amerikaanse`, `Belg`, `Français`, `Americans`),
    /// capitalised but no names (`../shared/ANNOTATION.md`).
    Nationality = "nationality", Shape::Flag;
    /// Words for a ministry or a government department: the head of a name that may list several
    /// portfolios (`ministerie`, `ministère`, `department`).
    Ministry = "ministry", Shape::Flag;
    /// Words that join the last item of a list (`en`, `et`, `and`): never a joiner inside a name.
    Coordinator = "coordinator", Shape::Flag;
    /// Words that open a sentence before a name and are never part of it, though capitalised there
    /// (`Aldus Jansen`, `Volgens Verhoeven`, `Selon Dupuis`, `Meanwhile Whitfield`).
    Opener = "opener", Shape::Flag;
    /// Words for a company right before its name (`bedrijf`, `constructeur`, `carmaker`): the name
    /// is an organisation and the word stays out of it.
    CompanyWord = "company_word", Shape::Flag;
    /// Word endings that make a compound a word for a company (Dutch `bedrijf` in `energiebedrijf`).
    CompanySuffix = "company_suffix", Shape::Flag;
    /// Word endings that make a street of any name they end (`Kerkstraat`, `Johan de Wittlaan`,
    /// `Hauptstraße`); the lists of all three languages apply to every article.
    StreetSuffix = "street_suffix", Shape::Flag;
    /// Words near `Amazon` that make it the river.
    RiverCue = "river_cue", Shape::Flag;
    /// Words before a place (`in`, `naar`).
    PlaceCue = "place_cue", Shape::Flag;
    /// Currency names and symbols, by ISO 4217 code.
    Currency = "currency", Shape::Currency;
    /// Scale words: `scale.1000000000 = billion | milliard`.
    Scale = "scale", Shape::Number;
    /// Hedges before an amount.
    Hedge = "hedge", Shape::OneOf(&["APPROX", "MORE_THAN", "LESS_THAN", "UP_TO"]);
    /// `percent`, `%`, `procent`.
    Percent = "percent", Shape::Flag;
    /// What a claim measures: `measure.share = market share`.
    Measure = "measure", Shape::Word;
}

impl Category {
    /// The category's integer id (its position in [`Category::ALL`]).
    pub fn id(self) -> usize {
        self as usize
    }
}
