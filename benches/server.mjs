// Server figures of scripts/bench: the release server pinned to CPU 0 (`taskset -c 0`), this
// load generator pinned to CPU 1 by the caller, open-loop at fixed request rates (latency is
// measured from each request's scheduled send time, so a slow server cannot slow the
// generator down and hide its own queue). Loopback only; every phase is bounded in requests
// and time.
//   1. the bound: 1 ÷ the Argon2id verification time on CPU 0 (examples/argon2_time.rs);
//   2. sign-in at 1.25 × the bound: throughput (successful sign-ins/s in seconds 2–8 of 8),
//      three trials, each between two timings of the hash; the median trial is reported;
//   3. sign-in at 0.8 × the capacity the median trial measured (not the hash's bound, which
//      drifts with the machine), for 12 s, the hash timed again just before and after: p50/p99;
//   4. /healthz at 2,000 req/s for 5 s, sign-up journeys at 0.5 × the bound for 10 s: for scale;
//   5. the private space's records (summary, career, claims, family, payments, the account)
//      with a full session's token at a fixed 200 req/s for 5 s, against /healthz at the same
//      rate in the same run: p50/p99 and the ratio of p99s;
//   6. peak RSS (VmHWM) of the server after all of it.
// Attestation generation (issue 15) and notification fan-out (issue 16) are not built yet:
// their figures are reported as absent, not guessed.
// Usage: node benches/server.mjs OUT.json  (env: MACNSS_SERVER_BIN, ARGON2_TIME_BIN)
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import net from 'node:net';

const out = process.argv[2] ?? 'server.json';
const serverBin = process.env.MACNSS_SERVER_BIN;
const hashBin = process.env.ARGON2_TIME_BIN;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN; };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The hash time drifts with the machine (other tenants, CPU steal) from one minute to the next:
// each throughput trial has its own bound, timed just before and just after it (the faster of
// the two medians: the least disturbed, so the strictest bound), and the trial whose ratio to
// its bound is the median of three is the one reported.
const timeHash = () => JSON.parse(execFileSync('taskset', ['-c', '0', hashBin, '25']).toString());
let hash = timeHash();
let bound = 1000 / hash.median_ms;
console.error(`argon2id on one core (first timing): ${hash.median_ms.toFixed(1)} ms`);

/** CPU seconds the server has used so far (utime + stime, clock ticks of 10 ms). */
const cpuSeconds = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; };

const port = await new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
const dir = mkdtempSync(join(tmpdir(), 'macnss-bench-'));
// Demo mode for the outbox (codes) and Omar's account; the per-client limit (600/min per
// address, and all the load comes from 127.0.0.1) is lifted, and the server is configured for
// the one core it has (concurrent_hashes = 1); every other limit is production.
const server = spawn('taskset', ['-c', '0', serverBin, '--demo', '--synthetic', '2000', '--db', join(dir, 'bench.db'),
  '--listen', `127.0.0.1:${port}`, '--web-dir', join(dir, 'none'), '--limit', 'requests_per_client_per_minute=100000000',
  // One core, so one hash at a time (crates/server/README.md: concurrent_hashes ≤ cores).
  '--limit', 'concurrent_hashes=1'],
{ stdio: ['ignore', 'ignore', 'pipe'] });
let log = '';
server.stderr.on('data', (d) => { log = (log + d).slice(-4000); });
const base = `http://127.0.0.1:${port}`;
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function request(method, path, body) {
  return new Promise((resolve) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(`${base}${path}`, { method, agent, timeout: 20_000,
      headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, body: String(e) }));
    if (data) req.write(data);
    req.end();
  });
}

/** Starts `job(i)` at `rate`/s for `seconds`; returns each job's {ok, start, end} (ms). */
async function openLoop(rate, seconds, job) {
  const n = Math.round(rate * seconds);
  const t0 = performance.now() + 50;
  const done = [];
  for (let i = 0; i < n; i++) {
    const at = t0 + (i * 1000) / rate;
    const wait = at - performance.now();
    if (wait > 1) await sleep(wait);
    // Late (the generator fell behind): count from the schedule; early (timer granularity):
    // from the actual send.
    const start = Math.min(at, performance.now());
    done.push(job(i).then((ok) => ({ ok, start: start - t0, end: performance.now() - t0 })));
  }
  return Promise.all(done);
}

