// The one place that turns a failure into words a lawyer can act on. Each message says what happened and
// what to do; `action` tells the pane which control to offer.

import { ApiError, NetworkError } from './api.js';
import { ClauseChangedError, WordCapabilityError, WordCallError } from './word.js';
import { CannotApplyError } from './apply.js';

const SETUP_DOC = 'docs/addin.md ("Trusting the development CA")';

function waitText(seconds) {
  if (seconds == null) return 'a little while';
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * @returns {{title: string, detail: string, action: null|'sign-in'|'retry'|'re-review'|'copy-or-download',
 *           retryAfterSeconds?: number}}
 */
export function describeError(error, { online = globalThis.navigator?.onLine ?? true } = {}) {
  if (error instanceof NetworkError) {
    if (!online) {
      return { title: 'You are offline', detail: 'Word has no network connection. Your findings stay on screen; try again once you are connected.', action: 'retry' };
    }
    return {
      title: 'Cannot reach Clausewarden',
      detail: 'The server did not answer. It may be down, or Word may not trust its certificate: '
        + `ask your administrator, or see ${SETUP_DOC}. Your findings stay on screen.`,
      action: 'retry',
    };
  }
  if (error instanceof ApiError) {
    const detail = error.problem?.detail;
    switch (error.status) {
      case 401:
        return { title: 'Please sign in again', detail: 'Your session has ended. Sign in to carry on; the findings on screen are kept.', action: 'sign-in' };
      case 403:
        return { title: 'Not allowed', detail: 'Your account may not do this. Ask your firm\'s Clausewarden administrator for access.', action: null };
      case 404:
        return { title: 'Not found', detail: 'The review is no longer available. Start a new review.', action: 're-review' };
      case 409:
        return { title: 'Not available for this review', detail: detail || 'This review was made from selected text, so there is no document to redline.', action: null };
      case 413:
        return { title: 'Document too large', detail: 'The document is over the 25 MiB limit. Review a selection instead, or split the document.', action: null };
      case 422:
        return { title: 'Document refused', detail: detail || 'The server could not read this document.', action: null };
      case 429:
        return {
          title: 'Too many requests',
          detail: `Please wait ${waitText(error.retryAfterSeconds)} and try again.`,
          action: 'retry',
          retryAfterSeconds: error.retryAfterSeconds ?? undefined,
        };
      case 502:
      case 504:
        return { title: 'Cannot reach Clausewarden', detail: 'A gateway in front of the server did not get an answer. Try again shortly.', action: 'retry' };
      case 503:
        return {
          title: 'Clausewarden is busy',
          detail: error.retryAfterSeconds != null
            ? `The server is at capacity. Please wait ${waitText(error.retryAfterSeconds)} and try again.`
            : 'The server is at capacity. Try again in a moment.',
          action: 'retry',
          retryAfterSeconds: error.retryAfterSeconds ?? undefined,
        };
      default:
        if (error.status === 400 && detail) return { title: 'Request refused', detail, action: null };
        return { title: 'Something went wrong', detail: detail || `The server answered ${error.status}. Try again.`, action: 'retry' };
    }
  }
  if (error instanceof ClauseChangedError) {
    return { title: 'This clause changed since the review', detail: 'The text in the document no longer matches what was reviewed. Review again to get current findings.', action: 're-review' };
  }
  if (error instanceof CannotApplyError || error instanceof WordCapabilityError) {
    return { title: 'Cannot do this in this Word', detail: error.message, action: 'copy-or-download' };
  }
  if (error instanceof WordCallError) {
    return { title: 'Word refused the change', detail: error.message, action: null };
  }
  if (error?.name === 'ClipboardUnavailable' || error?.name === 'NotAllowedError') {
    return { title: 'Cannot copy here', detail: 'Word does not let the pane use the clipboard. Select the suggested text in the pane and copy it, or download the redlined document.', action: null };
  }
  if (error?.code && typeof error.message === 'string' && error.name === 'RichApi.Error') {
    return { title: 'Word refused the change', detail: error.message, action: null };
  }
  return { title: 'Something went wrong', detail: 'An unexpected error occurred. Your findings stay on screen; try again.', action: 'retry' };
}
