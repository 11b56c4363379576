// Requests per journey (issue 8): the fault-free journeys make exactly the budgeted number of
// API requests — sign-up 3, sign-in 2 (the tokens with the profile, then «Mon espace»'s summary),
// recovery 4, plus one per resend — counted at the server's door (requests.mjs). Deterministic, so a test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch } from './harness.mjs';
import { countJourneys, EXPECTED } from './requests.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('each journey makes the budgeted number of API requests', async () => {
  const counted = await countJourneys(browser, server);
  for (const [journey, expected] of Object.entries(EXPECTED)) {
    assert.equal(counted[journey].length, expected, `${journey}: ${counted[journey].join(', ')}`);
  }
});
