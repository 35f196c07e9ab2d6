// Faults a new user met in the explorer, each checked in the built page: the first view opens on the
// dense dates (and fits the picked article), a From after To is explained, re-adding a file offers
// Replace / Keep both / Cancel, and what a link has that the page cannot use is named.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, openPage, addArticles, settled, ROOT, SEED_IDS } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const file = (name, text) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
// The window's first and last days (ISO, as data: the page shows them in words).
const axisWindow = async (page) => {
  const w = page.locator(".axis-window");
  return [await w.getAttribute("data-from"), await w.getAttribute("data-to")];
};

test("the first view is the dense dates, with outliers at the edges, and fits a picked article", async () => {
  const { page, errors } = await openPage(browser, { viewport: { width: 1400, height: 900 } });
  // Nine added articles of May 2020, two of them about 1983 and 2031.
  const added = [];
  for (let i = 1; i <= 9; i++) {
    const about = i === 1 ? " Het plan werd in 1983 bedacht." : i === 2 ? " Het moet klaar zijn in 2031." : "";
    added.push(file(`gemeente-${i}.txt`, ` date 2020-05-1${i}\nDe raad besliste op 1${i} mei over de begroting.${about}\n`));
  }
  await addArticles(page, added);
  const [from, to] = await axisWindow(page);
  assert.ok(from >= "2019-01-01" && to <= "2021-06-30", `${from} – ${to}`);
  // 1983 and 2031 are counted in the edge markers.
  assert.match(await page.locator(".axis-edge-before").textContent(), /\d+ earlier/);
  assert.match(await page.locator(".axis-edge-after").textContent(), /\d+ later/);
  // One article picked: the axis fits its dates (May 2020).
  await page.locator(".filter-panel .select-field select").selectOption("gemeente-5");
  await page.waitForFunction(() => document.querySelector(".axis-window")?.dataset.from.startsWith("2020-05"));
  const [a, b] = await axisWindow(page);
  assert.ok(a >= "2020-04-01" && b <= "2020-06-30", `${a} – ${b}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a From after To is explained next to the inputs, and can be swapped", async () => {
  const { page, errors } = await openPage(browser);
  await page.getByLabel("From", { exact: true }).fill("2020-02-11");
  await page.getByLabel("To", { exact: true }).fill("2020-01-01");
  const problem = page.locator("#date-range-problem");
  await problem.waitFor();
  assert.equal(await problem.getAttribute("role"), "alert");
  assert.match(await problem.textContent(), /From \(11 February 2020\) is after To \(1 January 2020\)/);
  assert.equal(await page.getByLabel("From", { exact: true }).getAttribute("aria-invalid"), "true");
  assert.equal(await page.getByLabel("To", { exact: true }).getAttribute("aria-describedby"), "date-range-problem");
  // Nothing found says so too.
  assert.match(await page.locator(".no-results-range").textContent(), /is after To/);
  await page.getByRole("button", { name: "Swap From and To" }).click();
  await problem.waitFor({ state: "detached" });
  assert.equal(await page.getByLabel("From", { exact: true }).inputValue(), "2020-01-01");
  assert.equal(await page.getByLabel("To", { exact: true }).inputValue(), "2020-02-11");
  await page.locator(".event-card").first().waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a file already in the page offers Replace, Keep both and Cancel", async () => {
  const { page, errors } = await openPage(browser, { hash: "#view=articles" });
  const first = " date 2021-06-02\nHet waterschap meldde op 1 juni dat de Maas steeg.\n";
  const second = " date 2021-06-03\nDe Maas daalde op 3 juni weer.\n";
  await addArticles(page, [file("river.txt", first)]);
  const items = page.locator(".article-item");
  assert.equal(await items.count(), 6);
  const input = page.getByLabel("Add articles");
  const clash = page.locator(".add-clash");

  // Cancel: nothing changes.
  await input.setInputFiles([file("river.txt", second)]);
  await clash.waitFor();
  assert.match(await clash.textContent(), /river\.txt has the same article id as river\.txt, already in the page/);
  assert.equal(await page.locator(".add-clashes").getAttribute("role"), "alert");
  await clash.getByRole("button", { name: "Cancel adding river.txt" }).click();
  await clash.waitFor({ state: "detached" });
  assert.equal(await items.count(), 6);

  // Keep both: the new one comes in under a free id.
  await input.setInputFiles([file("river.txt", second)]);
  await clash.getByRole("button", { name: "Keep both (add as river-2)" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".article-item").length === 7);
  await settled(page);
  assert.equal(await page.locator('.article-item[data-article-id="river-2"]').count(), 1);

  // Replace: the article added before takes the new text, in its place.
  await input.setInputFiles([file("river.txt", second)]);
  await clash.getByRole("button", { name: "Replace river.txt" }).click();
  await clash.waitFor({ state: "detached" });
  await settled(page);
  assert.equal(await items.count(), 7);
  await page.locator('.article-item[data-article-id="river"]').click();
  await page.locator(".reader", { hasText: "De Maas daalde" }).waitFor();

  // One of the page's own articles cannot be replaced: Keep both and Cancel only.
  const seed = readFileSync(join(ROOT, "seeds", `${SEED_IDS[0]}.txt`));
  await input.setInputFiles([{ name: `${SEED_IDS[0]}.txt`, mimeType: "text/plain", buffer: seed }]);
  await clash.waitFor();
  assert.match(await clash.textContent(), /cannot be replaced/);
  assert.equal(await clash.getByRole("button", { name: /^Replace/ }).count(), 0);
  await clash.getByRole("button", { name: /^Cancel/ }).click();
  await clash.waitFor({ state: "detached" });

  // Several at once: one choice for all of them.
  await input.setInputFiles([file("river.txt", first), { name: `${SEED_IDS[0]}.txt`, mimeType: "text/plain", buffer: seed }]);
  const all = page.getByRole("group", { name: /2 files have an article id already in the page/ });
  await all.waitFor();
  assert.equal(await page.locator(".add-clash").count(), 3);
  await all.getByRole("button", { name: "Keep all" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".article-item").length === 9);
  await settled(page);
  assert.equal(await page.locator(".add-clash").count(), 0);
  assert.equal(await page.locator(`.article-item[data-article-id="${SEED_IDS[0]}-2"]`).count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("what a link has that the page cannot use is named in a dismissible notice", async () => {
  const { page, errors } = await openPage(browser, { hash: "#lang=nl,xx&colour=red&from=2020-13-01" });
  const notice = page.locator(".fragment-ignored");
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /lang=xx \(not a language: nl, fr or en\)/);
  assert.match(text, /colour=red \(not a setting of this page\)/);
  assert.match(text, /from=2020-13-01 \(not a date/);
  // The rest of the link still applies.
  assert.equal(await page.getByRole("checkbox", { name: "Dutch" }).isChecked(), true);
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await notice.waitFor({ state: "detached" });
  // An edited link is read again.
  await page.evaluate(() => { location.hash = "#view=map"; });
  await notice.waitFor();
  assert.match(await notice.textContent(), /view=map \(not a view/);
  // A clean link that leads elsewhere takes the notice away.
  await page.evaluate(() => { location.hash = "#lang=fr"; });
  await notice.waitFor({ state: "detached" });
  assert.equal(await page.getByRole("checkbox", { name: "French" }).isChecked(), true);
  assert.deepEqual(errors, []);
  await page.close();
});
