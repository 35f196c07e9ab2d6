// Embedding (issue 18): height messages follow the page down as well as up; in a sandboxed iframe
// (which may be refused downloads) the exports open in a panel to copy or select from, and say why; a
// sandboxed iframe opened from disk logs no console error through every kind of state change; the page
// has a short help on the keyboard, links and embedding.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, watchErrors, openPage, fragmentWritten, SINGLE_FILE } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A host page from file:// with the single file in an iframe (`attrs` on the iframe). */
function host(attrs, hash = "#embed") {
  const dir = mkdtempSync(join(tmpdir(), "dossier-embed-"));
  copyFileSync(SINGLE_FILE, join(dir, "dossier.html"));
  writeFileSync(join(dir, "host.html"), `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Wiki page</title></head><body>
<h1>Wiki page</h1><iframe ${attrs} src="dossier.html${hash}" style="width:100%;border:0" title="Dossier"></iframe>
<script>
  window.heights = [];
  window.addEventListener("message", (e) => {
    if (e.data && e.data.type === "dossier:height") {
      window.heights.push(e.data.height);
      document.querySelector("iframe").style.height = e.data.height + "px";
    }
  });
</script></body></html>`);
  return pathToFileURL(join(dir, "host.html")).href;
}

test("height messages go down as well as up", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(host('sandbox="allow-scripts"'));
  const frame = page.frameLocator("iframe");
  await frame.locator(".event-card").first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => window.heights.length > 0);
  // The last height told is the app's height now.
  const appHeight = () => frame.locator(".app").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  for (let h = await appHeight(); (await page.evaluate(() => window.heights.at(-1))) !== h; h = await appHeight()) {
    await frame.locator(".app").evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
  const tall = await page.evaluate(() => window.heights.at(-1));
  // A search with no result leaves a short page: the host is told the smaller height.
  await frame.getByRole("searchbox", { name: "Search", exact: true }).fill("zzzz");
  await frame.getByRole("region", { name: "No events" }).waitFor();
  await page.waitForFunction((t) => window.heights.at(-1) < t - 200, tall, { timeout: 5_000 });
  const short = await page.evaluate(() => window.heights.at(-1));
  const frameBox = await page.locator("iframe").boundingBox();
  assert.ok(Math.abs(frameBox.height - short) <= 1, `the host sized the iframe to ${frameBox.height}, told ${short}`);
  // And up again.
  await frame.getByRole("searchbox", { name: "Search", exact: true }).fill("");
  await page.waitForFunction((s) => window.heights.at(-1) > s + 200, short, { timeout: 5_000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test("in a sandboxed iframe the exports open to copy or select, and say why", async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(host('sandbox="allow-scripts"'));
  const frame = page.frameLocator("iframe");
  await frame.locator(".event-card").first().waitFor({ timeout: 30_000 });
  await frame.getByRole("checkbox", { name: "French" }).check();
  await frame.getByRole("button", { name: "Export CSV" }).click();
  const panel = frame.getByRole("region", { name: "CSV export" });
  await panel.waitFor();
  assert.match(await panel.textContent(), /may not allow downloads/);
  const csv = await panel.getByRole("textbox", { name: "CSV export" }).inputValue();
  assert.ok(csv.startsWith("card,value,start,end"), csv.slice(0, 80));
  assert.ok(csv.trim().split("\n").slice(1).every((row) => row.includes(",fr,")), "the export holds the filtered events");
  await panel.getByRole("button", { name: "Copy to clipboard" }).click();
  await panel.getByRole("status").filter({ hasText: /Copied|refused/ }).waitFor();
  await panel.getByRole("button", { name: "Close" }).click();
  await frame.getByRole("button", { name: "Export TimelineJS" }).click();
  const tl = JSON.parse(await frame.getByRole("textbox", { name: "TimelineJS JSON export" }).inputValue());
  assert.ok(tl.events.length > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a sandboxed iframe from file:// logs no console error through state changes", async () => {
  for (const hash of ["#embed", ""]) {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(host('sandbox="allow-scripts"', hash));
    const frame = page.frameLocator("iframe");
    await frame.locator(".event-card").first().waitFor({ timeout: 30_000 });
    await frame.getByRole("checkbox", { name: "Dutch" }).check();
    await frame.getByRole("searchbox", { name: "Search", exact: true }).fill("Microsoft");
    // The typing pauses: the page writes (here: tries to write) the fragment.
    await fragmentWritten(frame, /q=Microsoft/);
    await frame.locator(".event-select").first().click();
    await frame.getByRole("button", { name: "Zoom in" }).click();
    await frame.getByRole("button", { name: "Compare", exact: true }).click();
    await frame.getByRole("combobox", { name: "Left article" }).selectOption({ index: 1 });
    await frame.getByRole("button", { name: "Articles", exact: true }).click();
    await frame.locator(".article-item").nth(2).click();
    await frame.getByRole("button", { name: "Copy link" }).click();
    await frame.getByRole("button", { name: "Timeline", exact: true }).click();
    await frame.locator(".event-card").first().waitFor();
    await fragmentWritten(frame, /^(?!.*view=)/);
    await frame.locator(".app").evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    assert.deepEqual(errors, [], hash || "without #embed");
    await page.close();
  }
});

test("a short in-page help says how to use the keyboard, links and embedding", async () => {
  const { page } = await openPage(browser);
  await page.getByText("Help", { exact: true }).click();
  const help = page.locator(".help-body");
  await help.waitFor();
  const text = await help.textContent();
  for (const part of ["Keyboard", "Links", "Your articles", "Embedding", "#embed", "allow-downloads", "dossier:height", "Home and End", "Copy link"]) {
    assert.ok(text.includes(part), `the help mentions ${part}`);
  }
  await page.close();
});
