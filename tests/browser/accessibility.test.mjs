// Accessibility checked by machine: axe-core runs on every view (timeline, compare, articles, embed mode,
// an empty result with its suggestions, hidden articles; each also in the states that show more; the help
// open), light and dark, and fails on any serious or critical violation; a keyboard-only walk reaches the
// controls in order, each with a visible focus ring.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, frames, SINGLE_FILE_URL, ROOT } from "./harness.mjs";

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function audit(page, name) {
  // Evaluated through the browser's debugging protocol, so the page's strict CSP does not block it.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
  assert.deepEqual(report, [], `${name}: serious or critical violations`);
}

const openAll = (page) => page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));

// Every view, and the states of each that show more: (name, fragment, what to do before the audit).
const views = [
  ["timeline", ""],
  ["timeline, sources of merged cards open", "", openAll],
  ["compare, nothing chosen", "#view=compare"],
  ["compare", "#view=compare&left=001_2ebdd90373ca95d5&right=002_3df8e90182d96ef8"],
  ["compare, two sentences side by side", "#view=compare&left=001_2ebdd90373ca95d5&right=002_3df8e90182d96ef8", async (page) => {
    await page.locator(".claim-side-by-side").first().click();
    await page.locator(".compare-column .sentence-focus").first().waitFor();
    await page.locator(".compare-column mark").first().hover();
  }],
  ["articles", "#view=articles&article=003_cdcbea80cec60ce5"],
  ["articles, none chosen", "#view=articles"],
  ["articles, at a sentence, lists open", "#view=articles&article=002_3df8e90182d96ef8&at=0", async (page) => {
    await openAll(page);
    await page.locator(".reader mark").first().focus();
  }],
  ["embed", "#embed&view=timeline&lang=fr"],
  ["embed, compare", "#embed&view=compare&left=000_5f2e0fee363e49bd&right=004_af97a86d67851a04"],
  ["no results", "#q=ruling&lang=en"],
  ["hidden articles", "#view=articles&hide=002_3df8e90182d96ef8"],
  ["a From after To", "#from=2020-02-11&to=2020-01-01"],
  ["a link with parts the page cannot use", "#lang=xx&colour=red"],
  ["a file already in the page", "", async (page) => {
    const name = "000_5f2e0fee363e49bd.txt";
    await page.getByLabel("Add articles").setInputFiles({ name, mimeType: "text/plain", buffer: readFileSync(join(ROOT, "seeds", name)) });
    await page.locator(".add-clash").waitFor();
  }],
];

for (const [name, hash, prepare] of views) {
  test(`axe finds no serious or critical violation: ${name}`, async () => {
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(SINGLE_FILE_URL + hash);
      await page.locator(".app-main > *").first().waitFor({ timeout: 30_000 });
      if (prepare) await prepare(page);
      await frames(page);
      await audit(page, `${name} (${scheme})`);
      await page.close();
    }
  });
}

test("axe finds no serious or critical violation: the help open, and the timeline on a phone", async () => {
  for (const scheme of ["light", "dark"]) {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(SINGLE_FILE_URL);
    await page.locator(".event-card").first().waitFor({ timeout: 30_000 });
    await page.getByText("Help", { exact: true }).click();
    await page.locator(".help-body").waitFor();
    await audit(page, `help (${scheme})`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText("Help", { exact: true }).click();
    await page.locator(".filters-toggle").click();
    await audit(page, `phone, filters open (${scheme})`);
    await page.close();
  }
});

test("the keyboard reaches every control in a sensible order with a visible focus ring", async () => {
  const page = await browser.newPage();
  await page.goto(SINGLE_FILE_URL);
  await page.locator(".event-card").first().waitFor({ timeout: 30_000 });
  const seen = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const name = el.getAttribute("aria-label") || el.labels?.[0]?.textContent?.trim() || el.textContent.trim();
      return { tag: el.tagName.toLowerCase(), name: name.slice(0, 40), ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
    });
    if (info.tag !== "body") seen.push(info);
  }
  const names = seen.map((s) => s.name);
  const order = ["Timeline", "Compare", "Articles", "Search", "Dutch", "French", "English", "dates"];
  let at = -1;
  for (const n of order) {
    const i = names.findIndex((x, k) => k > at && x === n);
    assert.ok(i > at, `${n} after the previous controls: ${names.join(" | ")}`);
    at = i;
  }
  assert.ok(names.some((n) => /^\d{4}/.test(n)), "the walk reaches the event list");
  assert.ok(seen.every((s) => s.ring), `focus ring missing on: ${seen.filter((s) => !s.ring).map((s) => s.name).join(", ")}`);
  await page.close();
});

test("every view fits 320 px wide (a wiki sidebar) without horizontal scrolling", async () => {
  for (const [name, hash] of views) {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(SINGLE_FILE_URL + hash);
    await page.locator(".app-main > *").first().waitFor({ timeout: 30_000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${name}: ${width}px wide`);
    await page.close();
  }
});
