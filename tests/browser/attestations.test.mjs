// Attestations (issue #15) in the browser, against the demo server: «Mes attestations» from
// «Mon espace», an attestation generated, its PDF downloaded (the bytes the server sent: a
// PDF), its link (from the QR) verified by the app offline in «Vérifier une attestation»,
// then one character changed and refused; and the server's public verification page — no
// script at all (JavaScript off) — in French and Arabic: the document's page, the form, a good
// code, an altered one. Every screen passes axe-core with 0 violations and is photographed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, openApp, axe, shot, root, DEVICES } from './harness.mjs';
import { T, chooseLanguage, click } from './steps.mjs';

const OMAR = { id: '678901234', password: 'Tajine aux pruneaux 2026' };

const started = Date.now();
let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  console.log(`attestations.test.mjs: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** The app's own wording: the single-line messages of locales/<lang>/*.ftl. */
function messages(dir) {
  const L = {};
  for (const lang of ['fr', 'ar']) {
    L[lang] = {};
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(join(dir, lang, file), 'utf8').split('\n')) {
        const m = line.match(/^([a-z][\w-]*) = (.+)$/);
        if (m && !m[2].includes('{')) L[lang][m[1]] = m[2];
      }
    }
  }
  return L;
}
const L = messages(join(root, 'locales'));
/** The server's own wording (the verification page). */
const S = messages(join(root, 'crates', 'server', 'locales'));
const norm = (s) => (s ?? '').replace(/[\u2068\u2069\u200e\u200f]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function check(page, name) {
  await page.waitForTimeout(50);
  await shot(page, name);
  const v = await axe(page);
  assert.deepEqual(v, [], `axe violations on ${name}`);
}

async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/** A document issued through the API, for the page tests. */
async function issueByApi(server) {
  const r = await fetch(`${server.base}/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: OMAR.id, password: OMAR.password }),
  });
  const token = (await r.json()).access_token;
  const issued = await fetch(`${server.base}/v1/attestations`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ kind: 'family_allowances' }),
  });
  assert.equal(issued.status, 200, await issued.clone().text());
  return issued.json();
}

/** One character of the code's signed part changed. */
function altered(code) {
  const at = Math.floor(code.length / 2);
  return code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
}

test('«Mes attestations»: generate, download the PDF, verify its link offline, refuse an altered one (android, fr)', async () => {
  const server = await startServer();
  const { context, page } = await openApp(browser, server, { device: 'android', lang: 'fr' });
  const fr = L.fr;
  const tag = 'attestations-fr';
  try {
    await chooseLanguage(page, 'fr');
    await click(page, T.fr.signIn);
    await page.waitForSelector('#identifier');
    await page.fill('#identifier', OMAR.id);
    await page.fill('#password', OMAR.password);
    await click(page, T.fr.signIn);
    await page.waitForSelector('.service-card');
    await settled(page);

    // «Mes attestations», from its card.
    await page.locator('main a[href="/espace/attestations"]').first().click();
    await page.waitForURL((u) => new URL(u).pathname === '/espace/attestations');
    await page.waitForSelector('#attestations-offers-heading');
    await settled(page);
    assert.equal(norm(await page.textContent('main h1')), fr['attestations-title']);
    const list = norm(await page.textContent('main'));
    assert.ok(list.includes(norm(fr['attestations-unavailable-public-only'])), 'non-immatriculation: at an agency');
    assert.ok(list.includes(norm(fr['attestations-unavailable-no-pension'])), 'no pension for Omar');
    await check(page, `${tag}-01-list`);

    // Ask for the salary attestation: the proposed period, then «Générer».
    const offer = page.locator('main li.record-card', { has: page.locator('#attestations-offer-salary-declaration') });
    await offer.getByRole('button', { name: fr['attestations-ask'] }).click();
    await page.waitForURL((u) => new URL(u).pathname === '/espace/attestations/demande');
    await page.waitForSelector('#period-from');
    await check(page, `${tag}-02-form`);
    // A period in the wrong order is refused beside the field, what was typed kept.
    const from = await page.inputValue('#period-from');
    const to = await page.inputValue('#period-to');
    await page.fill('#period-from', to);
    await page.fill('#period-to', from);
    await click(page, fr['attestations-generate']);
    await page.waitForSelector('#period-error');
    assert.equal(await page.inputValue('#period-from'), to);
    await check(page, `${tag}-03-form-error`);
    await page.fill('#period-from', from);
    await page.fill('#period-to', to);
    await click(page, fr['attestations-generate']);
    // The document is shown in place of the form, with «Votre attestation est prête».
    await page.waitForSelector('#attestations-document-heading');
    await settled(page);
    const facts = norm(await page.textContent('main'));
    assert.ok(facts.includes('Omar Tazi') && facts.includes(OMAR.id), facts);
    await check(page, `${tag}-04-document`);

    // The PDF, downloaded: the bytes the server sent.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: fr['attestations-download-pdf'] }).click(),
    ]);
    const file = await download.path();
    const bytes = readFileSync(file);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.ok(bytes.length < 100_000, `${bytes.length} bytes`);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    await settled(page);
    await check(page, `${tag}-05-downloaded`);

    // Its link (the QR's content), verified by the app, then offline.
    const link = norm(await page.textContent('main .code-value'));
    assert.match(link, /\/v\/[A-Za-z0-9_-]{43}#MC1\./);
    await page.goto(`${server.base}/verifier`);
    await page.waitForSelector('#verify-code');
    await check(page, `${tag}-06-verify`);
    await page.fill('#verify-code', link);
    await click(page, fr['verify-submit']);
    await page.waitForSelector('#verify-valid-heading');
    assert.ok(norm(await page.textContent('main')).includes('Omar Tazi'));
    await check(page, `${tag}-07-valid`);
    // The keys are kept: with the server gone, a check still answers.
    await context.setOffline(true);
    await page.fill('#verify-code', altered(link));
    await click(page, fr['verify-submit']);
    await page.waitForSelector('main h2:has-text("' + fr['verify-invalid'] + '")');
    assert.equal(await page.inputValue('#verify-code'), altered(link), 'what was pasted stays');
    await check(page, `${tag}-08-invalid-offline`);
    await context.setOffline(false);
  } finally {
    await context.close();
    await server.stop();
  }
});