const signIn = async () => (await request('POST', '/v1/session', { identifier: '678901234', password: 'Tajine aux pruneaux 2026' })).status === 200;

function latencies(rs) {
  const ok = rs.filter((r) => r.ok);
  const l = ok.map((r) => r.end - r.start);
  return { sent: rs.length, ok: ok.length, p50: pct(l, 0.5), p99: pct(l, 0.99), max: Math.max(...l) };
}

async function signUp(i) {
  const phone = `06${String(20000000 + i)}`;
  const e164 = `+212${phone.slice(1)}`;
  const start = await request('POST', '/v1/signup/start', { kind: 'insured', document_kind: 'cnie',
    document_number: `SY${100000 + i}`, document_expiry: '2035-12-31', birth_date: '1985-06-15' });
  if (start.status !== 200 && start.status !== 201) return false;
  const { signup_id } = JSON.parse(start.body);
  const contact = await request('POST', '/v1/signup/contact', { signup_id, phone, email: `p${i}@example.ma`,
    terms_accepted: true, terms_version: '2026-01' });
  if (contact.status >= 300) return false;
  const box = JSON.parse((await request('GET', `/dev/outbox?to=${encodeURIComponent(e164)}`)).body);
  const code = box.at(-1)?.body.match(/(?<!\d)\d{6}(?!\d)/)?.[0];
  const verify = await request('POST', '/v1/signup/verify', { signup_id, code });
  return verify.status < 300;
}

