// «Mes messages» (issue #16, the inbox) in the browser, against the demo server: the card on
// «Mon espace» with its unread count; the inbox, unread first; a claim moved by the demo route
// (CNSS's side) arrives in the open inbox without a reload (the app's long poll); opening it
// leads to that claim and marks it read; «Tout marquer comme lu». Every screen passes axe-core
// with 0 violations, in French and in Arabic (right to left), and is photographed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, openApp, axe, shot, root } from './harness.mjs';
import { T, chooseLanguage, click } from './steps.mjs';

const OMAR = { id: '678901234', password: 'Tajine aux pruneaux 2026' };

const started = Date.now();
let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  console.log(`inbox.test.mjs: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** The app's own wording: the single-line messages of locales/<lang>/*.ftl. */
function messages(dir) {
  const L = {};
  for (const lang of ['fr', 'ar']) {
    L[lang] = {};
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(join(dir, lang, file), 'utf8').split('\n')) {
        const m = line.match(/^([a-z][\w-]*) = (.+)$/);
        if (m) L[lang][m[1]] = m[2];
      }
    }
  }
  return L;
}
const L = messages(join(root, 'locales'));
const norm = (s) => (s ?? '').replace(/[\u2068\u2069\u200e\u200f]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** A message's text before its first placeable. */
const lead = (s) => norm(s.split('{')[0]);

async function check(page, name) {
  await page.waitForTimeout(50);
  await shot(page, name);
  const v = await axe(page);
  assert.deepEqual(v, [], `axe violations on ${name}`);
}

async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/** A received claim of Omar's household, moved to «en cours de traitement» by the demo route. */
async function moveAClaim(server) {
  const r = await fetch(`${server.base}/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: OMAR.id, password: OMAR.password }),
  });
  const token = (await r.json()).access_token;
  const claims = await (await fetch(`${server.base}/v1/claims`, { headers: { authorization: `Bearer ${token}` } })).json();
  const received = claims.claims.find((c) => c.state === 'received');
  assert.ok(received, 'a received claim');
  const moved = await fetch(`${server.base}/dev/claims/${received.id}/advance`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}',
  });
  assert.equal(moved.status, 200, await moved.clone().text());
  return received.id;
}

for (const lang of ['fr', 'ar']) {
  test(`«Mes messages»: a moved claim arrives live, opens its claim, and everything is marked read (android, ${lang})`, async () => {
    const server = await startServer();
    const { context, page } = await openApp(browser, server, { device: 'android', lang });
    const t = L[lang];
    const tag = `inbox-${lang}`;
    try {
      await chooseLanguage(page, lang);
      await click(page, T[lang].signIn);
      await page.waitForSelector('#identifier');
      await page.fill('#identifier', OMAR.id);
      await page.fill('#password', OMAR.password);
      await click(page, T[lang].signIn);
      await page.waitForSelector('.service-card');
      await settled(page);
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');

      // The card, with the unread count (Yasmine's certificate, asked for when the records
      // were made).
      const card = page.locator('main a.service-card[href="/espace/messages"]');
      assert.ok(norm(await card.textContent()).includes(norm(t['space-inbox-title'])));
      await card.click();
      await page.waitForURL((u) => new URL(u).pathname === '/espace/messages');
      await page.waitForSelector('ul.inbox');
      await settled(page);
      assert.equal(norm(await page.textContent('main h1')), norm(t['inbox-title']));
      const before = await page.locator('ul.inbox li').count();
      assert.ok(before >= 1, 'the certificate asked for');
      assert.ok(norm(await page.textContent('ul.inbox')).includes(lead(t['inbox-certificate-required'])));
      await check(page, `${tag}-01-inbox`);

      // CNSS moves a claim: the open inbox shows it without a reload, first, unread.
      const claimId = await moveAClaim(server);
      const navigations = [];
      page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations.push(f.url()); });
      // (The demo route's caller signed in through the API first: a sign-in from another
      // device arrives with it.)
      await page.waitForFunction((id) => document.querySelector(`ul.inbox li a[href="/espace/remboursements/${id}"]`), claimId, { timeout: 20000 });
      assert.deepEqual(navigations, [], 'no reload');
      assert.equal(await page.locator('ul.inbox li').count(), before + 2);
      assert.ok(norm(await page.textContent('ul.inbox')).includes(lead(t['inbox-new-sign-in'])));
      const first = page.locator('ul.inbox li').first();
      assert.equal(await first.getAttribute('class'), 'inbox-item unread');
      assert.ok(norm(await first.textContent()).includes(lead(t['inbox-claim-changed'])));
      assert.equal(await first.locator('a').getAttribute('href'), `/espace/remboursements/${claimId}`);
      await check(page, `${tag}-02-arrived`);

      // Opened: its claim; back, it is read.
      await first.locator('a').click();
      await page.waitForURL((u) => new URL(u).pathname === `/espace/remboursements/${claimId}`);
      await page.goBack();
      await page.waitForSelector('ul.inbox');
      const opened = page.locator(`ul.inbox li:has(a[href="/espace/remboursements/${claimId}"])`);
      assert.equal(await opened.getAttribute('class'), 'inbox-item');

      // Everything read: no unread left, and the button is gone.
      await click(page, t['inbox-read-all']);
      await page.waitForFunction(() => !document.querySelector('ul.inbox li.unread'));
      assert.equal(await page.locator('main button', { hasText: norm(t['inbox-read-all']) }).count(), 0);
      await check(page, `${tag}-03-all-read`);
    } finally {
      await context.close();
      await server.stop();
    }
  });
}
