// The browser journeys of the MaCNSS web app against the demo server, in French and Arabic, on
// an Android and an iPhone viewport, the way a person would use them. Every screen is checked
// with axe-core and photographed (tests/browser/artifacts/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, lastCode, outbox, advanceClock, axe, shot, DEVICES } from './harness.mjs';
import { T, chooseLanguage, click, choose, fillIdentity, signUp as signUpWith, credentials, AMINA, KARIM } from './steps.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const violations = [];
async function check(page, name) {
  await page.waitForTimeout(50);
  await shot(page, name);
  const v = await axe(page);
  if (v.length) violations.push(`${name}: ${v.join('; ')}`);
  assert.deepEqual(v, [], `axe violations on ${name}`);
}

const signUp = (page, server, t, person, opts) => signUpWith(page, server, t, person, { ...opts, check });

for (const [device, lang] of [['android', 'fr'], ['iphone', 'ar']]) {
  test(`an insured signs up, signs in with the temporary password, changes it and signs out (${device}, ${lang})`, async () => {
    const server = await startServer();
    const { context, page } = await openApp(browser, server, { device, lang });
    // For the secrets audit: every URL requested, and every token the API handed out.
    const urls = [];
    const tokens = [];
    page.on('request', (r) => urls.push(r.url()));
    page.on('response', async (r) => {
      if (!r.url().includes('/v1/')) return;
      try {
        const body = await r.json();
        for (const k of ['access_token', 'refresh_token', 'reset_token']) if (body?.[k]) tokens.push(body[k]);
      } catch { /* not JSON */ }
    });
    try {
      const t = T[lang];
      await chooseLanguage(page, lang);
      await check(page, `${device}-${lang}-00-welcome`);
      if (lang === 'ar') {
        assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      }
      const sms = await signUp(page, server, t, AMINA, { tag: `${device}-${lang}-signup` });
      await click(page, t.start);
      await page.waitForSelector('#identifier');
      await check(page, `${device}-${lang}-06-sign-in`);
      // The credentials SMS comes in the app's language.
      const { id, pw } = credentials(sms);
      assert.equal(id, AMINA.id);
      await page.fill('#identifier', id);
      await page.fill('#password', pw);
      await click(page, t.signIn);
      await page.waitForSelector('#new_password');
      await check(page, `${device}-${lang}-07-change-password`);
      await page.fill('#new_password', 'un jardin sous la pluie');
      await click(page, t.validate);
      await page.getByRole('button', { name: t.signOut, exact: true }).waitFor();
      await check(page, `${device}-${lang}-08-space`);
      await click(page, t.signOut);
      await page.getByRole('button', { name: t.create, exact: true }).waitFor();

      // Secrets audit: no password, code or token in the browser's storage or in any URL.
      const codes = (await outbox(server, '+212661223344')).map((m) => m.body.match(/(?<!\d)\d{6}(?!\d)/)?.[0]).filter(Boolean);
      const secrets = [pw, 'un jardin sous la pluie', ...codes, ...tokens];
      assert.ok(tokens.length >= 2 && codes.length >= 1, 'the audit knows the secrets it looks for');
      const canary = `canary-${Date.now()}`;
      await page.evaluate((c) => sessionStorage.setItem('macnss.audit', c), canary);
      const storage = await page.evaluate(async () => JSON.stringify({
        local: { ...localStorage },
        session: { ...sessionStorage },
        cookies: document.cookie,
        idb: (await indexedDB.databases?.())?.map((d) => d.name) ?? [],
      }));
      assert.ok(storage.includes(canary), 'the audit reads the storage it claims to');
      for (const secret of secrets) {
        assert.ok(!storage.includes(secret), 'a secret is in the browser storage');
        assert.ok(!urls.some((u) => u.includes(secret) || u.includes(encodeURIComponent(secret))), 'a secret is in a URL');
      }
    } finally {
      await context.close();
      await server.stop();
    }
  });
}

for (const [device, lang] of [['iphone', 'fr'], ['android', 'ar']]) {
  test(`a dependant signs up with the insured number and gets their own identifier (${device}, ${lang})`, async () => {
    const server = await startServer();
    const { context, page } = await openApp(browser, server, { device, lang });
    try {
      await chooseLanguage(page, lang);
      const sms = await signUp(page, server, T[lang], KARIM, { kind: 'dependant', phone: '0700112233', tag: `${device}-${lang}-dependant` });
      assert.match(sms, new RegExp(KARIM.id));
    } finally { await context.close(); await server.stop(); }
  });
}

