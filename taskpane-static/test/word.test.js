// word.js against the stand-in: locating a clause, and applying suggestions under each requirement set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWordHost, StandInDocument } from './word-stand-in.js';
import { createWord, ClauseChangedError, WordCapabilityError } from '../word.js';
import { createApplier, CannotApplyError } from '../apply.js';
import { finding, missingFinding, operationsOf, flatOpc, contractParagraphs, CAP_QUOTE, CAP_SUGGESTED, CAP_COMMENT, FIRM } from './fixtures.js';

const USER = 'Alex Lawyer';

function setUp({ wordApi = '1.4', paragraphs = contractParagraphs(), tracking = 'Off' } = {}) {
  const host = createWordHost({ paragraphs, wordApi, user: USER });
  host.doc.trackingMode = tracking;
  const word = createWord({ office: host.office, word: host.word });
  return { host, word };
}

/** An API fake answering operations and OOXML for the given findings, counting calls. */
function fakeApi(findings, { failFor = new Set() } = {}) {
  const calls = [];
  const byId = new Map(findings.map(f => [f.id, f]));
  return {
    calls,
    async operations(reviewId, id) {
      calls.push(['operations', reviewId, id]);
      if (failFor.has(id)) throw Object.assign(new Error('boom'), { status: 500 });
      const f = byId.get(id);
      return operationsOf(f.quote, f.suggestedText);
    },
    async ooxml(reviewId, id) {
      calls.push(['ooxml', reviewId, id]);
      const f = byId.get(id);
      return flatOpc(f.quote, f.suggestedText, { comment: f.comment });
    },
  };
}

const selectedText = host => host.doc.visibleText(host.doc.selection);

test('go to clause selects the quote when it hashes to the finding\'s quoteSha256', async () => {
  const { host, word } = setUp();
  await word.goTo(finding({ quote: CAP_QUOTE }));
  assert.equal(selectedText(host), CAP_QUOTE);
});

test('go to clause refuses a clause that changed since the review and selects nothing', async () => {
  const { host, word } = setUp();
  const changed = finding({ quote: "The Supplier's total liability is capped at 50% of the fees" });
  changed.quoteSha256 = finding({ quote: 'another text entirely' }).quoteSha256;
  await assert.rejects(word.goTo(changed), ClauseChangedError);
  assert.equal(host.doc.selection, null);
  await assert.rejects(word.goTo(finding({ quote: 'Not in this document at all.' })), ClauseChangedError);
  assert.equal(host.doc.selection, null);
});

test('go to clause finds a quote longer than 255 characters by prefix and suffix', async () => {
  const long = `The Customer shall indemnify the Supplier ${'against every loss, claim and expense arising from the Customer\'s breach, '.repeat(4)}save for losses caused by the Supplier's own negligence.`;
  assert.ok(long.length > 255);
  const decoy = long.replace('own negligence', 'gross negligence');
  const { host, word } = setUp({ paragraphs: ['Intro.', decoy, long, 'Outro.'] });
  await word.goTo(finding({ quote: long }));
  assert.equal(selectedText(host), long);
});

test('go to clause finds a long quote spanning two paragraphs (Word reports \\r, the server hashed \\n)', async () => {
  const first = 'Confidential Information means all information disclosed by either party, in any form, before or after the date of this Agreement, that is marked confidential';
  const second = 'or that a reasonable person would understand to be confidential, including trade secrets, know-how and pricing.';
  const { host, word } = setUp({ paragraphs: ['Heading', first, second] });
  await word.goTo(finding({ quote: `${first}\n${second}` }));
  assert.equal(selectedText(host), `${first}\r${second}`);
});

test('a long quote cannot be located below WordApi 1.3, and the pane is told so', async () => {
  const long = 'x '.repeat(150).trim();
  const { word } = setUp({ wordApi: '1.1', paragraphs: [long] });
  await assert.rejects(word.goTo(finding({ quote: long })), WordCapabilityError);
});

