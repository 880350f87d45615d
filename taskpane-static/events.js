// Following a review: the event stream read with fetch and a stream reader (EventSource cannot send the bearer
// token; see docs/adr), parsed as server-sent events, and, when the network drops mid-stream, the review's
// stored result read instead. Findings are handed on once each, by id, however often they arrive.

import { NetworkError } from './api.js';

/**
 * An incremental parser of text/event-stream (the WHATWG rules): lines end in CRLF, LF or CR, split anywhere
 * between chunks; `data` lines join with \n; lines starting with ':' are comments; a blank line dispatches.
 */
export class SseParser {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.buffer = '';
    this.pendingCr = false;
    this.reset();
  }

  reset() {
    this.event = '';
    this.data = [];
    this.hasData = false;
  }

  feed(chunk) {
    let text = chunk;
    if (this.pendingCr) {
      if (text.startsWith('\n')) text = text.slice(1);
      this.pendingCr = false;
    }
    this.buffer += text;
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const ch = this.buffer[i];
      if (ch !== '\n' && ch !== '\r') continue;
      this.line(this.buffer.slice(start, i));
      if (ch === '\r') {
        if (i + 1 === this.buffer.length) this.pendingCr = true;
        else if (this.buffer[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
  }

  line(line) {
    if (line === '') {
      if (this.hasData) this.onEvent({ event: this.event || 'message', data: this.data.join('\n'), id: this.lastId });
      this.reset();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') {
      this.data.push(value);
      this.hasData = true;
    } else if (field === 'id' && !value.includes('\0')) this.lastId = value;
  }
}

/** Reads a fetch Response body as server-sent events until it ends. */
export async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser(onEvent);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  parser.feed(decoder.decode());
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Follows one review to its end.
 * @param {object} o
 * @param {object} o.api the client of api.js
 * @param {string} o.id the review
 * @param {(p: {done, total, stage}) => void} o.onProgress
 * @param {(finding) => void} o.onFinding called once per finding id
 * @returns {Promise<{status: 'done'|'failed', findings: number}>}
 */
export async function followReview({ api, id, onProgress = () => {}, onFinding = () => {}, signal, retries = 5, pause = ms => sleep(ms) }) {
  const seen = new Set();
  const hand = finding => {
    if (finding?.id && !seen.has(finding.id)) {
      seen.add(finding.id);
      onFinding(finding);
    }
  };
  for (let attempt = 0; ; attempt++) {
    let outcome = null;
    try {
      const response = await api.events(id, signal);
      await readEvents(response, ({ event, data }) => {
        let body;
        try {
          body = JSON.parse(data);
        } catch {
          return;
        }
        if (event === 'progress') onProgress(body);
        else if (event === 'finding') hand(body);
        else if (event === 'complete') outcome = { status: 'done', findings: body.findings };
        else if (event === 'failed') outcome = { status: 'failed', findings: 0 };
      });
      if (outcome) return outcome;
    } catch (error) {
      if (error?.name === 'AbortError') throw error;
      if (!(error instanceof NetworkError) && !(error instanceof TypeError)) throw error;
    }
    // The stream broke (or ended without its last event): the stored result says where the review is.
    try {
      const state = await api.review(id);
      if (state.done) {
        for (const finding of state.report.findings) hand(finding);
        const total = state.report.clauses?.length ?? 0;
        onProgress({ done: total, total, stage: 'classify' });
        return { status: 'done', findings: state.report.findings.length };
      }
    } catch (error) {
      if (!(error instanceof NetworkError) || attempt >= retries) throw error;
    }
    if (attempt >= retries) throw new NetworkError(new Error('The review\'s event stream kept breaking.'));
    await pause(Math.min(8000, 500 * 2 ** attempt));
  }
}
