// A stand-in for Word and Office.js, holding an in-memory document, with the rules of the real API that the
// pane must respect: work happens inside Word.run; values are readable only after load() and context.sync();
// search refuses more than 255 characters; a call above the configured requirement sets throws; edits under
// change tracking record revisions by the Word user, and insertOoxml records the package's own w:ins/w:del
// with their own authors.
//
// The document is a flat list of cells, one per character, with a paragraph mark '\r' between paragraphs.
// Every cell has an id, so a range (first and last cell id) keeps pointing at the same text while the
// document changes around it, as Word's ranges do. A cell carries its revision marks: `ins` (author of a
// tracked insertion) and `del` (author of a tracked deletion). `text` and `search` see the document as
// "No Markup" shows it: tracked deletions are left out.

const PARAGRAPH = '\r';

export class OfficeApiError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
  }
}

function versionAtMost(required, configured) {
  const [a, b] = required.split('.').map(Number);
  const [c, d] = configured.split('.').map(Number);
  return a < c || (a === c && b <= d);
}

/** The document model: cells, comments, selection, tracking mode, and the accept/reject helpers. */
export class StandInDocument {
  constructor(paragraphs, { user = 'Word User' } = {}) {
    this.nextId = 1;
    this.cells = [];
    this.comments = [];
    this.user = user;
    this.trackingMode = 'Off';
    paragraphs.forEach((p, i) => {
      if (i > 0) this.cells.push(this.cell(PARAGRAPH, {}));
      const runs = typeof p === 'string' ? [{ text: p }] : p;
      for (const run of runs) for (const ch of run.text) this.cells.push(this.cell(ch, run));
    });
    this.selection = null;
  }

  cell(ch, { ins = null, del = null } = {}) {
    return { id: this.nextId++, ch, ins, del };
  }

  indexOf(id) {
    const i = this.cells.findIndex(c => c.id === id);
    if (i < 0) throw new OfficeApiError('ItemNotFound', 'The range no longer exists in the document.');
    return i;
  }

  /** Cells of a span, in order. A span is {first, last} cell ids, or {before} for an empty point. */
  cellsOf(span) {
    if (span.before !== undefined) return [];
    return this.cells.slice(this.indexOf(span.first), this.indexOf(span.last) + 1);
  }

  visibleText(span) {
    return this.cellsOf(span).filter(c => !c.del).map(c => c.ch).join('');
  }

  whole() {
    return { first: this.cells[0].id, last: this.cells[this.cells.length - 1].id };
  }

  /** Paragraph spans, each without its paragraph mark. */
  paragraphSpans(span = this.whole()) {
    const spans = [];
    let start = null;
    let prev = null;
    const all = this.cells;
    const from = this.paragraphStart(this.indexOf(span.before ?? span.first));
    const to = this.paragraphEnd(this.indexOf(span.before ?? span.last));
    for (let i = from; i <= to; i++) {
      if (all[i].ch === PARAGRAPH && !all[i].del) {
        spans.push(start !== null ? { first: start, last: prev } : { before: all[i].id });
        start = null;
        prev = null;
      } else {
        if (start === null) start = all[i].id;
        prev = all[i].id;
      }
    }
    if (start !== null) spans.push({ first: start, last: prev });
    return spans;
  }

  paragraphStart(i) {
    while (i > 0 && this.cells[i - 1].ch !== PARAGRAPH) i--;
    return i;
  }

  paragraphEnd(i) {
    while (i < this.cells.length - 1 && this.cells[i + 1].ch !== PARAGRAPH) i++;
    return i;
  }

  /** Inserts cells at an index; returns the span of the new cells. */
  insertCells(index, newCells) {
    this.cells.splice(index, 0, ...newCells);
    return { first: newCells[0].id, last: newCells[newCells.length - 1].id };
  }

  newCells(text, revision) {
    return [...text.replace(/\r\n|\n/g, PARAGRAPH)].map(ch => this.cell(ch, revision));
  }