for (const [channel, device, lang] of [['sms', 'android', 'fr'], ['email', 'android', 'fr'], ['sms', 'iphone', 'ar'], ['email', 'iphone', 'ar']]) {
  test(`recovery by ${channel} sets a new password that signs in (${device}, ${lang})`, async () => {
    const server = await startServer();
    const { context, page } = await openApp(browser, server, { device, lang });
    const t = T[lang];
    try {
      await chooseLanguage(page, lang);
      await click(page, t.signIn);
      await page.waitForSelector('#identifier');
      await page.fill('#identifier', '678901234');
      await click(page, t.forgot);
      await page.waitForSelector('#identifier');
      assert.equal(await page.inputValue('#identifier'), '678901234', 'the identifier follows');
      await check(page, `recovery-${lang}-${channel}-01-identifier`);
      await click(page, t.cont);
      await page.waitForSelector('input[name=channel]');
      await check(page, `recovery-${lang}-${channel}-02-channel`);
      await page.locator('input[name=channel]').nth(channel === 'sms' ? 0 : 1).check();
      await click(page, t.cont);
      await page.waitForSelector('#code');
      await check(page, `recovery-${lang}-${channel}-03-code`);
      const code = await lastCode(server, channel === 'sms' ? '+212661234567' : 'omar.tazi@example.ma');
      await page.fill('#code', code);
      await click(page, t.validate);
      await page.waitForSelector('#new_password');
      await check(page, `recovery-${lang}-${channel}-04-new-password`);
      await page.fill('#new_password', 'la mer est calme ce soir');
      await click(page, t.validate);
      await page.getByRole('button', { name: t.signIn, exact: true }).waitFor();
      await check(page, `recovery-${lang}-${channel}-05-done`);
      await click(page, t.signIn);
      await page.waitForSelector('#password');
      assert.equal(await page.inputValue('#identifier'), '678901234');
      await page.fill('#password', 'la mer est calme ce soir');
      await click(page, t.signIn);
      await page.getByRole('button', { name: t.signOut, exact: true }).waitFor();
    } finally { await context.close(); await server.stop(); }
  });
}

test('error paths: expired ID, unknown person, wrong code, account exists (android, fr)', async () => {
  const server = await startServer();
  const { context, page } = await openApp(browser, server, { device: 'android', lang: 'fr' });
  try {
    await click(page, T.fr.create);
    await choose(page, T.fr.insured);
    // Nothing typed: the summary takes focus and links to each field.
    await click(page, T.fr.next);
    await page.waitForSelector('.error-summary');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
    await check(page, 'errors-01-empty-identity');
    // Expired card: refused on the device, what was typed kept.
    await fillIdentity(page, { docKind: 'cnie', doc: 'C456789', expiry: ['30', '06', '2024'], birth: ['01', '12', '1960'] });
    await click(page, T.fr.next);
    await page.getByText('Votre pièce d\u2019identité a expiré', { exact: false }).or(page.getByText("Votre pièce d'identité a expiré", { exact: false })).first().waitFor();
    assert.equal(await page.inputValue('#document_number'), 'C456789');
    await check(page, 'errors-02-expired');
    // Unknown person: the server says so.
    await fillIdentity(page, { ...AMINA, doc: 'ZZ99999' });
    await click(page, T.fr.next);
    await page.getByText('Nous ne trouvons personne', { exact: false }).waitFor();
    await check(page, 'errors-03-unknown');
    // Account exists: offers sign-in and recovery.
    await fillIdentity(page, { docKind: 'cnie', doc: 'D234567', expiry: ['15', '04', '2033'], birth: ['20', '08', '1975'] });
    await click(page, T.fr.next);
    await page.getByText('Vous avez déjà un compte', { exact: false }).waitFor();
    await check(page, 'errors-04-account-exists');
    await page.locator('.failure').getByRole('button', { name: T.fr.forgot, exact: true }).click();
    await page.waitForSelector('#identifier');
  } finally { await context.close(); await server.stop(); }
});

test('a wrong code says how many tries are left, and switching language mid-wizard keeps the data (android)', async () => {
  const server = await startServer();
  const { context, page } = await openApp(browser, server, { device: 'android', lang: 'fr' });
  try {
    await click(page, T.fr.create);
    await choose(page, T.fr.insured);
    await fillIdentity(page, AMINA);
    await chooseLanguage(page, 'ar');
    assert.equal(await page.inputValue('#document_number'), AMINA.doc, 'nothing typed lost on a language switch');
    assert.equal(await page.inputValue('#birth_date-year'), '1985');
    await check(page, 'ar-identity-filled');
    await chooseLanguage(page, 'fr');
    await click(page, T.fr.next);
    await page.fill('#phone', '0661223344');
    await page.fill('#email', 'a@example.ma');
    await page.check('#terms_accepted');
    await click(page, T.fr.validate);
    await page.waitForSelector('#code');
    const right = await lastCode(server, '+212661223344');
    await page.fill('#code', right === '000000' ? '111111' : '000000');
    await click(page, T.fr.validate);
    await page.getByText(/Il vous reste\W*4\W*essais/).waitFor();
    await check(page, 'errors-05-wrong-code');
    // Resending after the cooldown has its own journey below (with its assertions).
  } finally { await context.close(); await server.stop(); }
});

