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
  assert.match(await item.locator(".article-date").textContent(), /2020-01 \(inferred\)/);
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
  assert.deepEqual(errors, []);
  await page.close();
});
