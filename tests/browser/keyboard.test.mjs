// The keyboard in the built single file: the highlights (and pairing badges) of a column are one
// composite widget, one Tab stop with the arrow keys, Home and End inside, the same in the reader and in
// Compare; the focus returns where it was after Back and after adding files; Enter and Space open the
// file picker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, watchErrors, SINGLE_FILE_URL, settled, frames } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The focused element: its stop number in a composite widget, its column, its id and text. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return {
    stop: el.dataset.stop === undefined ? null : Number(el.dataset.stop),
    column: el.closest(".compare-column") ? [...document.querySelectorAll(".compare-column")].indexOf(el.closest(".compare-column")) : null,
    reader: Boolean(el.closest(".reader")),
    id: el.id,
    text: el.textContent.trim(),
    tabindex: el.getAttribute("tabindex"),
  };
});

/** How many elements of the article text (headline and body) under `locator` the Tab key can reach. */
const tabStops = (locator) => locator.evaluate((root) =>
  [...root.querySelectorAll(".reader-title, .reader-body")]
    .flatMap((part) => [...part.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")])
    .filter((el) => !el.disabled && el.getAttribute("tabindex") !== "-1" && el.offsetParent !== null).length);

test("in Compare each column's highlights are one Tab stop, moved through with the arrow keys", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL + "#view=compare&left=001_2ebdd90373ca95d5&right=004_af97a86d67851a04");
  await page.locator(".compare-column mark").first().waitFor({ timeout: 30_000 });
  for (const i of [0, 1]) {
    const column = page.locator(".compare-column").nth(i);
    const marks = await column.locator("[data-stop]").count();
    assert.ok(marks > 10, `column ${i}: ${marks} highlights`);
    assert.ok((await column.locator("button.aligned-badge[data-stop]").count()) >= 1, `column ${i}: badges are stops too`);
    assert.equal(await tabStops(column), 1, `column ${i}: one Tab stop in the text`);
  }
  await page.getByRole("checkbox", { name: "Synchronised scrolling" }).focus();
  // Tab: into the left column's widget (its disclosures first), on its first stop.
  let now;
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    now = await focused(page);
    if (now.stop !== null) break;
  }
  assert.deepEqual([now.column, now.stop, now.tabindex], [0, 0, "0"]);
  await page.keyboard.press("ArrowRight");
  assert.equal((await focused(page)).stop, 1);
  await page.keyboard.press("ArrowDown");
  assert.equal((await focused(page)).stop, 2);
  await page.keyboard.press("ArrowLeft");
  const back = await focused(page);
  assert.deepEqual([back.stop, back.tabindex], [1, "0"], "the stop moved with the focus");
  assert.equal(await page.locator('.compare-column >> nth=0').locator('[data-stop="0"]').getAttribute("tabindex"), "-1");
  await page.keyboard.press("End");
  const last = await focused(page);
  assert.equal(last.stop, (await page.locator(".compare-column >> nth=0").locator("[data-stop]").count()) - 1);
  assert.match(last.text, /^(≡\d+|.+)$/);
  await page.keyboard.press("Home");
  assert.equal((await focused(page)).stop, 0);
  // Focusing a highlight lights up the same identity in the other column.
  const value = await page.evaluate(() => document.activeElement.dataset.value);
  assert.ok(value);
  // Tab leaves the widget for the right column.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    now = await focused(page);
    if (now.column === 1 && now.stop !== null) break;
  }
  assert.deepEqual([now.column, now.stop], [1, 0]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the reader's highlights are the same composite widget", async () => {
  const page = await browser.newPage();
  await page.goto(SINGLE_FILE_URL + "#view=articles&article=002_3df8e90182d96ef8");
  await page.locator(".reader mark").first().waitFor({ timeout: 30_000 });
  assert.equal(await tabStops(page.locator(".reader")), 1, "one Tab stop in the text");
  const stops = await page.locator(".reader [data-stop]").count();
  assert.ok(stops > 10);
  assert.equal(await page.locator('.reader [data-stop][tabindex="0"]').count(), 1, "one stop in the Tab order");
  await page.locator('.reader [data-stop="0"]').focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const now = await focused(page);
  assert.equal(now.stop, 2);
  assert.equal(await page.locator('.reader [data-stop][tabindex="0"]').getAttribute("data-stop"), "2");
  await page.keyboard.press("End");
  assert.equal((await focused(page)).stop, stops - 1);
  await page.close();
});

test("the focus returns where it was after Back", async () => {
  const page = await browser.newPage();
  await page.goto(SINGLE_FILE_URL);
  const cards = page.locator(".event-select");
  await cards.first().waitFor({ timeout: 30_000 });
  // The keyboard walks the event list and opens an event's article.
  await cards.nth(3).focus();
  await page.keyboard.press("ArrowDown");
  const id = await page.evaluate(() => document.activeElement.id);
  assert.match(id, /^event-/);
  await page.keyboard.press("Enter");
  await page.getByRole("region", { name: "Article" }).waitFor();
  await page.goBack();
  await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5_000 });
  // From the article list too.
  await page.getByRole("button", { name: "Articles", exact: true }).click();
  const item = page.locator('.article-item[data-article-id^="003"]');
  await item.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Compare with…" }).click();
  await page.getByRole("combobox", { name: "Left article" }).waitFor();
  await page.goBack();
  await page.waitForFunction(() => document.activeElement?.textContent === "Compare with…", null, { timeout: 5_000 });
  await page.close();
});

test("Enter and Space open the file picker, and the focus stays after adding files", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  // Listening from the start: the browser hands every file chooser to the test.
  const choosers = [];
  page.on("filechooser", (c) => choosers.push(c));
  await page.goto(SINGLE_FILE_URL);
  await page.locator(".event-card").first().waitFor({ timeout: 30_000 });
  const input = page.getByLabel("Add articles");
  for (const key of ["Enter", " "]) {
    await input.focus();
    const before = choosers.length;
    const opened = page.waitForEvent("filechooser", { timeout: 5_000 });
    await page.keyboard.press(key);
    await opened;
    assert.equal(choosers.length, before + 1, `${JSON.stringify(key)} opens the picker`);
  }
  await choosers.at(-1).setFiles([{ name: "river-report.txt", mimeType: "text/plain", buffer: Buffer.from(" date 2021-06-02 Het waterschap meldde op 1 juni dat de Maas steeg. Volgende week volgt een besluit.\n") }]);
  await page.getByText("6 articles").waitFor();
  await page.locator(".event-card").first().waitFor();
  // The analysis done and its result drawn, the focus is still there.
  await settled(page);
  await frames(page);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "Add articles");
  assert.deepEqual(errors, []);
  await page.close();
});
