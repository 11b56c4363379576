// Web figures of scripts/bench, in Debian's headless chromium on loopback, each next to the
// reference counter app (benches/reference) served by the same release server:
//   - first load: wasm + js + css bytes fetched before the first screen, raw / gzip / brotli;
//   - first screen interactive under 4× CPU throttling (CDP Emulation.setCPUThrottlingRate):
//     navigation → primary button present, enabled, visible, and a frame painted after it;
//   - interaction latency under the same throttling (Event Timing API): keystroke → next
//     paint, button → next paint, and button → next screen painted (local answers only);
//   - layout shift when the identity form's errors appear;
//   - requests per journey, counted at the server's door (tests/browser/requests.mjs);
//   - bytes on the wire before the first screen is interactive, as the server sent them
//     (CDP's encodedDataLength, with each response's Content-Encoding), and the first screen
//     under 4× CPU throttling *and* a throttled mobile network (1.6 Mbit/s down, 750 kbit/s
//     up, 150 ms round trip: CDP Network.emulateNetworkConditions), for the app and the
//     reference alike;
//   - every code chunk fetched after the first screen, with its bytes on the wire;
//   - sign-in → «Mon espace» with its cards filled under the same throttling: the requests
//     after the sign-in, the chunks fetched on that path, and the time next to the sign-in
//     request's own round trip.
// Usage: node benches/web.mjs OUT.json   (env: MACNSS_SERVER_BIN, APP_WEB_DIR, REF_WEB_DIR, RUNS,
// INTERACTION_RUNS)
import { writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { startServer, launch, DEVICES } from '../tests/browser/harness.mjs';
import { countJourneys } from '../tests/browser/requests.mjs';

const RUNS = Number(process.env.RUNS ?? 11);
// Pages whose taps and keystrokes are measured, per app: with 4 taps a page, 24 taps, so the
// p95 is not simply the slowest one (with 12 it was).
const INTERACTION_RUNS = Number(process.env.INTERACTION_RUNS ?? 6);
const out = process.argv[2] ?? 'web.json';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN; };

// Records when the first screen is usable: a `button.primary` that is enabled and laid out,
// then one animation frame and a task later (the frame with it painted, the main thread free).
const FSI_PROBE = () => {
  const ready = () => {
    const b = document.querySelector('button.primary');
    return b && !b.disabled && b.getClientRects().length > 0;
  };
  const obs = new MutationObserver(() => {
    if (ready()) {
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__fsi = performance.now(); }, 0));
    }
  });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
};

