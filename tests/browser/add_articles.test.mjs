// Bringing your own articles: picking two files, one valid and one not UTF-8, adds one article (marked as
// added, joining the timeline) and shows one clear error naming the other; the added article can be
// removed again. Nothing leaves the machine.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, watchErrors, SINGLE_FILE_URL } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("one valid file is added, one bad file is named, and the added one can be removed", async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL);
  await page.locator(".event-card").first().waitFor({ timeout: 30_000 });
  const before = await page.getByRole("status").first().textContent();
  await page.getByLabel("Add articles").setInputFiles([
    { name: "river-report.txt", mimeType: "text/plain", buffer: Buffer.from(" date 2021-06-02 Het waterschap meldde op 1 juni dat de Maas steeg. Volgende week volgt een besluit.\n") },
    { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]) },
  ]);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /latin1\.txt:1: is not valid UTF-8/);
  const after = await page.getByRole("status").first().textContent();
  assert.notEqual(after, before, "the added article's dates join the timeline");

  await page.getByRole("button", { name: "Articles", exact: true }).click();
  assert.equal(await page.locator(".article-item").count(), 6);
  assert.equal(await page.locator(".added-badge").count(), 1);
  await page.getByRole("button", { name: "Remove river-report.txt" }).click();
  // The corpus is analysed again in slices, with progress shown, then the list comes back.
  await page.locator(".article-item").first().waitFor();
  assert.equal(await page.locator(".article-item").count(), 5);
  assert.equal(await page.locator(".added-badge").count(), 0);
  assert.ok(requests.every((u) => u.startsWith(SINGLE_FILE_URL) || u.startsWith("data:")), requests.join());
  assert.deepEqual(errors, []);
  await page.close();
});

test("the app works when localStorage throws", async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL + "#lang=fr");
  await page.locator(".event-card").first().waitFor({ timeout: 30_000 });
  assert.equal(await page.getByRole("checkbox", { name: "French" }).isChecked(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the 'not added' message has Dismiss, goes when a good file is added, and leaves the header as it was", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL);
  await page.locator(".event-card").first().waitFor({ timeout: 30_000 });
  const button = page.locator(".add-articles-button");
  const header = page.locator(".app-header");
  const [buttonBefore, headerBefore] = [await button.boundingBox(), await header.boundingBox()];
  const bad = { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]) };
  await page.getByLabel("Add articles").setInputFiles([bad]);
  const box = page.locator(".add-errors");
  await box.waitFor();
  assert.match(await box.textContent(), /latin1\.txt/);
  // "Add articles" stays on one line and the header keeps its height.
  assert.equal((await button.boundingBox()).height, buttonBefore.height);
  assert.equal((await header.boundingBox()).height, headerBefore.height);
  // It stays while the views change, until dismissed.
  await page.getByRole("button", { name: "Articles", exact: true }).click();
  assert.equal(await box.count(), 1);
  await box.getByRole("button", { name: "Dismiss" }).click();
  assert.equal(await box.count(), 0);
  // A bad file, then a good one: the message goes.
  await page.getByLabel("Add articles").setInputFiles([bad]);
  await box.waitFor();
  await page.getByLabel("Add articles").setInputFiles([
    { name: "vague-fr.txt", mimeType: "text/plain", buffer: Buffer.from(" date 2026-01-23\nLe conseil vote\n\nIl y a près de trois ans, le conseil municipal a voté le budget.\n") },
  ]);
  await page.locator('.article-item[data-article-id="vague-fr"]').waitFor();
  assert.equal(await box.count(), 0);
  // A vague expression reads "about …", in the reader's text and its list of dates; the TIMEX3 as data.
  await page.locator('.article-item[data-article-id="vague-fr"]').click();
  const mark = page.locator(".reader mark.mark-date").first();
  await mark.waitFor();
  assert.match(await mark.getAttribute("title"), /^about 23 January 2023\b/);
  const item = page.locator(".reader-dates li").first();
  assert.match(await item.getAttribute("data-timex"), /^DATE 2023-01-23 APPROX$/);
  assert.match(await item.locator("data.timex-value").textContent(), /^about 23 January 2023$/);
  assert.doesNotMatch(await item.getAttribute("title"), /TIMEX3|APPROX|\d{4}-\d{2}/);
  await page.getByRole("button", { name: "Remove vague-fr.txt" }).click();
  await page.locator(".article-item").first().waitFor();
  assert.equal(await page.locator(".added-badge").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
