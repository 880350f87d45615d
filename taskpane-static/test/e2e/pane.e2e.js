// The task pane end to end: Debian's Chromium (playwright-core) opens /taskpane/taskpane.html from the real
// backend jar on loopback, with the Word stand-in answering for Office.js, and a lawyer signs in, reviews,
// goes to clauses and applies suggestions under WordApi 1.3 and 1.4. Nothing leaves loopback: every other
// request is refused and listed, and the specs assert that list is empty.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { startBackend } from './backend.js';
import { launch, paneContext } from './browser.js';
import { officeScript } from './office-stand-in.js';
import { docx } from './docx.js';
import { contractFromCorpus } from './corpus.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = process.env.SCREENSHOTS_DIR || join(HERE, '../../target/screenshots');
const FIRM_AUTHOR = 'Clausewarden — Firm Playbook';

const CAP = "Each party's total liability shall not exceed the fees paid in the one (1) month preceding the claim.";
const PARAGRAPHS = [
  'Master Services Agreement',
  'Limitation of Liability. In no event shall either party be liable for any indirect, incidental or consequential damages. ' + CAP,
  'Governing Law. This Agreement is governed by the laws of the State of Texas.',
  'Term. This Agreement renews automatically for successive one-year terms unless either party gives notice of non-renewal at least ten (10) days before the end of the then-current term.',
  "Confidentiality. The Recipient shall keep the Discloser's Confidential Information confidential for two (2) years.",
];

let server;
let browser;