// Event Timing entries (≥ 16 ms, the API's floor), layout shifts, and "next screen painted":
// the time from a click to the frame after the page's h1 (or the counter) changes.
const LATENCY_PROBE = () => {
  window.__events = [];
  window.__shifts = [];
  window.__screens = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__events.push({ name: e.name, id: e.interactionId, d: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__shifts.push({ v: e.value, recent: e.hadRecentInput });
  }).observe({ type: 'layout-shift', buffered: true });
  let clickAt = null;
  let seen = null;
  addEventListener('click', (e) => { clickAt = e.timeStamp; seen = document.querySelector('h1, p')?.textContent; }, true);
  new MutationObserver(() => {
    if (clickAt === null) return;
    const now = document.querySelector('h1')?.textContent;
    const p = document.querySelector('main p')?.textContent;
    if ((now && now !== seen) || (p && document.querySelector('main p') && p !== seen)) {
      const t0 = clickAt; clickAt = null;
      requestAnimationFrame(() => setTimeout(() => window.__screens.push(performance.now() - t0), 0));
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
};

/** A throttled mobile network: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
export const MOBILE = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

async function throttledPage(browser, base, probe, { network = false } = {}) {
  const context = await browser.newContext({ ...DEVICES.android, locale: 'fr-MA' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Every response as it crossed the wire: its URL, Content-Encoding, and encoded length
  // (headers and body as sent, after any compression).
  const wire = new Map();
  await cdp.send('Network.enable');
  const sentAt = new Map();
  cdp.on('Network.requestWillBeSent', (e) => { sentAt.set(e.requestId, e.timestamp); });
  cdp.on('Network.responseReceived', (e) => {
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    wire.set(e.requestId, { url: e.response.url, status: e.response.status, encoding: h['content-encoding'] ?? 'identity',
      at: sentAt.get(e.requestId) ?? e.timestamp, fromCache: e.response.fromDiskCache || e.response.fromPrefetchCache });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = wire.get(e.requestId);
    if (r) { r.bytes = e.encodedDataLength; r.doneAt = e.timestamp; }
  });
  if (network) await cdp.send('Network.emulateNetworkConditions', MOBILE);
  await page.addInitScript(probe);
  return { context, page, cdp, wire };
}

/** The responses finished so far, as the wire saw them. */
const onWire = (wire) => [...wire.values()].filter((r) => r.bytes !== undefined)
  .map((r) => ({ path: new URL(r.url).pathname, status: r.status, encoding: r.encoding, bytes: r.bytes }));

/**
 * One cold load (fresh context: empty cache); returns ms to interactive, the bytes fetched
 * (decoded, for the raw / gzip / brotli table) and what crossed the wire before the first
 * screen was interactive.
 */
async function firstScreen(browser, base, { network = false } = {}) {
  const { context, page, wire } = await throttledPage(browser, base, FSI_PROBE, { network });
  const files = [];
  page.on('response', async (r) => {
    const url = new URL(r.url());
    const kind = url.pathname.match(/\.(wasm|js|css)$/)?.[1];
    if (kind) { try { files.push({ kind, path: url.pathname, body: await r.body() }); } catch { /* aborted */ } }
  });
  try {
    await page.goto(base);
    await page.waitForFunction(() => window.__fsi !== undefined, null, { timeout: 60_000 });
    const ms = await page.evaluate(() => window.__fsi);
    return { ms, files, wire: onWire(wire) };
  } finally { await context.close(); }
}

/**
 * The app's sign-in under both throttlings: from the tap on «Me connecter» (the form's) to
 * «Mon espace» painted with its cards' live lines, the API requests after the tap, every code
 * chunk fetched after the first screen, and the sign-in request's own round trip.
 */
async function signInPath(browser, base) {
  const { context, page, wire } = await throttledPage(browser, base, FSI_PROBE, { network: true });
  try {
    await page.goto(base);
    await page.waitForFunction(() => window.__fsi !== undefined, null, { timeout: 60_000 });
    const firstScreenDone = new Set(wire.keys());
    await page.getByRole('button', { name: 'Me connecter', exact: true }).click();
    await page.waitForSelector('#identifier');
    await page.fill('#identifier', '678901234');
    await page.fill('#password', 'Tajine aux pruneaux 2026');
    const before = new Set(wire.keys());
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Me connecter', exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('.service-status').length >= 4 && !document.querySelector('.space-skeleton-line'), null, { timeout: 60_000 });
    const painted = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))));
    const after = [...wire.entries()].filter(([id]) => !before.has(id)).map(([, r]) => r);
    const api = after.filter((r) => new URL(r.url).pathname.startsWith('/v1/'));
    const session = api.find((r) => new URL(r.url).pathname === '/v1/session');
    const chunks = [...wire.entries()].filter(([id]) => !firstScreenDone.has(id)).map(([, r]) => r)
      .filter((r) => /\.(wasm|js)$/.test(new URL(r.url).pathname))
      .map((r) => ({ path: new URL(r.url).pathname, encoding: r.encoding, bytes: r.bytes }));
    return {
      ms: painted - t0,
      requests: api.map((r) => `${new URL(r.url).pathname}`),
      signInRoundTripMs: session && session.doneAt ? (session.doneAt - session.at) * 1000 : NaN,
      chunksOnPath: chunks.filter((c) => after.some((r) => new URL(r.url).pathname === c.path)),
      laterChunks: chunks,
    };
  } finally { await context.close(); }
}

