//! The weights in two forms: the trainer's file (`weights.bin`, the source of truth, format in
//! [`read_file`]) and the compact form `build.rs` converts it to for embedding ([`compact`], read back by
//! [`expand`]), which is about 20% smaller once the page's wasm is gzipped: the file's keys are hashes,
//! four bytes each that gzip cannot compress; sorted, their gaps are small numbers whose high bits
//! compress well.
//!
//! **Compact form** (little-endian): the row count `n` (u32); `n` LEB128 varints, the high bits
//! (`gap >> 16`) of each key's gap to the previous key (the first key's gap is to 0); `n` u16, the low 16
//! bits of each gap; `n × 5` weights (i8, row by row, in the file's class order). Rows whose weights are
//! all small ([`kept`]: every |w| below [`PRUNE_BELOW`]) are left out: an all-zero row adds nothing to
//! any score, and the small ones next to nothing (`model/README.md`, "Pruning").
//!
//! Shared by the library and `build.rs` (included by path), so it uses `std` only.

/// A feature key and its weights, one per class.
pub type Row = (u32, [i8; 5]);

/// The embedded model keeps a feature only if one of its weights is at least this far from zero
/// ([`kept`]). Chosen by the size it saves in the single file against the typed F1 on held-out slices
/// of the training data (`PRUNE=… HOLDOUT=N cargo run --release --example train_ner`), never on the dev
/// sets; the figures are in `model/README.md` ("Pruning"). `1` would keep every non-zero row.
pub const PRUNE_BELOW: u8 = 14;

/// Whether the embedded model keeps a row: some weight has |w| ≥ `below` (all-zero rows never).
pub fn kept(row: &Row, below: u8) -> bool {
    row.1.iter().any(|&w| w != 0 && w.unsigned_abs() >= below)
}

/// Reads the trainer's file: `DNER`, version byte `1`, class count byte `5`, two zero bytes; the feature
/// count `n` (u32); `n` feature keys (u32, strictly increasing, non-zero); `n × 5` weights (i8, one row
/// per key). Errors name what is wrong. (Used by `build.rs` and the tests.)
#[cfg_attr(not(test), allow(dead_code))]
pub fn read_file(bytes: &[u8]) -> Result<Vec<Row>, String> {
    if bytes.len() < 12 || &bytes[..4] != b"DNER" || bytes[4] != 1 || bytes[5] != 5 {
        return Err("weights.bin: not a version-1, 5-class DNER file".into());
    }
    let n = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize;
    if bytes.len() != 12 + n * 4 + n * 5 {
        return Err(format!(
            "weights.bin: {} bytes, expected {} for {n} features",
            bytes.len(),
            12 + n * 9
        ));
    }
    let keys = bytes[12..12 + n * 4]
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
    let weights = bytes[12 + n * 4..]
        .chunks_exact(5)
        .map(|c| [c[0] as i8, c[1] as i8, c[2] as i8, c[3] as i8, c[4] as i8]);
    let rows: Vec<Row> = keys.zip(weights).collect();
    if rows.windows(2).any(|w| w[0].0 >= w[1].0) || rows.first().is_some_and(|r| r.0 == 0) {
        return Err("weights.bin: keys not strictly increasing and non-zero".into());
    }
    Ok(rows)
}

/// Converts the trainer's file to the compact form (see the module's docs), leaving out the rows
/// [`kept`] refuses at `below` (`build.rs` passes [`PRUNE_BELOW`]). (Used by `build.rs` and the tests.)
#[cfg_attr(not(test), allow(dead_code))]
pub fn compact(file: &[u8], below: u8) -> Result<Vec<u8>, String> {
    let rows: Vec<Row> = read_file(file)?
        .into_iter()
        .filter(|r| kept(r, below))
        .collect();
    let mut high = Vec::with_capacity(rows.len());
    let mut low = Vec::with_capacity(rows.len() * 2);
    let mut weights = Vec::with_capacity(rows.len() * 5);
    let mut prev = 0u32;
    for &(key, w) in &rows {
        let gap = key - prev;
        prev = key;
        let mut v = gap >> 16;
        while v >= 0x80 {
            high.push((v & 0x7f) as u8 | 0x80);
            v >>= 7;
        }
        high.push(v as u8);
        low.extend((gap as u16).to_le_bytes());
        weights.extend(w.iter().map(|&x| x as u8));
    }
    let mut out = (rows.len() as u32).to_le_bytes().to_vec();
    out.extend(high);
    out.extend(low);
    out.extend(weights);
    Ok(out)
}

/// Reads the compact form back into rows (keys strictly increasing). Errors name what is wrong.
pub fn expand(bytes: &[u8]) -> Result<Vec<Row>, String> {
    let bad = || "compact weights: truncated or malformed".to_string();
    let n = u32::from_le_bytes(
        bytes
            .get(..4)
            .ok_or_else(bad)?
            .try_into()
            .map_err(|_| bad())?,
    ) as usize;
    let mut at = 4;
    let mut high = Vec::with_capacity(n);
    for _ in 0..n {
        let mut v = 0u32;
        let mut shift = 0;
        loop {
            let b = *bytes.get(at).ok_or_else(bad)?;
            at += 1;
            v |= u32::from(b & 0x7f).checked_shl(shift).ok_or_else(bad)?;
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        high.push(v);
    }
    if bytes.len() != at + n * 7 {
        return Err(bad());
    }
    let low = bytes[at..at + n * 2].chunks_exact(2);
    let weights = bytes[at + n * 2..].chunks_exact(5);
    let mut key = 0u32;
    let mut rows = Vec::with_capacity(n);
    for ((h, l), w) in high.into_iter().zip(low).zip(weights) {
        let gap = (h << 16) | u32::from(u16::from_le_bytes([l[0], l[1]]));
        key = key.checked_add(gap).ok_or_else(bad)?;
        rows.push((
            key,
            [w[0] as i8, w[1] as i8, w[2] as i8, w[3] as i8, w[4] as i8],
        ));
    }
    Ok(rows)
}
