// The stand-in's own rules: they are what makes the pane's tests mean something about real Word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWordHost, parseFlatOpc } from './word-stand-in.js';
import { flatOpc, FIRM } from './fixtures.js';

test('reading a property before load() and sync() throws PropertyNotLoaded', async () => {
  const host = createWordHost({ paragraphs: ['Hello world'] });
  await host.word.run(async context => {
    const body = context.document.body;
    assert.throws(() => body.text, { code: 'PropertyNotLoaded' });
    body.load('text');
    assert.throws(() => body.text, { code: 'PropertyNotLoaded' }, 'load alone does not fetch the value');
    await context.sync();
    assert.equal(body.text, 'Hello world');
  });
});

test('search refuses more than 255 characters and accepts 255', async () => {
  const long = 'a'.repeat(256);
  const host = createWordHost({ paragraphs: [long] });
  await host.word.run(async context => {
    assert.throws(() => context.document.body.search(long), { code: 'SearchStringInvalidOrTooLong' });
    const found = context.document.body.search(long.slice(1));
    found.load('items');
    await context.sync();
    assert.equal(found.items.length, 1);
  });
});

test('requirement sets are reported as configured and calls above them throw', async () => {
  const host = createWordHost({ paragraphs: ['One two'], wordApi: '1.3' });
  const { isSetSupported } = host.office.context.requirements;
  assert.deepEqual(['1.1', '1.3', '1.4', '1.6'].map(v => isSetSupported('WordApi', v)), [true, true, false, false]);
  await host.word.run(async context => {
    const range = context.document.body.search('two');
    range.load('items');
    await context.sync();
    assert.throws(() => range.items[0].insertComment('no'), { code: 'ApiNotFound' });
    assert.throws(() => { context.document.changeTrackingMode = 'TrackAll'; }, { code: 'ApiNotFound' });
    context.document.load('changeTrackingMode');
    await assert.rejects(context.sync(), { code: 'ApiNotFound' });
  });
  const old = createWordHost({ paragraphs: ['One two'], wordApi: '1.1' });
  await old.word.run(async context => {
    const a = context.document.body.search('One');
    const b = context.document.body.search('two');
    a.load('items');
    b.load('items');
    await context.sync();
    assert.throws(() => a.items[0].expandTo(b.items[0]), { code: 'ApiNotFound' });
  });
});

test('objects of a finished Word.run cannot be used later', async () => {
  const host = createWordHost({ paragraphs: ['Text'] });
  const body = await host.word.run(async context => context.document.body);
  assert.throws(() => body.load('text'), { code: 'InvalidObjectPath' });
});

test('edits under tracking are revisions by the Word user; untracked edits are not revisions', async () => {
  const host = createWordHost({ paragraphs: ['Pay in thirty days.'], user: 'Alex Lawyer' });
  host.doc.trackingMode = 'TrackAll';
  await host.word.run(async context => {
    const found = context.document.body.search('thirty');
    found.load('items');
    await context.sync();
    found.items[0].insertText('sixty', 'Replace');
    await context.sync();
  });
  assert.deepEqual(host.doc.revisions(), [{ type: 'del', author: 'Alex Lawyer', text: 'thirty' }, { type: 'ins', author: 'Alex Lawyer', text: 'sixty' }]);
  assert.deepEqual(host.doc.acceptAll(), ['Pay in sixty days.']);
  assert.deepEqual(host.doc.rejectAll(), ['Pay in thirty days.']);

  const plain = createWordHost({ paragraphs: ['Pay in thirty days.'] });
  await plain.word.run(async context => {
    const found = context.document.body.search('thirty');
    found.load('items');
    await context.sync();
    found.items[0].insertText('sixty', 'Replace');
  });
  assert.deepEqual(plain.doc.revisions(), []);
  assert.deepEqual(plain.doc.acceptAll(), ['Pay in sixty days.']);
});

