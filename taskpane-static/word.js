// Every call into Word lives in this module. The rest of the pane asks it for the document, the selected
// paragraphs, to go to a clause and to apply a finding; it never touches Office or Word itself.
//
// Requirement sets (see docs/addin.md, "Word API calls by requirement set"):
//   WordApi 1.1: getFileAsync (Common API), Word.run, context.sync, body, getSelection, paragraphs, search,
//                Range.text, select, delete, insertText, insertOoxml, Paragraph.insertParagraph
//   WordApi 1.3: Range.expandTo (locating quotes longer than one search), Paragraph.getRange
//   WordApi 1.4: Document.changeTrackingMode, Range.insertComment

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Word's search refuses longer strings. */
export const SEARCH_LIMIT = 255;
/** Prefixes and suffixes searched for a long quote: distinctive enough, well under the limit once escaped. */
const ANCHOR_LENGTH = 120;
/** At most this many prefix/suffix pairs are tried for one quote. */
const MAX_CANDIDATES = 25;
const SLICE_SIZE = 1024 * 1024;

/** The live document no longer holds the quote the review saw. */
export class ClauseChangedError extends Error {
  constructor() {
    super('This clause changed since the review.');
    this.name = 'ClauseChangedError';
    this.code = 'clause-changed';
  }
}

/** This Word cannot do what was asked; `fallback` says what the pane offers instead. */
export class WordCapabilityError extends Error {
  constructor(message) {
    super(message);
    this.name = 'WordCapabilityError';
    this.code = 'word-capability';
  }
}

/** A Word API call failed in a way the lawyer cannot act on in the pane (the message says what happened). */
export class WordCallError extends Error {
  constructor(message, cause) {
    super(message);
    this.name = 'WordCallError';
    this.code = 'word-call';
    this.cause = cause;
  }
}

/** Word's search treats ^ as the start of a special character; ^^ finds a literal caret. */
export function escapeForSearch(text) {
  return text.replace(/\^/g, '^^');
}

async function sha256Hex(subtle, text) {
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('');
}

/** The backend hashes the quote's UTF-8 bytes as they are; Word reports paragraph ends as \r. */
async function hashesTo(subtle, text, expected) {
  if (await sha256Hex(subtle, text) === expected) return true;
  const unixLines = text.replace(/\r\n?/g, '\n');
  return unixLines !== text && await sha256Hex(subtle, unixLines) === expected;
}

/** A piece of at most ANCHOR_LENGTH characters from one end of a line that survives escaping under the limit. */
function anchorOf(line, fromEnd) {
  let piece = fromEnd ? line.slice(-ANCHOR_LENGTH) : line.slice(0, ANCHOR_LENGTH);
  while (escapeForSearch(piece).length > SEARCH_LIMIT) piece = fromEnd ? piece.slice(1) : piece.slice(0, -1);
  return piece;
}

