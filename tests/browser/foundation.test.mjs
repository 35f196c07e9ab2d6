// The built explorer in headless Chromium: the single file from file://, and the release dist/ served
// under a sub-path on 127.0.0.1. Both list the five seed articles with their languages, and choosing one
// shows its text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serve, watchErrors, SINGLE_FILE_URL, DIST } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const EXPECTED_LANGS = ["nl", "nl", "fr", "en", "en"];

async function checkExplorer(page) {
  await page.getByRole("button", { name: "Articles", exact: true }).click();
  const items = page.locator(".article-item");
  await items.first().waitFor({ timeout: 30_000 });
  assert.equal(await items.count(), 5);
  const langs = await page.locator(".article-item .lang-badge").allTextContents();
  assert.deepEqual(langs.map((l) => l.trim()), EXPECTED_LANGS);
  const titles = await page.locator(".article-item .article-title").allTextContents();
  assert.equal(titles[2], "Amazon cherche un accord avec Microsoft pour le cloud du Pentagone");

  await page.locator('.article-item[data-article-id^="003"]').click();
  const reader = page.getByRole("region", { name: "Article" });
  await reader.getByRole("heading", { level: 2 }).waitFor();
  assert.match(await reader.locator(".reader-title").textContent(), /cloud contract with the Pentagon/);
  assert.match(await reader.textContent(), /In two months, it will be a year since the Pentagon named Microsoft/);
  const dimmed = await reader.locator(".reader-boilerplate").allTextContents();
  assert.ok(dimmed.some((t) => t.includes("Leave a Comment")), `boilerplate shown dimmed: ${dimmed}`);
  assert.equal(await page.locator('.article-item[aria-current="true"]').getAttribute("data-article-id"), "003_cdcbea80cec60ce5");
}

test("the single file opened from file:// lists the five articles and shows the chosen one", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL);
  await checkExplorer(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the release dist/ served under a sub-path on 127.0.0.1 works the same", async () => {
  const server = await serve(DIST, { prefix: "/wiki/tools/dossier/" });
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await checkExplorer(page);
    assert.deepEqual(errors, []);
    assert.ok(server.requests.every((p) => p.startsWith("/wiki/tools/dossier/")), `requests: ${server.requests}`);
    await page.close();
  } finally {
    await server.close();
  }
});

test("start-up shows the analysis progress or the result, never a blank page", async () => {
  const page = await browser.newPage();
  await page.goto(SINGLE_FILE_URL);
  await page.locator(".loading progress, .event-card").first().waitFor({ timeout: 30_000 });
  await page.locator(".event-card").first().waitFor({ timeout: 30_000 });
  assert.equal(await page.locator(".loading").count(), 0, "the progress goes away when done");
  await page.close();
});
