// The pane as a whole in a DOM (jsdom), on the Word stand-in, against a fake server answering like the API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { startPane } from '../pane.js';
import { createWordHost } from './word-stand-in.js';
import { finding, operationsOf, contractParagraphs, CAP_QUOTE, CAP_SUGGESTED } from './fixtures.js';

const html = await readFile(new URL('../taskpane.html', import.meta.url), 'utf8');

const problem = (status, title, headers = {}) => new Response(JSON.stringify({ type: `urn:clausewarden:problem:${status}`, title, status }),
  { status, headers: { 'content-type': 'application/problem+json', ...headers } });
const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const capFinding = finding({ id: 'cap', quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED, comment: 'A full year, please.' });
const lawFinding = finding({ id: 'law', risk: 'ok', position: 'preferred', clauseType: 'governing_law', quote: 'This Agreement is made between Acme Ltd and Beta GmbH.' });

/** A fake of the API: routes by method and path; `override` answers first when it returns a response. */
function fakeServer() {
  const server = { requests: [], override: null };
  server.fetch = async (url, init = {}) => {
    const method = init.method ?? 'GET';
    server.requests.push({ method, url, headers: init.headers ?? {} });
    const early = server.override?.(method, url);
    if (early) return early;
    if (url === '/api/v1/auth/login') return json(200, { access_token: 'tok', token_type: 'Bearer', expires_in: 900, password_change_required: false });
    if (init.headers?.Authorization !== 'Bearer tok') return problem(401, 'Unauthorized');
    if (url === '/api/v1/playbooks') return json(200, [{ id: 'msa', name: 'MSA', version: 2, isDefault: false }, { id: 'nda', name: 'Mutual NDA', version: 1, isDefault: true }]);
    if (url === '/api/v1/reviews' && method === 'POST') return json(202, { id: 'r1', status: 'running', clauses: 3, events: '/api/v1/reviews/r1/events' });
    if (url === '/api/v1/reviews/r1/events') {
      const body = [['progress', { done: 3, total: 3, stage: 'classify' }], ['finding', capFinding], ['finding', lawFinding], ['complete', { id: 'r1', status: 'done', findings: 2 }]]
        .map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`).join('');
      return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    }
    if (url === '/api/v1/reviews/r1/findings/cap/operations') return json(200, operationsOf(CAP_QUOTE, CAP_SUGGESTED));
    return problem(404, 'Not found');
  };
  return server;
}

async function until(condition, what) {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise(resolve => setTimeout(resolve, 5));
  }
  assert.fail(`never happened: ${what}`);
}

async function open({ hostType = 'Word', wordApi = '1.4' } = {}) {
  const dom = new JSDOM(html, { url: 'https://localhost:8443/taskpane/taskpane.html' });
  const document = dom.window.document;
  const host = createWordHost({ paragraphs: contractParagraphs(), wordApi, host: hostType, file: new Uint8Array([80, 75, 3, 4]) });
  const server = fakeServer();
  const pane = await startPane({ document, office: host.office, word: host.word, fetchImpl: server.fetch, navigator: { onLine: true } });
  const $ = id => document.getElementById(id);
  const click = el => el.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
  return { dom, document, host, server, pane, $, click };
}

async function signInAndReview(p, button = 'review-document') {
  p.$('email').value = 'lawyer@firm.example';
  p.$('password').value = 'pw';
  p.$('sign-in-form').dispatchEvent(new p.dom.window.Event('submit', { cancelable: true }));
  await until(() => !p.$('review').hidden && p.$('playbook').options.length === 2, 'signed in with playbooks');
  p.click(p.$(button));
  await until(() => /Review complete/.test(p.$('status').textContent), 'review complete');
}

test('opened outside Word, the pane says so and shows nothing else', async () => {
  const p = await open({ hostType: 'Excel' });
  assert.equal(p.pane, null);
  assert.equal(p.$('not-word').hidden, false);
  assert.equal(p.$('app').hidden, true);
});

test('sign in, the firm default playbook preselected, review the document, findings grouped as they arrive', async () => {
  const p = await open();
  assert.equal(p.$('sign-in').hidden, false);
  await signInAndReview(p);
  assert.equal(p.$('playbook').value, 'nda');
  const upload = p.server.requests.find(r => r.url === '/api/v1/reviews');
  assert.equal(upload.headers.Prefer, 'respond-async');
  assert.deepEqual([...p.document.querySelectorAll('#findings h3')].map(h => h.textContent), ['High risk (1)', 'Meets the playbook (1)']);
  assert.equal(p.document.querySelector('[data-count="high"]').textContent, '1');
  assert.equal(p.$('status').getAttribute('aria-live'), 'polite');
});

test('a selection review sends the selected paragraphs as clauses', async () => {
  const p = await open();
  p.host.doc.selectParagraphs(0, 2);
  await signInAndReview(p, 'review-selection');
  assert.ok(p.server.requests.some(r => r.method === 'POST' && r.headers['Content-Type'] === 'application/json'));
});

test('go to clause selects the quote, apply marks the finding applied and changes the document', async () => {
  const p = await open();
  await signInAndReview(p);
  p.click(p.document.querySelector('button[aria-label="Go to clause: Liability cap"]'));
  await until(() => p.host.doc.selection, 'selection');
  assert.equal(p.host.doc.visibleText(p.host.doc.selection), CAP_QUOTE);
  p.click(p.document.querySelector('button[aria-label="Apply suggestion: Liability cap"]'));
  await until(() => p.document.querySelector('[data-applied="cap"]'), 'applied mark');
  assert.equal(p.host.doc.acceptAll()[2], CAP_SUGGESTED);
  assert.equal(p.host.doc.rejectAll()[2], CAP_QUOTE);
});

test('a changed clause is refused with the message and a re-review', async () => {
  const p = await open();
  await signInAndReview(p);
  p.host.doc.cells.find(c => c.ch === '5').ch = '6';
  p.click(p.document.querySelector('button[aria-label="Go to clause: Liability cap"]'));
  await until(() => !p.$('alert').hidden, 'alert');
  assert.equal(p.$('alert-title').textContent, 'This clause changed since the review');
  assert.equal(p.$('alert-rereview').hidden, false);
  assert.equal(p.host.doc.selection, null);
});

test('a 401 brings sign-in back and keeps the findings on screen', async () => {
  const p = await open();
  await signInAndReview(p);
  p.server.override = (method, url) => (url.endsWith('/operations') ? problem(401, 'Unauthorized') : null);
  p.click(p.document.querySelector('button[aria-label="Apply suggestion: Liability cap"]'));
  await until(() => !p.$('sign-in').hidden, 'sign-in shown');
  assert.equal(p.$('alert-title').textContent, 'Please sign in again');
  assert.equal(p.document.querySelectorAll('#findings .finding').length, 2);
});

test('a 429 shows the wait and keeps the findings; an unreachable server names the certificate', async () => {
  const p = await open();
  await signInAndReview(p);
  p.server.override = () => problem(429, 'Too many requests', { 'retry-after': '20' });
  p.click(p.$('review-document'));
  await until(() => !p.$('alert').hidden, 'alert');
  assert.match(p.$('alert-detail').textContent, /wait 20 seconds/);
  assert.equal(p.$('alert-retry').disabled, true);
  assert.equal(p.document.querySelectorAll('#findings .finding').length, 2);
  p.server.override = () => { throw new TypeError('Failed to fetch'); };
  p.click(p.$('review-document'));
  await until(() => p.$('alert-title').textContent === 'Cannot reach Clausewarden', 'unreachable');
  assert.match(p.$('alert-detail').textContent, /certificate/);
  assert.equal(p.document.querySelectorAll('#findings .finding').length, 2);
});

test('network loss mid-stream: the pane reads the stored result and shows every finding once', async () => {
  const p = await open();
  p.server.override = (method, url) => {
    if (url === '/api/v1/reviews/r1/events') {
      const first = new TextEncoder().encode(`event: finding\ndata: ${JSON.stringify(capFinding)}\n\n`);
      let sent = false;
      const body = new ReadableStream({
        pull(controller) {
          if (!sent) {
            sent = true;
            controller.enqueue(first);
          } else {
            controller.error(new TypeError('network connection was lost'));
          }
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    }
    if (url === '/api/v1/reviews/r1') return json(200, { id: 'r1', clauses: [{}, {}, {}], findings: [capFinding, lawFinding] });
    return null;
  };
  await signInAndReview(p);
  assert.equal(p.document.querySelectorAll('#findings .finding').length, 2);
  assert.equal(p.$('alert').hidden, true);
  assert.ok(p.server.requests.some(r => r.url === '/api/v1/reviews/r1'));
});
