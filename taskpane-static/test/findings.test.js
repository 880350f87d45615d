// The findings list and the word diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { renderFindings, positionLabel, RISKS } from '../findings.js';
import { wordDiff } from '../diff.js';
import { finding, missingFinding, CAP_QUOTE, CAP_SUGGESTED } from './fixtures.js';

function container() {
  const { window } = new JSDOM('<!DOCTYPE html><div id="c"></div>');
  return window.document.getElementById('c');
}

const all = () => ({ risks: new Set(RISKS), clauseType: '' });

test('findings are grouped by risk, high first, with counts', () => {
  const c = container();
  const findings = [
    finding({ id: 'a', risk: 'low', clauseType: 'notice', position: 'fallback', fallbackIndex: 1 }),
    finding({ id: 'b', risk: 'high', clauseType: 'liability_cap' }),
    finding({ id: 'c', risk: 'ok', clauseType: 'governing_law', position: 'preferred' }),
    finding({ id: 'd', risk: 'high', clauseType: 'indemnity', position: 'missing' }),
  ];
  renderFindings(c, { findings, filters: all() });
  assert.deepEqual([...c.querySelectorAll('h3')].map(h => h.textContent), ['High risk (2)', 'Low risk (1)', 'Meets the playbook (1)']);
  assert.deepEqual([...c.querySelectorAll('.badge')].map(b => b.textContent), ['Red line', 'Missing', 'Fallback 2', 'Preferred']);
  assert.deepEqual([...c.querySelectorAll('h4')].map(h => h.textContent), ['Liability cap', 'Indemnity', 'Notice', 'Governing law']);
});

test('each position has its label', () => {
  const labels = ['preferred', 'fallback', 'red_line', 'missing', 'needs_review', 'deviation']
    .map(position => positionLabel({ position, fallbackIndex: position === 'fallback' ? 0 : null }));
  assert.deepEqual(labels, ['Preferred', 'Fallback 1', 'Red line', 'Missing', 'Needs review', 'Deviation']);
});

test('filters by risk and by clause type', () => {
  const c = container();
  const findings = [finding({ id: 'a', risk: 'high', clauseType: 'x' }), finding({ id: 'b', risk: 'high', clauseType: 'y' }), finding({ id: 'c', risk: 'low', clauseType: 'x' })];
  renderFindings(c, { findings, filters: { risks: new Set(['high']), clauseType: '' } });
  assert.equal(c.querySelectorAll('.finding').length, 2);
  renderFindings(c, { findings, filters: { risks: new Set(RISKS), clauseType: 'x' } });
  assert.equal(c.querySelectorAll('.finding').length, 2);
  renderFindings(c, { findings, filters: { risks: new Set(['ok']), clauseType: '' } });
  assert.equal(c.querySelector('.empty').textContent, 'No findings match the filters.');
});

test('server text is shown as text: markup in a quote or rationale creates no element', () => {
  const c = container();
  const evil = '<img src=x onerror="alert(1)"> and <script>alert(2)</script>';
  renderFindings(c, { findings: [finding({ quote: evil, rationale: evil, suggestedText: `${evil} too`, comment: evil })], filters: all() });
  assert.equal(c.querySelector('img'), null);
  assert.equal(c.querySelector('script'), null);
  assert.equal(c.querySelector('.quote').textContent, evil);
  assert.equal(c.querySelector('.rationale').textContent, evil);
});

test('the suggested edit shows as a word diff, with deleted and inserted words marked for screen readers too', () => {
  const c = container();
  renderFindings(c, { findings: [finding({ quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED })], filters: all() });
  const diff = c.querySelector('.diff');
  assert.deepEqual([...diff.querySelectorAll('del')].map(d => d.textContent), ['deleted: 50%']);
  assert.deepEqual([...diff.querySelectorAll('ins')].map(d => d.textContent), ['inserted: 100%', 'inserted:  in the preceding 12 months']);
  assert.ok(c.querySelector('button[aria-label="Apply suggestion: Liability cap"]'));
  assert.ok(c.querySelector('button[aria-label="Go to clause: Liability cap"]'));
});

test('an applied finding shows "Applied" instead of its Apply button', () => {
  const c = container();
  renderFindings(c, { findings: [finding({ quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED })], filters: all(), applied: id => id === 'f1' });
  assert.equal(c.querySelector('[data-applied="f1"]').textContent, 'Applied');
  assert.equal(c.querySelector('button[aria-label^="Apply"]'), null);
});

test('the word diff spells both texts and keeps unchanged words whole', () => {
  const parts = wordDiff('Notice within 10 days.', 'Notice in writing within 30 days.');
  assert.equal(parts.filter(p => p.type !== 'ins').map(p => p.text).join(''), 'Notice within 10 days.');
  assert.equal(parts.filter(p => p.type !== 'del').map(p => p.text).join(''), 'Notice in writing within 30 days.');
  assert.deepEqual(parts.filter(p => p.type !== 'same').map(p => [p.type, p.text]), [['ins', 'in writing '], ['del', '10'], ['ins', '30']]);
});

test('a placed missing clause shows its heading, where it goes, and an Insert clause button', () => {
  const c = container();
  const onApply = [];
  const f = missingFinding({ after: 'The Supplier shall indemnify the Customer.', suggestedText: 'Each party\'s liability is capped.' });
  renderFindings(c, { findings: [f], filters: all(), handlers: { onApply: x => onApply.push(x.id) } });
  assert.equal(c.querySelector('.diff.heading').textContent, 'Limitation of Liability');
  assert.equal(c.querySelector('.placement').textContent, 'After clause 3 (Indemnification): liability and indemnity clauses sit together.');
  const insert = c.querySelector('button[aria-label="Insert clause: Limitation of liability"]');
  assert.equal(insert.textContent, 'Insert clause');
  assert.equal(c.querySelector('button[aria-label^="Apply"]'), null);
  insert.click();
  assert.deepEqual(onApply, ['f-missing']);
  renderFindings(c, { findings: [f], filters: all(), applied: id => id === 'f-missing' });
  assert.equal(c.querySelector('[data-applied="f-missing"]').textContent, 'Inserted');
  assert.equal(c.querySelector('button[aria-label^="Insert clause"]'), null);
});

test('a missing clause without a placement offers no insert, only the copy', () => {
  const c = container();
  renderFindings(c, { findings: [finding({ position: 'missing', suggestedText: 'A clause.' })], filters: all() });
  assert.equal(c.querySelector('button[aria-label^="Insert clause"]'), null);
  assert.equal(c.querySelector('.placement'), null);
  assert.ok(c.querySelector('button[aria-label^="Copy suggestion"]'));
});