test('apply under WordApi 1.4: tracked word-level edits, comment, tracking mode restored', async () => {
  const { host, word } = setUp({ tracking: 'TrackMineOnly' });
  const f = finding({ quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED, comment: CAP_COMMENT });
  const api = fakeApi([f]);
  const applier = createApplier({ word, api, reviewId: () => 'r1' });
  const outcome = await applier.applyOne(f);

  assert.equal(outcome.path, 'tracked');
  assert.deepEqual(api.calls, [['operations', 'r1', 'f1']]);
  const accepted = host.doc.acceptAll();
  const rejected = host.doc.rejectAll();
  assert.equal(accepted[2], CAP_SUGGESTED);
  assert.equal(rejected[2], CAP_QUOTE);
  assert.equal(host.doc.trackingMode, 'TrackMineOnly', 'the user\'s tracking mode is back');
  const ours = host.doc.revisions().filter(r => r.author === USER);
  assert.deepEqual(ours.map(r => [r.type, r.text]), [['del', '50%'], ['ins', '100%'], ['ins', ' in the preceding 12 months']]);
  assert.equal(host.doc.comments.length, 1);
  assert.equal(host.doc.comments[0].text, CAP_COMMENT);
  assert.equal(host.doc.comments[0].author, USER);
  const commented = host.doc.cellsOf(host.doc.comments[0]).map(c => c.ch).join('');
  assert.equal(commented, '50%100% of the fees paid in the preceding 12 months', 'the comment sits on the changed span');
});

test('apply under WordApi 1.4 leaves other authors\' revisions and unchanged words untouched', async () => {
  const { host, word } = setUp();
  const untouchedBefore = host.doc.cells.filter(c => !c.ins && !c.del && host.doc.visibleText({ first: c.id, last: c.id }) !== '').map(c => c.id);
  const f = finding({ quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED });
  await createApplier({ word, api: fakeApi([f]), reviewId: () => 'r1' }).applyOne(f);
  const theirs = host.doc.revisions().filter(r => r.author === 'Opposing Counsel');
  assert.deepEqual(theirs, [{ type: 'ins', author: 'Opposing Counsel', text: 'thirty (30) ' }]);
  assert.equal(host.doc.rejectAll()[1], 'Payment is due within days of invoice.');
  assert.equal(host.doc.acceptAll()[1], 'Payment is due within thirty (30) days of invoice.');
  const stillPlain = new Set(host.doc.cells.filter(c => !c.ins && !c.del).map(c => c.id));
  const deletedIds = new Set(host.doc.cells.filter(c => c.del).map(c => c.id));
  for (const id of untouchedBefore) assert.ok(stillPlain.has(id) || deletedIds.has(id), 'no unchanged cell was rewritten');
  assert.equal(untouchedBefore.filter(id => deletedIds.has(id)).length, '50%'.length, 'only the changed word is deleted');
});

test('apply under WordApi 1.3 inserts the OOXML package: the firm\'s author, accept and reject give both texts', async () => {
  const { host, word } = setUp({ wordApi: '1.3' });
  assert.equal(word.capabilities().apply, 'ooxml');
  const f = finding({ quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED, comment: CAP_COMMENT });
  const api = fakeApi([f]);
  const outcome = await createApplier({ word, api, reviewId: () => 'r1' }).applyOne(f);
  assert.equal(outcome.path, 'ooxml');
  assert.deepEqual(api.calls, [['ooxml', 'r1', 'f1']]);
  assert.equal(host.doc.acceptAll()[2], CAP_SUGGESTED);
  assert.equal(host.doc.rejectAll()[2], CAP_QUOTE);
  const authors = new Set(host.doc.revisions().map(r => r.author));
  assert.deepEqual([...authors].sort(), [FIRM, 'Opposing Counsel'].sort());
  assert.deepEqual(host.doc.comments.map(c => [c.author, c.text]), [[FIRM, CAP_COMMENT]]);
});

test('a finding is applied at most once', async () => {
  const { host, word } = setUp();
  const f = finding({ quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED });
  const api = fakeApi([f]);
  const applier = createApplier({ word, api, reviewId: () => 'r1' });
  await applier.applyOne(f);
  const second = await applier.applyOne(f);
  assert.equal(second.path, 'already-applied');
  assert.equal(api.calls.length, 1);
  assert.equal(host.doc.acceptAll()[2], CAP_SUGGESTED);
  assert.ok(applier.isApplied('f1'));
});

