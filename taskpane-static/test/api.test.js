// The API client: bearer token in memory only, problems and Retry-After, 401 back to sign-in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { createApi, ApiError, NetworkError, retryAfterSeconds } from '../api.js';

function respond(status, body, headers = {}) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(body == null ? null : JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

function recordingFetch(answers) {
  const requests = [];
  const fetchImpl = async (url, init) => {
    requests.push({ url, ...init });
    const answer = answers.shift();
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetchImpl, requests };
}

test('the token is sent as a bearer and never written to storage or cookies', async () => {
  const dom = new JSDOM('<!DOCTYPE html><p></p>', { url: 'https://localhost:8443/taskpane/taskpane.html' });
  const { window } = dom;
  const writes = [];
  // Assigning to a Storage instance would store a key, so the prototype is watched instead.
  const setItem = window.Storage.prototype.setItem;
  window.Storage.prototype.setItem = function watched(k, v) { writes.push(k); return setItem.call(this, k, v); };
  const saved = { localStorage: globalThis.localStorage, sessionStorage: globalThis.sessionStorage, document: globalThis.document };
  Object.assign(globalThis, { localStorage: window.localStorage, sessionStorage: window.sessionStorage, document: window.document });
  try {
    const { fetchImpl, requests } = recordingFetch([
      respond(200, { access_token: 'secret-token-123', token_type: 'Bearer', expires_in: 900, password_change_required: false }),
      respond(200, [{ id: 'nda', isDefault: true, version: 1 }]),
    ]);
    const api = createApi({ fetchImpl });
    await api.signIn('lawyer@firm.example', 'pw');
    await api.playbooks();
    assert.equal(requests[0].headers.Authorization, undefined, 'sign-in sends no token');
    assert.equal(requests[1].headers.Authorization, 'Bearer secret-token-123');
    assert.equal(requests[1].credentials, 'omit');
    assert.deepEqual(writes, []);
    assert.equal(window.localStorage.length, 0);
    assert.equal(window.sessionStorage.length, 0);
    assert.equal(window.document.cookie, '');
  } finally {
    Object.assign(globalThis, saved);
  }
});

test('no module of the pane names a persistent store or writes cookies', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const here = new URL('..', import.meta.url);
  for (const name of (await readdir(here)).filter(n => n.endsWith('.js'))) {
    const source = await readFile(new URL(name, here), 'utf8');
    assert.doesNotMatch(source, /\b(localStorage|sessionStorage|indexedDB)\s*[.[]|document\.cookie/, name);
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, name);
  }
});

test('a 401 drops the token, calls back for sign-in and raises an ApiError', async () => {
  const { fetchImpl, requests } = recordingFetch([
    respond(200, { access_token: 't', expires_in: 900 }),
    respond(401, { type: 'urn:clausewarden:problem:unauthorized', title: 'Unauthorized' }),
    respond(200, []),
  ]);
  let prompted = 0;
  const api = createApi({ fetchImpl, onUnauthorized: () => prompted++ });
  await api.signIn('a@b.example', 'pw');
  await assert.rejects(api.playbooks(), e => e instanceof ApiError && e.status === 401);
  assert.equal(prompted, 1);
  assert.equal(api.isSignedIn(), false);
  await api.playbooks().catch(() => {});
  assert.equal(requests[2].headers.Authorization, undefined);
});

test('wrong credentials at sign-in are an ApiError without the sign-in callback', async () => {
  const { fetchImpl } = recordingFetch([respond(401, { title: 'Invalid credentials' })]);
  let prompted = 0;
  const api = createApi({ fetchImpl, onUnauthorized: () => prompted++ });
  await assert.rejects(api.signIn('a@b.example', 'bad'), e => e.status === 401 && e.problem.title === 'Invalid credentials');
  assert.equal(prompted, 0);
});

test('a refresh token, when the server gives one, renews the session once on a 401', async () => {
  const { fetchImpl, requests } = recordingFetch([
    respond(200, { access_token: 'old', refresh_token: 'r1', expires_in: 900 }),
    respond(401, { title: 'Unauthorized' }),
    respond(200, []),
  ]);
  const api = createApi({ fetchImpl, refresh: async token => (token === 'r1' ? { access_token: 'new', refresh_token: 'r2' } : null) });
  await api.signIn('a@b.example', 'pw');
  await api.playbooks();
  assert.equal(requests[2].headers.Authorization, 'Bearer new');
});

test('Retry-After is read as seconds or as a date', async () => {
  assert.equal(retryAfterSeconds('30'), 30);
  assert.equal(retryAfterSeconds(new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), Date.UTC(2030, 0, 1, 0, 0)), 60);
  assert.equal(retryAfterSeconds(null), null);
  const { fetchImpl } = recordingFetch([respond(429, { title: 'Too many requests' }, { 'retry-after': '12' })]);
  await assert.rejects(createApi({ fetchImpl }).playbooks(), e => e.status === 429 && e.retryAfterSeconds === 12);
});

test('a failing fetch (unreachable server or untrusted certificate) is a NetworkError', async () => {
  const { fetchImpl } = recordingFetch([new TypeError('Failed to fetch')]);
  await assert.rejects(createApi({ fetchImpl }).playbooks(), NetworkError);
});

test('whole-document reviews go up as multipart with Prefer: respond-async; selections as clauses', async () => {
  const { fetchImpl, requests } = recordingFetch([respond(202, { id: 'r1', status: 'running' }), respond(202, { id: 'r2', status: 'running' })]);
  const api = createApi({ fetchImpl });
  await api.reviewDocument(new Blob([new Uint8Array([80, 75, 3, 4])]), 'nda');
  await api.reviewClauses([{ id: 'selection-1', text: 'Clause.' }], 'nda');
  assert.equal(requests[0].url, '/api/v1/reviews');
  assert.equal(requests[0].headers.Prefer, 'respond-async');
  assert.ok(requests[0].body instanceof FormData);
  assert.equal(requests[0].body.get('file').name, 'document.docx');
  assert.equal(requests[0].body.get('playbookId'), 'nda');
  assert.equal(requests[1].headers.Prefer, 'respond-async');
  assert.deepEqual(JSON.parse(requests[1].body), { clauses: [{ id: 'selection-1', text: 'Clause.' }], playbookId: 'nda' });
});
