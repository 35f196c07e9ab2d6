// A generated corpus of 400 articles (built by scripts/test.sh into target/scale-dist): the event list
// renders a page of cards and more on demand, the keyboard reaches the last event, the axis switches to
// counts per stretch of time and zooms on a click, search narrows the list, and window.dossier analyses
// text in the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, watchErrors, ROOT } from "./harness.mjs";

const FILE = pathToFileURL(join(ROOT, "target", "scale-dist", "dossier.html")).href;
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open() {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(FILE);
  await page.locator(".event-card").first().waitFor({ timeout: 60_000 });
  await page.locator(".loading").waitFor({ state: "detached", timeout: 60_000 });
  return { page, errors };
}

const total = async (page) => Number((await page.locator(".timeline-count").textContent()).match(/of (\d+) events/)[1]);

test("the list renders one page of cards, and more when asked or scrolled to", async () => {
  const { page, errors } = await open();
  const events = await total(page);
  assert.ok(events > 400, `a corpus this size has hundreds of events (${events})`);
  // A page is 20 cards; more come only when the end of the list is near.
  const first = await page.locator(".event-card").count();
  assert.ok(first >= 20 && first % 20 === 0 && first < events, `${first} of ${events} cards rendered`);
  // Asked from the keyboard: scrolled into view, the button may already bring more (the end is near) and
  // move down before a pointer could reach it; the focus stays on it.
  await page.getByRole("button", { name: new RegExp(`Show more \\(${first} of \\d+ events shown\\)`) }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => document.querySelectorAll(".event-card").length >= n + 20, first);
  const after = await page.locator(".event-card").count();
  await page.locator(".event-list-more").scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => document.querySelectorAll(".event-card").length > n, after);
  assert.deepEqual(errors, []);
  await page.close();
});

test("End moves to the last event, rendering it", async () => {
  const { page } = await open();
  const events = await total(page);
  await page.locator(".event-select").first().focus();
  await page.keyboard.press("End");
  await page.waitForFunction(
    (n) => document.activeElement?.classList.contains("event-select") && document.querySelectorAll(".event-card").length >= n,
    events,
  );
  const last = await page.locator(".event-card").last().getAttribute("data-event");
  assert.equal(await page.evaluate(() => document.activeElement.closest(".event-card").dataset.event), last);
  await page.close();
});

test("the axis counts events per stretch of time and zooms in on a click", async () => {
  const { page } = await open();
  assert.ok((await page.locator(".axis-density").count()) > 0);
  assert.match(await page.locator(".axis-svg").getAttribute("aria-label"), /shown as counts per stretch of time/);
  const before = await page.locator(".axis-window").textContent();
  await page.locator(".axis-density").first().dispatchEvent("click");
  await page.waitForFunction((b) => document.querySelector(".axis-window").textContent !== b, before);
  assert.equal(await page.getByRole("button", { name: "Reset zoom" }).isEnabled(), true);
  await page.close();
});

test("search narrows the list and the count", async () => {
  const { page } = await open();
  const events = await total(page);
  await page.getByLabel("Search", { exact: true }).fill("brightwave");
  await page.waitForFunction((n) => !document.querySelector(".timeline-count").textContent.includes(`${n} of ${n}`), events);
  const shown = Number((await page.locator(".timeline-count").textContent()).match(/^(\d+)/)[1]);
  assert.ok(shown > 0 && shown < events, `${shown} of ${events}`);
  const sentences = await page.locator(".event-card").allTextContents();
  assert.ok(sentences.every((s) => /brightwave/i.test(s)), "every rendered card mentions the query");
  await page.close();
});

test("window.dossier analyses text in the page, like the command line", async () => {
  const { page } = await open();
  const found = await page.evaluate(() => JSON.parse(globalThis.dossier.extract("Le contrat a été attribué en octobre 2019.", "fr", "2020-01-14")));
  assert.equal(found.lang, "fr");
  assert.equal(found.timex[0].text, "octobre 2019");
  assert.equal(found.timex[0].value, "2019-10");
  const analysed = await page.evaluate(() => JSON.parse(globalThis.dossier.analyze(["a.txt", "b.txt"], [" date 2020-01 Het Pentagon koos Microsoft op 25 oktober.", ""])));
  assert.equal(analysed.articles.length, 1);
  assert.equal(analysed.articles[0].lang, "nl");
  assert.match(analysed.errors[0], /^b\.txt/);
  assert.ok(await page.evaluate(() => globalThis.dossier.memoryBytes()) > 0);
  await page.close();
});
