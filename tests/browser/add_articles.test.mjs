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