/** Start offsets of the non-overlapping occurrences of `needle` in `text`, left to right, as Word's search finds them. */
function occurrences(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** A blank line separates the clause's paragraphs, as in the redlined document. */
export function clauseParagraphs(text) {
  return String(text ?? '').split(/\r?\n\s*\n/).map(p => p.trim()).filter(p => p.length > 0);
}

/**
 * @param {object} hosts the globals `Office` and `Word`, and `crypto.subtle` (injected in tests)
 */
export function createWord({ office = globalThis.Office, word = globalThis.Word, subtle = globalThis.crypto?.subtle } = {}) {
  let capabilities = null;

  /**
   * Decided once per session: `tracked` (WordApi 1.4: the pane turns tracking on and applies word-level edits
   * with a comment), `ooxml` (WordApi 1.1–1.3: the finding's package with its own tracked changes; the pane
   * cannot read or switch tracking), or `none`. `longQuotes` says whether a quote longer than one search can be
   * located (WordApi 1.3).
   */
  function capabilitiesOf() {
    if (capabilities) return capabilities;
    const supports = version => Boolean(office?.context?.requirements?.isSetSupported?.('WordApi', version));
    const sets = { '1.1': supports('1.1'), '1.3': supports('1.3'), '1.4': supports('1.4'), '1.6': supports('1.6') };
    capabilities = Object.freeze({
      sets: Object.freeze(sets),
      apply: sets['1.4'] ? 'tracked' : sets['1.1'] ? 'ooxml' : 'none',
      longQuotes: sets['1.3'],
      trackingReadable: sets['1.4'],
    });
    return capabilities;
  }

  function run(batch) {
    if (!word?.run) return Promise.reject(new WordCapabilityError('This Word does not offer the Word JavaScript API.'));
    return word.run(batch);
  }

  /** The whole document as the .docx Word would save, read in slices (Office.FileType.Compressed). */
  function readDocument({ sliceSize = SLICE_SIZE } = {}) {
    const call = (fn, ...args) => new Promise((resolve, reject) => fn(...args, result => {
      if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new WordCallError(`Word could not hand over the document: ${result.error?.message ?? 'unknown error'}`));
    }));
    return call(office.context.document.getFileAsync.bind(office.context.document), office.FileType.Compressed, { sliceSize })
      .then(async file => {
        try {
          const parts = [];
          for (let i = 0; i < file.sliceCount; i++) {
            const slice = await call(file.getSliceAsync.bind(file), i);
            parts.push(new Uint8Array(slice.data));
          }
          return new Blob(parts, { type: DOCX_TYPE });
        } finally {
          await new Promise(resolve => file.closeAsync(() => resolve()));
        }
      });
  }

  /** The selected paragraphs as clauses for a review: [{id, text}], empty paragraphs left out. */
  function selectedClauses() {
    return run(async context => {
      const paragraphs = context.document.getSelection().paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      return paragraphs.items
        .map(p => p.text.trim())
        .filter(text => text.length > 0)
        .map((text, i) => ({ id: `selection-${i + 1}`, text }));
    });
  }

  /**
   * The range holding the finding's quote, accepted only when its text hashes to the finding's quoteSha256.
   * Short quotes are searched whole; longer ones (or ones spanning paragraphs) by a prefix and a suffix, the
   * range between them taken with expandTo.
   */
  async function locate(context, finding) {
    const { quote, quoteSha256 } = finding;
    if (!quote || !quoteSha256) throw new WordCapabilityError('This finding has no quote in the document (a missing clause).');
    const body = context.document.body;
    const lines = quote.split(/\r\n|\r|\n/);
    let candidates;
    if (lines.length === 1 && escapeForSearch(quote).length <= SEARCH_LIMIT) {
      const found = body.search(escapeForSearch(quote), { matchCase: true });
      found.load('items/text');
      await context.sync();
      candidates = found.items;
    } else {
      if (!capabilitiesOf().longQuotes) {
        throw new WordCapabilityError('This Word cannot locate a clause longer than 255 characters (it needs WordApi 1.3).');
      }
      const starts = body.search(escapeForSearch(anchorOf(lines[0], false)), { matchCase: true });
      const ends = body.search(escapeForSearch(anchorOf(lines[lines.length - 1], true)), { matchCase: true });
      starts.load('items');
      ends.load('items');
      await context.sync();
      candidates = [];
      for (const start of starts.items) {
        for (const end of ends.items) {
          if (candidates.length < MAX_CANDIDATES) candidates.push(start.expandTo(end));
        }
      }
      candidates.forEach(c => c.load('text'));
      await context.sync();
    }
    for (const candidate of candidates) {
      if (await hashesTo(subtle, candidate.text, quoteSha256)) return candidate;
    }
    throw new ClauseChangedError();
  }

  /** Selects the finding's quote in the document; ClauseChangedError when it is no longer there as reviewed. */
  function goTo(finding) {
    return run(async context => {
      const range = await locate(context, finding);
      range.select();
      await context.sync();
    });
  }

  /**
   * Ranges for the operations, all found before anything changes. Each entry: {op, range, location} where a
   * delete removes `range` and an insert goes at `location` ("Before" or "After") of `range`.
   * Returns null when an operation cannot be placed on words of the quote.
   */
  async function placeOperations(context, quoteRange, quote, operations) {
    const placed = [];
    for (const op of operations) {
      let text;
      let offset;
      let location = null;
      if (op.op === 'delete') {
        [text, offset] = [quote.slice(op.offset, op.offset + op.length), op.offset];
        if (text !== op.text) return null;
      } else if (op.op === 'insert') {
        // A replacement: the new words go right after the deleted ones, as Word shows a replacement.
        const replaced = placed.find(p => p.op.op === 'delete' && p.op.offset === op.offset);
        if (replaced) {
          placed.push({ op, after: replaced, location: 'After' });
          continue;
        }
        const before = /(\S+|\s+)$/.exec(quote.slice(0, op.offset));
        if (before) {
          [text, offset, location] = [before[0], op.offset - before[0].length, 'After'];
        } else {
          const after = /^(\S+|\s+)/.exec(quote.slice(op.offset));
          if (!after) return null;
          [text, offset, location] = [after[0], op.offset, 'Before'];
        }
      } else {
        return null;
      }
      if (/[\r\n]/.test(text) || escapeForSearch(text).length > SEARCH_LIMIT) return null;
      const index = occurrences(quote, text).indexOf(offset);
      if (index < 0) return null;
      const found = quoteRange.search(escapeForSearch(text), { matchCase: true });
      found.load('items');
      placed.push({ op, found, index, location });
    }
    await context.sync();
    for (const p of placed) {
      if (p.after) continue;
      if (p.found.items.length <= p.index) return null;
      p.range = p.found.items[p.index];
    }
    for (const p of placed) if (p.after) p.range = p.after.range;
    return placed;
  }

  /** Runs `edit` with change tracking set to `mode`, restoring the user's mode afterwards, whatever happens. */
  async function withTracking(context, mode, edit) {
    const document = context.document;
    document.load('changeTrackingMode');
    await context.sync();
    const previous = document.changeTrackingMode;
    document.changeTrackingMode = mode;
    await context.sync();
    try {
      return await edit();
    } finally {
      document.changeTrackingMode = previous;
      await context.sync();
    }
  }

  /**
   * WordApi 1.4: tracking on, the minimal operations applied to word ranges inside the located quote (so
   * unchanged words stay untouched), the counterparty comment on the changed range, tracking restored.
   * Falls back to the OOXML package (with tracking off) when an operation cannot be placed on words.
   */
  function applyTracked(finding, operations, ooxmlLater) {
    return run(async context => {
      const quoteRange = await locate(context, finding);
      if (operations.some(op => op.anchorSha256 && op.anchorSha256 !== finding.quoteSha256)) {
        throw new WordCallError('The server sent edits for another version of this clause.');
      }
      const placed = await placeOperations(context, quoteRange, finding.quote, operations);
      if (!placed) {
        const ooxml = await ooxmlLater();
        await withTracking(context, word.ChangeTrackingMode.off, async () => {
          quoteRange.insertOoxml(ooxml, 'Replace');
          await context.sync();
        });
        return { path: 'ooxml' };
      }
      await withTracking(context, word.ChangeTrackingMode.trackAll, async () => {
        const changed = [];
        for (const p of placed) {
          if (p.op.op === 'delete') {
            p.range.delete();
            changed.push(p.range);
          } else {
            changed.push(p.range.insertText(p.op.text, p.location));
          }
        }
        await context.sync();
        if (finding.comment && changed.length) {
          // The comment covers every changed range, deleted words included.
          const span = changed.reduce((all, range) => all.expandTo(range));
          span.insertComment(finding.comment);
          await context.sync();
        }
      });
      return { path: 'tracked' };
    });
  }

  /**
   * Below WordApi 1.4: the finding's Flat-OPC package replaces the quote; it carries its own w:ins/w:del by the
   * firm's author and the comment. The pane cannot read or switch tracking here (changeTrackingMode is 1.4), so
   * the pane asks the lawyer to have Track Changes off (otherwise Word marks the whole clause as replaced).
   */
  function applyOoxml(finding, ooxml) {
    return run(async context => {
      const quoteRange = await locate(context, finding);
      quoteRange.insertOoxml(ooxml, 'Replace');
      await context.sync();
      return { path: 'ooxml' };
    });
  }

  /**
   * WordApi 1.4: a missing clause as new paragraphs (its heading line first, when the placement proposes one) right
   * after the last paragraph of the clause the placement names, with tracking on, and the comment on the new
   * paragraphs; tracking restored. That paragraph is found like a quote, by the first of `anchors` ({text, sha256};
   * by default the placement's afterQuote and afterQuoteSha256) whose text is there and hashes as given (a text
   * given without a hash is one the pane wrote itself).
   */
  function insertClause(finding, comment, anchors = null) {
    const { placement } = finding;
    if (!placement?.afterQuote || !placement.afterQuoteSha256) {
      throw new WordCapabilityError('This finding does not say where its clause goes.');
    }
    return run(async context => {
      const tried = anchors ?? [{ text: placement.afterQuote, sha256: placement.afterQuoteSha256 }];
      let anchor = null;
      for (const { text, sha256 } of tried) {
        try {
          anchor = await locate(context, { quote: text, quoteSha256: sha256 ?? await sha256Hex(subtle, text) });
          break;
        } catch (error) {
          if (!(error instanceof ClauseChangedError)) throw error;
        }
      }
      if (!anchor) throw new ClauseChangedError();
      const paragraphs = anchor.paragraphs;
      paragraphs.load('items');
      await context.sync();
      const last = paragraphs.items[paragraphs.items.length - 1];
      const texts = [placement.heading, ...clauseParagraphs(finding.suggestedText)].filter(Boolean);
      await withTracking(context, word.ChangeTrackingMode.trackAll, async () => {
        const added = [];
        let after = last;
        for (const text of texts) {
          after = after.insertParagraph(text, 'After');
          added.push(after);
        }
        await context.sync();
        if (comment) {
          added[0].getRange('Whole').expandTo(added[added.length - 1].getRange('Whole')).insertComment(comment);
          await context.sync();
        }
      });
      return { path: 'inserted' };
    });
  }

  return { capabilities: capabilitiesOf, readDocument, selectedClauses, goTo, applyTracked, applyOoxml, insertClause };
}