test('insertOoxml records the package\'s own w:ins/w:del authors when tracking is off', async () => {
  const host = createWordHost({ paragraphs: ['Pay in thirty days.'], wordApi: '1.1' });
  const xml = flatOpc('Pay in thirty days.', 'Pay in sixty days.', { comment: 'Longer, please.' });
  assert.deepEqual(parseFlatOpc(xml).comments, [{ author: FIRM, text: 'Longer, please.' }]);
  await host.word.run(async context => {
    const found = context.document.body.search('Pay in thirty days.');
    found.load('items');
    await context.sync();
    found.items[0].insertOoxml(xml, 'Replace');
  });
  assert.deepEqual(host.doc.revisions(), [{ type: 'del', author: FIRM, text: 'thirty' }, { type: 'ins', author: FIRM, text: 'sixty' }]);
  assert.deepEqual(host.doc.acceptAll(), ['Pay in sixty days.']);
  assert.deepEqual(host.doc.rejectAll(), ['Pay in thirty days.']);
  assert.equal(host.doc.comments[0].author, FIRM);
});

test('insertOoxml under tracking marks the whole range replaced by the Word user (office-js #334)', async () => {
  const host = createWordHost({ paragraphs: ['Pay in thirty days.'], wordApi: '1.4', user: 'Alex Lawyer' });
  host.doc.trackingMode = 'TrackAll';
  await host.word.run(async context => {
    const found = context.document.body.search('Pay in thirty days.');
    found.load('items');
    await context.sync();
    found.items[0].insertOoxml(flatOpc('Pay in thirty days.', 'Pay in sixty days.'), 'Replace');
  });
  const authors = new Set(host.doc.revisions().map(r => r.author));
  assert.ok(authors.has('Alex Lawyer'));
  assert.deepEqual(host.doc.rejectAll(), ['Pay in thirty days.']);
});

test('getFileAsync hands over the configured bytes in slices, one file open at a time', async () => {
  const bytes = Uint8Array.from({ length: 10 }, (_, i) => i);
  const host = createWordHost({ file: bytes });
  const file = await new Promise(resolve => host.office.context.document.getFileAsync('compressed', { sliceSize: 4 }, r => resolve(r.value)));
  assert.equal(file.sliceCount, 3);
  const second = await new Promise(resolve => host.office.context.document.getFileAsync('compressed', { sliceSize: 4 }, resolve));
  assert.equal(second.status, 'failed');
  const slice = await new Promise(resolve => file.getSliceAsync(2, r => resolve(r.value)));
  assert.deepEqual(slice.data, [8, 9]);
  file.closeAsync();
  assert.equal(host.state.openFile, null);
});

test('insertParagraph puts a whole paragraph before or after, tracked by the user when tracking is on', async () => {
  const host = createWordHost({ paragraphs: ['One.', 'Two.', 'Three.'], user: 'Alex' });
  host.doc.trackingMode = 'TrackAll';
  await host.word.run(async context => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items');
    await context.sync();
    const after = paragraphs.items[1].insertParagraph('After two.', 'After');
    paragraphs.items[0].insertParagraph('Before one.', 'Before');
    after.insertParagraph('After that.', 'After');
    assert.throws(() => after.text, { code: 'PropertyNotLoaded' }, 'the new paragraph\'s text needs load and sync');
    after.load('text');
    await context.sync();
    assert.equal(after.text, 'After two.');
    assert.throws(() => paragraphs.items[0].insertParagraph('x', 'Replace'), { code: 'InvalidArgument' });
    assert.throws(() => paragraphs.items[0].insertParagraph('a\nb', 'After'), { code: 'InvalidArgument' });
  });
  assert.deepEqual(host.doc.acceptAll(), ['Before one.', 'One.', 'Two.', 'After two.', 'After that.', 'Three.']);
  assert.deepEqual(host.doc.rejectAll(), ['One.', 'Two.', 'Three.']);
  assert.ok(host.doc.revisions().every(r => r.type === 'ins' && r.author === 'Alex'));
});

test('insertParagraph after the last paragraph, untracked when tracking is off', async () => {
  const host = createWordHost({ paragraphs: ['Only.'] });
  await host.word.run(async context => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items');
    await context.sync();
    paragraphs.items[0].insertParagraph('Last.', 'After');
  });
  assert.deepEqual(host.doc.acceptAll(), ['Only.', 'Last.']);
  assert.deepEqual(host.doc.rejectAll(), ['Only.', 'Last.']);
  assert.deepEqual(host.doc.revisions(), []);
});
