// Claims and names a person can read, in the built single file: amounts as people write them (the
// normalised value as data and on hover), claim pairs described in words, articles named by their
// headline, language and date (never by file id), each quote opening its article at its sentence, and
// both sentences of a pair shown side by side.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, watchErrors, settled, SINGLE_FILE_URL } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PAIR = "#view=compare&left=001_2ebdd90373ca95d5&right=002_3df8e90182d96ef8";
/** A raw normalised amount (`USD 10000000000`) or the old "paired on —" wording. */
const RAW = /\b[A-Z]{3} \d{4,}|paired on|—\s*\+/;
/** A file id of the seeds (`001_2ebdd90373ca95d5`), or the bare number the old buttons used. */
const FILE_ID = /\b\d{3}_[0-9a-f]{16}\b|Compare \d{3} and \d{3}/;

async function openPair(hash = PAIR) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL + hash);
  const ready = hash.includes("left=") ? page.getByRole("region", { name: "Summary" }) : page.getByRole("combobox", { name: "Left article" });
  await ready.waitFor({ timeout: 30_000 });
  return { page, errors };
}

test("amounts read as people write them, with the normalised value as data and on hover", async () => {
  const { page, errors } = await openPair();
  const summary = page.getByRole("region", { name: "Summary" });
  const heads = await summary.locator(".claim-head").allTextContents();
  assert.ok(heads.includes("Disagree: Amazon Web Services’ market share: 47% vs 39%, 8 points apart"), heads.join(" | "));
  assert.ok(heads.includes("Disagree: Microsoft’s market share: 13% vs 19%, 6 points apart"), heads.join(" | "));
  assert.ok(heads.some((h) => /^Agree: Both give the value for Microsoft.*\$10 billion/.test(h)), heads.join(" | "));
  // The value as data: a <data> element whose value and tooltip are the normalised amount.
  const ten = summary.locator('.agreements data.amount[value="USD 10000000000"]').first();
  assert.equal(await ten.textContent(), "about $10 billion");
  assert.equal(await ten.getAttribute("title"), "USD 10000000000");
  // Why they were paired, in words.
  const why = await summary.locator(".disagreements .claim-why").first().textContent();
  assert.equal(why, "Paired because both give Amazon Web Services’ market share, as a percentage.");
  // Nothing on the page shows a raw amount or the old wording.
  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, RAW);
  // In the reader, an article's amounts are listed in its own language, the value on hover.
  await page.goto(SINGLE_FILE_URL + "#view=articles&article=002_3df8e90182d96ef8");
  const entities = page.locator(".reader-entities");
  await entities.locator("summary").click();
  const fr = entities.locator('data[value="USD 10000000000"]');
  assert.equal(await fr.textContent(), "10 milliards de dollars");
  assert.equal(await fr.getAttribute("title"), "USD 10000000000");
  const euros = await entities.locator('data[value="EUR 9000000000"]').textContent();
  assert.equal(euros, "9 milliards d’euros");
  const money = page.locator(".reader-body mark.mark-money").first();
  assert.match(await money.getAttribute("title"), /^Money: \$10 billion \(USD 10000000000\)$/);
  await page.goto(SINGLE_FILE_URL + "#view=articles&article=000_5f2e0fee363e49bd");
  await page.locator(".reader-entities summary").click();
  assert.equal(await page.locator('.reader-entities data[value="USD 10000000000"]').textContent(), "10 miljard dollar");
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText), RAW);
  assert.deepEqual(errors, []);
  await page.close();
});

