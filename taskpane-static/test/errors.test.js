// Every failure the pane can meet, worded for a lawyer, from the one mapping in errors.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeError } from '../errors.js';
import { ApiError, NetworkError } from '../api.js';
import { ClauseChangedError, WordCapabilityError } from '../word.js';
import { CannotApplyError } from '../apply.js';

const cases = [
  { name: 'server unreachable or certificate not trusted', error: new NetworkError(new TypeError('Failed to fetch')), title: 'Cannot reach Clausewarden', detail: /certificate.*docs\/addin\.md/s, action: 'retry' },
  { name: 'offline', error: new NetworkError(new TypeError('Failed to fetch')), online: false, title: 'You are offline', detail: /findings stay on screen/, action: 'retry' },
  { name: '401', error: new ApiError(401, { title: 'Unauthorized' }), title: 'Please sign in again', detail: /findings on screen are kept/, action: 'sign-in' },
  { name: '403', error: new ApiError(403, { title: 'Forbidden' }), title: 'Not allowed', detail: /administrator/, action: null },
  { name: '413', error: new ApiError(413, { title: 'Payload too large' }), title: 'Document too large', detail: /25 MiB/, action: null },
  { name: '422 shows the problem detail', error: new ApiError(422, { title: 'Unprocessable document', detail: 'The file is not a Word document.' }), title: 'Document refused', detail: /^The file is not a Word document\.$/, action: null },
  { name: '429 shows the wait', error: new ApiError(429, { title: 'Too many requests' }, 30), title: 'Too many requests', detail: /wait 30 seconds/, action: 'retry', retryAfterSeconds: 30 },
  { name: '429 with a long wait in minutes', error: new ApiError(429, null, 125), title: 'Too many requests', detail: /wait 3 minutes/, action: 'retry', retryAfterSeconds: 125 },
  { name: '503 with Retry-After', error: new ApiError(503, { title: 'Unavailable' }, 5), title: 'Clausewarden is busy', detail: /wait 5 seconds/, action: 'retry', retryAfterSeconds: 5 },
  { name: '503 without Retry-After', error: new ApiError(503, null), title: 'Clausewarden is busy', detail: /in a moment/, action: 'retry' },
  { name: 'clause changed', error: new ClauseChangedError(), title: 'This clause changed since the review', detail: /Review again/, action: 're-review' },
  { name: 'cannot apply here', error: new CannotApplyError('This version of Word cannot apply suggestions.'), title: 'Cannot do this in this Word', detail: /cannot apply/, action: 'copy-or-download' },
  { name: 'Word lacks an API', error: new WordCapabilityError('needs WordApi 1.3'), title: 'Cannot do this in this Word', detail: /1\.3/, action: 'copy-or-download' },
  { name: 'anything else', error: new Error('internal detail that must not show'), title: 'Something went wrong', detail: /^(?!.*internal detail)/, action: 'retry' },
];

for (const c of cases) {
  test(`error mapping: ${c.name}`, () => {
    const message = describeError(c.error, { online: c.online ?? true });
    assert.equal(message.title, c.title);
    assert.match(message.detail, c.detail);
    assert.equal(message.action, c.action);
    if (c.retryAfterSeconds !== undefined) assert.equal(message.retryAfterSeconds, c.retryAfterSeconds);
  });
}