before(async () => {
  server = await startBackend();
  browser = await launch({ spki: server.spki });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A pane in its own browser context, on a stand-in document, with CSP violations and page errors collected. */
async function openPane({ paragraphs = PARAGRAPHS, wordApi = '1.4', file, width, backend = server, on = browser } = {}) {
  const { context, refused } = await paneContext(on, { officeScript, ...(width ? { width } : {}) });
  const bytes = file ?? docx(paragraphs);
  await context.addInitScript((config) => {
    window.__wordStandIn = config;
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  }, { paragraphs, wordApi, fileBase64: Buffer.from(bytes).toString('base64') });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${backend.base}/taskpane/taskpane.html`);
  return {
    page, context, refused, errors,
    async close() {
      const violations = await page.evaluate(() => window.__violations);
      await context.close();
      assert.deepEqual(violations, [], 'the pane runs under its Content-Security-Policy without a violation');
      assert.deepEqual(refused, [], 'the pane asks for nothing outside loopback');
      assert.deepEqual(errors, [], 'no script error on the page');
    },
  };
}

async function signIn(page, backend = server) {
  await page.fill('#email', backend.email);
  await page.fill('#password', backend.password);
  await page.click('#sign-in-button');
  await page.waitForSelector('#review:not([hidden])');
}

async function reviewWholeDocument(page) {
  await page.click('#review-document');
  await page.waitForFunction(() => /Review complete/.test(document.getElementById('status').textContent), null, { timeout: 60_000 });
}

/** A pane signed in, with the whole document reviewed. */
async function reviewedPane(options) {
  const pane = await openPane(options);
  await signIn(pane.page);
  await reviewWholeDocument(pane.page);
  return pane;
}

const documentText = (page, how) => page.evaluate((h) => window.__wordHost.doc[h](), how);
const revisions = (page) => page.evaluate(() => window.__wordHost.doc.revisions());
const comments = (page) => page.evaluate(() => window.__wordHost.doc.comments.map((c) => c.text ?? c.content));
const selectionText = (page) => page.evaluate(() => {
  const doc = window.__wordHost.doc;
  return doc.selection ? doc.visibleText(doc.selection) : null;
});

async function axeViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('a lawyer in Word with WordApi 1.4', () => {
  test('signs in, reviews the whole document and sees progress and findings grouped by risk', async () => {
    const pane = await openPane();
    const { page } = pane;
    assert.equal(await page.isVisible('#not-word'), false);
    await page.screenshot({ path: join(SCREENSHOTS, 'sign-in.png') });
    await signIn(page);
    await page.waitForFunction(() => document.getElementById('playbook').options.length > 0);
    assert.match(await page.$eval('#playbook', (s) => s.options[s.selectedIndex].textContent), /SaaS/i, 'the firm default is preselected');
    await reviewWholeDocument(page);
    assert.deepEqual(await page.$eval('#progress', (p) => [p.max > 0, p.value === p.max]), [true, true], 'progress reached the end');

    const groups = await page.$$eval('#findings h3', (hs) => hs.map((h) => h.textContent));
    assert.ok(groups.some((g) => /^High risk \(\d+\)$/.test(g)), `grouped by risk with counts: ${groups}`);
    const shown = await page.textContent('#findings');
    assert.ok(shown.includes('Limitation of liability') && shown.includes('Red line'), 'clause type and position are shown');
    assert.ok(shown.includes(CAP), 'the exact quote is shown');
    assert.deepEqual(await axeViolations(page), [], 'no serious or critical accessibility violation');
    await page.screenshot({ path: join(SCREENSHOTS, 'findings.png') });
    await pane.close();
  });

  test('goes to a clause: the quote itself is selected in the document', async () => {
    const pane = await reviewedPane();
    const { page } = pane;
    await page.click('button[aria-label="Go to clause: Limitation of liability"]');
    await page.waitForFunction(() => window.__wordHost.doc.selection !== null);
    assert.equal(await selectionText(page), CAP);
    await pane.close();
  });

  test('applies one suggestion as tracked changes with the counterparty comment, touching only changed words', async () => {
    const pane = await reviewedPane();
    const { page } = pane;
    await page.click('button[aria-label="Apply suggestion: Limitation of liability"]');
    await page.waitForSelector('[data-applied]');

    const accepted = await documentText(page, 'acceptAll');
    assert.ok(accepted[1].includes('the fees paid in the twelve (12) months preceding the claim.'), accepted[1]);
    assert.deepEqual(await documentText(page, 'rejectAll'), PARAGRAPHS, 'rejecting every change gives the original');
    const changed = (await revisions(page)).map((r) => `${r.type}:${r.text}`);
    assert.ok(changed.length > 0 && changed.every((r) => /^(ins|del):/.test(r)), String(changed));
    assert.ok(!changed.some((r) => r.includes('total liability')), 'unchanged words are not rewritten');
    assert.equal((await comments(page)).length, 1, 'the counterparty comment is added');
    assert.equal(await page.evaluate(() => window.__wordHost.doc.trackingMode), 'Off', "the user's tracking mode is restored");
    assert.equal(await page.isVisible('button[aria-label="Apply suggestion: Limitation of liability"]'), false, 'applied once only');
    await page.screenshot({ path: join(SCREENSHOTS, 'applied.png') });
    await pane.close();
  });

  test('applies all suggestions in one batch and reports how many', async () => {
    const pane = await reviewedPane();
    const { page } = pane;
    await page.click('#apply-all');
    await page.waitForFunction(() => /^Applied \d+/.test(document.getElementById('status').textContent), null, { timeout: 30_000 });
    const status = await page.textContent('#status');
    assert.match(status, /^Applied \d+ suggestions?\.$/, status);
    assert.deepEqual(await documentText(page, 'rejectAll'), PARAGRAPHS, 'rejecting every change gives the original');
    await pane.close();
  });

  test('inserts a missing clause where the review places it, as tracked paragraphs with a comment', async () => {
    const pane = await reviewedPane();
    const { page } = pane;
    const insert = page.locator('button[aria-label^="Insert clause:"]').first();
    const where = await insert.locator('xpath=ancestor::article').locator('.placement').textContent();
    assert.match(where, /^(After|At the end of the main body)/, where);
    await insert.click();
    await page.waitForFunction(() => /^Inserted as a tracked clause/.test(document.getElementById('status').textContent), null, { timeout: 30_000 });

    const accepted = await documentText(page, 'acceptAll');
    const added = accepted.filter((p) => !PARAGRAPHS.includes(p));
    assert.ok(added.length >= 1, String(accepted));
    const first = accepted.indexOf(added[0]);
    assert.deepEqual(accepted.slice(first, first + added.length), added, 'the new paragraphs sit together');
    assert.deepEqual(accepted.filter((p) => PARAGRAPHS.includes(p)), PARAGRAPHS, 'the other paragraphs keep their order');
    assert.deepEqual(await documentText(page, 'rejectAll'), PARAGRAPHS, 'rejecting removes the inserted clause entirely');
    assert.ok((await revisions(page)).every((r) => r.type === 'ins'));
    assert.equal((await comments(page)).length, 1, 'the inserted clause is commented');
    assert.equal(await page.evaluate(() => window.__wordHost.doc.trackingMode), 'Off', "the user's tracking mode is restored");
    assert.equal(await page.locator('[data-applied]').count(), 1, 'it shows as inserted');
    await pane.close();
  });

  test('reviews only the selected paragraphs', async () => {
    const pane = await openPane();
    const { page } = pane;
    await signIn(page);
    await page.evaluate(() => window.__wordHost.doc.selectParagraphs(2));
    await page.click('#review-selection');
    await page.waitForFunction(() => /Review complete/.test(document.getElementById('status').textContent), null, { timeout: 60_000 });
    const text = await page.textContent('#findings');
    assert.ok(text.includes('State of Texas'), 'the selected clause is reviewed');
    assert.ok(!text.includes(CAP), 'clauses outside the selection are not');
    await pane.close();
  });

  test('refuses to select a clause that changed since the review and offers a re-review', async () => {
    const pane = await reviewedPane();
    const { page } = pane;
    await page.evaluate(() => {
      const doc = window.__wordHost.doc;
      const spans = doc.paragraphSpans();
      doc.deleteSpan({ first: spans[1].last, last: spans[1].last }, 'Someone', false);
    });
    await page.click('button[aria-label="Go to clause: Limitation of liability"]');
    await page.waitForSelector('#alert:not([hidden])');
    assert.match(await page.textContent('#alert-title'), /changed since the review/);
    assert.equal(await page.isVisible('#alert-rereview'), true);
    assert.equal(await selectionText(page), null, 'nothing was selected');
    await pane.close();
  });
});

describe('a lawyer in Word with WordApi 1.3', () => {
  test("applies a suggestion through the OOXML package, as the firm's author", async () => {
    const pane = await reviewedPane({ wordApi: '1.3' });
    const { page } = pane;
    await page.click('button[aria-label="Apply suggestion: Limitation of liability"]');
    await page.waitForSelector('[data-applied]');
    const authors = [...new Set((await revisions(page)).map((r) => r.author))];
    assert.deepEqual(authors, [FIRM_AUTHOR]);
    assert.ok((await documentText(page, 'acceptAll'))[1].includes('twelve (12)'));
    assert.deepEqual(await documentText(page, 'rejectAll'), PARAGRAPHS);
    await pane.close();
  });
});

describe('a document from the shared corpus', { skip: contractFromCorpus() ? false : 'skipped: ../shared/corpus is absent' }, () => {
  test('is reviewed whole and every suggestion applies, or the pane says which did not', async () => {
    const paragraphs = contractFromCorpus();
    const pane = await reviewedPane({ paragraphs });
    const { page } = pane;
    assert.ok(Number((await page.textContent('[data-count="high"]')) || 0) + Number((await page.textContent('[data-count="medium"]')) || 0) > 0);
    await page.click('#apply-all');
    await page.waitForFunction(() => /^Applied \d+/.test(document.getElementById('status').textContent), null, { timeout: 60_000 });
    assert.deepEqual(await documentText(page, 'rejectAll'), paragraphs, 'rejecting every change gives the original');
    await pane.close();
  });
});

describe('errors a lawyer can act on', () => {
  test('a document over 25 MiB is refused with the size limit named', async () => {
    const big = Buffer.concat([docx(PARAGRAPHS), Buffer.alloc(26 * 1024 * 1024)]);
    const pane = await openPane({ file: big });
    const { page } = pane;
    await signIn(page);
    await page.click('#review-document');
    await page.waitForSelector('#alert:not([hidden])', { timeout: 60_000 });
    assert.match(await page.textContent('#alert-title'), /too large/i);
    assert.match(await page.textContent('#alert-detail'), /25 MiB|26214400|26,214,400/);
    await pane.close();
  });

  test('a signed-out session brings sign-in back without losing the findings on screen', async () => {
    const pane = await reviewedPane();
    const { page, context } = pane;
    const before = await page.textContent('#findings');
    await context.route('**/api/v1/reviews**', (route) => route.continue({ headers: { ...route.request().headers(), authorization: 'Bearer expired.token.value' } }));
    await page.click('#review-document');
    await page.waitForSelector('#sign-in:not([hidden])');
    assert.equal(await page.textContent('#findings'), before);
    await pane.close();
  });

  test('a firm over its share sees how long to wait (429 with Retry-After)', async () => {
    const pane = await openPane();
    const { page, context } = pane;
    await signIn(page);
    // The server's own answer when a firm has too many reviews waiting or running (ReviewFloodSpec covers it).
    await context.route('**/api/v1/reviews', (route) => route.fulfill({
      status: 429,
      headers: { 'content-type': 'application/problem+json', 'retry-after': '30' },
      body: JSON.stringify({ type: 'urn:clausewarden:problem:too-many-requests', title: 'Too many requests', status: 429,
        detail: 'Your firm already has 8 reviews waiting or running on this server (clausewarden.reviews.per-firm); try again when one has finished.' }),
    }));
    await page.click('#review-document');
    await page.waitForSelector('#alert:not([hidden])');
    assert.match(await page.textContent('#alert'), /30 seconds/);
    await pane.close();
  });

  test('a server that stops answering is named as unreachable', async () => {
    const own = await startBackend();
    const ownBrowser = await launch({ spki: own.spki });
    try {
      const { page, context, refused } = await openPane({ backend: own, on: ownBrowser });
      await signIn(page, own);
      await own.stop();
      await page.click('#review-document');
      await page.waitForSelector('#alert:not([hidden])', { timeout: 30_000 });
      assert.match(await page.textContent('#alert'), /reach|unreachable|connect/i);
      assert.deepEqual(refused, []);
      await context.close();
    } finally {
      await ownBrowser.close();
      await own.stop();
    }
  });

  test('a certificate the browser does not trust is explained', async () => {
    const untrusting = await launch({ trust: false });
    try {
      const { context } = await paneContext(untrusting, { officeScript });
      const page = await context.newPage();
      await assert.rejects(page.goto(`${server.base}/taskpane/taskpane.html`), /ERR_CERT_AUTHORITY_INVALID/);
    } finally {
      await untrusting.close();
    }
  });
});

describe('the pane at its narrowest and with its filters', () => {
  test('is usable 320 px wide: nothing runs off the side, and sign-in has no serious accessibility violation', async () => {
    const pane = await openPane({ width: 320 });
    const { page } = pane;
    await page.waitForSelector('#sign-in:not([hidden])');
    assert.deepEqual(await axeViolations(page), [], 'sign-in: no serious or critical accessibility violation');
    await signIn(page);
    await reviewWholeDocument(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no horizontal scrolling at 320 px');
    await pane.close();
  });

  test('filters findings by risk and by clause type', async () => {
    const pane = await reviewedPane();
    const { page } = pane;
    await page.uncheck('input[name="risk"][value="high"]');
    assert.ok(!(await page.textContent('#findings')).includes(CAP), 'high-risk findings are hidden');
    await page.check('input[name="risk"][value="high"]');
    await page.selectOption('#clause-type', 'governing_law');
    const headings = await page.$$eval('#findings .finding-title', (hs) => hs.map((h) => h.textContent));
    const shown = await page.textContent('#findings');
    assert.ok(shown.includes('State of Texas') && !shown.includes(CAP), `only governing law is shown: ${headings}`);
    await pane.close();
  });
});

describe('a Word that cannot edit from the pane (no WordApi)', () => {
  test('says so, and offers the suggestion to copy and the redlined document to download', async () => {
    const pane = await openPane({ wordApi: '1.0' });
    const { page } = pane;
    assert.match(await page.textContent('#capability'), /cannot apply suggestions from the pane/);
    await signIn(page);
    await reviewWholeDocument(page);
    assert.equal(await page.isVisible('button[aria-label="Copy suggestion: Limitation of liability"]'), true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-redline')]);
    const saved = await download.path();
    const bytes = readFileSync(saved);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a .docx (zip) is downloaded');
    assert.deepEqual(await documentText(page, 'acceptAll'), PARAGRAPHS, 'the document is untouched');
    await pane.close();
  });
});

describe('a lawyer in Word with WordApi 1.3, further', () => {
  test('goes to a clause and applies all suggestions through the OOXML packages', async () => {
    const pane = await reviewedPane({ wordApi: '1.3' });
    const { page } = pane;
    await page.click('button[aria-label="Go to clause: Limitation of liability"]');
    await page.waitForFunction(() => window.__wordHost.doc.selection !== null);
    assert.equal(await selectionText(page), CAP);
    await page.click('#apply-all');
    await page.waitForFunction(() => /^Applied \d+/.test(document.getElementById('status').textContent), null, { timeout: 30_000 });
    assert.match(await page.textContent('#status'), /^Applied \d+ suggestions?\.$/);
    assert.deepEqual([...new Set((await revisions(page)).map((r) => r.author))], [FIRM_AUTHOR]);
    assert.deepEqual(await documentText(page, 'rejectAll'), PARAGRAPHS, 'rejecting every change gives the original');
    await pane.close();
  });
});
