// The private space in the browser, against the demo server: the demo insured reads the career
// and its eligibility, follows a claim through its states (moved by the demo route), sends a
// school certificate (a real PDF and a real JPEG made here; a renamed .exe and a 6 MB PDF
// refused on the phone), changes the bank account with the password and the SMS code; a
// dependant sees only their own claims. Every new screen passes axe-core in its loading,
// loaded, empty and failed states (the empty and failed states are made by intercepting the
// app's own request in the browser — the server has no empty demo person — and labelled so);
// every screen is photographed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, openApp, lastCode, axe, shot } from './harness.mjs';
import { T, chooseLanguage, click, signUp, credentials } from './steps.mjs';

const EXISTING = { id: '678901234', password: 'Tajine aux pruneaux 2026', phone: '+212661234567' };
const NADIA = { insuredId: '678901234', docKind: 'passport', doc: 'XY7654321', birth: ['04', '04', '2004'],
  id: '789012345' };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function check(page, name) {
  await page.waitForTimeout(50);
  await shot(page, name);
  const v = await axe(page);
  assert.deepEqual(v, [], `axe violations on ${name}`);
}

/** The app's heading of the screen shown now (its h1), once it is there. */
async function heading(page) {
  await page.waitForSelector('main h1');
  return (await page.textContent('main h1')).trim();
}

async function signIn(page, t, id, password) {
  await click(page, t.signIn);
  await page.waitForSelector('#identifier');
  await page.fill('#identifier', id);
  await page.fill('#password', password);
  await click(page, t.signIn);
}

/** Follows a link of the app by its path (the same in every language). */
async function go(page, path) {
  await page.locator(`a[href="${path}"]`).first().click();
  await page.waitForURL((u) => new URL(u).pathname === path);
  await page.waitForSelector('main h1');
}

/** Back to «Mon espace» the way a person goes back: the screen's link home, or the browser's back. */
async function home(page) {
  for (let i = 0; i < 5 && new URL(page.url()).pathname !== '/espace'; i++) {
    const link = page.locator('main a[href="/espace"]');
    if (await link.count()) await link.first().click();
    else await page.goBack();
    await page.waitForTimeout(100);
  }
  await page.waitForSelector('.service-card');
}