test('the public verification page works without JavaScript, in French and Arabic, with 0 axe violations', async () => {
  const server = await startServer();
  const issued = await issueByApi(server);
  // axe runs in the page, so this context keeps JavaScript on; the page itself has no script
  // (its CSP, default-src 'none', would block one), and a context without JavaScript submits
  // the form at the end.
  const context = await browser.newContext({ ...DEVICES.android });
  const page = await context.newPage();
  const bare = await browser.newContext({ ...DEVICES.android, javaScriptEnabled: false });
  try {
    const noScript = await bare.newPage();
    await noScript.goto(`${server.base}/v/check?lang=fr`);
    await noScript.fill('#code', issued.code);
    await Promise.all([noScript.waitForURL((u) => new URL(u).pathname === '/v/check'), noScript.click('button[type=submit]')]);
    assert.equal(norm(await noScript.textContent('.status')), norm(S.fr['verify-page-signature-valid']), 'the form works without JavaScript');

    for (const lang of ['fr', 'ar']) {
      const s = S[lang];
      const tag = `verify-page-${lang}`;
      await page.goto(`${server.base}/v/${issued.id}?lang=${lang}`);
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(norm(await page.textContent('.status')), norm(s['verify-page-valid']));
      assert.ok(norm(await page.textContent('main')).includes('Omar Tazi'));
      await check(page, `${tag}-01-document`);

      // The form: a good code, then one character changed.
      await page.fill('#code', issued.code);
      await page.click('button[type=submit]');
      await page.waitForLoadState();
      assert.equal(norm(await page.textContent('.status')), norm(s['verify-page-signature-valid']));
      await check(page, `${tag}-02-code-valid`);
      await page.fill('#code', altered(issued.code));
      await page.click('button[type=submit]');
      await page.waitForLoadState();
      const error = norm(await page.textContent('#verify-error'));
      assert.ok([s['verify-page-error-bad-signature'], s['verify-page-error-malformed']].map(norm).includes(error), error);
      assert.ok(!norm(await page.textContent('main')).includes('Omar'), 'nothing of the document shown');
      await check(page, `${tag}-03-code-altered`);

      // An address that matches no document.
      await page.goto(`${server.base}/v/${'x'.repeat(43)}?lang=${lang}`);
      assert.equal(norm(await page.textContent('.status')), norm(s['verify-page-unknown']));
      await check(page, `${tag}-04-unknown`);
    }
  } finally {
    await bare.close();
    await context.close();
    await server.stop();
  }
});
