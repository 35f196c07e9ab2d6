// The compare view in the built single file: choosing 001 and 002 shows the shared entities and flags the
// market-share disagreement (and not the dollar/euro amounts); hovering an entity lights it up in the
// other language; a copied link restores the pair.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, watchErrors, SINGLE_FILE_URL, frames } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("comparing 001 and 002 shows shared entities and the market-share disagreement", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL);
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.getByRole("combobox", { name: "Left article" }).selectOption({ index: 2 });
  await page.getByRole("combobox", { name: "Right article" }).selectOption({ index: 3 });
  const summary = page.getByRole("region", { name: "Summary" });
  await summary.waitFor();
  const both = await summary.locator(".entities-both li").allTextContents();
  for (const name of ["Microsoft", "Amazon Web Services", "US Department of Defense"]) {
    assert.ok(both.includes(name), `${name} in ${both}`);
  }
  // Dates in one article only say which article, by headline; each date reads in words, its value as data.
  const only = await summary.locator(".dates-left-title, .dates-right-title").allTextContents();
  assert.equal(only.length, 2, only.join("|"));
  assert.ok(only.every((t) => /^Dates only in “[^”]{10,}” \(\d+\)$/.test(t)) && only[0] !== only[1], only.join("|"));
  for (const chip of await summary.locator(".dates-left data, .dates-right data, .dates-both data").all()) {
    const [words, value] = [await chip.textContent(), await chip.getAttribute("value")];
    assert.ok(value && words && !/^(P|XXXX|T[A-Z])|_REF$/.test(words), `${words} (${value})`);
  }
  const disagreements = await summary.locator(".disagreements .claim-head").allTextContents();
  assert.equal(disagreements.length, 2, disagreements.join("|"));
  assert.ok(disagreements.some((d) => d.includes("47% vs 39%")), disagreements.join("|"));
  assert.ok(disagreements.some((d) => d.includes("13% vs 19%")), disagreements.join("|"));
  assert.ok(disagreements.every((d) => !d.includes("USD") && !d.includes("EUR")));
  const agreements = await summary.locator(".agreements .claim-head").allTextContents();
  assert.ok(agreements.some((a) => a.includes("Both give the value for Microsoft") && a.includes("$10 billion")), agreements.join("|"));

  // Linked highlighting across languages.
  const columns = page.locator(".compare-columns .reader");
  await columns.nth(1).locator('mark[data-value="US Department of Defense"]').first().hover();
  const lit = columns.nth(0).locator('mark.linked[data-value="US Department of Defense"]');
  assert.ok((await lit.count()) >= 1, "the Dutch column lights up the Pentagon");

  // A copied link restores the pair.
  const url = page.url();
  assert.match(url, /view=compare/);
  const again = await browser.newPage();
  await again.goto(url);
  await again.getByRole("region", { name: "Summary" }).waitFor();
  assert.equal(await again.getByRole("combobox", { name: "Left article" }).inputValue(), "001_2ebdd90373ca95d5");
  assert.equal(await again.getByRole("combobox", { name: "Right article" }).inputValue(), "002_3df8e90182d96ef8");
  assert.equal(await again.locator(".compare-columns mark.linked").count() > 0, true, "the focused entity is restored too");
  assert.deepEqual(errors, []);
  await again.close();
  await page.close();
});

test("the corpus-wide panel lists every disagreement and opens its pair", async () => {
  const page = await browser.newPage();
  await page.goto(SINGLE_FILE_URL + "#view=compare");
  const panel = page.getByRole("region", { name: "Disagreements in the corpus" });
  await panel.waitFor({ timeout: 30_000 });
  // The panel is drawn at the first look and filled once the corpus-wide identities are done.
  await panel.locator("li").nth(1).waitFor({ timeout: 30_000 });
  assert.equal(await panel.locator("li").count(), 2);
  await panel.getByRole("button").first().click();
  await page.getByRole("region", { name: "Summary" }).waitFor();
  await page.close();
});

