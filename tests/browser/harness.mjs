// Shared by the browser tests: Debian's Chromium through playwright-core, a static server on 127.0.0.1,
// and the paths of the built page. Nothing here mocks the browser.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, extname, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist");
export const SINGLE_FILE = join(DIST, "dossier.html");
export const SINGLE_FILE_URL = pathToFileURL(SINGLE_FILE).href;

const CHROMIUM = process.env.DOSSIER_CHROMIUM || "/usr/bin/chromium";

/** Launches headless Chromium with the flags this machine needs (root, no network but loopback). */
export async function launch({ contextOptions = {}, extraArgs = [] } = {}) {
  if (!existsSync(SINGLE_FILE)) throw new Error(`${SINGLE_FILE} is missing: run scripts/build.sh first`);
  const userDataDir = mkdtempSync(join(tmpdir(), "dossier-chromium-"));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    ...contextOptions,
    args: [
      ...extraArgs,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

/**
 * Serves `dir` on 127.0.0.1 under `prefix` (e.g. "/wiki/dossier/"), with extra response headers.
 * `mounts` maps other path prefixes to other folders (e.g. { "/lib/": "node_modules/x" }).
 * Resolves to { url, close, requests } where `requests` lists every path asked for.
 */
export function serve(dir, { prefix = "/", headers = {}, routes = {}, mounts = {} } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    if (routes[path]) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers });
      res.end(routes[path]);
      return;
    }
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    const [base, at] = mount ? [mounts[mount], mount] : [dir, prefix];
    if (!path.startsWith(at)) { res.writeHead(404); res.end(); return; }
    let rel = path.slice(at.length) || "index.html";
    const file = normalize(join(base, rel));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", ...headers });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${prefix}`,
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }),
      });
    });
  });
}

/** Collects page errors and console errors so a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
  return errors;
}

/** The fixture story (tests/fixtures/ferry-strike): eleven articles in nl, en and fr, as files to add. */
export const FERRY_DIR = join(ROOT, "tests", "fixtures", "ferry-strike");
export function ferryFiles(names = null) {
  return readdirSync(FERRY_DIR)
    .filter((f) => f.endsWith(".txt") && (!names || names.includes(f)))
    .sort()
    .map((f) => ({ name: f, mimeType: "text/plain", buffer: readFileSync(join(FERRY_DIR, f)) }));
}

/** The ids of the seed articles (the default corpus). */
export const SEED_IDS = ["000_5f2e0fee363e49bd", "001_2ebdd90373ca95d5", "002_3df8e90182d96ef8", "003_cdcbea80cec60ce5", "004_af97a86d67851a04"];

/**
 * Opens the single file in a new page and waits for the complete timeline. `fresh` first empties the
 * articles kept in the browser (IndexedDB), before the page can read them.
 */
export async function openPage(browser, { hash = "", fresh = true, viewport = null, url = SINGLE_FILE_URL } = {}) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  if (viewport) await page.setViewportSize(viewport);
  // Once per tab (a reload keeps what the page stored): sessionStorage remembers it was done.
  if (fresh) {
    await page.addInitScript(() => {
      try {
        if (!sessionStorage.getItem("dossier-test-emptied")) {
          sessionStorage.setItem("dossier-test-emptied", "1");
          indexedDB.deleteDatabase("dossier");
        }
      } catch (e) { /* storage refused in this frame */ }
    });
  }
  await page.goto(url + hash);
  await settled(page);
  return { page, errors };
}

/** Waits until the analysis is done and the view is on screen. */
export async function settled(page) {
  await page.locator(".app-main > *").first().waitFor({ timeout: 30_000 });
  await page.locator(".loading").waitFor({ state: "detached", timeout: 60_000 });
}

/** After a reload: waits until the articles kept in this browser are read back (the "Add articles"
 * control appears only then) and the corpus with them is analysed. `settled` alone can pass between the
 * page's first view and the restore. */
export async function restored(page) {
  await page.getByLabel("Add articles").waitFor({ state: "attached", timeout: 30_000 });
  await settled(page);
}

/** Waits until the page has drawn `n` more frames (what a change rendered is then on screen). */
export async function frames(page, n = 2) {
  for (let i = 0; i < n; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
}

/** Waits until the time axis is laid out for its width (after a resize: its viewBox is its box). */
export async function axisFits(page) {
  await page.waitForFunction(() => {
    const svg = document.querySelector(".axis-svg");
    return svg && Math.abs(svg.viewBox.baseVal.width - svg.getBoundingClientRect().width) < 1;
  });
}

/** Waits until the page has written (or, where refused, tried to write) a fragment matching `re`;
 * throws, naming the last fragment written, when none matches within `timeout` ms. */
export async function fragmentWritten(target, re, timeout = 10_000) {
  await target.locator(`html[data-fragment]`).first().waitFor({ state: "attached", timeout });
  const deadline = Date.now() + timeout;
  let f = null;
  while (Date.now() < deadline) {
    f = await target.locator("html").first().getAttribute("data-fragment");
    if (re.test(f ?? "")) return f;
    await target.locator("html").first().evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
  throw new Error(`no fragment matching ${re} written within ${timeout} ms; the last was ${JSON.stringify(f)}`);
}

/** Waits until the page has saved `n` added articles in the browser (IndexedDB "dossier", "articles"). */
export async function kept(page, n) {
  await page.waitForFunction((n) => new Promise((resolve) => {
    const open = indexedDB.open("dossier");
    // Never create the database: if the page has not made it yet, opening it here would make an empty
    // version 1 that the page's own open(…, 1) would then not upgrade.
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("articles")) { db.close(); resolve(false); return; }
      const count = db.transaction("articles").objectStore("articles").count();
      count.onsuccess = () => { db.close(); resolve(count.result === n); };
      count.onerror = () => { db.close(); resolve(false); };
    };
  }), n, { timeout: 10_000 });
}

/** Adds files through "Add articles" and waits for their analysis. */
export async function addArticles(page, files) {
  const before = Number((await page.locator(".app-tagline").textContent()).match(/\d+/)[0]);
  await page.getByLabel("Add articles").setInputFiles(files);
  await page.waitForFunction((n) => document.querySelector(".app-tagline")?.textContent.startsWith(`${n} `), before + files.length, { timeout: 30_000 });
  await settled(page);
}