function sizes(files) {
  const by = {};
  for (const f of files) {
    const s = by[f.kind] ?? (by[f.kind] = { raw: 0, gzip: 0, brotli: 0, files: [] });
    s.raw += f.body.length;
    s.gzip += gzipSync(f.body, { level: 9 }).length;
    s.brotli += brotliCompressSync(f.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    s.files.push(f.path);
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const s of Object.values(by)) for (const k of Object.keys(total)) total[k] += s[k];
  return { ...by, total };
}

/**
 * A tap as a user makes it: the pointer events at the element's centre, nothing else.
 * Playwright's own `click()` first queries the accessibility tree and then installs a
 * hit-target check that runs inside the page's click handling; that work lands in the
 * measured interaction (it was most of the first "button" figures: BENCHMARKS.md tuning
 * log). So the element is found, scrolled into view and measured before, outside the
 * interaction, and the page is let settle for a frame.
 */
async function tap(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`nothing to tap: ${locator}`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function keystrokes(page, selector, text) {
  await page.focus(selector); // not a click: only the keystrokes are interactions
  await page.keyboard.type(text, { delay: 60 });
}

/** The app's interactions: buttons answered locally, and typing. */
async function appInteractions(browser, base) {
  const counts = { keys: 0, buttons: 0 };
  const results = { events: [], shifts: [], screens: [], errorShift: { cls: 0, raw: 0 }, loadCls: 0 };
  for (let run = 0; run < INTERACTION_RUNS; run++) {
    // Sign-up: two local screen changes, typing, then the form's own errors (no request).
    let { context, page } = await throttledPage(browser, base, LATENCY_PROBE);
    await page.goto(base);
    await page.waitForSelector('button.primary');
    await page.waitForTimeout(300);
    await tap(page, page.getByRole('button', { name: 'Créer mon compte', exact: true })); counts.buttons++;
    await tap(page, page.getByRole('button', { name: /^Assuré/ })); counts.buttons++;
    await page.waitForSelector('#document_number');
    await page.waitForTimeout(200);
    await keystrokes(page, '#document_number', 'BK123456'); counts.keys += 8;
    await keystrokes(page, '#birth_date-day', '14'); counts.keys += 2;
    await keystrokes(page, '#birth_date-month', '03'); counts.keys += 2;
    const before = await page.evaluate(() => window.__shifts.length);
    await tap(page, page.getByRole('button', { name: 'Suivant', exact: true })); counts.buttons++;
    await page.waitForSelector('.error-summary');
    await page.waitForTimeout(300);
    const r1 = await page.evaluate(() => ({ events: window.__events, shifts: window.__shifts, screens: window.__screens }));
    // Layout shifts from the click on «Suivant» on: CLS counts only those not caused by input
    // (hadRecentInput false); "raw" counts all of them, the summary pushing the form down too.
    const after = r1.shifts.slice(before);
    results.errorShift.raw = Math.max(results.errorShift.raw, after.reduce((a, s) => a + s.v, 0));
    results.errorShift.cls = Math.max(results.errorShift.cls, after.filter((s) => !s.recent).reduce((a, s) => a + s.v, 0));
    results.loadCls = Math.max(results.loadCls, r1.shifts.slice(0, before).filter((s) => !s.recent).reduce((a, s) => a + s.v, 0));
    await context.close();
    // Sign-in: one local screen change and typing.
    ({ context, page } = await throttledPage(browser, base, LATENCY_PROBE));
    await page.goto(base);
    await page.waitForSelector('button.primary');
    await page.waitForTimeout(300);
    await tap(page, page.getByRole('button', { name: 'Me connecter', exact: true })); counts.buttons++;
    await page.waitForSelector('#identifier');
    await page.waitForTimeout(200);
    await keystrokes(page, '#identifier', '678901234'); counts.keys += 9;
    await keystrokes(page, '#password', 'Tajine'); counts.keys += 6;
    await page.waitForTimeout(300);
    const r2 = await page.evaluate(() => ({ events: window.__events, shifts: window.__shifts, screens: window.__screens }));
    await context.close();
    for (const r of [r1, r2]) { results.events.push(...r.events); results.screens.push(...r.screens); }
  }
  return summarise(results, counts);
}

/** The reference: its one button (a counter), clicked. */
async function refInteractions(browser, base) {
  const counts = { keys: 0, buttons: 0 };
  const results = { events: [], screens: [], errorShift: { cls: 0, raw: 0 }, loadCls: 0 };
  for (let run = 0; run < INTERACTION_RUNS; run++) {
    const { context, page } = await throttledPage(browser, base, LATENCY_PROBE);
    await page.goto(base);
    await page.waitForSelector('button.primary');
    await page.waitForTimeout(300);
    for (let i = 0; i < 5; i++) {
      await tap(page, page.locator('button.primary')); counts.buttons++;
      await page.waitForTimeout(150);
    }
    const r = await page.evaluate(() => ({ events: window.__events, screens: window.__screens }));
    results.events.push(...r.events); results.screens.push(...r.screens);
    await context.close();
  }
  return summarise(results, counts);
}

/** Per interaction, its longest entry; interactions with no entry took < 16 ms (counted as 16). */
function summarise(results, counts) {
  const byId = new Map();
  for (const e of results.events) {
    if (!e.id) continue;
    const kind = /^key|^input|^beforeinput/.test(e.name) ? 'keys' : 'buttons';
    const cur = byId.get(e.id);
    if (!cur || e.d > cur.d) byId.set(e.id, { kind, d: e.d });
  }
  const of = (kind) => {
    const measured = [...byId.values()].filter((x) => x.kind === kind).map((x) => x.d);
    const all = [...measured, ...Array(Math.max(0, counts[kind] - measured.length)).fill(16)];
    return { n: counts[kind], over16: measured.length, p50: pct(all, 0.5), p95: pct(all, 0.95), max: Math.max(...all) };
  };
  return {
    keys: of('keys'), buttons: of('buttons'),
    nextScreen: { n: results.screens.length, p50: pct(results.screens, 0.5), p95: pct(results.screens, 0.95), max: Math.max(...results.screens) },
    errorShift: results.errorShift,
    loadCls: results.loadCls,
  };
}

const bin = process.env.MACNSS_SERVER_BIN;
if (!bin) throw new Error('MACNSS_SERVER_BIN is not set');
const t0 = Date.now();
const browser = await launch();
process.env.MACNSS_WEB_DIR = process.env.APP_WEB_DIR;
const app = await startServer();
process.env.MACNSS_WEB_DIR = process.env.REF_WEB_DIR;
const ref = await startServer();
const result = { runs: RUNS };
try {
  // Interleaved cold loads, one warm-up each (not counted).
  const fsi = { app: [], ref: [] };
  let files = {};
  for (let i = 0; i <= RUNS; i++) {
    for (const [name, server] of [['app', app], ['ref', ref]]) {
      const r = await firstScreen(browser, server.base);
      if (i > 0) fsi[name].push(r.ms);
      if (i === 1) files[name] = r.files;
    }
  }
  result.firstScreen = Object.fromEntries(Object.entries(fsi).map(([k, v]) => [k, { median: median(v), min: Math.min(...v), max: Math.max(...v), samples: v }]));
  result.firstLoad = { app: sizes(files.app), ref: sizes(files.ref) };
  // The same, on a throttled mobile network too: what a phone on mobile data waits for, and
  // the bytes the server really sent before the first screen was usable.
  const mobile = { app: [], ref: [] };
  const wireBytes = {};
  for (let i = 0; i <= RUNS; i++) {
    for (const [name, server] of [['app', app], ['ref', ref]]) {
      const r = await firstScreen(browser, server.base, { network: true });
      if (i > 0) mobile[name].push(r.ms);
      if (i === 1) wireBytes[name] = { total: r.wire.reduce((a, f) => a + f.bytes, 0), files: r.wire };
    }
  }
  result.firstScreenMobile = Object.fromEntries(Object.entries(mobile).map(([k, v]) => [k, { median: median(v), min: Math.min(...v), max: Math.max(...v), samples: v }]));
  result.wire = wireBytes;
  console.error(`on the wire before the first screen: app ${wireBytes.app.total} bytes, ref ${wireBytes.ref.total} bytes; mobile first screen app ${result.firstScreenMobile.app.median.toFixed(0)} ms, ref ${result.firstScreenMobile.ref.median.toFixed(0)} ms`);
  result.signInPath = await signInPath(browser, app.base);
  console.error(`sign-in → cards: ${result.signInPath.ms.toFixed(0)} ms, ${result.signInPath.requests.length} requests, sign-in round trip ${result.signInPath.signInRoundTripMs.toFixed(0)} ms, chunks on the path: ${result.signInPath.chunksOnPath.length}`);
  console.error(`first screen: app ${result.firstScreen.app.median.toFixed(0)} ms, ref ${result.firstScreen.ref.median.toFixed(0)} ms (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  result.latency = { app: await appInteractions(browser, app.base), ref: await refInteractions(browser, ref.base) };
  console.error(`latency: ${JSON.stringify(result.latency.app)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  const counted = await countJourneys(browser, app);
  result.requests = Object.fromEntries(Object.entries(counted).map(([k, v]) => [k, { count: v.length, requests: v }]));
  console.error(`requests: ${JSON.stringify(Object.fromEntries(Object.entries(result.requests).map(([k, v]) => [k, v.count])))}`);
} finally {
  await browser.close();
  await app.stop();
  await ref.stop();
}
writeFileSync(out, JSON.stringify(result, null, 2));
