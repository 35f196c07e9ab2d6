//! Recognises page boilerplate (comment forms, "Read more:" links, share prompts, source credits) from
//! general per-language cues kept as data in `src/analysis/lexicons/{nl,fr,en}/boilerplate.txt`.
//!
//! Boilerplate lines are kept and shown dimmed; they are excluded from analysis.

use std::sync::OnceLock;

/// The most words a line may have to be taken as boilerplate by a `contains:` cue.
const MAX_CONTAINS_WORDS: usize = 24;
/// The most words a line may have to be taken as boilerplate by a `starts:` cue with no colon after it.
const MAX_STARTS_WORDS: usize = 8;

struct Cues {
    starts: Vec<String>,
    contains: Vec<String>,
}

const DATA: [&str; 3] = [
    include_str!("../analysis/lexicons/en/boilerplate.txt"),
    include_str!("../analysis/lexicons/nl/boilerplate.txt"),
    include_str!("../analysis/lexicons/fr/boilerplate.txt"),
];

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut cues = Cues {
            starts: Vec::new(),
            contains: Vec::new(),
        };
        for line in DATA.iter().flat_map(|d| d.lines()) {
            if let Some(cue) = line.strip_prefix("starts:") {
                cues.starts.push(cue.trim().to_string());
            } else if let Some(cue) = line.strip_prefix("contains:") {
                cues.contains.push(cue.trim().to_string());
            }
        }
        cues
    })
}

/// Why a line is boilerplate, or `None` when it is article text.
pub fn boilerplate_reason(line: &str) -> Option<&'static str> {
    let lower = line.trim().to_lowercase();
    if lower.is_empty() {
        return None;
    }
    let words = lower.split_whitespace().count();
    let starts = cues().starts.iter().any(|cue| {
        lower.strip_prefix(cue.as_str()).is_some_and(|rest| {
            let rest = rest.trim_start();
            cue.ends_with(':')
                || rest.starts_with(':')
                || (words <= MAX_STARTS_WORDS && !rest.starts_with(|c: char| c.is_alphanumeric()))
        })
    });
    if starts {
        return Some("link or credit");
    }
    if words <= MAX_CONTAINS_WORDS
        && cues()
            .contains
            .iter()
            .any(|cue| lower.contains(cue.as_str()))
    {
        return Some("page furniture");
    }
    None
}
