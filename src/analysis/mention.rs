//! The records the analysis produces: entity mentions and temporal expressions, with byte spans.

use super::value::Value;
use serde::Serialize;

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    /// A person.
    #[serde(rename = "PER")]
    Person,
    /// An organisation: company, agency, ministry, court, newspaper.
    #[serde(rename = "ORG")]
    Organisation,
    /// A place: country, city, region.
    #[serde(rename = "LOC")]
    Place,
    /// An amount of money.
    #[serde(rename = "MONEY")]
    Money,
    /// A percentage.
    #[serde(rename = "PERCENT")]
    Percent,
    /// Another name: a product, programme, contract, law.
    #[serde(rename = "MISC")]
    Misc,
}

/// One mention of a named entity in a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityMention {
    /// The mention as written.
    pub text: String,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What kind of entity it is.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// A language-independent name shared by every mention of the same entity.
    pub canonical: String,
    /// The normalised value of money and percentages (e.g. `USD 10000000000`, `47%`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// A hedge before an amount: `APPROX`, `MORE_THAN`, `LESS_THAN`, `UP_TO`.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
}

/// The TIMEX3 type of a temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period (day, month, quarter, year, …).
    Date,
    /// A clock time.
    Time,
    /// A length of time.
    Duration,
    /// A recurrence.
    Set,
}

/// The precision of a resolved value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    /// A clock time.
    Time,
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A season.
    Season,
    /// A quarter.
    Quarter,
    /// A half year.
    Half,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
    /// A range between two dates.
    Range,
    /// No calendar position: durations, sets, references such as "now".
    None,
}

/// One temporal expression in a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timex {
    /// The expression as written.
    pub text: String,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The TIMEX3 value, typed (written out as `2020-02-11`, `2019-Q3`, `P10Y`, `PAST_REF`,
    /// `2020-01-24/2020-02-11`, …); its calendar span is [`Value::span`].
    pub value: Value,
    /// The precision of the value.
    pub grain: Grain,
    /// `START`, `MID`, `END` or `APPROX` where the text gives one.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
    /// How the value was resolved, e.g. "lundi → 2020-01-13, the Monday before the reference 2020-01-14".
    pub anchor: String,
}

/// What a text yields: its entity mentions and temporal expressions, in text order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Extraction {
    /// Entity mentions.
    pub entities: Vec<EntityMention>,
    /// Temporal expressions.
    pub timex: Vec<Timex>,
}
