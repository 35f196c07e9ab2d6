// Shared by the browser tests: Debian's Chromium through playwright-core, a static server on 127.0.0.1,
// and the paths of the built page. Nothing here mocks the browser.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, existsSync, statSync } from "node:fs";
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
