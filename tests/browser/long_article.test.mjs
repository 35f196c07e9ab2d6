// A long article is analysed in small steps between which the page answers (issue 15): while the page
// analyses an article of several hundred kilobytes added through "Add articles", a click on a view tab
// is handled before that article's analysis is done (the progress bar reaching it), and what the page
// then shows and exports is what the analysis all in one call gives (`dossier.analyze`). Behaviour, not
// time: nothing here measures how long anything takes (bench/frame_budget.mjs does).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, openPage, settled, FERRY_DIR } from "./harness.mjs";
import { join } from "node:path";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** One long Dutch article: the body of a ferry-strike fixture again and again, each copy with its own
 * day, with no header: undated, so analysed after every dated article, last. About `bytes` long. */
function longArticle(bytes) {
  const body = readFileSync(join(FERRY_DIR, "nl-02-staking.txt"), "utf8").split("\n").filter((l) => !/^\s*date /.test(l)).join("\n");
  let text = "De lange staking\n\n";
  for (let k = 0; text.length < bytes; k++) {
    text += body.replace(/\d+/, String((k % 27) + 1)) + "\n\n";
  }
  return text;
}

/** The CSV's rows (simple RFC 4180 reader: quoted cells, doubled quotes). */
function csvRows(csv) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n") { row.push(cell.replace(/\r$/, "")); rows.push(row); row = []; cell = ""; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test("while a long article is analysed the page answers a click, and the result is the one-call analysis", async () => {
  const { page, errors } = await openPage(browser);
  const text = longArticle(800_000);
  const tab = await page.locator("#view-articles").boundingBox();
  // When the long article's analysis begins (the progress bar at its last article) and ends (the bar
  // at its end, or gone), and when the view tab's click is handled, in the page's own clock.
  await page.evaluate(() => {
    window.marks = {};
    const now = () => performance.now();
    new MutationObserver(() => {
      const p = document.querySelector("progress[aria-label='Analysis progress']");
      if (p && !window.marks.analysing && Number(p.value) === Number(p.max) - 1) window.marks.analysing = now();
      // Done with the last article: the progress at its end ("Connecting…"), or gone.
      if (window.marks.analysing && !window.marks.analysed && (!p || Number(p.value) === Number(p.max))) window.marks.analysed = now();
      if (document.querySelector("#view-articles.current") && !window.marks.switched) window.marks.switched = now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["value", "class"] });
  });
  await page.getByLabel("Add articles").setInputFiles([{ name: "lange-staking.txt", mimeType: "text/plain", buffer: Buffer.from(text) }]);
  // The analysis of the long article (the last: undated, added last) has begun: click the
  // Articles tab now (a real click where the tab is).
  await page.waitForFunction(() => window.marks.analysing, null, { timeout: 60_000, polling: 5 });
  await page.mouse.click(tab.x + tab.width / 2, tab.y + tab.height / 2);
  await page.waitForFunction(() => window.marks.switched && window.marks.analysed, null, { timeout: 300_000 });
  await page.waitForFunction(() => document.querySelector(".app-tagline")?.textContent.startsWith("6 "), null, { timeout: 300_000 });
  await settled(page);
  const marks = await page.evaluate(() => window.marks);
  assert.ok(
    marks.switched < marks.analysed,
    `the click is handled while the long article is analysed (switched at ${marks.switched}, analysed at ${marks.analysed})`,
  );
  assert.match(page.url(), /view=articles/);

  // What the page shows and exports is what one call of the analysis gives.
  const oneCall = await page.evaluate(([t]) => {
    const out = JSON.parse(window.dossier.analyze(["lange-staking.txt"], [t]));
    return out.articles[0];
  }, [text]);
  await page.locator("#view-timeline").click();
  await page.locator(".event-card").first().waitFor();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  const rows = csvRows(readFileSync(await file.path(), "utf8").replace(/^\uFEFF/, ""));
  const head = rows[0];
  const col = (name) => head.indexOf(name);
  const mine = rows.slice(1).filter((r) => r[col("article_id")] === "lange-staking");
  assert.ok(mine.length > 100, `the long article's dates are on the timeline (${mine.length} rows)`);
  // Each row's date and its explanation (the expression as written, how it was resolved) are the
  // one-call analysis's, and every row is a different expression of it.
  const timex = new Set(oneCall.timex.map((t) => `${t.value} | ${t.anchor}`));
  for (const r of mine) {
    const key = `${r[col("value")].replace(/^'/, "")} | ${r[col("anchor")].replace(/^'/, "")}`;
    assert.ok(timex.has(key), `row "${key}" is an expression of the one-call analysis`);
  }
  assert.ok(mine.every((r) => r[col("headline")] === oneCall.title), "the headline is the one-call analysis's");
  assert.deepEqual(errors, []);
  await page.close();
});