  tracked() {
    return this.trackingMode !== 'Off';
  }

  /** Deletes a span as Word does: tracked, it marks the cells (a tracked insertion of the same author just goes). */
  deleteSpan(span, author = this.user, tracked = this.tracked()) {
    for (const c of this.cellsOf(span)) {
      if (tracked && !(c.ins === author && !c.del)) {
        if (!c.del) c.del = author;
      } else {
        this.cells.splice(this.cells.indexOf(c), 1);
      }
    }
  }

  /** The document's text when every revision is accepted. */
  acceptAll() {
    return this.cells.filter(c => !c.del).map(c => c.ch).join('').split(PARAGRAPH);
  }

  /** The document's text when every revision is rejected. */
  rejectAll() {
    return this.cells.filter(c => !c.ins).map(c => c.ch).join('').split(PARAGRAPH);
  }

  /** Tracked changes as runs: [{type:'ins'|'del', author, text}]. */
  revisions() {
    return mergeRevisions(this.cells);
  }

  select(span) {
    this.selection = { ...span };
  }

  selectParagraphs(from, to = from) {
    const spans = this.paragraphSpans();
    this.selection = { first: spans[from].first, last: spans[to].last };
  }
}

function mergeRevisions(cells) {
  const out = [];
  let current = null;
  for (const c of cells) {
    const key = c.ins ? `ins:${c.ins}` : c.del ? `del:${c.del}` : null;
    if (key && current && current.key === key) {
      current.text += c.ch;
    } else if (key) {
      current = { key, type: c.ins ? 'ins' : 'del', author: c.ins || c.del, text: c.ch };
      out.push(current);
    } else {
      current = null;
    }
  }
  return out.map(({ type, author, text }) => ({ type, author, text }));
}

// ---- Flat-OPC (insertOoxml) -------------------------------------------------------------------------------

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function attribute(tag, name) {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : null;
}

/**
 * Reads the body of a Flat-OPC package minimally: paragraphs, text in w:t and w:delText, tabs, and the
 * w:ins/w:del around them with their authors; comments from the comments part.
 * @returns {{pieces: {text, ins, del}[], comments: {author, text}[]}}
 */
