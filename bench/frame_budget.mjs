// How long the page's longest task runs while it analyses one long article added through "Add
// articles" (issue 15: no step of the analysis should run longer than a frame's budget). Measures with
// the browser's Long Tasks API (PerformanceObserver "longtask", every task over 50 ms) in headless
// Chromium against dist/dossier.html. A measurement, not a test: prints the figures.
//
//   cargo xtask gen-long nl 1000000 target/long-nl.txt
//   node bench/frame_budget.mjs target/long-nl.txt
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { launch, openPage, settled } from "../tests/browser/harness.mjs";

const file = process.argv[2];
if (!file) throw new Error("usage: node bench/frame_budget.mjs ARTICLE.txt");
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
console.log(JSON.stringify({
  file: basename(file),
  bytes: readFileSync(file).length,
  wall_ms: wall,
  long_tasks: tasks.length,
  longest_ms: Math.round(tasks[0] ?? 0),
  top5_ms: tasks.slice(0, 5).map(Math.round),
  over_50ms_total_ms: Math.round(tasks.reduce((a, b) => a + b, 0)),
}));
await browser.close();
