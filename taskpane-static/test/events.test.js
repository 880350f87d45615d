// The event-stream parser and following a review through a broken stream.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SseParser, readEvents, followReview } from '../events.js';
import { NetworkError } from '../api.js';

function parse(chunks) {
  const events = [];
  const parser = new SseParser(e => events.push(e));
  for (const c of chunks) parser.feed(c);
  return events;
}

test('an event split mid-line across chunks is parsed whole', () => {
  const events = parse(['event: prog', 'ress\nda', 'ta: {"done":1,', '"total":2}\n', '\n']);
  assert.deepEqual(events, [{ event: 'progress', data: '{"done":1,"total":2}', id: undefined }]);
});

test('multi-line data joins with a line feed; comments and unknown fields are ignored', () => {
  const events = parse([': keep-alive\n', 'event: finding\ndata: first\ndata:second\nretry: 10\nfoo: bar\n\n']);
  assert.deepEqual(events, [{ event: 'finding', data: 'first\nsecond', id: undefined }]);
});

test('CRLF and CR line ends work, also when CR and LF land in different chunks', () => {
  const events = parse(['data: a\r', '\n\r', '\ndata: b\r\r', 'event: complete\r\ndata: c\r\n\r\n']);
  assert.deepEqual(events.map(e => [e.event, e.data]), [['message', 'a'], ['message', 'b'], ['complete', 'c']]);
});

test('a block without data dispatches nothing, and a trailing unterminated event is not dispatched', () => {
  assert.deepEqual(parse(['event: progress\n\n', 'data: x']), []);
});

function streamOf(chunks, { breakAfter = null } = {}) {
  const encoder = new TextEncoder();
  let i = 0;
  return {
    body: {
      getReader: () => ({
        read: async () => {
          if (breakAfter !== null && i === breakAfter) throw new TypeError('network error');
          return i < chunks.length ? { value: encoder.encode(chunks[i++]), done: false } : { value: undefined, done: true };
        },
      }),
    },
  };
}

test('readEvents decodes UTF-8 split inside a character', async () => {
  const bytes = new TextEncoder().encode('data: Zürich\n\n');
  const split = [bytes.slice(0, 8), bytes.slice(8)];
  let i = 0;
  const response = { body: { getReader: () => ({ read: async () => (i < 2 ? { value: split[i++], done: false } : { done: true }) }) } };
  const events = [];
  await readEvents(response, e => events.push(e));
  assert.equal(events[0].data, 'Zürich');
});

const sse = (event, data) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
const f1 = { id: 'a', risk: 'high' };
const f2 = { id: 'b', risk: 'low' };

test('findings arrive as the stream sends them, then the review completes', async () => {
  const api = { events: async () => streamOf([sse('progress', { done: 1, total: 2, stage: 'classify' }), sse('finding', f1), sse('finding', f2), sse('complete', { id: 'r', status: 'done', findings: 2 })]) };
  const seen = [];
  const progress = [];
  const outcome = await followReview({ api, id: 'r', onFinding: f => seen.push(f.id), onProgress: p => progress.push(p) });
  assert.deepEqual(outcome, { status: 'done', findings: 2 });
  assert.deepEqual(seen, ['a', 'b']);
  assert.deepEqual(progress, [{ done: 1, total: 2, stage: 'classify' }]);
});

test('network loss mid-stream resumes from the stored result, each finding handed on once', async () => {
  let reviewCalls = 0;
  const api = {
    events: async () => streamOf([sse('finding', f1)], { breakAfter: 1 }),
    review: async () => {
      reviewCalls++;
      return { done: true, report: { findings: [f1, f2], clauses: [{}, {}, {}] } };
    },
  };
  const seen = [];
  const outcome = await followReview({ api, id: 'r', onFinding: f => seen.push(f.id) });
  assert.equal(outcome.status, 'done');
  assert.deepEqual(seen, ['a', 'b']);
  assert.equal(reviewCalls, 1);
});

test('while the review still runs after a break, the stream is opened again', async () => {
  let opened = 0;
  const api = {
    events: async () => (++opened === 1
      ? streamOf([sse('finding', f1)], { breakAfter: 1 })
      : streamOf([sse('finding', f1), sse('finding', f2), sse('complete', { findings: 2 })])),
    review: async () => ({ done: false, state: { status: 'running' } }),
  };
  const seen = [];
  const outcome = await followReview({ api, id: 'r', onFinding: f => seen.push(f.id), pause: async () => {} });
  assert.equal(outcome.status, 'done');
  assert.equal(opened, 2);
  assert.deepEqual(seen, ['a', 'b']);
});

test('a failed review is reported as failed', async () => {
  const api = { events: async () => streamOf([sse('failed', { id: 'r', status: 'failed', findings: 0 })]) };
  assert.equal((await followReview({ api, id: 'r' })).status, 'failed');
});

test('the server staying unreachable ends in a NetworkError after the retries', async () => {
  const api = { events: async () => { throw new NetworkError(new TypeError('x')); }, review: async () => { throw new NetworkError(new TypeError('x')); } };
  await assert.rejects(followReview({ api, id: 'r', retries: 2, pause: async () => {} }), NetworkError);
});