export function parseFlatOpc(xml) {
  if (!/<pkg:package\b/.test(xml)) throw new OfficeApiError('InvalidArgument', 'Not a Flat-OPC package.');
  const documentPart = /<pkg:part\b[^>]*pkg:name="\/word\/document\.xml"[^>]*>([\s\S]*?)<\/pkg:part>/.exec(xml);
  if (!documentPart) throw new OfficeApiError('InvalidArgument', 'The package has no /word/document.xml part.');
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(documentPart[1]);
  if (!body) throw new OfficeApiError('InvalidArgument', 'The document part has no body.');
  const pieces = [];
  let ins = null;
  let del = null;
  let paragraphs = 0;
  const token = /<(\/?)w:(p|ins|del|t|delText|tab|sectPr)\b([^>]*?)(\/?)>|([^<]+)|<[^>]*>/g;
  let inText = false;
  let inSectPr = false;
  for (let m; (m = token.exec(body[1]));) {
    const [, closing, name, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (inText && !inSectPr) pieces.push({ text: decode(text), ins, del });
      continue;
    }
    if (!name) continue;
    if (name === 'sectPr') inSectPr = !closing && !selfClosing;
    else if (name === 'p' && !closing) {
      if (paragraphs++ > 0) pieces.push({ text: PARAGRAPH, ins, del });
    } else if (name === 'ins') ins = closing ? null : (attribute(attrs, 'w:author') ?? 'Unknown');
    else if (name === 'del') del = closing ? null : (attribute(attrs, 'w:author') ?? 'Unknown');
    else if (name === 't' || name === 'delText') inText = !closing && !selfClosing;
    else if (name === 'tab' && !closing) pieces.push({ text: '\t', ins, del });
  }
  const comments = [];
  const commentsPart = /<pkg:part\b[^>]*pkg:name="\/word\/comments\.xml"[^>]*>([\s\S]*?)<\/pkg:part>/.exec(xml);
  if (commentsPart) {
    for (const c of commentsPart[1].matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
      const text = [...c[2].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map(t => decode(t[1])).join('');
      comments.push({ author: attribute(c[1], 'w:author') ?? 'Unknown', text });
    }
  }
  return { pieces, comments };
}

// ---- Office.js proxies -------------------------------------------------------------------------------------

class RequestContext {
  constructor(host) {
    this.host = host;
    this.pending = [];
    this.open = true;
    this.syncs = 0;
    this.document = new DocumentProxy(this);
  }

  check(set) {
    if (!this.open) {
      throw new OfficeApiError('InvalidObjectPath',
        'The object was created in a batch that has ended; it cannot be used outside its Word.run.');
    }
    if (set && !versionAtMost(set, this.host.wordApi)) {
      throw new OfficeApiError('ApiNotFound', `This API needs WordApi ${set}; this Word supports ${this.host.wordApi}.`);
    }
  }

  /** Real Office.js: load() only queues; the values arrive with sync(). */
  queueLoad(proxy, names) {
    this.pending.push(() => proxy.snapshot(names));
  }

  async sync() {
    this.check();
    this.syncs++;
    const work = this.pending;
    this.pending = [];
    for (const w of work) w();
    await Promise.resolve();
  }
}

class ClientObject {
  constructor(context) {
    this.context = context;
    this.values = new Map();
  }

  load(names = '') {
    this.context.check();
    const list = Array.isArray(names) ? names : typeof names === 'string' ? names.split(',') : Object.keys(names);
    this.context.queueLoad(this, list.map(n => n.trim()).filter(Boolean));
    return this;
  }

  read(name) {
    this.context.check();
    if (!this.values.has(name)) {
      throw new OfficeApiError('PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method `
        + 'on the containing object and call "context.sync()" on the associated request context.');
    }
    return this.values.get(name);
  }

  track() {
    return this;
  }

  untrack() {
    return this;
  }
}

class DocumentProxy extends ClientObject {
  constructor(context) {
    super(context);
    this.body = new RangeProxy(context, () => context.host.doc.whole(), '1.1', true);
  }

  get model() {
    return this.context.host.doc;
  }

  getSelection() {
    this.context.check('1.1');
    const span = this.model.selection ?? { before: this.model.cells[0].id };
    return new RangeProxy(this.context, () => span);
  }

  snapshot(names) {
    for (const n of names) {
      if (n === 'changeTrackingMode') {
        this.context.check('1.4');
        this.values.set(n, this.model.trackingMode);
      }
    }
  }

  get changeTrackingMode() {
    this.context.check('1.4');
    return this.read('changeTrackingMode');
  }

  set changeTrackingMode(mode) {
    this.context.check('1.4');
    if (!['Off', 'TrackAll', 'TrackMineOnly'].includes(mode)) {
      throw new OfficeApiError('InvalidArgument', `Unknown change tracking mode ${mode}`);
    }
    this.model.trackingMode = mode;
    this.values.delete('changeTrackingMode');
  }
}

const LOCATIONS = ['Whole', 'Start', 'End', 'Before', 'After', 'Replace'];

class RangeProxy extends ClientObject {
  /** @param spanOf returns the current span (the body's grows with the document) */
  constructor(context, spanOf, set = '1.1', isBody = false) {
    super(context);
    this.spanOf = spanOf;
    this.isBody = isBody;
    context.check(set);
  }

  get doc() {
    return this.context.host.doc;
  }

  get span() {
    return this.spanOf();
  }

  snapshot(names) {
    for (const n of names.length ? names : ['text']) {
      if (n === 'text') this.values.set('text', this.doc.visibleText(this.span).replace(/\r$/, ''));
      else if (n === 'isEmpty') this.values.set('isEmpty', this.doc.visibleText(this.span).length === 0);
      else if (n === 'items' || n.startsWith('items/')) continue;
    }
  }

  get text() {
    return this.read('text');
  }

  get isEmpty() {
    return this.read('isEmpty');
  }

  get paragraphs() {
    this.context.check('1.1');
    const spans = () => this.doc.paragraphSpans(this.span);
    return new Collection(this.context, () => spans().map((s, i) => new RangeProxy(this.context, () => spans()[i])));
  }

  search(text, options = {}) {
    this.context.check('1.1');
    if (typeof text !== 'string' || text.length === 0 || text.length > 255) {
      throw new OfficeApiError('SearchStringInvalidOrTooLong',
        'The search string is invalid or longer than 255 characters.');
    }
    if (options.matchWildcards) throw new Error('the stand-in does not implement wildcard search');
    const needle = text.replace(/\^\^/g, '\u0000').replace(/\^[a-z?#$&~=+%-]/gi, () => {
      throw new OfficeApiError('InvalidArgument', 'the stand-in implements only ^^ among Word\'s special characters');
    }).replace(/\u0000/g, '^');
    const { doc } = this;
    const visible = doc.cellsOf(this.span).filter(c => !c.del);
    const haystack = visible.map(c => c.ch).join('');
    const matchCase = options.matchCase === true;
    const h = matchCase ? haystack : haystack.toLowerCase();
    const n = matchCase ? needle : needle.toLowerCase();
    const found = [];
    for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length)) {
      if (n.includes(PARAGRAPH) === false && h.slice(i, i + n.length).includes(PARAGRAPH)) continue;
      found.push({ first: visible[i].id, last: visible[i + n.length - 1].id });
    }
    return new Collection(this.context, () => found.map(s => new RangeProxy(this.context, () => s)));
  }

  expandTo(other) {
    this.context.check('1.3');
    const a = this.span;
    const b = other.span;
    const { doc } = this;
    const first = doc.indexOf(a.first) <= doc.indexOf(b.first) ? a.first : b.first;
    const last = doc.indexOf(a.last) >= doc.indexOf(b.last) ? a.last : b.last;
    return new RangeProxy(this.context, () => ({ first, last }), '1.3');
  }

  getRange(location = 'Whole') {
    this.context.check('1.3');
    const s = this.span;
    if (location === 'Whole') return new RangeProxy(this.context, () => s, '1.3');
    if (location === 'Start') return new RangeProxy(this.context, () => ({ before: s.first }), '1.3');
    throw new Error(`the stand-in implements getRange only for Whole and Start, not ${location}`);
  }

  select() {
    this.context.check('1.1');
    this.doc.select(this.span);
  }

  delete() {
    this.context.check('1.1');
    this.doc.deleteSpan(this.span);
  }

  insertText(text, location) {
    this.context.check('1.1');
    if (!LOCATIONS.includes(location) || location === 'Whole') {
      throw new OfficeApiError('InvalidArgument', `insertText takes Start, End, Before, After or Replace, not ${location}`);
    }
    const { doc } = this;
    const revision = doc.tracked() ? { ins: doc.user } : {};
    const span = this.span;
    const cells = doc.newCells(text, revision);
    let inserted;
    if (location === 'Replace') {
      const at = span.before !== undefined ? doc.indexOf(span.before) : doc.indexOf(span.last) + 1;
      inserted = doc.insertCells(at, cells);
      if (span.before === undefined) doc.deleteSpan(span);
      this.spanOf = () => inserted;
    } else if (location === 'Start' || location === 'Before') {
      const at = doc.indexOf(span.before ?? span.first);
      inserted = doc.insertCells(at, cells);
      if (location === 'Start' && span.before === undefined) this.spanOf = () => ({ first: inserted.first, last: span.last });
    } else {
      const at = span.before !== undefined ? doc.indexOf(span.before) : doc.indexOf(span.last) + 1;
      inserted = doc.insertCells(at, cells);
      if (location === 'End' && span.before === undefined) this.spanOf = () => ({ first: span.first, last: inserted.last });
    }
    return new RangeProxy(this.context, () => inserted);
  }

  /**
   * Range.insertParagraph and Paragraph.insertParagraph (WordApi 1.1): a new paragraph before or after the
   * paragraph(s) of this range, never inside one. Under tracking the text and the new paragraph mark are the
   * user's insertion, so rejecting removes the paragraph entirely. Returns the new paragraph.
   */
  insertParagraph(text, location) {
    this.context.check('1.1');
    if (location !== 'Before' && location !== 'After') {
      throw new OfficeApiError('InvalidArgument', `insertParagraph takes Before or After, not ${location}`);
    }
    if (typeof text !== 'string' || /[\r\n]/.test(text)) {
      throw new OfficeApiError('InvalidArgument', 'insertParagraph takes the text of one paragraph.');
    }
    const { doc } = this;
    const revision = doc.tracked() ? { ins: doc.user } : {};
    const spans = doc.paragraphSpans(this.span);
    const edge = location === 'After' ? spans[spans.length - 1] : spans[0];
    const mark = doc.cell(PARAGRAPH, revision);
    const cells = doc.newCells(text, revision);
    let paragraph;
    if (location === 'After') {
      const end = edge.before !== undefined ? doc.indexOf(edge.before) : doc.indexOf(edge.last) + 1;
      doc.insertCells(end, [mark, ...cells]);
      paragraph = cells.length ? { first: cells[0].id, last: cells[cells.length - 1].id } : { before: doc.cells[doc.indexOf(mark.id) + 1]?.id ?? mark.id };
    } else {
      const start = doc.paragraphStart(doc.indexOf(edge.before ?? edge.first));
      doc.insertCells(start, [...cells, mark]);
      paragraph = cells.length ? { first: cells[0].id, last: cells[cells.length - 1].id } : { before: mark.id };
    }
    return new RangeProxy(this.context, () => paragraph);
  }

  insertComment(text) {
    this.context.check('1.4');
    const span = this.span;
    if (span.before !== undefined) throw new OfficeApiError('InvalidArgument', 'A comment needs a non-empty range.');
    const comment = { author: this.doc.user, text, first: span.first, last: span.last };
    this.doc.comments.push(comment);
    return new CommentProxy(this.context, comment);
  }

  insertOoxml(ooxml, location) {
    this.context.check('1.1');
    if (location !== 'Replace') throw new Error(`the stand-in implements insertOoxml only with Replace, not ${location}`);
    const { pieces, comments } = parseFlatOpc(ooxml);
    const { doc } = this;
    const span = this.span;
    const tracked = doc.tracked();
    const cells = [];
    for (const p of pieces) {
      // Under tracking Word records the whole insert as the user's insertion, over the package's own marks.
      const revision = { ins: tracked ? doc.user : p.ins, del: p.del };
      cells.push(...doc.newCells(p.text, revision));
    }
    const at = doc.indexOf(span.last) + 1;
    const inserted = cells.length ? doc.insertCells(at, cells) : null;
    doc.deleteSpan(span, doc.user, tracked);
    if (inserted) {
      for (const c of comments) doc.comments.push({ ...c, first: inserted.first, last: inserted.last });
      this.spanOf = () => inserted;
    }
    return new RangeProxy(this.context, () => inserted ?? { before: doc.cells[Math.min(at, doc.cells.length - 1)].id });
  }
}

