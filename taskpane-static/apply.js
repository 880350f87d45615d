// Applying suggestions: one at a time or all in sequence, each finding at most once, through the capability
// ladder word.js decided when the pane opened.

import { clauseParagraphs } from './word.js';

/** Nothing can be applied in this Word; the pane offers copy-to-clipboard and the redlined .docx. */
export class CannotApplyError extends Error {
  constructor(message) {
    super(message);
    this.name = 'CannotApplyError';
    this.code = 'cannot-apply';
  }
}

export function isApplicable(finding) {
  return Boolean(finding.quote && finding.quoteSha256 && finding.suggestedText != null && finding.suggestedText !== finding.quote);
}

/** A missing clause the review says where to put: the pane offers to insert it. */
export function isInsertable(finding) {
  return Boolean(finding.position === 'missing' && finding.placement?.afterQuote && finding.placement?.afterQuoteSha256
    && finding.suggestedText?.trim());
}

/** The comment on an inserted clause: the playbook's, else a plain note (the rationale never goes into the document). */
export function insertionComment(finding) {
  if (finding.comment?.trim()) return finding.comment;
  return `Proposed new clause: this agreement has no ${String(finding.clauseType ?? 'such').replace(/_/g, ' ')} clause.`;
}

/**
 * @param {object} deps
 * @param {ReturnType<import('./word.js').createWord>} deps.word
 * @param {object} deps.api the client of api.js
 * @param {() => string} deps.reviewId the review the findings belong to
 */
export function createApplier({ word, api, reviewId }) {
  const applied = new Set();
  const appliedEdits = [];
  const inFlight = new Set();

  /** Per anchor clause, the last paragraph the pane inserted after it since it opened: the next clause placed there follows it. */
  const lastInsertedAfter = new Map();

  /**
   * Where to look for the paragraph the clause follows, in order: the last clause the pane already inserted
   * there (so clauses keep the order of the redlined document), the anchor clause as reviewed (with its hash), and
   * the anchor clause once the edits the pane applied to it are accepted.
   */
  function anchorsOf(finding) {
    const { afterQuote, afterQuoteSha256, afterClauseIndex } = finding.placement;
    let edited = afterQuote;
    for (const edit of appliedEdits) {
      if (edit.clauseIndex === afterClauseIndex && edited.includes(edit.quote)) edited = edited.replace(edit.quote, () => edit.suggestedText);
    }
    return [
      ...(lastInsertedAfter.has(afterClauseIndex) ? [{ text: lastInsertedAfter.get(afterClauseIndex) }] : []),
      { text: afterQuote, sha256: afterQuoteSha256 },
      ...(edited !== afterQuote ? [{ text: edited }] : []),
    ];
  }

  async function applyOne(finding) {
    if (applied.has(finding.id)) return { id: finding.id, path: 'already-applied' };
    if (inFlight.has(finding.id)) throw new CannotApplyError('This suggestion is being applied already.');
    if (isInsertable(finding)) return insertOne(finding);
    if (!isApplicable(finding)) throw new CannotApplyError('This finding has no suggested edit to apply.');
    const ladder = word.capabilities().apply;
    if (ladder === 'none') {
      throw new CannotApplyError('This version of Word cannot apply suggestions from the pane. Copy the suggested text, or download the redlined document.');
    }
    inFlight.add(finding.id);
    try {
      const id = reviewId();
      const outcome = ladder === 'tracked'
        ? await word.applyTracked(finding, await api.operations(id, finding.id), () => api.ooxml(id, finding.id))
        : await word.applyOoxml(finding, await api.ooxml(id, finding.id));
      applied.add(finding.id);
      appliedEdits.push(finding);
      return { id: finding.id, ...outcome };
    } finally {
      inFlight.delete(finding.id);
    }
  }

  /**
   * WordApi 1.4 only: the pane switches tracking on to insert the paragraphs. Below it Word can neither switch
   * tracking nor take a package for new paragraphs, so the pane offers the clause to copy and the redlined .docx,
   * which carries it as a tracked insertion.
   */
  async function insertOne(finding) {
    if (word.capabilities().apply !== 'tracked') {
      throw new CannotApplyError('This version of Word cannot insert a tracked clause from the pane (it needs WordApi 1.4). Copy the suggested clause, or download the redlined document, which carries it as a tracked insertion.');
    }
    inFlight.add(finding.id);
    try {
      const outcome = await word.insertClause(finding, insertionComment(finding), anchorsOf(finding));
      applied.add(finding.id);
      lastInsertedAfter.set(finding.placement.afterClauseIndex, clauseParagraphs(finding.suggestedText).at(-1));
      return { id: finding.id, ...outcome };
    } finally {
      inFlight.delete(finding.id);
    }
  }

  /**
   * Applies the findings one after another and stops at the first failure.
   * @returns {{applied: string[], failed: {id, error}|null}}
   */
  async function applyAll(findings, onProgress = () => {}) {
    const inserts = word.capabilities().apply === 'tracked';
    const todo = findings.filter(f => (isApplicable(f) || (inserts && isInsertable(f))) && !applied.has(f.id));
    const done = [];
    for (let i = 0; i < todo.length; i++) {
      onProgress({ done: i, total: todo.length, current: todo[i].id });
      try {
        await applyOne(todo[i]);
        done.push(todo[i].id);
      } catch (error) {
        onProgress({ done: i, total: todo.length, current: null });
        return { applied: done, failed: { id: todo[i].id, error } };
      }
    }
    onProgress({ done: todo.length, total: todo.length, current: null });
    return { applied: done, failed: null };
  }

  return { applyOne, applyAll, isApplied: id => applied.has(id), appliedIds: () => [...applied] };
}
