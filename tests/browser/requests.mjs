// Requests per journey, counted at the server's door: a counting proxy in front of the demo
// server (the app calls its own origin, so every API call crosses it) records each /v1/
// request while the browser walks the fault-free journeys. Shared by requests.test.mjs (the
// deterministic test) and benches/web.mjs (the BENCHMARKS.md table).
import http from 'node:http';
import { DEVICES, lastCode, outbox, advanceClock } from './harness.mjs';

/** The budget of each journey: requests to /v1/ on the fault-free path. */
// Sign-in → «Mon espace» with its cards filled: the session (the profile comes with the
// tokens), then the summary the cards show — nothing else (issue 20's "at most 2").
export const EXPECTED = { 'sign-up': 3, 'sign-up with one resend': 4, 'sign-in': 2, recovery: 4 };

/** A proxy to `server` on a free loopback port that counts the API requests it forwards. */
export async function countingProxy(server) {
  let seen = [];
  const target = new URL(server.base);
  const proxy = http.createServer((req, res) => {
    if (req.url.startsWith('/v1/')) seen.push(`${req.method} ${req.url.split('?')[0]}`);
    const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method,
      headers: req.headers }, (up) => { res.writeHead(up.statusCode, up.headers); up.pipe(res); });
    upstream.on('error', () => { res.writeHead(502); res.end(); });
    req.pipe(upstream);
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${proxy.address().port}`,
    /** The requests seen since the last call, emptied. */
    take() { const s = seen; seen = []; return s; },
    stop: () => new Promise((r) => { proxy.closeAllConnections(); proxy.close(r); }),
  };
}

const button = (page, name) => page.getByRole('button', { name, exact: true });

async function signUp(page, server, { resend }) {
  await button(page, 'Créer mon compte').click();
  await page.getByRole('button', { name: /^Assuré/ }).click();
  await page.waitForSelector('#document_number');
  await page.check('input[name=document_kind][value=cnie]');
  await page.fill('#document_number', 'BK123456');
  for (const [f, v] of [['document_expiry-day', '20'], ['document_expiry-month', '05'], ['document_expiry-year', '2031'],
    ['birth_date-day', '14'], ['birth_date-month', '03'], ['birth_date-year', '1985']]) await page.fill(`#${f}`, v);
  await button(page, 'Suivant').click();
  await page.waitForSelector('#phone');
  await page.fill('#phone', '0661223344');
  await page.fill('#email', 'amina@example.ma');
  await page.check('#terms_accepted');
  await button(page, 'Valider').click();
  await page.waitForSelector('#code');
  if (resend) {
    // The cooldown passes on both clocks: the server's (demo clock) and the page's.
    await advanceClock(server, 61);
    await page.clock.fastForward(61_000);
    const before = (await outbox(server, '+212661223344')).length;
    await button(page, 'Renvoyer le code').click();
    for (let i = 0; i < 100 && (await outbox(server, '+212661223344')).length === before; i++) await page.waitForTimeout(50);
  }
  await page.fill('#code', await lastCode(server, '+212661223344'));
  await button(page, 'Valider').click();
  await button(page, "C'est parti").waitFor();
}

async function signIn(page) {
  await button(page, 'Me connecter').click();
  await page.waitForSelector('#identifier');
  await page.fill('#identifier', '678901234');
  await page.fill('#password', 'Tajine aux pruneaux 2026');
  await button(page, 'Me connecter').click();
  await button(page, 'Me déconnecter').waitFor();
  // The cards' live lines are there (the summary answered).
  await page.waitForSelector('.service-card');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

async function recover(page, server) {
  await button(page, 'Me connecter').click();
  await page.waitForSelector('#identifier');
  await page.fill('#identifier', '678901234');
  await button(page, 'Mot de passe oublié').click();
  await page.waitForSelector('#identifier');
  await button(page, 'Continuer').click();
  await page.waitForSelector('input[name=channel]');
  await page.locator('input[name=channel]').first().check();
  await button(page, 'Continuer').click();
  await page.waitForSelector('#code');
  await page.fill('#code', await lastCode(server, '+212661234567'));
  await button(page, 'Valider').click();
  await page.waitForSelector('#new_password');
  await page.fill('#new_password', 'la mer est calme ce soir');
  await button(page, 'Valider').click();
  await button(page, 'Me connecter').waitFor();
}

/**
 * Walks each journey on a fresh demo database (POST /dev/reset) and a fresh page, through a
 * counting proxy; returns `{ journey: [requests…] }`. Loading the app is not counted (static
 * files, not /v1/).
 */
export async function countJourneys(browser, server) {
  const proxy = await countingProxy(server);
  const journeys = {
    'sign-up': (page) => signUp(page, server, { resend: false }),
    'sign-up with one resend': (page) => signUp(page, server, { resend: true }),
    'sign-in': (page) => signIn(page),
    recovery: (page) => recover(page, server),
  };
  const counted = {};
  try {
    for (const [name, walk] of Object.entries(journeys)) {
      await fetch(`${server.base}/dev/reset`, { method: 'POST' });
      const context = await browser.newContext({ ...DEVICES.android, locale: 'fr-MA' });
      try {
        const page = await context.newPage();
        // A page clock that runs on its own, so a resend cooldown can be skipped.
        await page.clock.install();
        await page.goto(proxy.base);
        await page.waitForSelector('h1');
        proxy.take();
        await walk(page);
        counted[name] = proxy.take();
      } finally { await context.close(); }
    }
  } finally { await proxy.stop(); }
  return counted;
}
