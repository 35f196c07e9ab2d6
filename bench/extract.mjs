// `dossier extract` (dates + entities) as a whole process against chrono-node (dates only) as a whole
// node process (bench/chrono-extract.mjs), on the same JSON Lines: one file per language made from a
// generated corpus, each line an article with its language and reference date. Not a test: it measures
// and writes target/bench/extract.json, which bench/report.mjs turns into BENCHMARKS.md. Run through
// scripts/bench.sh, which builds target/release/dossier and the corpus.
//
// Each process reads its JSON Lines from a file on stdin and writes its JSON Lines to /dev/null; the time
// is the process's CPU time (user + system, all its threads, start-up included: node's, chrono's import,
// Dossier's lexicons), from /proc/self/stat's children times (clock ticks); on a shared machine
// wall-clock time also counts the time other processes held the CPU. Best of repeated runs (at least
// three, at least DOSSIER_BENCH_MIN_MS, default 2000 ms); the best wall-clock time is kept beside it.
import { spawnSync, execFileSync } from "node:child_process";
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

const TICK = 1 / Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim() || 100);
/** CPU time (user + system) of the children this process has waited for, in seconds. */
function childrenCpu() {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the command name: state is field 3; cutime and cstime are fields 16 and 17.
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * TICK;
}

/** One run of `cmd args < input > out`: CPU and wall-clock seconds. */
function run(cmd, args, input, out = "/dev/null") {
  const fdIn = openSync(input, "r");
  const fdOut = openSync(out, "w");
  const cpu = childrenCpu();
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: [fdIn, fdOut, "inherit"] });
  const wall = (performance.now() - t) / 1000;
  const seconds = { cpu: childrenCpu() - cpu, wall };
  closeSync(fdIn);
  closeSync(fdOut);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} < ${input}: exit ${r.status}`);
  return seconds;
}

function best(cmd, args, input) {
  const best = { cpu: Infinity, wall: Infinity };
  const started = performance.now();
  for (let runs = 0; runs < 3 || performance.now() - started < MIN_MS; runs++) {
    const r = run(cmd, args, input);
    best.cpu = Math.min(best.cpu, r.cpu);
    best.wall = Math.min(best.wall, r.wall);
  }
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
    clock: "process CPU time",
    seconds: { dossier: dossier.cpu, chrono: chrono.cpu },
    wall_seconds: { dossier: dossier.wall, chrono: chrono.wall },
    mb_per_s: { dossier: set.text_bytes / 1e6 / dossier.cpu, chrono: set.text_bytes / 1e6 / chrono.cpu },
    ratio: chrono.cpu / dossier.cpu,
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