test('the server stopped mid-flow: the user retries once it is back without retyping (android, fr)', async () => {
  let server = await startServer();
  const { context, page } = await openApp(browser, server, { device: 'android', lang: 'fr' });
  try {
    await click(page, T.fr.signIn);
    await page.fill('#identifier', '678901234');
    await page.fill('#password', 'Tajine aux pruneaux 2026');
    const { port, db } = server;
    await server.stop();
    await click(page, T.fr.signIn);
    await page.locator('.failure').waitFor();
    await check(page, 'errors-06-offline');
    assert.equal(await page.inputValue('#password'), 'Tajine aux pruneaux 2026');
    server = await startServer({ port, db });
    await page.locator('.failure').getByRole('button', { name: T.fr.retry, exact: true }).click();
    await page.getByRole('button', { name: T.fr.signOut, exact: true }).waitFor();
  } finally { await context.close(); await server.stop(); }
});

test('the screens warmed while the welcome screen is idle leave the page alone (android, fr)', async () => {
  const server = await startServer();
  const context = await browser.newContext({ ...DEVICES.android, locale: 'fr-MA' });
  const page = await context.newPage();
  const api = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/v1/')) api.push(r.url()); });
  try {
    await page.goto(server.base);
    await page.waitForSelector('h1');
    const before = await page.evaluate(() => ({ title: document.title, storage: JSON.stringify(localStorage), history: history.length }));
    // The warm-up runs in idle callbacks and leaves a User Timing mark per screen it rendered:
    // wait for both (this test fails if the warm-up never runs).
    await page.waitForFunction(
      () => ['/inscription', '/connexion'].every((p) => performance.getEntriesByName(`macnss:warmed ${p}`).length === 1),
      null, { timeout: 10_000 },
    );
    const after = await page.evaluate(() => ({ title: document.title, storage: JSON.stringify(localStorage), history: history.length }));
    assert.deepEqual(after, before);
    assert.match(after.title, /^Bienvenue sur MaCNSS/);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(api, [], 'no API request from the warm-up');
    assert.equal(await page.locator('h1').innerText(), 'Bienvenue sur MaCNSS');
  } finally { await context.close(); await server.stop(); }
});

test('a server that never answers: the wait ends after 20 s with a way forward, nothing retyped (android, fr)', async () => {
  const server = await startServer();
  const { context, page } = await openApp(browser, server, { device: 'android', lang: 'fr' });
  try {
    // The browser's clock, moved by hand: the request timeout (20 s) without waiting for it.
    await page.clock.install();
    await click(page, T.fr.signIn);
    await page.fill('#identifier', '678901234');
    await page.fill('#password', 'Tajine aux pruneaux 2026');
    // The request reaches a server that holds it and never answers.
    let held = 0;
    await page.route('**/v1/session', () => { held++; });
    await click(page, T.fr.signIn);
    await page.waitForFunction(() => document.querySelector('button[aria-busy="true"], button[disabled]'));
    assert.equal(held, 1);
    await page.clock.runFor(19_000);
    assert.equal(await page.locator('.failure').count(), 0, 'no failure before the timeout');
    await page.clock.runFor(2_000);
    await page.locator('.failure').waitFor();
    assert.match(await page.locator('.failure').innerText(), /trop de temps/);
    assert.equal(await page.inputValue('#password'), 'Tajine aux pruneaux 2026');
    await page.unroute('**/v1/session');
    await page.locator('.failure').getByRole('button', { name: T.fr.retry, exact: true }).click();
    await page.getByRole('button', { name: T.fr.signOut, exact: true }).waitFor();
  } finally { await context.close(); await server.stop(); }
});

