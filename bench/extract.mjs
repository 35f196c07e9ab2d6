// `dossier extract` (dates + entities) as a whole process against chrono-node (dates only) as a whole
// node process (bench/chrono-extract.mjs), on the same JSON Lines: one file per language made from a
// generated corpus, each line an article with its language and reference date. Not a test: it measures
// and writes target/bench/extract.json, which bench/report.mjs turns into BENCHMARKS.md. Run through
// scripts/bench.sh, which builds target/release/dossier and the corpus.
//
// Each process reads its JSON Lines from a file on stdin and writes its JSON Lines to /dev/null; the time
// is wall-clock from spawn to exit (start-up included: node's, chrono's import, Dossier's lexicons), the
// best of repeated runs (at least three, at least DOSSIER_BENCH_MIN_MS, default 2000 ms).
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, mkdirSync, openSync, closeSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BENCH = join(ROOT, "target", "bench");
const CORPUS = process.env.DOSSIER_BENCH_EXTRACT_CORPUS || join(BENCH, "corpus-1000");
const DOSSIER = join(ROOT, "target", "release", "dossier");
const CHRONO = join(ROOT, "bench", "chrono-extract.mjs");
const MIN_MS = Number(process.env.DOSSIER_BENCH_MIN_MS || 2000);

/** The corpus as JSON Lines per language: the text after the header, the header's date as reference. */
function jsonLines() {
  const analysis = spawnSync(DOSSIER, ["analyze", CORPUS], { maxBuffer: 1 << 30, encoding: "utf8" });
  if (analysis.status !== 0) throw new Error(`dossier analyze ${CORPUS}: ${analysis.stderr}`);
  const langOf = new Map(JSON.parse(analysis.stdout).articles.map((a) => [a.file, a.lang]));
  const byLang = {};
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort()) {
    const lang = langOf.get(file);
    if (!["nl", "fr", "en"].includes(lang)) continue;
    const raw = readFileSync(join(CORPUS, file), "utf8");
    const header = raw.match(/^\uFEFF?\s*date\s+(\d{4}-\d{2})(-\d{2})?[ \t]*\n?/);
    const text = header ? raw.slice(header[0].length) : raw;
    const reference = header ? `${header[1]}${header[2] || "-15"}` : "2020-01-15";
    (byLang[lang] ||= []).push(JSON.stringify({ id: file, text, lang, reference }));
  }
  mkdirSync(join(BENCH, "jsonl"), { recursive: true });
  return Object.entries(byLang).map(([lang, lines]) => {
    const path = join(BENCH, "jsonl", `${lang}.jsonl`);
    const body = lines.join("\n") + "\n";
    writeFileSync(path, body);
    const textBytes = lines.reduce((n, l) => n + Buffer.byteLength(JSON.parse(l).text), 0);
    return { lang, path, lines: lines.length, file_bytes: Buffer.byteLength(body), text_bytes: textBytes };
  });
}

/** One run of `cmd args < input > out`; wall-clock seconds. */
function run(cmd, args, input, out = "/dev/null") {
  const fdIn = openSync(input, "r");
  const fdOut = openSync(out, "w");
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: [fdIn, fdOut, "inherit"] });
  const seconds = (performance.now() - t) / 1000;
  closeSync(fdIn);
  closeSync(fdOut);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} < ${input}: exit ${r.status}`);
  return seconds;
}

function best(cmd, args, input) {
  let best = Infinity;
  const started = performance.now();
  for (let runs = 0; runs < 3 || performance.now() - started < MIN_MS; runs++) best = Math.min(best, run(cmd, args, input));
  return best;
}

/** What each side found, counted from one run's output. */
function found(cmd, args, input, field) {
  const out = join(BENCH, "jsonl", "out.jsonl");
  run(cmd, args, input, out);
  return readFileSync(out, "utf8").split("\n").filter(Boolean).reduce((n, l) => n + (JSON.parse(l)[field]?.length ?? 0), 0);
}

const rows = [];
for (const set of jsonLines()) {
  const dossier = best(DOSSIER, ["extract"], set.path);
  const chrono = best(process.execPath, [CHRONO], set.path);
  const row = {
    ...set,
    seconds: { dossier, chrono },
    mb_per_s: { dossier: set.text_bytes / 1e6 / dossier, chrono: set.text_bytes / 1e6 / chrono },
    ratio: chrono / dossier,
    found: {
      dossier_timex: found(DOSSIER, ["extract"], set.path, "timex"),
      dossier_entities: found(DOSSIER, ["extract"], set.path, "entities"),
      chrono_dates: found(process.execPath, [CHRONO], set.path, "dates"),
    },
  };
  console.error(JSON.stringify(row));
  rows.push(row);
}
const report = { corpus: CORPUS.replace(ROOT + "/", ""), node: process.version, rows };
writeFileSync(join(BENCH, "extract.json"), JSON.stringify(report, null, 2));
console.error(`wrote ${join(BENCH, "extract.json")}`);
