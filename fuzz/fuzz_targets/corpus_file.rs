//! Any bytes as a corpus file: decoding either refuses the file with a message that names it, or
//! the parsed article's blocks quote its text exactly; then the whole corpus pipeline runs on it.
#![no_main]

use dossier::{analyze_corpus, decode_article};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match decode_article("fuzz.txt", bytes) {
        Err(error) => assert!(error.to_string().contains("fuzz.txt"), "{error}"),
        Ok(file) => {
            let analysed = analyze_corpus(std::slice::from_ref(&file));
            assert_eq!(analysed.len(), 1);
            let article = &analysed[0];
            for block in article.paragraphs.iter().chain(article.headline.iter()) {
                assert_eq!(&article.text[block.start..block.end], block.text);
            }
            let text = &analysed[0].text;
            for t in &analysed[0].timex {
                assert!(t.start < t.end && t.end <= text.len());
                assert_eq!(&text[t.start..t.end], t.text);
            }
            for e in &analysed[0].entities {
                assert!(e.start < e.end && e.end <= text.len());
                assert_eq!(&text[e.start..e.end], e.text);
            }
        }
    }
});
