// Push notifications on the web (issue #16), end to end: a claim moves (the demo route) → the
// open inbox shows it without a reload → the server's Web Push (VAPID, aes128gcm) reaches a
// local RFC 8030 push service written by others (web-push-testing: it checks the VAPID
// signature and decrypts) → the decrypted payload holds only a generic title and body and the
// message's id, nothing personal → delivered to the app's own service worker through the
// DevTools protocol (ServiceWorker.deliverPushMessage), which shows it → its click (the
// worker's notificationclick handler, dispatched in the worker over the DevTools protocol)
// opens that claim. Then the subscription expires at the push service: the next push is
// answered 410 and the server forgets the device.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, openApp, shot, axe, freePort, root } from './harness.mjs';
import { T, click, chooseLanguage } from './steps.mjs';

const OMAR = { id: '678901234', password: 'Tajine aux pruneaux 2026' };
const started = Date.now();
let browser;
let pushService;
let pushBase;

before(async () => {
  browser = await launch();
  const port = await freePort();
  pushService = spawn(process.execPath, [join(import.meta.dirname, 'push-service.cjs'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    pushService.stdout.on('data', (d) => { if (String(d).includes('ready')) resolve(); });
    pushService.once('exit', (c) => reject(new Error(`the push service exited (${c})`)));
  });
  pushBase = `http://localhost:${port}`;
});
after(async () => {
  await browser?.close();
  pushService?.kill('SIGTERM');
  console.log(`push.test.mjs: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

async function api(server, path, { token, body } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(`${server.base}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : null };
}

async function until(what, f, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('a moved claim arrives live, is pushed with nothing personal, shown by the service worker, and its click opens the claim', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'macnss-push-'));
  const delivery = join(dir, 'delivery.toml');
  writeFileSync(delivery, '[push]\nallow_loopback_push_service = true\n');
  const server = await startServer({ args: ['--delivery', delivery] });
  const { context, page } = await openApp(browser, server, { device: 'android', lang: 'fr' });
  try {
    await context.grantPermissions(['notifications'], { origin: server.base });
    await click(page, T.fr.signIn);
    await page.waitForSelector('#identifier');
    await page.fill('#identifier', OMAR.id);
    await page.fill('#password', OMAR.password);
    await click(page, T.fr.signIn);
    await page.waitForSelector('.service-card');
    await page.locator('main a.service-card[href="/espace/messages"]').click();
    await page.waitForSelector('ul.inbox');
    // The app's service worker controls the page (web/sw.js, registered at launch).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });

    // A subscription at the push service, for the server's VAPID key, registered as this
    // device (the PushSubscription a browser gives: Chromium's own would need FCM).
    const key = (await api(server, '/v1/push/web-key')).body.public_key;
    const sub = await (await fetch(`${pushBase}/subscribe`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userVisibleOnly: 'true', applicationServerKey: key }),
    })).json();
    const { endpoint, keys, clientHash } = sub.data;
    const signIn = await api(server, '/v1/session', { body: { identifier: OMAR.id, password: OMAR.password } });
    const token = signIn.body.access_token;
    const target = { platform: 'web', endpoint, p256dh: keys.p256dh, auth: keys.auth };
    const registered = await api(server, '/v1/push/devices', { token, body: { target, lang: 'fr' } });
    assert.equal(registered.status, 200, JSON.stringify(registered.body));

    // CNSS reimburses a claim: received → processing → reimbursed.
    const claims = (await api(server, '/v1/claims', { token })).body.claims;
    const claim = claims.find((c) => c.state === 'received' && c.beneficiary.first_name === 'Omar');
    for (let i = 0; i < 2; i++) {
      assert.equal((await api(server, `/dev/claims/${claim.id}/advance`, { body: {} })).status, 200);
    }
    // Live in the open inbox, without a reload.
    await page.waitForSelector(`ul.inbox li a[href="/espace/remboursements/${claim.id}"]`, { timeout: 20000 });

    // The push service got it, checked its VAPID signature and decrypted it.
    const inbox = (await api(server, '/v1/inbox', { token })).body;
    const message = inbox.messages.find((m) => m.notice.event === 'claim_changed' && m.notice.claim_id === claim.id && m.notice.state === 'reimbursed');
    assert.ok(message, 'the reimbursement message');
    const received = await until('the push at the push service', async () => {
      const r = await (await fetch(`${pushBase}/get-notifications`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientHash }),
      })).json();
      const all = (r.data?.messages ?? []).map((m) => JSON.parse(m));
      return all.find((p) => p.id === message.id);
    });
    assert.deepEqual(Object.keys(received).sort(), ['body', 'id', 'title']);
    assert.equal(received.title, 'CNSS');
    assert.match(received.body, /Ouvrez l'application/);
    const profile = signIn.body.profile ?? {};
    const personal = [OMAR.id, 'Omar', 'Tazi', claim.id, profile.first_name, profile.last_name, profile.phone, profile.email].filter(Boolean);
    for (const p of personal) assert.ok(!JSON.stringify(received).includes(p), `${p} in the push`);
    assert.ok(!/\d/.test(received.title + received.body), 'no number in the push');

    // Delivered to the app's service worker: it shows the notification, tagged by the id.
    const cdp = await context.newCDPSession(page);
    const registrations = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
    await cdp.send('ServiceWorker.enable');
    const reg = await until('the service worker registration', async () => registrations.find((r) => r.scopeURL === `${server.base}/` && !r.isDeleted));
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: server.base, registrationId: reg.registrationId, data: JSON.stringify(received) });
    const shown = await until('the notification', () => page.evaluate(async () => {
      const ns = await (await navigator.serviceWorker.ready).getNotifications();
      return ns.length ? ns.map((n) => ({ title: n.title, body: n.body, tag: n.tag })) : null;
    }));
    assert.deepEqual(shown, [{ title: received.title, body: received.body, tag: received.id }]);
    await shot(page, 'push-01-inbox-when-pushed');

    // Its click: the worker's own handler, dispatched in the worker.
    const worker = context.serviceWorkers().find((w) => w.url() === `${server.base}/sw.js`);
    assert.ok(worker, 'the service worker');
    await worker.evaluate(async () => {
      const [n] = await self.registration.getNotifications();
      try { self.dispatchEvent(new NotificationEvent('notificationclick', { notification: n })); } catch { /* waitUntil refuses an untrusted event; the handler has run */ }
    });
    await page.waitForURL((u) => new URL(u).pathname === `/espace/remboursements/${claim.id}`, { timeout: 20000 });
    await page.waitForSelector('main h1');
    await shot(page, 'push-02-claim-opened');
    // Read, and the message's page is not left behind in the history.
    const after = (await api(server, `/v1/inbox/${message.id}`, { token })).body;
    assert.equal(after.read, true);
    await page.goBack();
    await page.waitForURL((u) => new URL(u).pathname === '/espace/messages');

    // The subscription expires: the next push is answered 410 and the device is forgotten
    // (registering it again gives a new id).
    assert.equal((await fetch(`${pushBase}/expire-subscription/${clientHash}`, { method: 'POST' })).status, 200);
    await api(server, '/v1/session', { body: { identifier: OMAR.id, password: OMAR.password } }); // a security push
    await until('the device to be forgotten', async () => {
      const again = await api(server, '/v1/push/devices', { token, body: { target, lang: 'fr' } });
      if (again.body.device_id !== registered.body.device_id) return true;
      return false;
    });
  } finally {
    await context.close();
    await server.stop();
  }
});