test('without the Word API nothing is applied and the pane offers copy and download instead', async () => {
  const host = createWordHost({ paragraphs: [CAP_QUOTE], wordApi: '0.0' });
  const word = createWord({ office: host.office, word: host.word });
  assert.equal(word.capabilities().apply, 'none');
  const f = finding({ quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED });
  await assert.rejects(createApplier({ word, api: fakeApi([f]), reviewId: () => 'r1' }).applyOne(f), CannotApplyError);
  assert.deepEqual(host.doc.acceptAll(), [CAP_QUOTE]);
});

test('apply all runs in order, stops at the first failure and reports which were applied', async () => {
  const paragraphs = ['Notice must be given in writing within 10 days.', CAP_QUOTE, 'This Agreement is governed by the laws of Mars.', 'Fees are payable in 90 days.'];
  const { host, word } = setUp({ paragraphs });
  const notice = finding({ id: 'n', quote: paragraphs[0], suggestedText: 'Notice must be given in writing within 30 days.' });
  const cap = finding({ id: 'c', quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED });
  const law = finding({ id: 'l', quote: 'This Agreement is governed by the laws of Venus.', suggestedText: 'This Agreement is governed by the laws of England.' });
  const fees = finding({ id: 'p', quote: paragraphs[3], suggestedText: 'Fees are payable in 30 days.' });
  const ok = finding({ id: 'ok', quote: paragraphs[3], risk: 'ok', position: 'preferred' });
  const progress = [];
  const outcome = await createApplier({ word, api: fakeApi([notice, cap, law, fees]), reviewId: () => 'r1' })
    .applyAll([notice, ok, cap, law, fees], p => progress.push(p));
  assert.deepEqual(outcome.applied, ['n', 'c']);
  assert.equal(outcome.failed.id, 'l');
  assert.ok(outcome.failed.error instanceof ClauseChangedError);
  const text = host.doc.acceptAll();
  assert.equal(text[0], 'Notice must be given in writing within 30 days.');
  assert.equal(text[1], CAP_SUGGESTED);
  assert.equal(text[3], 'Fees are payable in 90 days.', 'nothing after the failure is applied');
  assert.deepEqual(progress.map(p => p.done), [0, 1, 2, 2]);
  assert.equal(progress[0].total, 4);
});

test('the capability ladder is decided once per session', async () => {
  const host = createWordHost({ paragraphs: ['x'], wordApi: '1.6' });
  let asked = 0;
  const office = { ...host.office, context: { ...host.office.context, requirements: { isSetSupported: (...a) => { asked++; return host.office.context.requirements.isSetSupported(...a); } } } };
  const word = createWord({ office, word: host.word });
  assert.equal(word.capabilities().apply, 'tracked');
  const afterFirst = asked;
  word.capabilities();
  word.capabilities();
  assert.equal(asked, afterFirst);
});

test('the selected paragraphs become clauses; the whole document is read in slices and closed', async () => {
  const bytes = Uint8Array.from({ length: 2500 }, (_, i) => i % 251);
  const doc = new StandInDocument(['First.', '', 'Second clause.', 'Third.'], { user: USER });
  doc.selectParagraphs(0, 2);
  const host = createWordHost({ document: doc, file: bytes });
  const word = createWord({ office: host.office, word: host.word });
  assert.deepEqual(await word.selectedClauses(), [{ id: 'selection-1', text: 'First.' }, { id: 'selection-2', text: 'Second clause.' }]);
  const blob = await word.readDocument({ sliceSize: 1000 });
  assert.deepEqual(new Uint8Array(await blob.arrayBuffer()), bytes);
  assert.equal(host.state.slicesRead, 3);
  assert.equal(host.state.openFile, null, 'the file is closed, so the next review can open it');
});

for (const [wordApi, path, author] of [['1.1', 'ooxml', FIRM], ['1.3', 'ooxml', FIRM], ['1.4', 'tracked', USER], ['1.6', 'tracked', USER]]) {
  test(`under WordApi ${wordApi} a suggestion is applied the ${path} way, by ${author}`, async () => {
    const { host, word } = setUp({ wordApi });
    const f = finding({ quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED, comment: CAP_COMMENT });
    const outcome = await createApplier({ word, api: fakeApi([f]), reviewId: () => 'r1' }).applyOne(f);
    assert.equal(outcome.path, path);
    assert.equal(host.doc.acceptAll()[2], CAP_SUGGESTED);
    assert.equal(host.doc.rejectAll()[2], CAP_QUOTE);
    const ours = host.doc.revisions().filter(r => r.author !== 'Opposing Counsel');
    assert.ok(ours.length > 0);
    assert.ok(ours.every(r => r.author === author));
    assert.deepEqual(host.doc.comments.map(c => [c.author, c.text]), [[author, CAP_COMMENT]]);
  });
}

