// Steps shared by the browser journeys: the labels a person reads (fr, ar), choosing the
// language, buttons by their name, the demo people, a whole sign-up through the screens, and
// the credentials SMS.
import { lastCode, outbox } from './harness.mjs';

export const T = {
  fr: { create: 'Créer mon compte', signIn: 'Me connecter', insured: 'Assuré', dependant: 'Ayant droits',
    next: 'Suivant', validate: 'Valider', start: "C'est parti", forgot: 'Mot de passe oublié', cont: 'Continuer',
    signOut: 'Me déconnecter', retry: 'Réessayer', back: 'Retour' },
  ar: { create: 'إنشاء حسابي', signIn: 'تسجيل الدخول', insured: 'مؤمَّن له', dependant: 'ذوو الحقوق',
    next: 'التالي', validate: 'تأكيد', start: 'لنبدأ', forgot: 'نسيت كلمة المرور', cont: 'متابعة',
    signOut: 'تسجيل الخروج', retry: 'إعادة المحاولة', back: 'رجوع' },
};

export async function chooseLanguage(page, lang) {
  const names = { fr: 'Français', ar: 'العربية', en: 'English' };
  await page.getByRole('button', { name: names[lang], exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

export async function click(page, name) {
  await page.getByRole('button', { name, exact: true }).click();
}

/** The account-type choices carry a hint in their accessible name: match the start. */
export async function choose(page, name) {
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
}

export async function fillIdentity(page, p) {
  if (p.insuredId) await page.fill('#insured_id', p.insuredId);
  await page.check(`input[name=document_kind][value=${p.docKind}]`);
  await page.fill('#document_number', p.doc);
  if (p.expiry) {
    await page.fill('#document_expiry-day', p.expiry[0]);
    await page.fill('#document_expiry-month', p.expiry[1]);
    await page.fill('#document_expiry-year', p.expiry[2]);
  }
  await page.fill('#birth_date-day', p.birth[0]);
  await page.fill('#birth_date-month', p.birth[1]);
  await page.fill('#birth_date-year', p.birth[2]);
}

export const AMINA = { docKind: 'cnie', doc: 'BK123456', expiry: ['20', '05', '2031'], birth: ['14', '03', '1985'], id: '123456789' };
export const KARIM = { insuredId: '123456789', docKind: 'cnie', doc: 'BE987654', birth: ['25', '01', '1983'], id: '456789012' };

export async function signUp(page, server, t, person, { kind = 'insured', phone = '0661223344', tag, check }) {
  await click(page, t.create);
  await check(page, `${tag}-01-account-type`);
  await choose(page, kind === 'insured' ? t.insured : t.dependant);
  await page.waitForSelector('#document_number');
  await check(page, `${tag}-02-identity`);
  await fillIdentity(page, person);
  await click(page, t.next);
  await page.waitForSelector('#phone');
  await check(page, `${tag}-03-contact`);
  await page.fill('#phone', phone);
  await page.fill('#email', 'person@example.ma');
  await page.check('#terms_accepted');
  await click(page, t.validate);
  await page.waitForSelector('#code');
  await check(page, `${tag}-04-code`);
  const e164 = '+212' + phone.replace(/\D/g, '').replace(/^0/, '');
  const code = await lastCode(server, e164);
  await page.fill('#code', code);
  await click(page, t.validate);
  await page.getByRole('button', { name: t.start, exact: true }).waitFor();
  await check(page, `${tag}-05-confirmation`);
  const sms = (await outbox(server, e164)).at(-1).body;
  return sms;
}

/** The identifier and the temporary password of a credentials SMS, in any language: the
 * 9-digit number, and the word just before the "(valid … h)" parenthesis. */
export function credentials(sms) {
  const text = sms.replace(/[\u2068\u2069]/g, '');
  return { id: text.match(/(?<!\d)\d{9}(?!\d)/)[0], pw: text.match(/(\S+)\s*\(/)[1] };
}