/** The app's own wording: the single-line messages of locales/<lang>/inbox.ftl. */
function wording(lang) {
  const L = {};
  for (const line of readFileSync(join(root, 'locales', lang, 'inbox.ftl'), 'utf8').split('\n')) {
    const m = line.match(/^([a-z][\w-]*) = (.+)$/);
    if (m) L[m[1]] = m[2];
  }
  return L;
}
const norm = (s) => (s ?? '').replace(/[\u2068\u2069\u200e\u200f]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

for (const [lang, grant] of [['fr', false], ['ar', true]]) {
  test(`the offer comes in context, a refusal or a browser without a push service leaves the inbox working, topics are chosen (${lang})`, async () => {
    const server = await startServer();
    const { context, page } = await openApp(browser, server, { device: 'android', lang });
    const t = wording(lang);
    try {
      if (grant) await context.grantPermissions(['notifications'], { origin: server.base });
      await chooseLanguage(page, lang);
      await click(page, T[lang].signIn);
      await page.waitForSelector('#identifier');
      await page.fill('#identifier', OMAR.id);
      await page.fill('#password', OMAR.password);
      await click(page, T[lang].signIn);
      await page.waitForSelector('.service-card');
      assert.equal(await page.locator('.push-offer').count(), 0, 'never at launch');
      await page.locator('main a.service-card[href="/espace/messages"]').click();
      await page.waitForSelector('ul.inbox');
      await page.waitForSelector('.push-topics input[type=checkbox]');
      let expected;
      if (!grant) {
        // The certificate asked for is worth a push: the offer, in context.
        await page.waitForSelector('.push-offer button');
        assert.equal(norm(await page.textContent('#inbox-push-offer-heading')), norm(t['inbox-push-offer-heading']));
        await shot(page, `push-${lang}-03-offer`);
        assert.deepEqual(await axe(page), [], 'axe on the offer');
        await page.getByRole('button', { name: norm(t['inbox-push-offer-enable']) }).click();
        // Headless Chromium shows no prompt: refused.
        expected = t['inbox-push-denied'];
      } else {
        // Allowed before: this session registers without asking; headless Chromium has no
        // push service to subscribe with.
        expected = t['inbox-push-unsupported'];
      }
      await page.waitForFunction((text) => document.querySelector('.push-offer [role=status]')?.textContent.includes(text.slice(0, 20)), norm(expected));
      assert.ok(await page.locator('ul.inbox li').count() >= 1, 'the inbox still works');
      await shot(page, `push-${lang}-04-outcome`);
      assert.deepEqual(await axe(page), [], 'axe on the outcome');

      // A topic muted: kept by the server.
      await page.locator('#inbox-push-topic-payments').uncheck();
      const signIn = await api(server, '/v1/session', { body: { identifier: OMAR.id, password: OMAR.password } });
      await until('the choice kept', async () => {
        const prefs = (await api(server, '/v1/push/preferences', { token: signIn.body.access_token })).body;
        return prefs.muted.includes('payments');
      });
      assert.equal(await page.locator('#inbox-push-topic-payments').isChecked(), false);
    } finally {
      await context.close();
      await server.stop();
    }
  });
}
