// Runs the audit matrix (see audit.mjs): the arguments pick languages and schemes, all by default.
import { auditPass, LANGS, SCHEMES } from './audit.mjs';
import { launch } from './harness.mjs';

const args = process.argv.slice(2);
const langs = LANGS.filter((l) => !args.some((a) => LANGS.includes(a)) || args.includes(l));
const schemes = SCHEMES.filter((s) => !args.some((a) => SCHEMES.includes(a)) || args.includes(s));
const browser = await launch();
let failed = 0;
for (const lang of langs) {
  for (const scheme of schemes) {
    const { shots, violations } = await auditPass({ lang, scheme, browser });
    console.log(`${lang} ${scheme}: ${shots.length} screens, ${violations.length} axe violations`);
    for (const v of violations) console.log(`  ${v}`);
    failed += violations.length;
  }
}
await browser.close();
process.exit(failed ? 1 : 0);