const result = {};
try {
  for (let i = 0; i < 100; i++) {
    if ((await request('GET', '/healthz')).status === 200) break;
    if (server.exitCode !== null) throw new Error(`server exited: ${log}`);
    await sleep(100);
  }
  // Warm-up: the demo account's hash and the first connections (not measured).
  await openLoop(Math.max(1, bound / 2), 2, signIn);

  const trials = [];
  let hashBefore = hash;
  for (let t = 0; t < 3; t++) {
    const cpu = {};
    const marks = [setTimeout(() => { cpu.from = cpuSeconds(server.pid); }, 2050), setTimeout(() => { cpu.to = cpuSeconds(server.pid); }, 8050)];
    const offered = (1000 / hashBefore.median_ms) * 1.25;
    const sat = await openLoop(offered, 8, signIn);
    marks.forEach(clearTimeout);
    const counted = sat.filter((r) => r.ok && r.end >= 2000 && r.end <= 8000).length;
    const hashAfter = timeHash();
    const h = { before_ms: hashBefore.median_ms, after_ms: hashAfter.median_ms,
      median_ms: Math.min(hashBefore.median_ms, hashAfter.median_ms), runs: hashBefore.runs + hashAfter.runs };
    // Sign-ins per second of CPU the server actually got (what the core can do when it is all
    // the server's): shows whether a shortfall is the server's or the machine's.
    const serverCpu = cpu.to !== undefined && cpu.from !== undefined ? cpu.to - cpu.from : NaN;
    const perSecond = counted / 6;
    const trialBound = 1000 / h.median_ms;
    trials.push({ hash: h, bound: trialBound, ratio: perSecond / trialBound,
      throughput: { offered, seconds: 6, perSecond, serverCpuSeconds: serverCpu, perCpuSecond: counted / serverCpu, ...latencies(sat) } });
    console.error(`trial ${t + 1}: ${perSecond.toFixed(1)} sign-ins/s against a bound of ${trialBound.toFixed(1)}/s (hash ${h.before_ms.toFixed(1)} → ${h.after_ms.toFixed(1)} ms): ${(100 * perSecond / trialBound).toFixed(0)} %`);
    hashBefore = hashAfter;
    await sleep(500);
  }
  const median = [...trials].sort((a, b) => a.ratio - b.ratio)[1];
  hash = median.hash;
  bound = median.bound;
  result.hash = hash;
  result.bound = bound;
  result.throughput = { ...median.throughput, trials: trials.map((t) => ({ perSecond: t.throughput.perSecond, bound: t.bound, ratio: t.ratio })) };
  console.error(`sign-in throughput (median trial) ${result.throughput.perSecond.toFixed(1)}/s (bound ${bound.toFixed(1)}), ${result.throughput.perCpuSecond.toFixed(1)} per server CPU second (${result.throughput.serverCpuSeconds.toFixed(2)} CPU s in 6 s)`);
  await sleep(1000);

  // 80 % of the capacity the median trial actually reached, with the hash timed around it:
  // the load and its bound belong to the same minutes.
  const capacity = result.throughput.perSecond;
  const hashBefore80 = timeHash();
  const at80 = latencies(await openLoop(capacity * 0.8, 12, signIn));
  const hashAfter80 = timeHash();
  result.signIn80 = { rate: capacity * 0.8, capacity, seconds: 12, hashBeforeMs: hashBefore80.median_ms,
    hashAfterMs: hashAfter80.median_ms, ...at80 };
  console.error(`sign-in at 80 % of the measured ${capacity.toFixed(1)}/s: p50 ${result.signIn80.p50.toFixed(0)} ms, p99 ${result.signIn80.p99.toFixed(0)} ms (hash ${hashBefore80.median_ms.toFixed(1)} → ${hashAfter80.median_ms.toFixed(1)} ms)`);

  const hz = await openLoop(2000, 5, async () => (await request('GET', '/healthz')).status === 200);
  result.healthz = { rate: 2000, seconds: 5, perSecond: hz.filter((r) => r.ok).length / ((Math.max(...hz.map((r) => r.end))) / 1000), ...latencies(hz) };
  console.error(`/healthz at 2000/s: p50 ${result.healthz.p50.toFixed(1)} ms, p99 ${result.healthz.p99.toFixed(1)} ms`);

  const su = await openLoop(bound * 0.5, 10, signUp);
  result.signUp = { rate: bound * 0.5, seconds: 10, perSecond: su.filter((r) => r.ok).length / (Math.max(...su.map((r) => r.end)) / 1000), ...latencies(su) };
  console.error(`sign-ups: ${result.signUp.ok}/${result.signUp.sent}, ${result.signUp.perSecond.toFixed(1)}/s, p99 ${result.signUp.p99.toFixed(0)} ms`);

  // The private space's records, with a full session's bearer token, against /healthz at the
  // same fixed rate in the same minute.
  const session = JSON.parse((await request('POST', '/v1/session', { identifier: '678901234', password: 'Tajine aux pruneaux 2026' })).body);
  const bearer = { authorization: `Bearer ${session.access_token}` };
  const get = (path, headers) => new Promise((resolve) => {
    const req = http.request(`${base}${path}`, { method: 'GET', agent, timeout: 20_000, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
    req.end();
  });
  const records = ['/v1/space', '/v1/career', '/v1/claims', '/v1/family', '/v1/payments', '/v1/account'];
  for (const path of records) if ((await get(path, bearer)) !== 200) throw new Error(`${path} refused the bench's session`);
  const RECORDS_RATE = 200;
  const healthzSame = latencies(await openLoop(RECORDS_RATE, 5, async () => (await get('/healthz', {})) === 200));
  const rec = latencies(await openLoop(RECORDS_RATE, 5, async (i) => (await get(records[i % records.length], bearer)) === 200));
  result.records = { rate: RECORDS_RATE, seconds: 5, paths: records, ...rec, healthz: healthzSame, ratioP99: rec.p99 / healthzSame.p99 };
  console.error(`records at ${RECORDS_RATE}/s: ${rec.ok}/${rec.sent}, p50 ${rec.p50.toFixed(1)} ms, p99 ${rec.p99.toFixed(1)} ms (/healthz p99 ${healthzSame.p99.toFixed(1)} ms)`);
  result.attestations = null; // issue 15: not built
  result.fanOut = null; // issue 16: not built

  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  // taskset execs the server: the pid is the server's own.
  result.peakRssKiB = Number(status.match(/VmHWM:\s+(\d+)/)[1]);
  console.error(`peak RSS ${(result.peakRssKiB / 1024).toFixed(0)} MiB`);
} finally {
  agent.destroy();
  server.kill('SIGTERM');
  await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(out, JSON.stringify(result, null, 2));
