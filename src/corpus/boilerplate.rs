//! Recognises page boilerplate (comment forms, "Read more:" links, share prompts, source credits) from
//! general per-language cues kept as data in `src/analysis/lexicons/{nl,fr,en}/boilerplate.txt`.
//!
//! Boilerplate lines are kept and shown dimmed; they are excluded from analysis.

use crate::analysis::lexicon::boilerplate_cues;

/// The most words a line may have to be taken as boilerplate by a `contains:` cue.
const MAX_CONTAINS_WORDS: usize = 24;
/// The most words a line may have to be taken as boilerplate by a `starts:` cue with no colon after it.
const MAX_STARTS_WORDS: usize = 8;

/// Why a line is boilerplate, or `None` when it is article text.
pub fn boilerplate_reason(line: &str) -> Option<&'static str> {
    let lower = line.trim().to_lowercase();
    if lower.is_empty() {
        return None;
    }
    let words = lower.split_whitespace().count();
    let cues = boilerplate_cues();
    let starts = cues.starts.iter().any(|cue| {
        lower.strip_prefix(cue).is_some_and(|rest| {
            let rest = rest.trim_start();
            cue.ends_with(':')
                || rest.starts_with(':')
                || (words <= MAX_STARTS_WORDS && !rest.starts_with(|c: char| c.is_alphanumeric()))
        })
    });
    if starts {
        return Some("link or credit");
    }
    if words <= MAX_CONTAINS_WORDS && cues.contains.iter().any(|cue| lower.contains(cue)) {
        return Some("page furniture");
    }
    None
}