class CommentProxy extends ClientObject {
  constructor(context, comment) {
    super(context);
    this.comment = comment;
  }

  snapshot(names) {
    for (const n of names) if (n === 'content' || n === 'authorName') this.values.set(n, n === 'content' ? this.comment.text : this.comment.author);
  }

  get content() {
    return this.read('content');
  }
}

class Collection extends ClientObject {
  constructor(context, itemsOf) {
    super(context);
    this.itemsOf = itemsOf;
  }

  load(names = '') {
    super.load(names);
    return this;
  }

  snapshot(names) {
    const items = this.itemsOf();
    const childNames = names.filter(n => n.startsWith('items/')).map(n => n.slice(6));
    const plain = names.filter(n => !n.startsWith('items'));
    for (const item of items) item.snapshot(childNames.length ? childNames : plain.length ? plain : ['text']);
    this.values.set('items', items);
  }

  get items() {
    return this.read('items');
  }

  getFirst() {
    this.context.check('1.3');
    const items = this.itemsOf();
    if (!items.length) throw new OfficeApiError('ItemNotFound', 'The collection is empty.');
    return items[0];
  }
}

// ---- Office.context.document.getFileAsync -----------------------------------------------------------------

class FileHandle {
  constructor(host, bytes, sliceSize) {
    this.host = host;
    this.bytes = bytes;
    this.sliceSize = sliceSize;
    this.size = bytes.length;
    this.sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
    this.closed = false;
  }

