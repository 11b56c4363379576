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
