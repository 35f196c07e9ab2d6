// How long the page's longest task runs while it analyses one long article added through "Add
// articles" (issue 15: no step of the analysis should run longer than a frame's budget). Measures with
// the browser's Long Tasks API (PerformanceObserver "longtask", every task over 50 ms) in headless
// Chromium against dist/dossier.html. A measurement, not a test: prints the figures and writes them
// to target/bench/frame_budget.json (one entry per article, by file name, kept across runs), which
// bench/report.mjs reads for the row "longest step of the page's analysis for a 1 MB article".
//
//   cargo xtask gen-long nl 1000000 target/long-nl.txt
//   node bench/frame_budget.mjs target/long-nl.txt [LABEL]
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { execFileSync } from "node:child_process";
import { launch, openPage, settled, ROOT } from "../tests/browser/harness.mjs";

const file = process.argv[2];
const label = process.argv[3] ?? "after";
if (!file) throw new Error("usage: node bench/frame_budget.mjs ARTICLE.txt [LABEL]");
const browser = await launch();
const { page } = await openPage(browser);
await page.evaluate(() => {
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); })
    .observe({ type: "longtask", buffered: false });
});
const started = Date.now();
await page.getByLabel("Add articles").setInputFiles([{ name: basename(file), mimeType: "text/plain", buffer: readFileSync(file) }]);
await page.waitForFunction(() => document.querySelector(".app-tagline")?.textContent.startsWith("6 "), null, { timeout: 600_000 });
await settled(page);
const wall = Date.now() - started;
const tasks = await page.evaluate(() => window.longTasks);
tasks.sort((a, b) => b - a);
let commit = "";
try { commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim(); } catch { /* not a checkout */ }
const result = {
  file: basename(file),
  bytes: readFileSync(file).length,
  label,
  commit,
  measured: new Date().toISOString(),
  wall_ms: wall,
  long_tasks: tasks.length,
  longest_ms: Math.round(tasks[0] ?? 0),
  top5_ms: tasks.slice(0, 5).map(Math.round),
  over_50ms_total_ms: Math.round(tasks.reduce((a, b) => a + b, 0)),
};
console.log(JSON.stringify(result));
await browser.close();

const out = join(ROOT, "target", "bench", "frame_budget.json");
mkdirSync(join(ROOT, "target", "bench"), { recursive: true });
const kept = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : {};
kept[`${label}:${result.file}`] = result;
writeFileSync(out, JSON.stringify(kept, null, 2) + "\n");