  getSliceAsync(index, callback) {
    if (this.closed || index < 0 || index >= this.sliceCount) {
      return callback({ status: 'failed', error: { code: 5001, message: 'The slice does not exist or the file is closed.' } });
    }
    const data = Array.from(this.bytes.subarray(index * this.sliceSize, (index + 1) * this.sliceSize));
    this.host.slicesRead++;
    setTimeout(() => callback({ status: 'succeeded', value: { data, index, size: data.length } }), 0);
  }

  closeAsync(callback) {
    this.closed = true;
    this.host.openFile = null;
    callback?.({ status: 'succeeded' });
  }
}

/**
 * A Word host: `office` and `word` are the globals `Office` and `Word` as the pane sees them.
 * @param {object} options
 * @param {string[]|StandInDocument} options.paragraphs the document
 * @param {string} options.wordApi highest WordApi requirement set supported ("1.1", "1.3", "1.4", "1.6")
 * @param {Uint8Array} options.file the bytes getFileAsync returns
 * @param {string} options.host Office.HostType reported to onReady ("Word" by default)
 */
export function createWordHost({ paragraphs = [''], document, wordApi = '1.4', file = new Uint8Array(), host = 'Word', user } = {}) {
  const state = {
    doc: document ?? new StandInDocument(paragraphs, { user }),
    wordApi,
    openFile: null,
    slicesRead: 0,
    runs: 0,
  };
  const office = {
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
    FileType: { Compressed: 'compressed', Pdf: 'pdf', Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady(callback) {
      const info = { host, platform: 'PC' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported(name, version = '1.1') {
          return name === 'WordApi' && versionAtMost(String(version), state.wordApi);
        },
      },
      document: {
        getFileAsync(fileType, options, callback) {
          if (typeof options === 'function') [options, callback] = [{}, options];
          if (fileType !== 'compressed') {
            return callback({ status: 'failed', error: { code: 12, message: 'The stand-in serves only the compressed file.' } });
          }
          if (state.openFile) {
            return callback({ status: 'failed', error: { code: 11, message: 'Only one file may be open at a time; close it first.' } });
          }
          const sliceSize = options?.sliceSize ?? 4 * 1024 * 1024;
          if (sliceSize > 4 * 1024 * 1024) {
            return callback({ status: 'failed', error: { code: 13, message: 'The slice size is larger than 4 MB.' } });
          }
          state.openFile = new FileHandle(state, file, sliceSize);
          setTimeout(() => callback({ status: 'succeeded', value: state.openFile }), 0);
        },
      },
    },
  };
  const word = {
    ChangeTrackingMode: { off: 'Off', trackAll: 'TrackAll', trackMineOnly: 'TrackMineOnly' },
    InsertLocation: { replace: 'Replace', start: 'Start', end: 'End', before: 'Before', after: 'After' },
    async run(batch) {
      const context = new RequestContext(state);
      state.runs++;
      try {
        const result = await batch(context);
        await context.sync();
        return result;
      } finally {
        context.open = false;
      }
    },
  };
  return { office, word, state, get doc() { return state.doc; } };
}
