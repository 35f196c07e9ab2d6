// Issue 19, no raw internals shown to readers, in the built single file with the default corpus: amounts
// in the entity facet read as people write them (the normalised value kept as data), and no card, card
// explanation or reader list shows a TIMEX3 value (`PAST_REF`, `TEV`, `PT18H`, `2016-09-09T22:30`)
// where words belong.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, watchErrors, settled, SINGLE_FILE_URL } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A raw normalised amount (`USD 10000000000`, `EUR 9000000000`). */
const RAW_AMOUNT = /\b[A-Z]{3} \d{4,}/;
/**
 * Raw TIMEX3 text: a reference, a part of the day, a length, an unknown-year mask, a clock time glued to
 * its day, a decade or century code in a heading, or the old "(duration)"-style suffixes.
 */
const RAW_TIMEX = /\b(PAST|PRESENT|FUTURE)_REF\b|\bT(MO|MI|AF|EV|NI|DT)\b|\bP(T?[\dX.]+[YMWDHSEC])+\b|\bXXXX|\d{4}-\d{2}-\d{2}T|\d{2}T[A-Z]{2}\b|\((duration|set|date|time)\)|→ [A-Z]{2,3}\b|\b(DATE|TIME|DURATION|SET) (\d|P\d|[A-Z]+_REF)/;

async function visibleText(page, hash) {
  // A fresh load each time, so that no text of the previous filters is read.
  await page.goto("about:blank");
  await page.goto(SINGLE_FILE_URL + hash);
  await settled(page);
  await page.locator(".timeline-count").waitFor({ timeout: 30_000 });
  return page.evaluate(() => document.body.innerText);
}

test("the entity facet names amounts in words, the normalised value as data", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await visibleText(page, "");
  const facet = page.locator(".entity-facet");
  const money = facet.locator(".facet-group", { has: page.locator(".facet-group-name", { hasText: "Money" }) });
  const more = money.getByRole("button", { name: /Show all/ });
  if (await more.count()) await more.click();
  const ten = money.locator('.facet-item[data-value="USD 10000000000"]');
  assert.match(await ten.textContent(), /^\$10 billion \(\d+( · by article)?\)$/);
  assert.equal(await ten.getAttribute("title"), "USD 10000000000");
  const items = await money.locator(".facet-item").allTextContents();
  assert.ok(items.length > 0 && items.every((i) => !RAW_AMOUNT.test(i)), items.join(" | "));
  assert.doesNotMatch(await facet.evaluate((f) => f.innerText), RAW_AMOUNT);
  assert.deepEqual(errors, []);
  await page.close();
});

test("cards, their explanations and the reader's date list show values in words, not TIMEX3", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  // Each kind of expression alone, so that all its cards are rendered (a long list renders 20 at a time).
  for (const hash of ["", "#type=DURATION", "#type=SET", "#type=TIME", "#type=DATE&grain=none", "#type=DATE&grain=decade,century,time"]) {
    const text = await visibleText(page, hash);
    assert.doesNotMatch(text, RAW_TIMEX, hash);
    assert.doesNotMatch(text, RAW_AMOUNT, hash);
  }
  // Every card keeps its TIMEX3 value as data and on hover of its date.
  await visibleText(page, "#type=DURATION,SET,TIME");
  for (const card of (await page.locator(".event-card").all()).slice(0, 20)) {
    const value = await card.getAttribute("data-value");
    assert.equal(await card.locator(".event-date").getAttribute("title"), `TIMEX3 ${value}`);
  }
  // The reader's list of date expressions: words shown, values as data.
  await page.goto(SINGLE_FILE_URL + "#view=articles&article=002_3df8e90182d96ef8");
  const dates = page.locator(".reader-dates");
  await dates.locator("summary").click();
  const q3 = dates.locator('data.timex-value[value="2019-Q3"]');
  assert.equal(await q3.textContent(), "Q3 2019");
  assert.doesNotMatch(await dates.evaluate((d) => d.innerText), RAW_TIMEX);
  // Their hover text and the marks' in the text are words too; the TIMEX3 stays in data-timex.
  const items = await dates.locator("li").evaluateAll((lis) => lis.map((li) => [li.title, li.dataset.timex]));
  assert.ok(items.length > 3);
  for (const [title, timex] of items) {
    assert.doesNotMatch(title, /TIMEX3|\b(DATE|TIME|DURATION|SET)\b|\breference\b|written last/, title);
    assert.doesNotMatch(title.replace(/'[^']*'/g, ""), RAW_TIMEX, title);
    assert.match(timex, /^(DATE|TIME|DURATION|SET) \S+/);
  }
  const marks = await page.locator(".reader mark.mark-date").evaluateAll((ms) => ms.map((m) => m.title));
  assert.ok(marks.length > 3);
  for (const title of marks) assert.doesNotMatch(title, /TIMEX3|\breference\b/, title);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the filters name expression types and precisions in words, the keys kept as values", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await visibleText(page, "#type=DURATION");
  const panel = page.locator(".filter-panel");
  const text = await panel.evaluate((p) => p.innerText);
  assert.doesNotMatch(text, /\b(DATE|TIME|DURATION|SET)\b|\bnone\b|\brange\b/);
  for (const [words, key] of [["dates", "DATE"], ["times of day", "TIME"], ["lengths of time", "DURATION"], ["repeating (every …)", "SET"]]) {
    assert.equal(await page.getByRole("checkbox", { name: words, exact: true }).getAttribute("value"), key);
  }
  // The fragment's keys still set them.
  assert.equal(await page.getByRole("checkbox", { name: "lengths of time", exact: true }).isChecked(), true);
  assert.equal(await page.getByRole("checkbox", { name: "not on the calendar", exact: true }).getAttribute("value"), "none");
  await page.getByRole("checkbox", { name: "day", exact: true }).check();
  assert.match(page.url(), /grain=day/);
  assert.deepEqual(errors, []);
  await page.close();
});
