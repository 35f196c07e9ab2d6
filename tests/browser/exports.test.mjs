// The exports from the built single file, as people use them: a CSV a spreadsheet reads right (a UTF-8
// byte-order mark, one row per source sentence, entity and amount columns), a TimelineJS file with a
// slide for every dated card headed by what happened and citing its article, and a JSON file with the
// filters it was made with and no internal fields.
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
  const download = async (name) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
    return readFileSync(await file.path());
  };
  return { page, errors, download };
}

/** A minimal RFC 4180 reader: rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test("the CSV has a byte-order mark, a row per source sentence, and entity and amount columns", async () => {
  const { page, errors, download } = await open();
  const bytes = await download("Export CSV");
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte-order mark");
  const [header, ...rows] = parseCsv(bytes.toString("utf8").slice(1));
  for (const column of ["card", "value", "expression", "sentence", "entities", "amounts", "amount_values", "language", "headline", "published"]) {
    assert.ok(header.includes(column), `${column} in ${header}`);
  }
  const at = (name) => header.indexOf(name);
  assert.ok(rows.every((r) => r.length === header.length), "every row has every column");
  // A merged card has one row per source sentence, in each language.
  const ruling = rows.filter((r) => r[at("value")] === "2020-02-11");
  assert.deepEqual(new Set(ruling.map((r) => r[at("language")])), new Set(["nl", "fr"]));
  assert.equal(new Set(ruling.map((r) => r[at("card")])).size, 1, "one card");
  assert.ok(ruling.some((r) => r[at("expression")] === "11 février" && r[at("sentence")].includes("le tribunal devrait rendre sa décision")));
  // Accents survive, and the amounts and entities of a sentence have their columns.
  const contract = rows.find((r) => r[at("amounts")].includes("10 milliards de dollars"));
  assert.ok(contract, "a sentence with the contract's value");
  assert.equal(contract[at("amount_values")], "USD 10000000000; EUR 9000000000");
  assert.match(contract[at("entities")], /Microsoft/);
  assert.match(contract[at("headline")], /^Amazon cherche un accord/);
  assert.ok(rows.some((r) => r[at("entities")].split("; ").includes("US Department of Defense")));
  // As many cards as the page lists.
  const shown = await page.locator(".event-card").count();
  assert.equal(new Set(rows.map((r) => r[at("card")])).size, shown);
  assert.deepEqual(errors, []);
  await page.close();
});

const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/i;
const BARE_DATE = /^[\d\s\-\/.:WQHT]*$/;

test("TimelineJS gets a slide for every dated card, headed by what happened and citing its article", async () => {
  const { page, errors, download } = await open();
  const tl = JSON.parse((await download("Export TimelineJS")).toString("utf8"));
  // Cards with a place in time carry a calendar value (`2020-01-24`, `2019-Q3`, `202`); the others a
  // length, a recurrence or a reference (`P10Y`, `XXXX-WXX-1`, `PAST_REF`, `TEV`).
  const values = await page.locator(".event-card").evaluateAll((cs) => cs.map((c) => c.dataset.value));
  const dated = values.filter((v) => /^\d/.test(v));
  assert.equal(tl.events.length, dated.length, "a slide for every dated card");
  for (const slide of tl.events) {
    const headline = slide.text.headline;
    assert.doesNotMatch(headline, WEEKDAYS, "not a weekday");
    assert.doesNotMatch(headline, BARE_DATE, "not a bare date");
    assert.ok(headline.length >= 15 && headline.length <= 95, headline);
    assert.match(slide.text.text, /<cite>[^<]+<\/cite> \((nl|fr|en), /, "cites its article");
    assert.ok(Number.isInteger(slide.start_date.year));
  }
  // The French "lundi" (resolved to a month, its article being dated to the month) is cited with its
  // sentence, and its slide is headed by what happened.
  const monday = tl.events.find((s) => s.text.text.includes("adressé lundi"));
  assert.ok(monday, "a slide cites the lundi sentence");
  assert.doesNotMatch(monday.text.headline, WEEKDAYS);
  // A season has its place: on the seeds the winter is a slide of its own.
  assert.ok(tl.events.some((s) => s.text.text.includes("“the winter” (2020-WI)")), "the winter is on the timeline");
  // What has no place on a timeline is counted in the note.
  const undated = values.length - dated.length;
  assert.ok(undated > 0);
  const note = tl.title.text.text;
  assert.match(note, /Left out, having no place on a timeline: \d+ durations?, \d+ recurrences? and \d+ undated references?/);
  const counts = [...note.matchAll(/(\d+) (durations?|recurrences?|undated references?)/g)].reduce((n, m) => n + Number(m[1]), 0);
  assert.equal(counts, undated);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the JSON has the filters it was made with and no internal fields", async () => {
  const { page, errors, download } = await open("#lang=fr&q=contrat");
  const json = JSON.parse((await download("Export JSON")).toString("utf8"));
  assert.deepEqual(json.filters.languages, ["fr"]);
  assert.equal(json.filters.query, "contrat");
  assert.match(json.fragment, /lang=fr/);
  assert.equal(json.cards.length, await page.locator(".event-card").count());
  const text = JSON.stringify(json);
  for (const internal of ["search_text", "in_sentence", "sentence_start", "paragraph_entities"]) {
    assert.ok(!text.includes(internal), `${internal} left out`);
  }
  const source = json.cards[0].sources[0];
  assert.deepEqual(Object.keys(source.article).sort(), ["headline", "id", "language", "published"]);
  assert.ok(Array.isArray(source.entities) && Array.isArray(source.amounts));
  assert.deepEqual(errors, []);
  await page.close();
});