test('under WordApi 1.4, an edit that cannot be placed on words goes in as OOXML with tracking off, then restored', async () => {
  const first = 'The Supplier may terminate on notice.';
  const second = 'Termination takes effect after 30 days.';
  const { host, word } = setUp({ paragraphs: [first, second], tracking: 'TrackAll' });
  const f = finding({ quote: `${first}\n${second}`, suggestedText: `${first} ${second}` });
  const api = fakeApi([f]);
  const outcome = await createApplier({ word, api, reviewId: () => 'r1' }).applyOne(f);
  assert.equal(outcome.path, 'ooxml');
  assert.deepEqual(api.calls.map(c => c[0]), ['operations', 'ooxml']);
  assert.deepEqual(host.doc.acceptAll(), [`${first} ${second}`]);
  assert.deepEqual(host.doc.rejectAll(), [first, second]);
  assert.ok(host.doc.revisions().every(r => r.author === FIRM), 'no revision by the Word user: tracking was off during the insert');
  assert.equal(host.doc.trackingMode, 'TrackAll');
});

const INDEMNITY = 'The Supplier shall indemnify the Customer against third-party claims.';
const NEW_CAP = "Each party's total liability will not exceed the fees paid in the twelve (12) months before the claim.";
const placedContract = () => ['1 Fees', 'Fees are due monthly.', '2 Indemnification', INDEMNITY, '3 Governing Law', 'New York law governs.'];

test('insert clause under WordApi 1.4: heading and clause after the anchor clause, tracked by the user, with a comment', async () => {
  const { host, word } = setUp({ paragraphs: placedContract(), tracking: 'Off' });
  const f = missingFinding({ after: INDEMNITY, suggestedText: NEW_CAP, comment: CAP_COMMENT });
  const api = fakeApi([]);
  const outcome = await createApplier({ word, api, reviewId: () => 'r1' }).applyOne(f);

  assert.equal(outcome.path, 'inserted');
  assert.deepEqual(api.calls, [], 'nothing is asked of the server');
  assert.deepEqual(host.doc.acceptAll(), ['1 Fees', 'Fees are due monthly.', '2 Indemnification', INDEMNITY,
    'Limitation of Liability', NEW_CAP, '3 Governing Law', 'New York law governs.']);
  assert.deepEqual(host.doc.rejectAll(), placedContract(), 'rejecting removes the new paragraphs entirely');
  assert.deepEqual(host.doc.revisions().map(r => [r.type, r.author]), [['ins', USER]]);
  assert.equal(host.doc.trackingMode, 'Off', 'the user\'s tracking mode is back');
  assert.equal(host.doc.comments.length, 1);
  assert.equal(host.doc.comments[0].text, CAP_COMMENT);
  assert.equal(host.doc.cellsOf(host.doc.comments[0]).map(c => c.ch).join(''), `Limitation of Liability\r${NEW_CAP}`);
});

test('insert clause: a blank line starts another paragraph; no heading when the placement proposes none; a plain comment', async () => {
  const { host, word } = setUp({ paragraphs: placedContract() });
  const f = missingFinding({ after: INDEMNITY, heading: null, suggestedText: 'First part.\n\nSecond part.' });
  await createApplier({ word, api: fakeApi([]), reviewId: () => 'r1' }).applyOne(f);
  assert.deepEqual(host.doc.acceptAll().slice(3, 6), [INDEMNITY, 'First part.', 'Second part.']);
  assert.equal(host.doc.comments[0].text, 'Proposed new clause: this agreement has no limitation of liability clause.');
});

