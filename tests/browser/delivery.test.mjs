// Delivery: the single file makes no network request of any kind while every view is used; it works in
// a sandboxed iframe (src and srcdoc) from file:// and from a 127.0.0.1 page that sends the documented
// CSP header; in embed mode it reports its height to the host page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, serve, watchErrors, SINGLE_FILE, SINGLE_FILE_URL, DIST } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const POLICY = readFileSync(join(DIST, "csp.txt"), "utf8").trim();
const HOST = (iframe) => `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Wiki page</title></head><body>
<h1>Wiki page</h1>${iframe}
<script>
  window.heights = [];
  window.addEventListener("message", (e) => {
    if (e.data && e.data.type === "dossier:height") {
      window.heights.push(e.data.height);
      document.querySelector("iframe").style.height = e.data.height + "px";
    }
  });
</script></body></html>`;

test("no request but the file itself while every view is used", async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const errors = watchErrors(page);
  await page.goto(SINGLE_FILE_URL);
  await page.locator(".event-card").first().waitFor({ timeout: 30_000 });
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("JEDI");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.getByRole("combobox", { name: "Left article" }).selectOption({ index: 1 });
  await page.getByRole("combobox", { name: "Right article" }).selectOption({ index: 4 });
  await page.getByRole("region", { name: "Summary" }).waitFor();
  await page.getByRole("button", { name: "Articles", exact: true }).click();
  await page.locator(".article-item").nth(3).click();
  await page.getByRole("button", { name: "Timeline", exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  await download.path();
  const foreign = requests.filter((u) => !u.startsWith(SINGLE_FILE_URL) && !u.startsWith("blob:") && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], "requests other than the file itself");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the single file carries its strict CSP, with no 'unsafe-inline'", async () => {
  const html = readFileSync(SINGLE_FILE, "utf8");
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${POLICY}">`));
  assert.match(POLICY, /default-src 'none'/);
  assert.doesNotMatch(POLICY, /'unsafe-inline'|'unsafe-eval'/);
});

async function checkFrame(page) {
  const frame = page.frameLocator("iframe");
  await frame.locator(".event-card").first().waitFor({ timeout: 30_000 });
  assert.ok((await frame.locator(".event-card").count()) > 5);
  await page.waitForFunction(() => window.heights.length > 0, null, { timeout: 15_000 });
  const heights = await page.evaluate(() => window.heights);
  assert.ok(heights.every((h) => h > 100), JSON.stringify(heights));
}

test("inside a sandboxed iframe from file://, by src and by srcdoc, with height messages", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-host-"));
  copyFileSync(SINGLE_FILE, join(dir, "dossier.html"));
  writeFileSync(join(dir, "src.html"), HOST('<iframe sandbox="allow-scripts" src="dossier.html#embed" style="width:100%;border:0"></iframe>'));
  const escaped = readFileSync(SINGLE_FILE, "utf8").replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  // srcdoc has no URL to carry a fragment: embed mode is then chosen by the page's own link.
  writeFileSync(join(dir, "srcdoc.html"), HOST(`<iframe sandbox="allow-scripts" srcdoc="${escaped}" style="width:100%;border:0"></iframe>`));
  for (const host of ["src.html", "srcdoc.html"]) {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(pathToFileURL(join(dir, host)).href);
    const frame = page.frameLocator("iframe");
    await frame.locator(".event-card").first().waitFor({ timeout: 30_000 });
    if (host === "src.html") await checkFrame(page);
    assert.deepEqual(errors.filter((e) => !e.includes("Unsafe attempt")), [], host);
    await page.close();
  }
});

test("inside a sandboxed iframe on a 127.0.0.1 page under the documented CSP header", async () => {
  const fileServer = await serve(DIST, { prefix: "/wiki/", headers: { "Content-Security-Policy": POLICY } });
  const hostServer = await serve(DIST, {
    prefix: "/none/",
    routes: { "/Page": HOST(`<iframe sandbox="allow-scripts" src="${fileServer.url}dossier.html#embed" style="width:100%;border:0"></iframe>`) },
  });
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(hostServer.origin + "/Page");
    await checkFrame(page);
    assert.deepEqual(errors, []);
    assert.ok(fileServer.requests.every((p) => p === "/wiki/dossier.html"), fileServer.requests.join());
    await page.close();
  } finally {
    await fileServer.close();
    await hostServer.close();
  }
});