/** No request of the record screen is in flight any more (its status line is settled). */
async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/** A real JPEG, drawn and encoded by the browser itself (a page of text, 1600 × 1200). */
async function makeJpeg(page) {
  const bytes = await page.evaluate(async () => {
    const c = new OffscreenCanvas(1600, 1200);
    const g = c.getContext('2d');
    g.fillStyle = '#fff'; g.fillRect(0, 0, 1600, 1200);
    g.fillStyle = '#000'; g.font = '48px sans-serif';
    g.fillText('Certificat de scolarité 2026-2027', 100, 200);
    g.fillText('Immatriculation CNSS 678901234', 100, 300);
    const blob = await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  return Buffer.from(bytes);
}

/** A real one-page PDF, written out object by object with its cross-reference table. */
function makePdf(padding = 0) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const text = 'BT /F1 18 Tf 72 760 Td (Certificat de scolarite 2026-2027) Tj ET';
  objects[3] = `<< /Length ${text.length} >>\nstream\n${text}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  // A comment of `padding` bytes makes a large file that is still a PDF.
  if (padding) out += `%${'x'.repeat(padding)}\n`;
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function tempFile(name, bytes) {
  const path = join(mkdtempSync(join(tmpdir(), 'macnss-upload-')), name);
  writeFileSync(path, bytes);
  return path;
}

for (const [device, lang] of [['android', 'fr'], ['iphone', 'ar']]) {
  test(`the demo insured reads the career, follows a claim, sends a certificate and changes the RIB (${device}, ${lang})`, async () => {
    const server = await startServer();
    const { context, page } = await openApp(browser, server, { device, lang });
    const t = T[lang];
    const tag = `${device}-${lang}-space`;
    try {
      await chooseLanguage(page, lang);
      await signIn(page, t, EXISTING.id, EXISTING.password);
      await page.waitForURL((u) => new URL(u).pathname === '/espace');
      await page.waitForSelector('.service-card');
      await settled(page);
      await check(page, `${tag}-01-home`);
      if (lang === 'ar') assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');

      // The career and its eligibility, from his own record.
      await go(page, '/espace/carriere');
      await settled(page);
      const career = await page.textContent('main');
      assert.match(career, /\d/, 'figures are shown');
      await check(page, `${tag}-02-career`);

      // A claim, then the demo route moves it on: the page shows the new state on refresh.
      await home(page);
      await go(page, '/espace/remboursements');
      await settled(page);
      await check(page, `${tag}-03-claims`);
      // Back from a claim finds the list as it was left: the filter and the scroll position.
      const links = 'a[href^="/espace/remboursements/"]';
      await page.selectOption('#claims-state', { index: 0 });
      const lastClaim = page.locator(links).last();
      await lastClaim.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 40));
      const y = await page.evaluate(() => Math.round(window.scrollY));
      assert.ok(y > 100, `the list scrolls (${y})`);
      await lastClaim.click();
      await page.waitForSelector('ol');
      await page.goBack();
      await page.waitForSelector(links);
      await page.waitForFunction((want) => Math.abs(window.scrollY - want) < 8, y, { timeout: 5000 })
        .catch(async () => assert.fail(`scroll ${await page.evaluate(() => window.scrollY)} after back, was ${y}`));
      await page.selectOption('#claims-state', 'incomplete').catch(async () => {
        // The options' values: the state's wire name.
        const values = await page.$$eval('#claims-state option', (o) => o.map((x) => x.value));
        assert.fail(`no "incomplete" option in ${values}`);
      });
      await page.locator(links).first().click();
      await page.waitForSelector('ol');
      await page.goBack();
      await page.waitForSelector('#claims-state');
      assert.equal(await page.inputValue('#claims-state'), 'incomplete', 'the filter is kept');
      await page.selectOption('#claims-state', { index: 0 });
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 5, links);
      const received = await page.evaluate(() => [...document.querySelectorAll('a[href^="/espace/remboursements/"]')]
        .map((a) => a.getAttribute('href')));
      assert.ok(received.length >= 5, `the demo claims are listed: ${received.length}`);
      // The newest claim is the one just received (demo data, newest first).
      const path = received[0];
      await page.locator(`a[href="${path}"]`).click();
      await page.waitForSelector('ol');
      const before = await page.locator('ol li').count();
      await check(page, `${tag}-04-claim`);
      const claimId = path.split('/').pop();
      const moved = await fetch(`${server.base}/dev/claims/${claimId}/advance`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      assert.equal(moved.status, 200, await moved.text());
      await page.locator('.record-status button').first().click();
      await page.waitForFunction((n) => document.querySelectorAll('ol li').length === n + 1, before);
      await check(page, `${tag}-05-claim-moved`);

      // TAWIDATY: the child whose certificate is due.
      await home(page);
      await go(page, '/espace/famille');
      await settled(page);
      await check(page, `${tag}-06-family`);
      const certificate = page.locator('a[href^="/espace/famille/"][href$="/certificat"]').first();
      await certificate.click();
      await page.waitForSelector('#certificate-file', { state: 'attached' });
      await check(page, `${tag}-07-certificate-choose`);
      // A program renamed as a photo: refused by its content, on the phone.
      await page.setInputFiles('#certificate-file', { name: 'certificat.jpg', mimeType: 'image/jpeg',
        buffer: Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2048)]) });
      await page.waitForSelector('.failure');
      await check(page, `${tag}-08-certificate-exe`);
      // A 6 MB PDF: over the limit, refused before sending.
      await page.locator('main button.secondary').click();
      await page.waitForSelector('#certificate-file', { state: 'attached' });
      await page.setInputFiles('#certificate-file', { name: 'gros.pdf', mimeType: 'application/pdf',
        buffer: makePdf(6 * 1024 * 1024) });
      await page.waitForSelector('.failure');
      // 6 MiB is 6.3 MB: said rounded up, so the figure is never the limit itself.
      assert.match(await page.textContent('.failure'), /7/);
      await check(page, `${tag}-09-certificate-too-large`);
      // A real PDF: checked, sent, received.
      await page.locator('main button.secondary').click();
      await page.waitForSelector('#certificate-file', { state: 'attached' });
      await page.setInputFiles('#certificate-file', tempFile('certificat.pdf', makePdf()));
      await page.waitForSelector('#certificate-check-heading');
      await check(page, `${tag}-10-certificate-ready`);
      await page.locator('main .actions button.primary').click();
      await page.waitForSelector('main .actions a.button');
      await check(page, `${tag}-11-certificate-sent`);

      // A real JPEG replaces it while it is not checked yet («Remplacer» in the family).
      await page.locator('main .actions a.button').click();
      await page.waitForURL((u) => new URL(u).pathname === '/espace/famille');
      await settled(page);
      await check(page, `${tag}-12-family-received`);
      await certificate.click();
      await page.waitForSelector('#certificate-file', { state: 'attached' });
      await page.setInputFiles('#certificate-file', tempFile('photo.jpg', await makeJpeg(page)));
      await page.waitForSelector('#certificate-check-heading');
      assert.equal(await page.locator('main img').count(), 1, 'the photo is previewed');
      await check(page, `${tag}-13-certificate-photo`);
      await page.locator('main .actions button.primary').click();
      await page.waitForSelector('main .actions a.button');
      await page.locator('main .actions a.button').click();
      await page.waitForURL((u) => new URL(u).pathname === '/espace/famille');

      // The bank account, with the password again and the SMS code.
      await home(page);
      await go(page, '/espace/paiements');
      await settled(page);
      await check(page, `${tag}-14-payments`);
      await go(page, '/espace/paiements/compte');
      await page.waitForSelector('#password');
      await check(page, `${tag}-15-bank-password`);
      await page.fill('#password', EXISTING.password);
      await page.locator('main button.button').first().click();
      await page.waitForSelector('#rib');
      await check(page, `${tag}-16-bank-code`);
      const code = await lastCode(server, EXISTING.phone);
      // A RIB typed with a wrong key: said at once, nothing sent.
      await page.fill('#code', code);
      await page.fill('#rib', '007 780 0009876543210123 00');
      await page.locator('main button.button').first().click();
      await page.waitForSelector('.error-summary');
      await check(page, `${tag}-17-bank-rib-refused`);
      const body = '0077800009876543210123';
      const rest = [...body].reduce((r, d) => (r * 10 + Number(d)) % 97, 0);
      const key = String(97 - ((rest * 100) % 97)).padStart(2, '0');
      await page.fill('#rib', `007 780 0009876543210123 ${key}`);
      await page.locator('main button.button').first().click();
      await page.waitForFunction(() => !document.querySelector('#rib'));
      assert.match(await page.textContent('main'), /0123/);
      await check(page, `${tag}-18-bank-done`);

      // How to reach CNSS, from «Mon espace».
      await home(page);
      await go(page, '/contact');
      await settled(page);
      await check(page, `${tag}-19-contact`);
    } finally {
      await context.close();
      await server.stop();
    }
  });
}

test('a dependant sees their own claims and no career, family or payments (android, fr)', async () => {
  const server = await startServer();
  const { context, page } = await openApp(browser, server, { device: 'android', lang: 'fr' });
  const t = T.fr;
  try {
    const sms = await signUp(page, server, t, NADIA, { kind: 'dependant', phone: '0700112244', tag: 'dependant',
      check: async (p, name) => { await shot(p, name); } });
    await click(page, t.start);
    const { id, pw } = credentials(sms);
    assert.equal(id, NADIA.id);
    await page.waitForSelector('#identifier');
    await page.fill('#identifier', id);
    await page.fill('#password', pw);
    await click(page, t.signIn);
    await page.waitForSelector('#new_password');
    await page.fill('#new_password', 'le thé à la menthe du matin');
    await click(page, t.validate);
    await page.waitForSelector('.service-card');
    await settled(page);
    await check(page, 'dependant-01-home');
    const cards = await page.evaluate(() => [...document.querySelectorAll('a.service-card')].map((a) => a.getAttribute('href')));
    // The claims, their messages (#16), and the attestations (a dependant may ask for their
    // own AMO rights': #15).
    assert.deepEqual(cards, ['/espace/remboursements', '/espace/messages', '/espace/attestations'], 'only the claims, the messages and the attestations');
    await go(page, '/espace/remboursements');
    await settled(page);
    await check(page, 'dependant-02-claims');
    const text = await page.textContent('main');
    assert.ok(!text.includes('Samira') && !text.includes('Lina'), 'no claim of another beneficiary');
    // A private path typed by hand: the screen says it is not for this account.
    await page.evaluate(() => { history.pushState({}, '', '/espace/carriere'); dispatchEvent(new PopStateEvent('popstate')); });
    await page.waitForSelector('main h1');
    await check(page, 'dependant-03-career-not-available');
  } finally {
    await context.close();
    await server.stop();
  }
});

test('every record screen passes axe while loading, when empty and when its request fails (android, fr and ar)', async () => {
  const server = await startServer();
  for (const lang of ['fr', 'ar']) {
    const { context, page } = await openApp(browser, server, { device: 'android', lang });
    const t = T[lang];
    try {
      await chooseLanguage(page, lang);
      await signIn(page, t, EXISTING.id, EXISTING.password);
      await page.waitForSelector('.service-card');
      await settled(page);
      const screens = [
        ['/espace/carriere', '/v1/career', { declarations: [], total: { days: 0, salary: 0 } }],
        ['/espace/remboursements', '/v1/claims', { claims: [], beneficiaries: [] }],
        ['/espace/famille', '/v1/family', { children: [], monthly_total: 0 }],
        ['/espace/paiements', '/v1/payments', { payments: [] }],
        ['/espace/carriere/signaler', '/v1/reports', { reports: [] }],
      ];
      for (const [path, api, empty] of screens) {
        const name = `${lang}-states${path.replaceAll('/', '-')}`;
        // Loading: the request is held until axe has looked at the screen.
        let release;
        const held = new Promise((r) => { release = r; });
        await page.route(`**${api}`, async (route) => { await held; await route.abort('connectionfailed'); });
        await page.evaluate((p) => { history.pushState({}, '', p); dispatchEvent(new PopStateEvent('popstate')); }, path);
        await page.waitForSelector('[aria-busy="true"], [role=status]');
        await check(page, `${name}-loading`);
        // Failed: the held request fails (no network).
        release();
        await page.waitForSelector('.failure, [role=alert]');
        await check(page, `${name}-failed`);
        await page.unroute(`**${api}`);
        // Empty: the browser answers the retry with an empty record (intercepted, not the server).
        await page.route(`**${api}`, (route) => route.fulfill({ status: 200, contentType: 'application/json',
          body: JSON.stringify(api === '/v1/career' ? { ...empty, as_of: '2026-12-01', last_6_months: empty.total,
            last_12_months: empty.total, last_36_months: empty.total, gaps: [], employers: [], eligibility: [] } : empty) }));
        await page.locator('.failure button, [role=alert] button').first().click();
        await settled(page);
        await check(page, `${name}-empty`);
        await page.unroute(`**${api}`);
      }
    } finally {
      await context.close();
    }
  }
  await server.stop();
});
