// The web build's messages: one file per language (every `locales/<lang>/*.ftl` but boot.ftl,
// which the code carries), named after its content (`assets/messages-<lang>-dxh<hash>.ftl`,
// so the server caches it a year), and the map of those names written into the built
// index.html, whose loader fetches the negotiated language's only (index.html, src/app.rs).
// Usage: node scripts/bundle-messages.mjs OUT_DIR
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/bundle-messages.mjs OUT_DIR');
  process.exit(2);
}
const LANGS = ['fr', 'ar', 'en', 'zgh'];
const map = {};
mkdirSync(join(out, 'assets'), { recursive: true });
for (const lang of LANGS) {
  const dir = join('locales', lang);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ftl') && f !== 'boot.ftl').sort();
  const text = files.map((f) => readFileSync(join(dir, f), 'utf8').replace(/\n*$/, '\n')).join('\n');
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const name = `messages-${lang}-dxh${hash}.ftl`;
  writeFileSync(join(out, 'assets', name), text);
  map[lang] = `/assets/${name}`;
}
const page = join(out, 'index.html');
const html = readFileSync(page, 'utf8');
const placeholder = '/*MACNSS_LOCALES*/null';
if (!html.includes(placeholder)) {
  console.error(`${page}: no ${placeholder} to fill (index.html's loader is gone?)`);
  process.exit(1);
}
writeFileSync(page, html.replace(placeholder, JSON.stringify(map)));
console.log(`messages: ${Object.entries(map).map(([l, p]) => `${l} ${p}`).join(', ')}`);
