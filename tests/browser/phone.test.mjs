// On a phone (390 × 844): the filters fold behind one button and the first event shows without
// scrolling, with the real-like corpus added; every view has a Copy link button that copies the
// address of what is shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, addArticles, ferryFiles, settled } from "./harness.mjs";

const PHONE = { width: 390, height: 844 };
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the filters fold behind one button and the first event shows without scrolling", async () => {
  const { page, errors } = await openPage(browser, { viewport: PHONE });
  await addArticles(page, ferryFiles());
  const panel = page.getByRole("complementary", { name: "Filters" });
  assert.equal(await panel.isVisible(), false);
  const toggle = page.locator(".filters-toggle");
  assert.equal(await toggle.textContent(), "Filters");
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  // The first card's date and sentence are on screen before any scrolling.
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  const first = await page.locator(".event-card").first().boundingBox();
  assert.ok(first.y + 80 <= PHONE.height, `the first event starts at ${first.y}px`);
  const axis = await page.locator(".timeline-axis").boundingBox();
  assert.ok(axis.height <= 360);
  // One press unfolds them; a filter set shows on the button.
  await toggle.click();
  assert.equal(await panel.isVisible(), true);
  await page.getByRole("checkbox", { name: "French" }).check();
  await toggle.click();
  assert.equal(await panel.isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Filters (1 set)" }).count(), 1);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${width}px wide`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("every view has a Copy link button that copies the address of what is shown", async () => {
  await browser.grantPermissions(["clipboard-read", "clipboard-write"]);
  for (const hash of ["#lang=fr", "#view=compare&left=001_2ebdd90373ca95d5&right=002_3df8e90182d96ef8", "#view=articles&article=003_cdcbea80cec60ce5", "#embed&q=JEDI"]) {
    const { page } = await openPage(browser, { viewport: PHONE, hash });
    const button = page.getByRole("button", { name: "Copy link" });
    assert.equal(await button.isVisible(), true, hash);
    await button.click();
    await page.locator(".copy-link-status", { hasText: "Link copied" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url(), hash);
    assert.ok(copied.includes(hash.slice(1).split("&")[0]), copied);
    await page.close();
  }
});