test('insert clause refuses an anchor clause that changed since the review and inserts nothing', async () => {
  const { host, word } = setUp({ paragraphs: placedContract() });
  const f = missingFinding({ after: INDEMNITY, suggestedText: NEW_CAP, afterQuoteSha256: 'f'.repeat(64) });
  await assert.rejects(createApplier({ word, api: fakeApi([]), reviewId: () => 'r1' }).applyOne(f), ClauseChangedError);
  assert.deepEqual(host.doc.acceptAll(), placedContract());
  assert.equal(host.doc.trackingMode, 'Off');
});

test('below WordApi 1.4 a clause is not inserted: the pane offers copy and the redlined document instead', async () => {
  const { host, word } = setUp({ paragraphs: placedContract(), wordApi: '1.3' });
  const f = missingFinding({ after: INDEMNITY, suggestedText: NEW_CAP });
  const applier = createApplier({ word, api: fakeApi([]), reviewId: () => 'r1' });
  await assert.rejects(applier.applyOne(f), error => error instanceof CannotApplyError && /redlined document/.test(error.message));
  assert.deepEqual(host.doc.acceptAll(), placedContract());
  const all = await applier.applyAll([f]);
  assert.deepEqual(all, { applied: [], failed: null }, 'apply all leaves missing clauses out below 1.4');
});

test('apply all under WordApi 1.4 inserts a placed missing clause once, beside the edits', async () => {
  const paragraphs = [...placedContract(), CAP_QUOTE];
  const { host, word } = setUp({ paragraphs });
  const edit = finding({ id: 'f-cap', quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED });
  const missing = missingFinding({ after: INDEMNITY, suggestedText: NEW_CAP });
  const applier = createApplier({ word, api: fakeApi([edit]), reviewId: () => 'r1' });
  const outcome = await applier.applyAll([edit, missing]);
  assert.deepEqual(outcome, { applied: ['f-cap', 'f-missing'], failed: null });
  assert.equal((await applier.applyOne(missing)).path, 'already-applied');
  assert.equal(host.doc.acceptAll().filter(p => p === NEW_CAP).length, 1);
  assert.equal(host.doc.acceptAll().at(-1), CAP_SUGGESTED);
});

test('a clause still goes after its anchor when the pane edited that anchor clause first', async () => {
  const paragraphs = ['1 Fees', 'Fees are due monthly.', '2 Confidentiality', CAP_QUOTE, '3 Notices'];
  const { host, word } = setUp({ paragraphs });
  const edit = finding({ id: 'f-cap', quote: CAP_QUOTE, suggestedText: CAP_SUGGESTED });
  edit.clauseIndex = 2;
  const missing = missingFinding({ after: CAP_QUOTE, heading: null, suggestedText: NEW_CAP });
  const applier = createApplier({ word, api: fakeApi([edit]), reviewId: () => 'r1' });
  assert.deepEqual(await applier.applyAll([edit, missing]), { applied: ['f-cap', 'f-missing'], failed: null });
  assert.deepEqual(host.doc.acceptAll(), ['1 Fees', 'Fees are due monthly.', '2 Confidentiality', CAP_SUGGESTED, NEW_CAP, '3 Notices']);
  assert.deepEqual(host.doc.rejectAll(), paragraphs);
});

test('an anchor clause changed by hand, not by the pane, is still refused', async () => {
  const { host, word } = setUp({ paragraphs: ['1 Fees', CAP_SUGGESTED] });
  const missing = missingFinding({ after: CAP_QUOTE, heading: null, suggestedText: NEW_CAP });
  await assert.rejects(createApplier({ word, api: fakeApi([]), reviewId: () => 'r1' }).applyOne(missing), ClauseChangedError);
  assert.deepEqual(host.doc.acceptAll(), ['1 Fees', CAP_SUGGESTED]);
});

test('two clauses placed after one clause keep their order, as in the redlined document', async () => {
  const { host, word } = setUp({ paragraphs: placedContract() });
  const applier = createApplier({ word, api: fakeApi([]), reviewId: () => 'r1' });
  await applier.applyOne(missingFinding({ id: 'a', after: INDEMNITY, heading: null, suggestedText: 'First clause.' }));
  await applier.applyOne(missingFinding({ id: 'b', after: INDEMNITY, heading: 'Insurance', suggestedText: 'Second clause.' }));
  assert.deepEqual(host.doc.acceptAll().slice(3, 7), [INDEMNITY, 'First clause.', 'Insurance', 'Second clause.']);
});
