// The look and feel in CI: two passes of the audit (audit.mjs) — every screen in French in dark
// mode, and every screen in Tamazight (Tifinagh) — each photographed, axe-core 0 violations.
// (Every screen in fr and ar, light, is checked by the journeys; the whole matrix is
// tests/browser/audit.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { auditPass } from './audit.mjs';
import { launch } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const [lang, scheme] of [['fr', 'dark'], ['zgh', 'light']]) {
  test(`every screen in ${lang}, ${scheme}: photographed, no axe violation`, async () => {
    const { shots, violations } = await auditPass({ lang, scheme, browser });
    assert.ok(shots.length >= 19, `only ${shots.length} screens reached: ${shots.join(', ')}`);
    assert.deepEqual(violations, []);
  });
}

test('the soft keyboard never hides the primary button, and 200 % text fits a 320 px screen, landscape too', async () => {
  const { startServer, DEVICES } = await import('./harness.mjs');
  const server = await startServer();
  try {
    // A phone with the keyboard up: 412 × 360 left for the page.
    const context = await browser.newContext({ ...DEVICES.android, viewport: { width: 412, height: 360 }, locale: 'fr-MA' });
    const page = await context.newPage();
    for (const path of ['/connexion', '/mot-de-passe-oublie']) {
      await page.goto(server.base + path);
      await page.waitForSelector('main h1');
      await page.locator('main input').first().focus();
      const box = await page.locator('button.button.primary').boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 360, `${path}: the primary button is off screen (${JSON.stringify(box)})`);
    }
    await context.close();
    // Text at 200 % (the OS setting, as the webview's text zoom applies it), 320 px wide, and
    // a landscape phone: nothing wider than the screen.
    for (const viewport of [{ width: 320, height: 640 }, { width: 844, height: 390 }]) {
      const ctx = await browser.newContext({ viewport, locale: 'ar-MA', deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const p = await ctx.newPage();
      for (const path of ['/', '/connexion', '/inscription']) {
        await p.goto(server.base + path);
        await p.waitForSelector('main h1');
        await p.addStyleTag({ content: 'html { font-size: 200% !important; }' });
        await p.waitForTimeout(50);
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${path} at ${viewport.width} px with 200 % text overflows by ${overflow} px`);
      }
      await ctx.close();
    }
  } finally {
    await server.stop();
  }
});

/**
 * Where on screen the first `a` and the last `b` of the text matched by `pattern` (inside any
 * element matching `selector`) are drawn: their left edges, read from the layout (what a person
 * sees), not from the DOM order.
 */
async function drawnOrder(page, selector, pattern) {
  return page.evaluate(([sel, src]) => {
    const re = new RegExp(src);
    for (const el of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const m = n.data.match(re);
        if (!m) continue;
        const at = (i, len) => { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + len); return r.getBoundingClientRect().left; };
        const first = m.index + m[0].indexOf(m[1]);
        const last = m.index + m[0].lastIndexOf(m[2]);
        return { text: m[0], first: at(first, m[1].length), last: at(last, m[2].length) };
      }
    }
    return null;
  }, [selector, pattern]);
}

test('inside Arabic text, a masked phone and a dossier number are drawn left to right (android, ar)', async () => {
  const { startServer, DEVICES } = await import('./harness.mjs');
  const server = await startServer();
  const context = await browser.newContext({ ...DEVICES.android, locale: 'ar-MA' });
  const page = await context.newPage();
  try {
    // The recovery's channel step: «عبر رسالة قصيرة إلى 06 •• … 67».
    await page.goto(server.base + '/mot-de-passe-oublie');
    await page.waitForSelector('#identifier');
    await page.fill('#identifier', '678901234');
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('input[type=radio]');
    const phone = await drawnOrder(page, 'main label', '(\\d\\d)[\\s\\u00a0•*]+(?:[•*]+[\\s\\u00a0]*)*(\\d\\d)');
    assert.ok(phone, 'no masked phone on the channel step');
    assert.ok(phone.first < phone.last, `the masked phone reads right to left: ${JSON.stringify(phone)}`);
    // A claim's dossier number in the private space: «2026-9557600», the year on the left.
    await page.goto(server.base + '/connexion');
    await page.waitForSelector('#identifier');
    await page.fill('#identifier', '678901234');
    await page.fill('#password', 'Tajine aux pruneaux 2026');
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('.service-card');
    await page.locator('a[href="/espace/remboursements"]').click();
    await page.waitForSelector('.record-card');
    const dossier = await drawnOrder(page, '.record-card', '(\\d{4})[-\\u2011](\\d{5,})');
    assert.ok(dossier, 'no dossier number on the claims list');
    assert.ok(dossier.first < dossier.last, `the dossier number reads right to left: ${JSON.stringify(dossier)}`);
  } finally {
    await context.close();
    await server.stop();
  }
});

test("the first download holds the negotiated language's messages only and no font; choosing another fetches its own", async () => {
  const { startServer, DEVICES } = await import('./harness.mjs');
  const server = await startServer();
  try {
    for (const [locale, tag] of [['fr-MA', 'fr'], ['ar-MA', 'ar'], ['en-GB', 'en']]) {
      const context = await browser.newContext({ ...DEVICES.android, locale });
      const page = await context.newPage();
      const fetched = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      try {
        await page.goto(server.base + '/');
        await page.waitForSelector('main h1');
        await page.waitForTimeout(1500); // the welcome screen idle: the warm-up renders have run
        const assets = fetched.filter((p) => /\.(ftl|woff2?|ttf|otf|png|jpe?g|svg)$/.test(p));
        assert.equal(assets.length, 1, `${locale}: ${fetched.join(', ')}`);
        assert.match(assets[0], new RegExp(`/messages-${tag}-dxh[0-9a-f]{16}\\.ftl$`), `${locale}: ${assets[0]}`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
        if (tag === 'fr') {
          await page.locator('.language-picker button[lang="zgh"]').click();
          await page.waitForFunction(() => /[\u2D30-\u2D7F]/.test(document.querySelector('main h1').textContent));
          const ftl = fetched.filter((p) => p.endsWith('.ftl'));
          assert.equal(ftl.length, 2, fetched.join(', '));
          assert.match(ftl[1], /\/messages-zgh-dxh[0-9a-f]{16}\.ftl$/);
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.stop();
  }
});

test('messages that cannot be fetched say so with «Réessayer», which works; never a blank page', async () => {
  const { startServer, DEVICES, axe } = await import('./harness.mjs');
  const server = await startServer();
  const context = await browser.newContext({ ...DEVICES.android, locale: 'fr-MA' });
  const page = await context.newPage();
  let refuse = true;
  await page.route(/\/messages-fr-dxh[0-9a-f]+\.ftl$/, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
  try {
    await page.goto(server.base + '/');
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').textContent(), /n'a pas pu se charger/);
    assert.deepEqual(await axe(page), []);
    refuse = false;
    await page.getByRole('button', { name: 'Réessayer', exact: true }).click();
    await page.getByRole('button', { name: 'Créer mon compte', exact: true }).waitFor();
  } finally {
    await context.close();
    await server.stop();
  }
});
