//! The wasm's bytes as text inside the single file's `<script type="application/octet-stream">` block:
//! base-122, 7 bits per byte of UTF-8 where base64 carries 6 (about 14 % overhead instead of 33 %).
//!
//! The format is Kevin Albertson's Base122 (<https://github.com/kevinAlbs/Base122>), encoded by the
//! `base122-rs` crate: the input is read as 7-bit chunks, big-endian; a chunk is written as that ASCII
//! character, except the six that transports mangle (NUL, LF, CR, `"`, `&`, `\`), which go with the next
//! chunk into one two-byte character U+0080–U+07FF: bits 8–10 hold the mangled one's index in that list
//! (7: none, a lone final chunk), bit 7 is set, bits 0–6 hold the next chunk. Bits left over at the end
//! that do not fill a byte are padding. The decoder is `base122.mjs` beside this file, inlined in the
//! boot code.
//!
//! What an HTML parser changes in a script block, and why none of it reaches the payload: NUL becomes
//! U+FFFD and CR becomes LF (both are in that list, so never written as themselves); `</` would end
//! the block and `<!` can start a comment-like escape, so a `<` followed by `/` or `!` is written in the
//! format's own "lone chunk" form (U+07BC: index 7, chunk `<`), which every Base122 decoder reads back as
//! `<`. Everything else, other control characters included, reaches `textContent` unchanged. The text has
//! no surrounding whitespace to trim (space and tab are ordinary chunks), so the block must be read as it
//! is. The document must be decoded as UTF-8 (the single file declares it first thing in `<head>`).

/// `<` as the format's lone-chunk character: `110 111 1 0`, `10 111100` in UTF-8 (U+07BC).
const LONE_LT: char = '\u{7bc}';

/// The base-122 text of `bytes`, safe between `<script type="application/octet-stream">` and
/// `</script>`: no NUL, CR, `</` or `<!`. Decodes to exactly `bytes` (`base122.mjs`).
pub fn encode(bytes: &[u8]) -> String {
    let text = base122_rs::encode(bytes);
    let mut out = String::with_capacity(text.len() + text.len() / 512);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<' && matches!(chars.peek(), Some('/' | '!')) {
            out.push(LONE_LT);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic byte stream (xorshift), so the tests see every 7-bit chunk after every other.
    fn noise(len: usize, mut seed: u64) -> Vec<u8> {
        (0..len)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                (seed >> 24) as u8
            })
            .collect()
    }

    /// Checks what an HTML parser would change, and that the crate's decoder (the same algorithm as
    /// `base122.mjs`) gives back exactly `bytes`.
    fn round_trip(name: &str, bytes: &[u8]) {
        let text = encode(bytes);
        assert!(
            !text.contains(['\0', '\r']),
            "{name}: NUL or CR in {text:?}"
        );
        assert!(
            !text.contains("</") && !text.contains("<!"),
            "{name}: markup"
        );
        assert!(
            text.chars().all(|c| (c as u32) < 0x800),
            "{name}: a character past U+07FF"
        );
        let back = base122_rs::decode(&text).unwrap();
        assert_eq!(back, bytes, "{name}: round trip");
    }

    #[test]
    fn round_trips() {
        let every_byte: Vec<u8> = (0..=255).collect();
        let every_byte_reversed: Vec<u8> = (0..=255).rev().collect();
        // Each mangled chunk at the very end (the lone-chunk form), and as the last full chunk.
        for (name, bytes) in [
            ("empty", vec![]),
            ("one NUL byte", vec![0]),
            ("one 0xff byte", vec![0xff]),
            ("every byte value", every_byte.clone()),
            ("every byte value, reversed", every_byte_reversed),
            (
                "every byte value twice",
                [every_byte.clone(), every_byte].concat(),
            ),
            ("</script> as data", b"</script></SCRIPT><!-- -->".to_vec()),
            ("'<' then '/' as 7-bit chunks", vec![0x78, 0xbc, 0x00]),
            ("'<' then '!' as 7-bit chunks", vec![0x78, 0x84, 0x00]),
            ("NUL chunks", vec![0; 40]),
            ("CR and LF bytes", b"\r\n\r\r\n\n".to_vec()),
            ("one-bits", vec![0xff; 40]),
        ] {
            round_trip(name, &bytes);
        }
        for len in 0..300 {
            round_trip(
                &format!("noise of {len} bytes"),
                &noise(len, len as u64 + 1),
            );
        }
        round_trip("100 KB of noise", &noise(100_000, 7));
    }

    #[test]
    fn lt_before_slash_or_bang_is_escaped() {
        // 0x78 0xbc 0x00 is the chunks 0x3c '<', 0x2f '/', then NUL and padding.
        let text = encode(&[0x78, 0xbc, 0x00]);
        assert!(text.starts_with(LONE_LT), "{text:?}");
        // A '<' followed by anything else stays one byte.
        let text = encode(&[0x78, 0x80]);
        assert!(text.starts_with('<'), "{text:?}");
    }

    /// The cases of the browser round trip (`tests/browser/embedding.test.mjs`): every byte value, the
    /// markup the escape is for, and streams of every length up to 64 bytes (so every count of padding
    /// bits, and final chunks that are mangled ones).
    fn browser_cases() -> Vec<(String, Vec<u8>)> {
        let every_byte: Vec<u8> = (0..=255).collect();
        let mut cases = vec![
            ("every byte value".to_string(), every_byte.clone()),
            (
                "every byte value, reversed".into(),
                every_byte.into_iter().rev().collect(),
            ),
            (
                "markup as data".into(),
                b"</script><!-- --></SCRIPT>\r\n\0".to_vec(),
            ),
            ("'<' then '/' as chunks".into(), vec![0x78, 0xbc, 0x00]),
            ("'<' then '!' as chunks".into(), vec![0x78, 0x84, 0x00]),
            ("NUL bytes".into(), vec![0; 64]),
            ("one-bits".into(), vec![0xff; 64]),
            ("4 KB of noise".into(), noise(4096, 11)),
        ];
        for len in 1..=64 {
            cases.push((
                format!("noise of {len} bytes"),
                noise(len, 100 + len as u64),
            ));
        }
        cases
    }

    /// The page the browser test opens: each case's encoded text in a data block exactly like the
    /// single file's, with the bytes it must decode to in hex.
    fn browser_page() -> String {
        let mut page = String::from(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Base122 round trip</title></head><body>\n\
             <!-- Written by `DOSSIER_BLESS=1 cargo test -p xtask` (xtask/src/embed.rs); do not edit. -->\n",
        );
        for (name, bytes) in browser_cases() {
            let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            page.push_str(&format!(
                "<script type=\"application/octet-stream\" data-name=\"{name}\" data-hex=\"{hex}\">{}</script>\n",
                encode(&bytes)
            ));
        }
        page.push_str("</body></html>\n");
        page
    }

    #[test]
    fn browser_page_is_current() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/base122.html"
        );
        let want = browser_page();
        if std::env::var_os("DOSSIER_BLESS").is_some() {
            std::fs::write(path, &want).unwrap();
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            have == want,
            "{path} is not what the encoder writes: run DOSSIER_BLESS=1 cargo test -p xtask"
        );
    }

    #[test]
    fn denser_than_base64() {
        let bytes = noise(100_000, 3);
        let len = encode(&bytes).len();
        assert!(len < 115_000, "{len} bytes of UTF-8 for 100,000 bytes");
    }
}
