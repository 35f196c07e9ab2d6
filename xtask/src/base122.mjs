// Base122 decoder (the format of github.com/kevinAlbs/Base122; xtask/src/embed.rs writes it with the
// base122-rs crate and describes it). Inlined in the single file's boot code; tested by
// tests/browser/embedding.test.mjs on the single file's own payload.
// `text`: the payload as the page read it (UTF-16 code units, each below U+0800). Returns its bytes:
// every character below U+0080 is a 7-bit chunk; a character U+0080–U+07FF is the mangled chunk
// [NUL, LF, CR, '"', '&', '\\'][bits 8-10] (none when 7), then the chunk in bits 0-6. Chunks are
// big-endian; the bits that do not fill a last byte are padding.
export function decodeBase122(text) {
  const mangled = [0, 10, 13, 34, 38, 92];
  const out = new Uint8Array(text.length * 2);
  let n = 0, acc = 0, bits = 0;
  const push7 = (chunk) => {
    acc = (acc << 7) | chunk;
    bits += 7;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = acc >> bits;
      acc &= (1 << bits) - 1;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      push7(c);
    } else {
      if ((c >> 8) !== 7) push7(mangled[c >> 8]);
      push7(c & 127);
    }
  }
  return out.subarray(0, n);
}
