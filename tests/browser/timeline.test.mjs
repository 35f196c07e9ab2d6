// The timeline in the built single file: every filter narrows the list and the count, the seeds' shared
// dates are merged cards with sources in two languages, the keyboard moves through events, a copied link
// restores the view, and the exports hold what is shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, watchErrors, SINGLE_FILE_URL } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open(hash = "") {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL + hash);
  await page.locator(".event-card").first().waitFor({ timeout: 30_000 });
  // A slow machine shows a first look while the analysis goes on: wait for the whole timeline.
  await page.locator(".loading").waitFor({ state: "detached", timeout: 60_000 });
  return { page, errors };
}

const count = async (page) => {
  const text = await page.getByRole("status").first().textContent();
  const [, shown, total] = text.match(/(\d+) of (\d+) events/);
  return { shown: Number(shown), total: Number(total) };
};

test("each filter narrows the list and the live count", async () => {
  const { page, errors } = await open();
  const { shown, total } = await count(page);
  assert.equal(shown, total);
  assert.equal(await page.getByRole("list", { name: "Timeline events" }).locator(":scope > li").count(), total);

  await page.getByRole("checkbox", { name: "French" }).check();
  const french = await count(page);
  assert.ok(french.shown > 0 && french.shown < total, JSON.stringify(french));
  const langs = await page.locator(".event-card .event-meta .lang-badge").allTextContents();
  assert.ok(langs.every((l) => l.trim() === "fr"), langs.join());
  await page.getByRole("button", { name: "Clear all filters" }).click();
  assert.equal((await count(page)).shown, total);

  await page.getByRole("checkbox", { name: "lengths of time" }).check();
  const durations = await count(page);
  assert.ok(durations.shown > 0 && durations.shown < total);
  await page.getByRole("button", { name: "Clear all filters" }).click();

  await page.getByLabel("From", { exact: true }).fill("2020-02-01");
  await page.getByLabel("To", { exact: true }).fill("2020-02-29");
  const february = await count(page);
  assert.ok(february.shown >= 1 && february.shown < total, JSON.stringify(february));
  const values = await page.locator(".event-card").evaluateAll((els) => els.map((e) => e.dataset.value));
  assert.ok(values.includes("2020-02-11"), values.join());
  await page.getByRole("button", { name: "Clear all filters" }).click();

  // Searching "Pentagon" also finds the French and Dutch names of the same entity.
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("Pentagon");
  const pentagon = await count(page);
  assert.ok(pentagon.shown > 0 && pentagon.shown < total);
  const found = await page.locator(".event-card .event-meta .lang-badge").allTextContents();
  assert.ok(found.includes("fr") && found.includes("nl"), found.join());
  assert.deepEqual(errors, []);
  await page.close();
});

test("the shared deadline is one card reported by Dutch and French articles", async () => {
  const { page } = await open();
  const card = page.locator('.event-card[data-value="2020-02-11"]');
  assert.equal(await card.count(), 1);
  const summary = card.locator(".event-sources summary");
  assert.match(await summary.textContent(), /Reported by 2 articles \((nl, fr|fr, nl)\)/);
  await summary.click();
  await card.locator(".event-sources li").first().waitFor();
  const sources = await card.locator(".event-sources li").allTextContents();
  assert.ok(sources.some((s) => s.includes("11 februari")) && sources.some((s) => s.includes("11 février")), sources.join("|"));
  await page.close();
});

test("the keyboard moves between events and Enter opens the article", async () => {
  const { page } = await open();
  const first = page.locator(".event-select").first();
  await first.focus();
  await page.keyboard.press("ArrowDown");
  const selected = page.locator(".event-card.selected");
  assert.equal(await selected.count(), 1);
  const firstId = await page.locator(".event-card").first().getAttribute("data-event");
  assert.notEqual(await selected.getAttribute("data-event"), firstId);
  await page.keyboard.press("End");
  assert.equal(await page.locator(".event-card.selected").getAttribute("data-event"), await page.locator(".event-card").last().getAttribute("data-event"));
  await page.keyboard.press("Home");
  assert.equal(await page.locator(".event-card.selected").getAttribute("data-event"), firstId);
  const before = await page.locator(".axis-window").textContent();
  await page.keyboard.press("+");
  assert.notEqual(await page.locator(".axis-window").textContent(), before, "+ zooms in");
  const chosen = await page.locator(".event-card.selected").getAttribute("data-event");
  await page.keyboard.press("Enter");
  await page.getByRole("region", { name: "Article" }).waitFor();
  assert.match(page.url(), /view=articles/);
  if (!chosen.endsWith("@pub")) {
    const focused = page.locator('.reader-paragraph[data-focus="true"]');
    await focused.waitFor();
  }
  await page.close();
});

test("a copied link restores filters, selection and view", async () => {
  const { page } = await open();
  await page.getByRole("checkbox", { name: "Dutch" }).check();
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("Microsoft");
  await page.locator(".event-select").nth(1).click();
  const url = page.url();
  const shown = await count(page);
  const selected = await page.locator(".event-card.selected").getAttribute("data-event");
  assert.match(url, /#.*lang=nl/);
  const { page: again } = await open(url.slice(url.indexOf("#")));
  assert.deepEqual(await count(again), shown);
  assert.equal(await again.locator(".event-card.selected").getAttribute("data-event"), selected);
  assert.equal(await again.getByRole("checkbox", { name: "Dutch" }).isChecked(), true);
  assert.equal(await again.getByRole("searchbox", { name: "Search", exact: true }).inputValue(), "Microsoft");
  // Back goes to the previous state where the browser allows it.
  await again.goto(SINGLE_FILE_URL + "#view=articles");
  await again.goBack();
  await again.locator(".event-card").first().waitFor();
  await page.close();
  await again.close();
});

test("exports hold the filtered events", async () => {
  const { page } = await open();
  await page.getByRole("checkbox", { name: "French" }).check();
  const { shown } = await count(page);
  const download = async (name) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
    return readFileSync(await file.path(), "utf8");
  };
  const csv = await download("Export CSV");
  const rows = csv.trim().split("\n").slice(1);
  assert.ok(rows.length >= shown, `${rows.length} rows for ${shown} cards`);
  assert.ok(rows.every((r) => r.includes(",fr,")), rows.join("\n"));
  const json = JSON.parse(await download("Export JSON"));
  assert.equal(json.cards.length, shown);
  const tl = JSON.parse(await download("Export TimelineJS"));
  assert.ok(tl.events.length > 0 && tl.events.every((e) => e.start_date.year >= 2019));
  await page.close();
});

test("dragging across the axis sets the date range", async () => {
  const { page } = await open();
  const { total } = await count(page);
  const box = await page.locator(".axis-svg").boundingBox();
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const from = await page.getByLabel("From", { exact: true }).inputValue();
  const to = await page.getByLabel("To", { exact: true }).inputValue();
  assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(to > from, `${from} .. ${to}`);
  assert.ok((await count(page)).shown < total);
  await page.close();
});
