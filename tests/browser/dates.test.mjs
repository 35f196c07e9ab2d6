// The analysis core's dates in the built single file: the reader marks each date expression with its
// resolved value, and undated articles show their inferred publication date with its evidence.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, watchErrors, SINGLE_FILE_URL } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the reader marks dates with their values and shows inferred publication dates", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL + "#view=articles");
  const item = page.locator('.article-item[data-article-id^="002"]');
  await item.waitFor({ timeout: 30_000 });
  // The publication date in words, its value as data.
  assert.equal(await item.locator(".article-date").textContent(), "January 2020 (inferred)");
  assert.equal(await item.locator(".article-date").getAttribute("value"), "2020-01");
  await item.click();
  const marks = page.locator(".reader .mark-date");
  await marks.first().waitFor();
  const found = await marks.evaluateAll((els) => els.map((e) => [e.textContent, e.dataset.value]));
  assert.deepEqual(found, [
    ["lundi", "2020-01"],
    ["24 janvier", "2020-01-24"],
    ["11 février", "2020-02-11"],
    ["novembre dernier", "2019-11"],
    ["troisième trimestre 2019", "2019-Q3"],
  ]);
  // The highlights can be turned off and on again.
  await page.getByRole("checkbox", { name: "Highlight entities and dates" }).uncheck();
  assert.equal(await page.locator(".reader mark").count(), 0);
  await page.getByRole("checkbox", { name: "Highlight entities and dates" }).check();
  assert.ok((await page.locator(".reader mark").count()) > 5);
  const evidence = await page.locator(".reader-pubdate").getAttribute("title");
  assert.match(evidence, /11 février.*also in another article/);
  // The analysis's explanations read in words: no TIMEX3 value outside the article's own quoted words.
  assert.match(evidence, /'24 janvier' → 24 January 2020/);
  assert.equal(await page.locator(".reader-pubdate").getAttribute("value"), "2020-01");
  const raw = /\b\d{4}-(\d{2}|Q\d|W\d{2}|WI|SP|SU|FA)\b|_REF\b|\bP\d+[YMWD]\b|\b(past|present) ref\b/;
  const unquoted = (s) => s.replace(/'[^']*'/g, "");
  assert.doesNotMatch(unquoted(evidence), raw, evidence);
  await page.goto(SINGLE_FILE_URL + "#view=timeline");
  await page.locator(".event-anchor").first().waitFor();
  const anchors = await page.locator(".event-anchor").evaluateAll((els) => els.map((e) => e.title));
  assert.ok(anchors.length > 10);
  for (const title of anchors) assert.doesNotMatch(unquoted(title), raw, title);
  assert.deepEqual(errors, []);
  await page.close();
});