test('right-to-left: the back link is on the right and nothing scrolls sideways at 320 px with 200 % text', async () => {
  const server = await startServer();
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'ar-MA' });
  const page = await context.newPage();
  try {
    await page.goto(server.base);
    await page.waitForSelector('h1');
    await chooseLanguage(page, 'ar');
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    for (const step of ['welcome', 'account-type', 'identity']) {
      if (step === 'account-type') await click(page, T.ar.create);
      if (step === 'identity') await choose(page, T.ar.insured);
      await page.waitForTimeout(50);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal scroll of ${overflow}px on ${step}`);
      await shot(page, `rtl-320-200pct-${step}`);
    }
    const box = await page.locator('.back-link').boundingBox();
    assert.ok(box.x + box.width > 320 / 2, `the back link should be on the right, got x=${box.x}`);
  } finally { await context.close(); await server.stop(); }
});

for (const lang of ['fr', 'ar']) {
  test(`every form's empty-submit error state and the CGU pass axe (${lang})`, async () => {
    const server = await startServer();
    const { context, page } = await openApp(browser, server, { device: 'android', lang });
    const t = T[lang];
    try {
      await chooseLanguage(page, lang);
      // Sign-in, empty.
      await click(page, t.signIn);
      await page.waitForSelector('#identifier');
      await click(page, t.signIn);
      await page.waitForSelector('.error-summary');
      await check(page, `${lang}-err-sign-in`);
      // Recovery, empty.
      await page.getByRole('button', { name: t.forgot, exact: true }).click();
      await page.waitForSelector('#identifier');
      await click(page, t.cont);
      await page.waitForSelector('.error-summary');
      await check(page, `${lang}-err-recovery`);
      // Sign-up identity and contact, empty; then the CGU from the contact step and back.
      await page.goto(server.base);
      await page.waitForSelector('h1');
      await click(page, t.create);
      await choose(page, t.insured);
      await click(page, t.next);
      await page.waitForSelector('.error-summary');
      await check(page, `${lang}-err-identity`);
      await fillIdentity(page, AMINA);
      await click(page, t.next);
      await page.waitForSelector('#phone');
      await click(page, t.validate);
      await page.waitForSelector('.error-summary');
      await check(page, `${lang}-err-contact`);
      await page.fill('#phone', '0661223344');
      await page.locator('a[href="/cgu"]').click();
      await page.waitForSelector('.terms-text');
      await check(page, `${lang}-cgu`);
      await page.locator('.back-link').click();
      await page.waitForSelector('#phone');
      assert.equal(await page.inputValue('#phone'), '0661223344', 'reading the CGU loses nothing');
      await page.fill('#email', 'a@example.ma');
      await page.check('#terms_accepted');
      await click(page, t.validate);
      await page.waitForSelector('#code');
      await click(page, t.validate);
      await page.waitForSelector('.error-summary');
      await check(page, `${lang}-err-code`);
    } finally { await context.close(); await server.stop(); }
  });
}

test('an app older than the server accepts leads to the update screen (android, fr)', async () => {
  const server = await startServer({ args: ['--min-app-version', '99.0.0'] });
  const { context, page } = await openApp(browser, server, { device: 'android', lang: 'fr' });
  try {
    await click(page, T.fr.signIn);
    await page.fill('#identifier', '678901234');
    await page.fill('#password', 'Tajine aux pruneaux 2026');
    await click(page, T.fr.signIn);
    await page.getByRole('heading', { name: "Mettez l'application à jour" }).waitFor();
    await check(page, 'update-required');
  } finally { await context.close(); await server.stop(); }
});

test('the code can be sent again after the cooldown, and the new code works (android, fr)', async () => {
  const server = await startServer();
  const context = await browser.newContext({ ...DEVICES.android, locale: 'fr-MA' });
  // The device clock is moved with the server's demo clock (time otherwise flows normally).
  await context.clock.install();
  const page = await context.newPage();
  try {
    await page.goto(server.base);
    await page.waitForSelector('h1');
    await click(page, T.fr.create);
    await choose(page, T.fr.insured);
    await fillIdentity(page, AMINA);
    await click(page, T.fr.next);
    await page.fill('#phone', '0661223344');
    await page.fill('#email', 'a@example.ma');
    await page.check('#terms_accepted');
    await click(page, T.fr.validate);
    await page.waitForSelector('#code');
    assert.equal(await page.getByRole('button', { name: 'Renvoyer le code' }).count(), 0, 'no resend during the cooldown');
    await advanceClock(server, 61);
    await page.clock.fastForward(61_000);
    await page.getByRole('button', { name: 'Renvoyer le code', exact: true }).click();
    for (let i = 0; i < 50 && (await outbox(server, '+212661223344')).length < 2; i++) await page.waitForTimeout(100);
    assert.equal((await outbox(server, '+212661223344')).length, 2, 'a second code was sent');
    await check(page, 'resend-after-cooldown');
    await page.fill('#code', await lastCode(server, '+212661223344'));
    await click(page, T.fr.validate);
    await page.getByRole('button', { name: T.fr.start, exact: true }).waitFor();
  } finally { await context.close(); await server.stop(); }
});