test("articles are named by their headline, language and date, never by file id", async () => {
  const { page, errors } = await openPair("#view=compare");
  const options = await page.getByRole("combobox", { name: "Left article" }).locator("option").allTextContents();
  assert.deepEqual(options.slice(1), [
    "Een tender voor een defensiecontract ter waarde van tien miljard… (nl, January 2020)",
    "Microsoft is flink aan het lobbyen. (nl, September 2020)",
    "Amazon cherche un accord avec Microsoft pour le cloud du Pentagone (fr, January 2020, inferred)",
    "the cloud contract with the Pentagon opened the doors for Microsoft… (en, August 2020, inferred)",
    "Microsoft Focuses on Cloud Services for Foreign Governments; JEDI… (en, August 2020, inferred)",
  ]);
  const panel = page.getByRole("region", { name: "Disagreements in the corpus" });
  const buttons = await panel.getByRole("button").allTextContents();
  assert.equal(buttons.length, 2);
  for (const b of buttons) {
    assert.match(b, /^Compare Microsoft is flink aan het lobbyen\. \(nl, September 2020\) with Amazon cherche un accord/);
  }
  await panel.getByRole("button").first().click();
  const summary = page.getByRole("region", { name: "Summary" });
  await summary.waitFor();
  const captions = await summary.locator("figcaption").allTextContents();
  assert.ok(captions.length >= 4 && captions.every((c) => c.startsWith("Open at this sentence: ")), captions.join(" | "));
  // Each view's own content, waited for before its names are read (so that an empty view cannot pass).
  const shown = {
    [PAIR]: () => page.getByRole("region", { name: "Summary" }).locator("figcaption").first(),
    "#view=articles&article=003_cdcbea80cec60ce5": () => page.locator(".reader-entities summary"),
    "": () => page.locator(".event-card").first(),
  };
  for (const view of [PAIR, "#view=articles&article=003_cdcbea80cec60ce5", ""]) {
    await page.goto(SINGLE_FILE_URL + view);
    await settled(page);
    await shown[view]().waitFor({ timeout: 30_000 });
    const names = await page.evaluate(() =>
      [...document.querySelectorAll("button, a, option, label, summary, h1, h2, h3, cite")].map((e) => e.textContent).join("\n"));
    assert.doesNotMatch(names, FILE_ID, view);
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), FILE_ID, view);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("each quote opens its article at its sentence, and Back returns to the claim", async () => {
  const { page, errors } = await openPair();
  const claim = page.locator(".claim.disagree").first();
  const quote = (await claim.locator("blockquote").nth(1).textContent()).trim();
  const open = claim.getByRole("button", { name: /^Open at this sentence: Amazon cherche un accord/ });
  await open.focus();
  await page.keyboard.press("Enter");
  const reader = page.getByRole("region", { name: "Article" });
  await reader.waitFor();
  assert.match(page.url(), /view=articles&.*article=002_3df8e90182d96ef8.*&at=\d+/);
  const sentence = reader.locator(".sentence.sentence-focus");
  assert.equal((await sentence.textContent()).trim(), quote);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("sentence-focus")), true, "the sentence has the focus");
  assert.ok(await sentence.isVisible());
  await page.goBack();
  await page.getByRole("region", { name: "Summary" }).waitFor();
  await page.waitForFunction(() => /^Open at this sentence: Amazon/.test(document.activeElement?.textContent ?? ""));
  assert.deepEqual(errors, []);
  await page.close();
});

test("both sentences of a pair are shown side by side", async () => {
  const { page, errors } = await openPair();
  const claim = page.locator(".claim.disagree").first();
  const [left, right] = [(await claim.locator("blockquote").nth(0).textContent()).trim(), (await claim.locator("blockquote").nth(1).textContent()).trim()];
  await claim.getByRole("button", { name: "Show both sentences side by side" }).click();
  const columns = page.locator(".compare-column");
  const marked = [columns.nth(0).locator(".sentence-focus"), columns.nth(1).locator(".sentence-focus")];
  await marked[0].waitFor();
  assert.equal((await marked[0].textContent()).trim(), left);
  assert.equal((await marked[1].textContent()).trim(), right);
  // Both sentences scrolled into their columns.
  await page.waitForFunction(() => [...document.querySelectorAll(".compare-column .sentence-focus")].every((el) => {
    const column = el.closest(".compare-column").getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return box.bottom > column.top && box.top < column.bottom;
  }));
  for (let i = 0; i < 2; i++) {
    const inside = await marked[i].evaluate((el) => {
      const column = el.closest(".compare-column").getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return box.bottom > column.top && box.top < column.bottom;
    });
    assert.ok(inside, `column ${i} shows its sentence`);
  }
  assert.match(page.url(), /pair=\d+,\d+/);
  assert.deepEqual(errors, []);
  await page.close();
});
