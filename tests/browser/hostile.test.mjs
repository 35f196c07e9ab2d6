// Hostile article text (script tags, event handlers, javascript: links, </textarea>, entities, formula
// cells) in a corpus built for this test: nothing runs, everything is shown literally in the reader,
// the timeline and the comparison, and the CSV export escapes cells that would start a formula.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, watchErrors, ROOT } from "./harness.mjs";

const FILE = join(ROOT, "target", "hostile-dist", "dossier.html");
const URL = pathToFileURL(FILE).href;

let browser;
before(async () => {
  if (!existsSync(FILE)) throw new Error(`${FILE} is missing: scripts/test.sh builds it`);
  browser = await launch();
});
after(async () => { await browser?.close(); });

test("hostile text is shown as text everywhere and never runs", async () => {
  const page = await browser.newPage();
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  const errors = watchErrors(page);
  await page.goto(URL);
  await page.locator(".event-card").first().waitFor({ timeout: 30_000 });
  const sentences = await page.locator(".event-sentence").allTextContents();
  assert.ok(sentences.some((s) => s.includes('<a href="javascript:window.__pwned=true">this link</a>')), sentences.join("\n"));
  assert.equal(await page.locator(".event-list a, .event-list img, .event-list script").count(), 0);

  await page.getByRole("button", { name: "Articles", exact: true }).click();
  await page.locator(".article-item").filter({ hasText: "HYPERLINK" }).click();
  const reader = page.getByRole("region", { name: "Article" });
  await reader.waitFor();
  const text = await reader.textContent();
  for (const literal of ["<script>window.__pwned = true</script>", '<img src=x onerror="window.__pwned=true">', "</textarea><b>bold</b>", "&amp; &lt;tag&gt;"]) {
    assert.ok(text.includes(literal), `${literal} shown literally`);
  }
  assert.equal(await reader.locator("script, img, a[href], textarea, b").count(), 0, "no markup from the article");

  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.getByRole("combobox", { name: "Left article" }).selectOption({ index: 1 });
  await page.getByRole("combobox", { name: "Right article" }).selectOption({ index: 2 });
  await page.locator(".compare-columns .reader").first().waitFor();
  assert.equal(await page.locator(".compare-columns").locator("script, img, a[href]").count(), 0);

  await page.getByRole("button", { name: "Timeline", exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  const csv = readFileSync(await download.path(), "utf8");
  const cells = csv.split("\n").slice(1).filter(Boolean).flatMap((row) => row.match(/("([^"]|"")*"|[^,]*)/g).filter((c) => c !== ""));
  const bare = cells.map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
  assert.ok(bare.every((c) => !/^[=+\-@]/.test(c)), bare.filter((c) => /^[=+\-@]/.test(c)).join(" | "));
  assert.ok(bare.some((c) => c.startsWith("'=HYPERLINK")), "the formula-like headline is escaped, not dropped");

  assert.equal(await page.evaluate(() => window.__pwned), undefined, "no article script ran");
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await page.close();
});
