// Own articles that stay (issue 18): added articles are kept in this browser (IndexedDB) and restored on
// load with a note; each can be removed, or all at once; any article, embedded ones included, can be
// hidden from every view and shown again; a link that names articles absent from the page says so.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, addArticles, ferryFiles, settled, restored, kept, SEED_IDS } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const articles = (page) => page.locator(".article-item").evaluateAll((items) => items.map((i) => i.dataset.articleId));
const count = async (page) => Number((await page.locator(".timeline-count").textContent()).match(/^(\d+)/)[1]);

test("added articles are kept in this browser and restored on load, with a note", async () => {
  const { page, errors } = await openPage(browser, { hash: "#view=articles" });
  await addArticles(page, ferryFiles(["nl-02-staking.txt", "en-02-strike.txt"]));
  assert.match(await page.locator(".added-note").textContent(), /2 articles you added are kept in this browser only/);
  await kept(page, 2);
  await page.reload();
  await restored(page);
  // The kept articles come back (read from IndexedDB, then analysed): wait for them, however slow.
  await page.waitForFunction(() => document.querySelector(".app-tagline")?.textContent === "7 articles", null, { timeout: 30_000 });
  await settled(page);
  assert.deepEqual((await articles(page)).slice(5), ["en-02-strike", "nl-02-staking"], "in the order added");
  assert.match(await page.locator(".added-note").textContent(), /2 articles you added are kept in this browser only \(2 restored when the page opened\)/);
  assert.equal(await page.locator(".added-badge").count(), 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("each added article can be removed, or all at once, and stays removed after a reload", async () => {
  const { page } = await openPage(browser, { hash: "#view=articles" });
  await addArticles(page, ferryFiles(["nl-02-staking.txt", "en-02-strike.txt", "fr-02-manifestation.txt"]));
  await page.getByRole("button", { name: "Remove en-02-strike.txt" }).click();
  await page.locator(".article-item").nth(6).waitFor();
  assert.equal(await page.locator(".article-item").count(), 7);
  await page.reload();
  await restored(page);
  await page.waitForFunction(() => document.querySelectorAll(".article-item").length === 7, null, { timeout: 30_000 });
  await settled(page);
  assert.deepEqual((await articles(page)).slice(5), ["fr-02-manifestation", "nl-02-staking"]);
  await page.getByRole("button", { name: "Remove all 2 added" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".article-item").length === 5);
  await page.reload();
  await restored(page);
  assert.deepEqual(await articles(page), SEED_IDS);
  assert.equal(await page.locator(".added-note").count(), 0);
  await page.close();
});

test("any article, an embedded one included, can be hidden from every view and shown again", async () => {
  const { page, errors } = await openPage(browser);
  await addArticles(page, ferryFiles(["fr-02-manifestation.txt"]));
  const total = await count(page);
  const hidden = "002_3df8e90182d96ef8";
  await page.getByRole("button", { name: "Articles", exact: true }).click();
  await page.getByRole("button", { name: `Hide ${hidden}.txt` }).click();
  await page.getByRole("button", { name: "Hide fr-02-manifestation.txt" }).click();
  assert.match(await page.locator(".hidden-note").textContent(), /2 articles are hidden/);
  assert.match(page.url(), new RegExp(`hide=${hidden}`));
  await page.getByRole("button", { name: "Timeline", exact: true }).click();
  await page.locator(".event-card").first().waitFor();
  const shown = await count(page);
  assert.ok(shown < total, `${shown} of ${total}`);
  // No card, source or export names a hidden article.
  const ids = await page.locator(".event-card").evaluateAll((cs) => cs.map((c) => c.dataset.event));
  assert.ok(ids.every((id) => !id.startsWith(hidden) && !id.startsWith("fr-02")), ids.join());
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  const options = await page.getByRole("combobox", { name: "Left article" }).locator("option").evaluateAll((os) => os.map((o) => o.value));
  assert.ok(!options.includes(hidden) && !options.includes("fr-02-manifestation"), options.join());
  // Shown again.
  await page.getByRole("button", { name: "Articles", exact: true }).click();
  await page.getByRole("button", { name: "Show all" }).click();
  await page.getByRole("button", { name: "Timeline", exact: true }).click();
  await page.locator(".event-card").first().waitFor();
  assert.equal(await count(page), total);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a link that names articles absent from the page says so, and works once they are added", async () => {
  const link = "#view=compare&left=nl-02-staking&right=en-02-strike";
  const { page, errors } = await openPage(browser, { hash: link });
  const notice = page.locator(".absent-articles");
  await notice.waitFor();
  const said = await notice.textContent();
  assert.match(said, /This link names articles not in this page: /);
  assert.ok(said.includes("nl-02-staking") && said.includes("en-02-strike"), said);
  const left = page.getByRole("combobox", { name: "Left article" });
  assert.match(await left.locator("option:checked").textContent(), /nl-02-staking — not in this page/);
  await addArticles(page, ferryFiles(["nl-02-staking.txt", "en-02-strike.txt"]));
  await notice.waitFor({ state: "detached" });
  assert.equal(await left.inputValue(), "nl-02-staking");
  assert.equal(await page.getByRole("combobox", { name: "Right article" }).inputValue(), "en-02-strike");
  await page.getByRole("region", { name: "Summary" }).waitFor();
  // The same link in this browser later opens the comparison at once: the articles are kept.
  const again = await browser.newPage();
  await again.goto(page.url());
  await settled(again);
  await again.getByRole("region", { name: "Summary" }).waitFor();
  assert.equal(await again.locator(".absent-articles").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
  await again.close();
});
