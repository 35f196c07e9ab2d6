// The wasm's embedding in the single file (xtask/src/embed.rs, decoded by xtask/src/base122.mjs): what
// the encoder wrote, read by Chromium's HTML parser from file:// and decoded by the page's decoder, is
// byte for byte what was encoded, for every byte value; the single file's own payload decodes to the
// exact wasm Trunk built; a server that names another charset gets a clear message, not a broken page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { launch, serve, ROOT, DIST, SINGLE_FILE } from "./harness.mjs";
import { decodeBase122 } from "../../xtask/src/base122.mjs";

const DECODER = join(ROOT, "xtask", "src", "base122.mjs");
const SAMPLES = join(ROOT, "tests", "fixtures", "base122.html");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("what the encoder wrote decodes in Chromium to the same bytes, every byte value included", async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(SAMPLES).href);
  // The decoder as the single file inlines it, run in the page on the blocks the parser read.
  await page.addScriptTag({ content: readFileSync(DECODER, "utf8").replace("export function", "function") });
  const results = await page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/octet-stream"]')].map((el) => ({
      name: el.dataset.name,
      want: el.dataset.hex,
      got: Array.from(decodeBase122(el.textContent), (b) => b.toString(16).padStart(2, "0")).join(""),
    })),
  );
  assert.ok(results.length > 60, `${results.length} cases`);
  assert.ok(results.some((r) => r.name === "every byte value"));
  for (const { name, want, got } of results) assert.equal(got, want, name);
  assert.equal(await page.evaluate(() => document.characterSet), "UTF-8");
  await page.close();
});

test("the single file's payload decodes to the exact wasm Trunk built", () => {
  const html = readFileSync(SINGLE_FILE, "utf8");
  const open = '<script type="application/octet-stream" id="dossier-wasm">';
  const start = html.indexOf(open) + open.length;
  const text = html.slice(start, html.indexOf("</script>", start));
  assert.ok(start > open.length && text.length > 100_000, `payload of ${text.length} characters`);
  // The charset is declared before anything else needs it, in the first 1,024 bytes.
  assert.ok(Buffer.from(html).indexOf('<meta charset="utf-8">') < 1024 - 22);
  const wasmName = readdirSync(DIST).find((f) => f.endsWith("_bg.wasm"));
  const wasm = readFileSync(join(DIST, wasmName));
  assert.ok(gunzipSync(decodeBase122(text)).equals(wasm), "decoded and gunzipped payload differs from the wasm");
});

test("served as another charset, the page says it must be read as UTF-8", async () => {
  const server = await serve(DIST, { prefix: "/", headers: { "content-type": "text/html; charset=windows-1252" } });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}dossier.html`);
    await page.getByText("this file must be read as UTF-8").waitFor({ timeout: 15_000 });
    assert.match(errors.join("\n"), /must be read as UTF-8, not windows-1252/);
    await page.close();
  } finally {
    await server.close();
  }
});
