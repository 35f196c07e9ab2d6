//! Any UTF-8 text through extraction in each language: no panic, and every span is in bounds,
//! non-empty, on character boundaries and equal to the text it quotes.
#![no_main]

use dossier::{extract, Date, Grain, Lang, Reference};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let reference = Some(Reference {
        date: Date::parse("2020-01-14").expect("a valid date"),
        grain: Grain::Day,
    });
    for lang in [Lang::Nl, Lang::Fr, Lang::En, Lang::Other] {
        let found = extract(text, lang, reference);
        let spans = found
            .timex
            .iter()
            .map(|t| (t.start, t.end, &t.text))
            .chain(found.entities.iter().map(|e| (e.start, e.end, &e.text)));
        for (start, end, quoted) in spans {
            assert!(start < end && end <= text.len(), "span {start}..{end}");
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            assert_eq!(&text[start..end], quoted.as_str());
        }
    }
});
