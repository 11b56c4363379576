// Native start of scripts/bench: the release desktop builds (wry over WebKitGTK: a proxy for the
// phones, whose webviews are Android's System WebView and iOS's WKWebView; BENCHMARKS.md says
// what it can predict) of the app and of the reference counter app, under one Xvfb, each run in a fresh
// HOME (no WebKit cache) inside its own `dbus-run-session`. Time = process spawn → the marker
// line the app prints once its first screen is painted and the webview answers
// (`MACNSS_BENCH_MARK=1`, see src/views/welcome.rs). Runs interleave app and reference; one
// warm-up each is discarded. Every process a run started (tagged through its environment) is
// stopped before the next run.
// Usage: node benches/native-start.mjs OUT.json APP_BIN REF_BIN   (env: RUNS)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

const [out, appBin, refBin] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 11);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Pids of every process whose environment carries `tag` (descendants, D-Bus-activated helpers). */
function tagged(tag) {
  const pids = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try { if (readFileSync(`/proc/${d}/environ`).includes(tag)) pids.push(Number(d)); } catch { /* gone */ }
  }
  return pids;
}

async function stopTagged(tag) {
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    const pids = tagged(tag);
    if (!pids.length) return;
    for (const p of pids) { try { process.kill(p, signal); } catch { /* gone */ } }
    for (let i = 0; i < 20 && tagged(tag).length; i++) await sleep(50);
  }
}

let display = 90;
while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display++;
const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${display}`); i++) await sleep(50);

async function once(bin) {
  const tag = `MACNSS_BENCH_RUN=${randomUUID()}`;
  const home = mkdtempSync(join(tmpdir(), 'macnss-start-'));
  const env = { ...process.env, DISPLAY: `:${display}`, HOME: home, XDG_RUNTIME_DIR: home, XDG_CACHE_HOME: join(home, 'cache'),
    XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config'), MACNSS_BENCH_MARK: '1',
    MACNSS_BENCH_RUN: tag.split('=')[1], NO_AT_BRIDGE: '1' };
  const t0 = performance.now();
  const child = spawn('dbus-run-session', ['--', bin], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no marker after 30 s: ${errors.slice(-2000)}`)), 30_000);
      child.stderr.on('data', (d) => {
        const now = performance.now();
        errors += d;
        if (errors.includes('MACNSS_BENCH_MARK')) { clearTimeout(timer); resolve(now - t0); }
      });
      child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`exited ${code}: ${errors.slice(-2000)}`)); });
    });
  } finally {
    await stopTagged(tag);
    rmSync(home, { recursive: true, force: true });
  }
}

const result = { runs: RUNS, app: [], ref: [] };
try {
  for (let i = 0; i <= RUNS; i++) {
    for (const [name, bin] of [['app', appBin], ['ref', refBin]]) {
      const ms = await once(bin);
      if (i > 0) result[name].push(ms);
    }
  }
} finally {
  xvfb.kill('SIGTERM');
  await new Promise((r) => (xvfb.exitCode !== null ? r() : xvfb.once('exit', r)));
}
for (const k of ['app', 'ref']) result[`${k}Median`] = median(result[k]);
console.error(`native start: app ${result.appMedian.toFixed(0)} ms, reference ${result.refMedian.toFixed(0)} ms`);
writeFileSync(out, JSON.stringify(result, null, 2));
