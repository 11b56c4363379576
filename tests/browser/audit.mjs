// The look-and-feel audit: every screen of the app, public and private, in one language and one
// colour scheme, photographed into artifacts/audit-<lang>-<scheme>-<screen>.png with axe-core on
// each. `tests/browser/audit` runs the whole matrix (fr, ar, en, zgh × light, dark); CI runs
// two passes of it (look.test.mjs: French in dark mode, Tamazight in light mode) beside the
// journeys, which already check every screen in fr and ar.
import { startServer, launch, axe, shot, DEVICES } from './harness.mjs';

export const LANGS = ['fr', 'ar', 'en', 'zgh'];
export const SCHEMES = ['light', 'dark'];

/** The demo insured (crates/server/demo): a career, claims, children, payments. */
const DEMO = { id: '678901234', password: 'Tajine aux pruneaux 2026' };
const KARIM_LIKE = { docKind: 'cnie', doc: 'BK123456', expiry: ['20', '05', '2031'], birth: ['14', '03', '1985'] };

async function settled(page) {
  await page.waitForSelector('main h1');
  // On the web, Tamazight's messages arrive once it is chosen (French shows meanwhile).
  await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('lang') !== 'zgh'
    || /[\u2D30-\u2D7F]/.test(document.querySelector('main h1')?.textContent ?? ''), null, { timeout: 10000 });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 15000 })
    .catch(() => { /* a screen still loading is photographed as it is */ });
  await page.waitForTimeout(80);
}

async function chooseLanguage(page, lang) {
  await page.locator(`.language-picker button[lang="${lang}"]`).click();
  await page.waitForFunction((l) => document.querySelector('.app')?.getAttribute('lang') === l, lang);
}

/** Follows a link of the app (the session lives in the page: no reload in the private space). */
async function follow(page, selector) {
  const link = page.locator(selector).first();
  if (!(await link.count())) return false;
  await link.click();
  await page.waitForTimeout(100);
  await settled(page);
  return true;
}

async function home(page) {
  for (let i = 0; i < 5 && new URL(page.url()).pathname !== '/espace'; i++) {
    const link = page.locator('main a[href="/espace"]');
    if (await link.count()) await link.first().click();
    else await page.goBack();
    await page.waitForTimeout(100);
  }
  await page.waitForSelector('.service-card');
}

/**
 * One pass: every screen in `lang` and `scheme` on `device`. Returns { shots, violations }, the
 * violations as "screen: rule (targets)" lines.
 */
export async function auditPass({ lang, scheme, device = 'android', browser: given } = {}) {
  const server = await startServer();
  const browser = given ?? await launch();
  const context = await browser.newContext({ ...DEVICES[device], locale: 'fr-MA', colorScheme: scheme,
    reducedMotion: 'reduce' });
  const page = await context.newPage();
  const shots = [];
  const violations = [];
  const check = async (name) => {
    await settled(page);
    const file = `audit-${lang}-${scheme}-${name}`;
    await shot(page, file);
    shots.push(file);
    for (const v of await axe(page)) violations.push(`${file}: ${v}`);
  };
  const open = async (path) => {
    await page.goto(server.base + path);
    await settled(page).catch(async (e) => {
      throw new Error(`${path} (${lang}, ${scheme}) shows no heading at ${page.url()}: `
        + `${(await page.evaluate(() => document.body.innerText)).slice(0, 400)}`, { cause: e });
    });
  };
  try {
    await open('/');
    if (lang !== 'fr') await chooseLanguage(page, lang);
    await check('01-welcome');
    // Sign-up: the account type, the identity step refused empty (the error summary), the
    // contact step (not sent: no account is made).
    await page.locator('.actions .button.primary').click();
    await page.waitForSelector('.choice');
    await check('02-sign-up-kind');
    await page.locator('.choice').first().click();
    await page.waitForSelector('#document_number');
    await check('03-sign-up-identity');
    await page.locator('button[type="submit"]').click();
    await page.waitForSelector('.error-summary');
    await check('04-sign-up-identity-errors');
    await page.check(`input[name=document_kind][value=${KARIM_LIKE.docKind}]`);
    await page.fill('#document_number', KARIM_LIKE.doc);
    await page.fill('#document_expiry-day', KARIM_LIKE.expiry[0]);
    await page.fill('#document_expiry-month', KARIM_LIKE.expiry[1]);
    await page.fill('#document_expiry-year', KARIM_LIKE.expiry[2]);
    await page.fill('#birth_date-day', KARIM_LIKE.birth[0]);
    await page.fill('#birth_date-month', KARIM_LIKE.birth[1]);
    await page.fill('#birth_date-year', KARIM_LIKE.birth[2]);
    await page.locator('button[type="submit"]').click();
    await page.waitForSelector('#phone', { timeout: 10000 }).catch(() => {});
    await check('05-sign-up-contact');
    // The other public screens, each opened at its address (the language is remembered).
    for (const [name, path] of [['06-sign-in', '/connexion'], ['07-recovery', '/mot-de-passe-oublie'],
      ['08-contact', '/contact'], ['09-terms', '/cgu']]) {
      await open(path);
      await check(name);
    }
    // The private space, signed in as the demo insured, every screen reached by its links.
    await open('/connexion');
    await page.fill('#identifier', DEMO.id);
    await page.fill('#password', DEMO.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForSelector('.service-card', { timeout: 20000 });
    await check('11-space');
    const screens = [
      ['12-career', 'a[href="/espace/carriere"]'],
      ['13-reports', 'a[href="/espace/carriere/signaler"]'],
    ];
    for (const [name, sel] of screens) {
      if (await follow(page, sel)) await check(name);
    }
    await home(page);
    if (await follow(page, 'a[href="/espace/remboursements"]')) {
      await check('14-claims');
      if (await follow(page, 'a[href^="/espace/remboursements/"]')) await check('15-claim');
    }
    await home(page);
    if (await follow(page, 'a[href="/espace/famille"]')) {
      await check('16-family');
      if (await follow(page, 'a[href^="/espace/famille/"][href$="/certificat"]')) await check('17-certificate');
    }
    await home(page);
    if (await follow(page, 'a[href="/espace/paiements"]')) {
      await check('18-payments');
      if (await follow(page, 'a[href="/espace/paiements/compte"]')) await check('19-bank-account');
    }
    await open('/mise-a-jour');
    await check('10-update');
  } finally {
    await context.close();
    if (!given) await browser.close();
    await server.stop();
  }
  return { shots, violations };
}
