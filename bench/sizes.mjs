// What the code, the lexicons (gazetteers among them), the embedded corpus and any model weights cost in
// the single file. Used by bench/browser.mjs (sizes) and bench/report.mjs (the size table).
//
// The wasm is split by section (code, data, the rest). Each data file of the analysis is looked up in the
// wasm's data section (`include_str!` embeds it verbatim); its cost in the single file is estimated as
// gzip -9 of the files of one part together, times 8/7 for base-122 (the single file carries the wasm
// gzipped with zopfli, then base-122-encoded: 7 bits a byte, xtask/src/embed.rs). The estimates do not add up exactly to the single file:
// parts compress a little better together than apart.
//
// PARTS lists the data of the analysis by kind. A new data file under src/analysis/lexicons/ that no part
// claims shows up as "other data files"; a future gazetteer or model adds its own part here (name and
// file pattern), and the table gets its row.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export const PARTS = [
  { part: "date lexicons", test: (p) => /lexicons\/[^/]+\/dates\.txt$/.test(p) },
  { part: "entity cues and hand-kept names (entities.txt)", test: (p) => /lexicons\/[^/]+\/entities\.txt$/.test(p) },
  { part: "given names (lexicons)", test: (p) => /lexicons\/[^/]+\/given_names\.txt$/.test(p) },
  { part: "stop words (language detection)", test: (p) => /lexicons\/[^/]+\/stopwords\.txt$/.test(p) },
  { part: "boilerplate cues", test: (p) => /lexicons\/[^/]+\/boilerplate\.txt$/.test(p) },
  { part: "generated gazetteer (the table build.rs compiles from src/analysis/gazetteer/data)", test: (p) => /\/out\/gazetteer\.txt$/.test(p) },
  // The typer's weights are embedded in the compact form build.rs writes (OUT_DIR/weights.compact), not
  // as model/weights.bin.
  { part: "model weights", test: (p) => /\/out\/weights\.compact$|(^|\/)(models?|weights)\/|\.(weights|bin|onnx|safetensors)$/.test(p) },
  { part: "other data files", test: () => true },
];

/** Data files that may be embedded: the lexicons, model folders, and what build scripts generate. */
function candidateFiles(root) {
  const built = walk(join(root, "target"), (dir) => !/\/(deps|incremental|\.fingerprint|bench|golden|long)$/.test(dir))
    .filter((f) => /\/out\/[^/]+\.(txt|bin|tsv|json|compact)$/.test(f));
  return [
    ...walk(join(root, "src", "analysis", "lexicons")),
    ...walk(join(root, "models")),
    // A model folder's README (its provenance) is not embedded.
    // nor its sources; a model file the build converts (weights.bin) is left out below when the wasm
    // does not hold its bytes.
    ...walk(join(root, "src"), () => true).filter((f) => /(^|\/)(models?|weights)\/|\.(weights|bin|onnx|safetensors)$/.test(relative(root, f)) && !/\.(md|rs)$/.test(f)),
    ...built,
  ];
}

/** Every file under `dir`, recursively, into the folders `enter` accepts. */
function walk(dir, enter = () => true) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return enter(path) ? walk(path, enter) : [];
    return e.isFile() ? [path] : [];
  });
}

/** The wasm's sections: id, name (custom sections), payload offset and size. */
export function wasmSections(wasm) {
  const sections = [];
  let at = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = wasm[at++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) return result;
    }
  };
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    const start = at;
    let name = null;
    if (id === 0) {
      const n = leb();
      name = wasm.subarray(at, at + n).toString("utf8");
    }
    sections.push({ id, name, start, size });
    at = start + size;
  }
  return sections;
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const inSingleFile = (gzipBytes) => Math.round((gzipBytes * 8) / 7);

/**
 * The size table for the wasm in `dist` and the data files of the analysis under `root`.
 * Rows: { part, files, raw_bytes, gzip_bytes, single_file_bytes (estimate), verbatim (all files found
 * verbatim in the wasm's data) }.
 */
export function sizeTable(root, wasm, corpusDir) {
  const sections = wasmSections(wasm);
  const slice = (s) => wasm.subarray(s.start, s.start + s.size);
  const code = sections.filter((s) => s.id === 10);
  const data = sections.filter((s) => s.id === 11);
  const dataBuf = Buffer.concat(data.map(slice));
  const rows = [];
  const row = (part, bufs, files, verbatim) => {
    const all = Buffer.concat(bufs);
    rows.push({ part, files, raw_bytes: all.length, gzip_bytes: all.length ? gz(all) : 0, single_file_bytes: all.length ? inSingleFile(gz(all)) : 0, verbatim });
  };
  row("code (wasm code section: the analysis, Yew, serde, std)", code.map(slice), null, null);
  // Generated files are found in the build folders; of several copies, only one whose bytes the wasm
  // holds counts (the others are other builds).
  const inWasm = new Map();
  const dataFiles = [];
  for (const f of candidateFiles(root)) {
    const generated = f.includes("/target/");
    const bytes = readFileSync(f);
    if (!generated && /\.bin$/.test(f) && !dataBuf.includes(bytes)) continue;
    if (generated) {
      const name = f.replace(/^.*\/out\//, "");
      if (inWasm.has(name) || !bytes.length || !dataBuf.includes(bytes)) continue;
      inWasm.set(name, f);
    }
    dataFiles.push(f);
  }
  const claimed = new Set();
  // Bytes of the data section that belong to a data file or an embedded article.
  const used = new Uint8Array(dataBuf.length);
  const mark = (buf) => {
    const at = buf.length ? dataBuf.indexOf(buf) : -1;
    if (at >= 0) used.fill(1, at, at + buf.length);
    return at >= 0;
  };
  for (const { part, test } of PARTS) {
    const files = dataFiles.filter((f) => !claimed.has(f) && test(relative(root, f)));
    files.forEach((f) => claimed.add(f));
    const bufs = files.map((f) => readFileSync(f));
    if (!files.length && part === "other data files") continue;
    const verbatim = bufs.map(mark).every(Boolean);
    row(part, bufs, files.map((f) => relative(root, f)), files.length ? verbatim : null);
  }
  if (corpusDir && existsSync(corpusDir)) {
    const files = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).map((f) => join(corpusDir, f));
    const bufs = files.map((f) => readFileSync(f));
    const verbatim = bufs.map(mark).every(Boolean);
    row(`embedded corpus (${relative(root, corpusDir)}, ${files.length} articles)`, bufs, null, verbatim);
  }
  const rest = Buffer.from(dataBuf.filter((_, i) => !used[i]));
  row("other static data (strings, tables, Unicode data)", [rest], null, null);
  const other = sections.filter((s) => s.id !== 10 && s.id !== 11);
  row("other sections (types, imports, exports, names)", other.map(slice), null, null);
  return { wasm_bytes: wasm.length, wasm_gzip_bytes: gz(wasm), rows };
}

/** The wasm Trunk wrote into `dist`. */
export function distWasm(dist) {
  const name = readdirSync(dist).find((f) => f.endsWith("_bg.wasm"));
  return { name, bytes: readFileSync(join(dist, name)), mtime: statSync(join(dist, name)).mtimeMs };
}
