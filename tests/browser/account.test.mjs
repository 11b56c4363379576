// «Mon compte» (issue #22) in the browser, against the demo server: the account reached from
// «Mon espace» with its contact details masked; «Mes appareils» signing out another session
// made through the API (whose token then gets 401 at its very next request); the contact
// change with the password again (a wrong one first), the code read from the demo outbox for
// the NEW number, and the notice to the old one; the password change (a common password
// refused beside the field, then a good one that ends the other sessions); deleting the
// account in Arabic (the box left unticked first), after which it cannot sign in; and «Je
// n'ai plus accès à mon numéro» from the sign-in screen in French and Arabic; and each of these
// screens in the other language too (Arabic for the details, devices and password, French for
// the deletion, stopped before deleting). Every screen and
// every error state passes axe-core and is photographed; what was typed stays through an error
// (but a wrong password or code is cleared, by design); no password, code or token lands in
// the browser's storage or in a URL. Each test has its own server (its own database): the
// accounts it changes or deletes are nobody else's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, openApp, lastCode, outbox, axe, shot, root } from './harness.mjs';
import { T, chooseLanguage, click } from './steps.mjs';

const OMAR = { id: '678901234', password: 'Tajine aux pruneaux 2026', phone: '+212661234567' };
const MOHAMED = { id: '591234567', password: 'Menthe et chebakia 1959', phone: '+212662345678' };

const started = Date.now();
let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  console.log(`account.test.mjs: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** The app's own wording: the single-line messages of locales/<lang>/*.ftl. */
const L = {};
for (const lang of ['fr', 'ar']) {
  L[lang] = {};
  const dir = join(root, 'locales', lang);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const m = line.match(/^([a-z][\w-]*) = (.+)$/);
      if (m && !m[2].includes('{')) L[lang][m[1]] = m[2];
    }
  }
}
/** Text as read: bidi isolates dropped, every kind of space one space. */
const norm = (s) => (s ?? '').replace(/[\u2068\u2069\u200e\u200f]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function check(page, name) {
  await page.waitForTimeout(50);
  await shot(page, name);
  const v = await axe(page);
  assert.deepEqual(v, [], `axe violations on ${name}`);
}

async function heading(page) {
  await page.waitForSelector('main h1');
  return norm(await page.textContent('main h1'));
}

async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/** Follows a link of the app by its path. */
async function go(page, path) {
  await page.locator(`main a[href="${path}"]`).first().click();
  await page.waitForURL((u) => new URL(u).pathname === path);
  await page.waitForSelector('main h1');
}

async function signIn(page, t, id, password) {
  await click(page, t.signIn);
  await page.waitForSelector('#identifier');
  await page.fill('#identifier', id);
  await page.fill('#password', password);
  await click(page, t.signIn);
}

/** Another session of the same account, on a phone, made through the API. */
async function apiSession(server, who, n) {
  const r = await fetch(`${server.base}/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: who.id, password: who.password,
      device: { device_id: `galaxy${String(n).padStart(37, '0')}`, name: 'Galaxy A54', platform: 'android' } }),
  });
  assert.equal(r.status, 200, await r.clone().text());
  return (await r.json()).access_token;
}