test("paired sentences scroll into view together, and the columns scroll in step", async () => {
  const page = await browser.newPage();
  await page.goto(SINGLE_FILE_URL + "#view=compare&left=001_2ebdd90373ca95d5&right=004_af97a86d67851a04");
  await page.locator(".compare-column").first().waitFor({ timeout: 30_000 });
  const badges = page.locator('.compare-column button.aligned-badge[id^="aligned-left-"]');
  // The columns show before the analysis is complete; the badges come with it.
  await page.locator(".loading").waitFor({ state: "detached", timeout: 60_000 });
  await badges.first().waitFor({ timeout: 30_000 }).catch(() => {});
  assert.ok((await badges.count()) >= 1, "at least one aligned pair");
  const id = await badges.first().getAttribute("id");
  await badges.first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), id.replace("left", "right"));

  const sync = page.getByRole("checkbox", { name: "Synchronised scrolling" });
  assert.equal(await sync.isChecked(), true, "on by default on a wide screen");
  const [left, right] = [page.locator(".compare-column").nth(0), page.locator(".compare-column").nth(1)];
  await right.evaluate((el) => { el.scrollTop = 0; });
  await left.evaluate((el) => { el.scrollTop = el.scrollHeight; el.dispatchEvent(new Event("scroll")); });
  await page.waitForFunction(() => document.querySelectorAll(".compare-column")[1].scrollTop > 0);
  assert.ok((await right.evaluate((el) => el.scrollTop)) > 0, "the right column followed");
  await sync.uncheck();
  await right.evaluate((el) => { el.scrollTop = 0; });
  await left.evaluate((el) => { el.scrollTop = 0; el.dispatchEvent(new Event("scroll")); el.scrollTop = el.scrollHeight; el.dispatchEvent(new Event("scroll")); });
  await frames(page);
  assert.equal(await right.evaluate((el) => el.scrollTop), 0, "off: the right column stays");
  await page.close();
});

test("each badge sits right after its own sentence, not at the end of its paragraph", async () => {
  const page = await browser.newPage();
  await page.goto(SINGLE_FILE_URL + "#view=compare&left=002_3df8e90182d96ef8&right=000_5f2e0fee363e49bd");
  await page.locator(".compare-column .aligned-badge").first().waitFor({ timeout: 30_000 });
  for (const side of ["left", "right"]) {
    const placed = await page.locator(`.compare-column button[id^="aligned-${side}-"]`).evaluateAll((badges) => badges.map((b) => {
      // The nearest sentence before the badge (other badges of the same sentence may sit between).
      let s = b.previousElementSibling;
      while (s && !s.classList.contains("sentence")) s = s.previousElementSibling;
      const paragraph = b.closest("p, h2, h3");
      return { sentence: s?.textContent ?? "", paragraph: paragraph.textContent, sentences: paragraph.querySelectorAll(".sentence").length };
    }));
    assert.ok(placed.length >= 2, `${side}: ${placed.length} badges`);
    for (const p of placed) {
      assert.ok(p.sentence.length > 0, `${side}: a badge follows a sentence`);
      if (p.sentences > 1) assert.ok(p.sentence.length < p.paragraph.length - 10, `${side}: the badge marks one sentence of several`);
    }
  }
  // The left paragraph holding several badges has them after different sentences.
  const starts = await page.locator('.compare-column button[id^="aligned-left-"]').evaluateAll((badges) =>
    badges.map((b) => { let s = b.previousElementSibling; while (!s.classList.contains("sentence")) s = s.previousElementSibling; return s.dataset.start; }));
  assert.ok(new Set(starts).size >= 2, `badges after ${new Set(starts).size} distinct sentences`);
  // Badges stay out of copied text, keep their names, and a short legend says what they are, once.
  const badge = page.locator(".compare-column .aligned-badge").first();
  assert.equal(await badge.evaluate((b) => getComputedStyle(b).userSelect), "none");
  assert.match(await badge.getAttribute("aria-label"), /^Pair \d+: /);
  const legend = page.locator(".badge-legend");
  assert.equal(await legend.count(), 1);
  assert.ok(await legend.isVisible());
  assert.match(await legend.textContent(), /^≡n marks a sentence sharing names, dates or amounts with the other article/);
  await page.close();
});

test("Compare with… from a merged card opens its first two sources at their sentences", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL);
  const card = page.locator(".event-card.merged").first();
  await card.waitFor({ timeout: 30_000 });
  const sentence = (await card.locator(".event-sentence").textContent()).trim();
  await card.getByRole("button", { name: "Compare with…" }).click();
  const [left, right] = [page.getByRole("combobox", { name: "Left article" }), page.getByRole("combobox", { name: "Right article" })];
  await left.waitFor();
  const [l, r] = [await left.inputValue(), await right.inputValue()];
  assert.ok(l && r && l !== r, `two different articles: ${l} / ${r}`);
  const columns = page.locator(".compare-column");
  await columns.nth(1).locator(".sentence-focus").waitFor();
  assert.equal((await columns.nth(0).locator(".sentence-focus").textContent()).trim(), sentence);
  assert.ok((await columns.nth(1).locator(".sentence-focus").textContent()).trim().length > 0);
  assert.deepEqual(errors, []);
  await page.close();
});
