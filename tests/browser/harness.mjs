// Shared harness of the browser tests: starts the reference server (demo data, the built web
// app at /) on a free loopback port, drives Debian's chromium with playwright-core, reads codes
// from the demo outbox, moves the demo clock, runs axe-core, and saves screenshots.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

export const DEVICES = {
  android: { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36' },
  iphone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1' },
};

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

/** Starts the demo server; `port` reuses an address (to restart "the same" server). */
export async function startServer({ port, db, args = [] } = {}) {
  port = port ?? await freePort();
  db = db ?? join(mkdtempSync(join(tmpdir(), 'macnss-')), 'demo.db');
  const bin = process.env.MACNSS_SERVER_BIN ?? join(root, 'target', 'debug', 'macnss-server');
  const webDir = process.env.MACNSS_WEB_DIR ?? join(root, 'target', 'dx', 'macnss', 'release', 'web', 'public');
  const child = spawn(bin, ['--demo', '--db', db, '--listen', `127.0.0.1:${port}`, '--web-dir', webDir, ...args],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base, port, db,
    async stop() { if (child.exitCode === null) { child.kill('SIGTERM'); await new Promise((r) => child.once('exit', r)); } },
    log: () => log,
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A fresh page on `device` in `lang`, opened at the app. */
export async function openApp(browser, server, { device = 'android', lang = 'fr' } = {}) {
  const context = await browser.newContext({ ...DEVICES[device], locale: lang === 'ar' ? 'ar-MA' : `${lang}-MA` });
  const page = await context.newPage();
  await page.goto(server.base);
  await page.waitForSelector('h1');
  return { context, page };
}

export async function outbox(server, to) {
  const r = await fetch(`${server.base}/dev/outbox?to=${encodeURIComponent(to)}`);
  return r.json();
}

export async function lastCode(server, to) {
  const messages = await outbox(server, to);
  const body = messages.at(-1)?.body ?? '';
  const m = body.match(/(?<!\d)\d{6}(?!\d)/);
  if (!m) throw new Error(`no code in ${JSON.stringify(body)}`);
  return m[0];
}

export async function advanceClock(server, seconds) {
  await fetch(`${server.base}/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advance_seconds: seconds }) });
}

/** Rules disabled, each with its reason (none for now). */
const DISABLED_RULES = [];

/** axe-core with WCAG 2.0/2.1/2.2 A and AA tags; returns the violations. */
export async function axe(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .disableRules(DISABLED_RULES)
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function shot(page, name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}