async function meStatus(server, token) {
  return (await fetch(`${server.base}/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status;
}

/** Records every URL the page asks for and every token the API hands it, for the audit. */
function watch(page) {
  const seen = { urls: [], tokens: [] };
  page.on('request', (r) => seen.urls.push(r.url()));
  page.on('response', async (r) => {
    if (!r.url().includes('/v1/')) return;
    try {
      const body = await r.json();
      for (const k of ['access_token', 'refresh_token', 'reset_token', 'step_up_id']) if (body?.[k]) seen.tokens.push(body[k]);
    } catch { /* not JSON */ }
  });
  return seen;
}

/** The journeys' secrets audit (journeys.test.mjs): no secret in the browser's storage or a URL. */
async function auditStorage(page, seen, secrets) {
  const canary = `canary-${Date.now()}`;
  await page.evaluate((c) => sessionStorage.setItem('macnss.audit', c), canary);
  const storage = await page.evaluate(async () => JSON.stringify({
    local: { ...localStorage },
    session: { ...sessionStorage },
    cookies: document.cookie,
    idb: (await indexedDB.databases?.())?.map((d) => d.name) ?? [],
  }));
  await page.evaluate(() => sessionStorage.removeItem('macnss.audit'));
  assert.ok(storage.includes(canary), 'the audit reads the storage it claims to');
  for (const secret of [...secrets, ...seen.tokens]) {
    assert.ok(!storage.includes(secret), 'a secret is in the browser storage');
    assert.ok(!seen.urls.some((u) => u.includes(secret) || u.includes(encodeURIComponent(secret))), 'a secret is in a URL');
  }
}

/** «Mon compte» from «Mon espace», by its link. */
async function openAccount(page, lang) {
  const link = page.locator('main a[href="/espace/compte"]');
  assert.equal(norm(await link.textContent()), norm(L[lang]['space-account-link']));
  await link.click();
  await page.waitForURL((u) => new URL(u).pathname === '/espace/compte');
  assert.equal(await heading(page), L[lang]['account-title']);
  await page.waitForSelector('#account-contact-heading');
  await settled(page);
}

/** Latin words in the main text of an Arabic screen (outside left-to-right values): untranslated. */
async function latinWords(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main').cloneNode(true);
    for (const e of main.querySelectorAll('[dir=ltr]')) e.remove();
    return (main.innerText.match(/[A-Za-zÀ-ÿ]{3,}/g) ?? []).filter((w) => !['CNSS', 'MaCNSS', 'CNIE', 'Android', 'iPhone', 'iPad', 'AMO'].includes(w));
  });
}

test('«Mon compte»: masked details, a device signed out for real, the phone changed with its code, the password changed (android, fr)', async () => {
  const server = await startServer();
  const { context, page } = await openApp(browser, server, { device: 'android', lang: 'fr' });
  const seen = watch(page);
  const t = T.fr;
  const fr = L.fr;
  const tag = 'account-fr';
  const WRONG = 'Tajine aux abricots 2026';
  const NEW_PASSWORD = 'le couscous du vendredi midi';
  const NEW_PHONE = { typed: '06 77 88 99 00', e164: '+212677889900' };
  try {
    // A second session of Omar's, on his phone (through the API).
    const galaxy = await apiSession(server, OMAR, 1);
    assert.equal(await meStatus(server, galaxy), 200);

    await chooseLanguage(page, 'fr');
    await signIn(page, t, OMAR.id, OMAR.password);
    await page.waitForSelector('.service-card');
    await settled(page);

    // 1. «Mon compte», from «Mon espace»: the contact details masked, the links onwards.
    await openAccount(page, 'fr');
    await check(page, `${tag}-01-account`);
    const facts = norm(await page.textContent('main .facts'));
    assert.ok(!facts.includes('661234567') && !facts.includes('61234567'), `the phone is masked: ${facts}`);
    assert.ok(!facts.includes('omar.tazi'), `the e-mail is masked: ${facts}`);
    assert.match(facts, /•/, 'masked with dots');
    const links = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
    for (const path of ['/espace/compte/coordonnees', '/espace/compte/mot-de-passe', '/espace/compte/appareils', '/espace/compte/supprimer']) {
      assert.ok(links.includes(path), `a link to ${path}: ${links}`);
    }
    assert.ok(!links.includes('/espace/compte/verrouillage'), 'no quick unlock on the web');
    assert.match(norm(await page.textContent('main nav')), /1 autre appareil/);

    // 2. «Mes appareils»: both sessions, this one marked; the other signed out for real.
    await go(page, '/espace/compte/appareils');
    await settled(page);
    assert.equal(await heading(page), fr['account-devices-title']);
    const records = page.locator('main li.record-card');
    assert.equal(await records.count(), 2);
    const mine = records.filter({ has: page.locator('.badge') });
    assert.equal(await mine.count(), 1);
    assert.equal(norm(await mine.locator('.badge').textContent()), fr['account-devices-this-one']);
    assert.equal(await mine.locator('button').count(), 0, 'no sign-out button on this device');
    const other = records.filter({ hasText: 'Galaxy A54' });
    assert.equal(await other.count(), 1);
    assert.match(norm(await other.textContent()), /Android/);
    await check(page, `${tag}-02-devices`);
    await other.getByRole('button', { name: fr['account-devices-revoke'], exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('main li.record-card').length === 1);
    await settled(page);
    assert.equal(await records.filter({ hasText: 'Galaxy A54' }).count(), 0);
    assert.equal(await page.locator('main li.record-card .badge').count(), 1, 'this device is still listed');
    await check(page, `${tag}-03-devices-revoked`);
    assert.equal(await meStatus(server, galaxy), 401, 'the signed-out session is refused at its next request');

    // 3. «Modifier mes coordonnées»: the password again (a wrong one first), the new mobile,
    // the code sent to it, confirmed; the old phone is told.
    await go(page, '/espace/compte');
    await settled(page);
    await go(page, '/espace/compte/coordonnees');
    await page.waitForSelector('#password');
    assert.equal(await heading(page), fr['account-contact-title']);
    await check(page, `${tag}-04-contact-password`);
    await page.fill('#password', WRONG);
    await click(page, fr['account-continue']);
    await page.waitForSelector('.failure');
    assert.equal(norm(await page.textContent('.failure')), norm(fr['error-invalid-credentials']));
    assert.equal(await page.inputValue('#password'), '', 'a wrong password is cleared');
    await check(page, `${tag}-05-contact-wrong-password`);
    await page.fill('#password', OMAR.password);
    await click(page, fr['account-continue']);
    await page.waitForSelector('#destination');
    assert.ok(await page.isChecked('input[name=channel] >> nth=0'), 'the phone is chosen first');
    await check(page, `${tag}-06-contact-destination`);
    // A number that is not a Moroccan mobile: said beside the field, what was typed stays.
    await page.fill('#destination', '05 22');
    await click(page, fr['account-contact-send-code']);
    await page.waitForSelector('#destination-error');
    assert.equal(await page.inputValue('#destination'), '05 22', 'the number typed stays');
    await check(page, `${tag}-07-contact-destination-refused`);
    const oldPhoneBefore = (await outbox(server, OMAR.phone)).length;
    await page.fill('#destination', NEW_PHONE.typed);
    await click(page, fr['account-contact-send-code']);
    await page.waitForSelector('#code');
    assert.match(norm(await page.textContent('main')), /00/, 'the masked new number is said');
    await check(page, `${tag}-08-contact-code`);
    const code = await lastCode(server, NEW_PHONE.e164);
    assert.equal((await outbox(server, OMAR.phone)).length, oldPhoneBefore, 'no code to the old phone');
    // A wrong code: said with the tries left, the field cleared (by design).
    const wrongCode = code === '000000' ? '111111' : '000000';
    await page.fill('#code', wrongCode);
    await click(page, fr['account-contact-confirm']);
    await page.waitForSelector('.failure');
    assert.match(norm(await page.textContent('.failure')), /\d/, 'the tries left');
    await check(page, `${tag}-09-contact-wrong-code`);
    await page.fill('#code', code);
    await click(page, fr['account-contact-confirm']);
    await page.waitForFunction((title) => document.querySelector('main h1')?.textContent.trim() === title,
      fr['account-contact-done-title']);
    assert.equal(norm(await page.textContent('main [role=status]')), norm(fr['account-contact-done-phone']));
    await check(page, `${tag}-10-contact-done`);
    const notices = (await outbox(server, OMAR.phone)).slice(oldPhoneBefore);
    assert.equal(notices.length, 1, 'the old phone got one notice');
    assert.doesNotMatch(notices[0].body, /(?<!\d)\d{6}(?!\d)/, 'no code in the notice');
    assert.ok(!notices[0].body.includes('677889900'), 'not the new number either');
    await go(page, '/espace/compte');
    await settled(page);
    const newFacts = norm(await page.textContent('main .facts'));
    assert.notEqual(newFacts, facts, 'the account shows the new number');
    assert.match(newFacts, /00/);

    // 4. «Mot de passe»: a common password refused beside the field, then a good one; the other
    // sessions end.
    const galaxy2 = await apiSession(server, OMAR, 2);
    assert.equal(await meStatus(server, galaxy2), 200);
    await go(page, '/espace/compte/mot-de-passe');
    await page.waitForSelector('#new_password');
    assert.equal(await heading(page), fr['account-password-title']);
    await check(page, `${tag}-11-password`);
    await page.fill('#current_password', OMAR.password);
    await page.fill('#new_password', 'password1');
    await click(page, fr['account-password-submit']);
    await page.waitForSelector('#new_password-error');
    assert.equal(norm(await page.textContent('#new_password-error')), norm(fr['field-error-password-common']));
    assert.equal(await page.inputValue('#current_password'), OMAR.password, 'the current password stays');
    assert.equal(await page.inputValue('#new_password'), 'password1', 'the new one stays, to be corrected');
    await check(page, `${tag}-12-password-common`);
    await page.fill('#new_password', NEW_PASSWORD);
    await click(page, fr['account-password-submit']);
    await page.waitForFunction((title) => document.querySelector('main h1')?.textContent.trim() === title,
      fr['account-password-done-title']);
    assert.equal(norm(await page.textContent('main [role=status]')), norm(fr['account-password-done']));
    await check(page, `${tag}-13-password-done`);
    assert.equal(await meStatus(server, galaxy2), 401, 'the other session ended with the password change');
    // This one goes on: «Mon compte» loads, with this device alone.
    await go(page, '/espace/compte');
    await settled(page);
    assert.match(norm(await page.textContent('main nav')), /Connecté sur cet appareil uniquement/);

    const codes = [...(await outbox(server, NEW_PHONE.e164))].map((m) => m.body.match(/(?<!\d)\d{6}(?!\d)/)?.[0]).filter(Boolean);
    assert.ok(codes.includes(code) && seen.tokens.length >= 2, 'the audit knows the secrets it looks for');
    await auditStorage(page, seen, [OMAR.password, WRONG, NEW_PASSWORD, ...codes]);
    await go(page, '/espace');
    await click(page, t.signOut);
    await page.getByRole('button', { name: t.create, exact: true }).waitFor();
    await auditStorage(page, seen, [OMAR.password, WRONG, NEW_PASSWORD, ...codes]);
  } finally {
    await context.close();
    await server.stop();
  }
});

test('«Supprimer mon compte»: the password, the box to tick, «Compte supprimé», and no sign-in after (iphone, ar)', async () => {
  const server = await startServer();
  const { context, page } = await openApp(browser, server, { device: 'iphone', lang: 'ar' });
  const seen = watch(page);
  const t = T.ar;
  const ar = L.ar;
  const tag = 'account-ar';
  try {
    await chooseLanguage(page, 'ar');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await signIn(page, t, MOHAMED.id, MOHAMED.password);
    await page.waitForSelector('.service-card');
    await settled(page);
    await openAccount(page, 'ar');
    await check(page, `${tag}-01-account`);
    assert.deepEqual(await latinWords(page), [], 'untranslated words on «Mon compte»');
    assert.equal(await page.locator('a[href="/espace/compte/verrouillage"]').count(), 0, 'no quick unlock on the web');

    await go(page, '/espace/compte/supprimer');
    await page.waitForSelector('#password');
    assert.equal(await heading(page), ar['account-delete-title']);
    assert.deepEqual(await latinWords(page), [], 'untranslated words on the deletion');
    await check(page, `${tag}-02-delete-password`);
    // Nothing typed: said beside the field.
    await click(page, ar['account-continue']);
    await page.waitForSelector('#password-error');
    await check(page, `${tag}-03-delete-password-required`);
    await page.fill('#password', MOHAMED.password);
    await click(page, ar['account-continue']);
    await page.waitForSelector('#confirmed', { state: 'attached' });
    await check(page, `${tag}-04-delete-confirm`);
    // Not ticked: the error, the account still there.
    await click(page, ar['account-delete-submit']);
    await page.waitForSelector('#confirmed-error');
    assert.equal(norm(await page.textContent('#confirmed-error')), norm(ar['field-error-confirmation-missing']));
    assert.equal(await page.getAttribute('#confirmed', 'aria-invalid'), 'true');
    await check(page, `${tag}-05-delete-not-ticked`);
    const still = await fetch(`${server.base}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: MOHAMED.id, password: MOHAMED.password }) });
    assert.equal(still.status, 200, 'not deleted before the box is ticked');
    await page.check('#confirmed');
    await click(page, ar['account-delete-submit']);
    await page.waitForURL((u) => new URL(u).pathname === '/compte-supprime');
    assert.equal(await heading(page), ar['account-deleted-title']);
    assert.equal(norm(await page.textContent('main [role=status]')), norm(ar['account-deleted']));
    await check(page, `${tag}-06-deleted`);
    await auditStorage(page, seen, [MOHAMED.password]);

    // Signing in again with that account fails.
    await page.locator('main a[href="/"]').click();
    await page.getByRole('button', { name: t.signIn, exact: true }).waitFor();
    await signIn(page, t, MOHAMED.id, MOHAMED.password);
    await page.waitForSelector('.failure, [role=alert]');
    assert.match(norm(await page.textContent('main')), new RegExp(norm(ar['error-invalid-credentials'])));
    assert.equal(await page.inputValue('#identifier'), MOHAMED.id, 'the identifier stays');
    await check(page, `${tag}-07-sign-in-refused`);
    const again = await fetch(`${server.base}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: MOHAMED.id, password: MOHAMED.password }) });
    assert.equal(again.status, 401);
    await auditStorage(page, seen, [MOHAMED.password]);
  } finally {
    await context.close();
    await server.stop();
  }
});

test('«Je n\'ai plus accès à mon numéro» from the sign-in screen: by e-mail or at an agency (android fr, iphone ar)', async () => {
  const server = await startServer();
  try {
    for (const [device, lang] of [['android', 'fr'], ['iphone', 'ar']]) {
      const { context, page } = await openApp(browser, server, { device, lang });
      const l = L[lang];
      const tag = `lost-phone-${lang}`;
      try {
        await chooseLanguage(page, lang);
        await click(page, T[lang].signIn);
        await page.waitForSelector('#identifier');
        const link = page.locator('main a[href="/connexion/numero-perdu"]');
        assert.equal(norm(await link.textContent()), norm(l['sign-in-lost-phone']));
        await link.click();
        await page.waitForURL((u) => new URL(u).pathname === '/connexion/numero-perdu');
        assert.equal(await heading(page), norm(l['lost-phone-title']));
        if (lang === 'ar') {
          assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
          assert.deepEqual(await latinWords(page), [], 'untranslated words');
        }
        const h2 = (await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent.trim())));
        assert.deepEqual(h2, [l['lost-phone-email-heading'], l['lost-phone-agency-heading']]);
        assert.equal(await page.locator('main li').count(), 3, 'what to bring');
        await check(page, `${tag}-01`);
        // By e-mail: «Mot de passe oublié».
        await page.locator('main a[href="/mot-de-passe-oublie"]').click();
        await page.waitForURL((u) => new URL(u).pathname === '/mot-de-passe-oublie');
        assert.equal(await heading(page), l['recovery-title']);
        await page.goBack();
        await page.waitForURL((u) => new URL(u).pathname === '/connexion/numero-perdu');
        // At an agency: how to reach CNSS.
        const agencies = page.locator('main a[href="/contact"]');
        assert.equal(norm(await agencies.textContent()), norm(l['lost-phone-agencies']));
        await agencies.click();
        await page.waitForURL((u) => new URL(u).pathname === '/contact');
        await page.waitForSelector('main h1');
        await page.goBack();
        await page.waitForURL((u) => new URL(u).pathname === '/connexion/numero-perdu');
        await page.locator('main a[href="/connexion"]').click();
        await page.waitForSelector('#identifier');
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.stop();
  }
});

test('every «Mon compte» screen in the other language too: ar for the details, devices and password, fr for the deletion; axe on each step', async () => {
  const server = await startServer();
  try {
    // Arabic, iPhone: the screens the French journey changes things on, opened and refused.
    {
      const { context, page } = await openApp(browser, server, { device: 'iphone', lang: 'ar' });
      const t = T.ar;
      const ar = L.ar;
      try {
        await chooseLanguage(page, 'ar');
        await signIn(page, t, OMAR.id, OMAR.password);
        await page.waitForSelector('.service-card');
        await settled(page);
        await openAccount(page, 'ar');
        await check(page, 'account-other-ar-01-account');
        await go(page, '/espace/compte/appareils');
        await settled(page);
        assert.equal(await heading(page), ar['account-devices-title']);
        // (Device names are the devices' own words, «Safari · iOS»: no check of Latin words.)
        assert.ok(norm(await page.textContent('main')).includes(ar['account-devices-this-one']));
        await check(page, 'account-other-ar-02-devices');
        await page.goBack();
        await go(page, '/espace/compte/coordonnees');
        await page.waitForSelector('#password');
        assert.equal(await heading(page), ar['account-contact-title']);
        await click(page, ar['account-continue']);
        await page.waitForSelector('#password-error');
        await check(page, 'account-other-ar-03-contact-password-required');
        await page.fill('#password', OMAR.password);
        await click(page, ar['account-continue']);
        await page.waitForSelector('#destination');
        await page.fill('#destination', '05 22');
        await click(page, ar['account-contact-send-code']);
        await page.waitForSelector('#destination-error');
        assert.equal(await page.inputValue('#destination'), '05 22', 'what was typed stays');
        await check(page, 'account-other-ar-04-contact-destination-refused');
        // In the app (a reload would end the web session, which lives in memory only).
        await page.locator('main a[href="/espace/compte"]').first().click();
        await page.waitForURL((u) => new URL(u).pathname === '/espace/compte');
        await go(page, '/espace/compte/mot-de-passe');
        await page.waitForSelector('#current_password');
        assert.equal(await heading(page), ar['account-password-title']);
        await click(page, ar['account-password-submit']);
        await page.waitForSelector('#current_password-error');
        await check(page, 'account-other-ar-05-password-required');
      } finally {
        await context.close();
      }
    }
    // French, Android: the deletion's two steps and their refusals, stopped before deleting.
    {
      const { context, page } = await openApp(browser, server, { device: 'android', lang: 'fr' });
      const fr = L.fr;
      try {
        await signIn(page, T.fr, MOHAMED.id, MOHAMED.password);
        await page.waitForSelector('.service-card');
        await settled(page);
        await openAccount(page, 'fr');
        await go(page, '/espace/compte/supprimer');
        await page.waitForSelector('#password');
        assert.equal(await heading(page), fr['account-delete-title']);
        await check(page, 'account-other-fr-01-delete-password');
        await page.fill('#password', 'pas le bon mot de passe');
        await click(page, fr['account-continue']);
        await page.getByRole('alert').waitFor();
        assert.equal(await page.inputValue('#password'), '', 'a wrong password is cleared');
        await check(page, 'account-other-fr-02-delete-wrong-password');
        await page.fill('#password', MOHAMED.password);
        await click(page, fr['account-continue']);
        await page.waitForSelector('#confirmed', { state: 'attached' });
        await click(page, fr['account-delete-submit']);
        await page.waitForSelector('#confirmed-error');
        await check(page, 'account-other-fr-03-delete-unticked');
        const still = await fetch(`${server.base}/v1/session`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ identifier: MOHAMED.id, password: MOHAMED.password }),
        });
        assert.equal(still.status, 200, 'not deleted without the box');
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.stop();
  }
});
