// Small fixtures of our own: findings shaped like the server's (review/Finding.java), operations shaped like
// redline/TextOperations (offsets in the quote, end to start, delete before insert), and Flat-OPC packages
// shaped like redline/FindingPackages.

import { createHash } from 'node:crypto';
import { wordDiff } from '../diff.js';

export const FIRM = 'Clausewarden — Firm Playbook';

export const sha256 = text => createHash('sha256').update(text, 'utf8').digest('hex');

export function finding(fields) {
  const quote = fields.quote ?? null;
  return {
    id: fields.id ?? 'f1',
    clauseIndex: 0,
    clauseType: fields.clauseType ?? 'liability_cap',
    position: fields.position ?? 'red_line',
    risk: fields.risk ?? 'high',
    quote,
    quoteSha256: fields.quoteSha256 ?? (quote == null ? null : sha256(quote)),
    rationale: fields.rationale ?? 'The cap is below the playbook minimum.',
    suggestedText: fields.suggestedText ?? null,
    source: 'rule',
    fallbackIndex: fields.fallbackIndex ?? null,
    comment: fields.comment ?? null,
    placement: fields.placement ?? null,
  };
}

/** A missing finding placed after the clause `after`, as review/ClausePlacement proposes it. */
export function missingFinding({ id = 'f-missing', after, heading = 'Limitation of Liability', suggestedText, comment = null, afterQuoteSha256 } = {}) {
  return finding({
    id,
    clauseType: 'limitation_of_liability',
    position: 'missing',
    suggestedText,
    comment,
    placement: {
      afterClauseIndex: 2,
      afterHeading: 'Indemnification',
      heading,
      reason: 'after clause 3 (Indemnification): liability and indemnity clauses sit together',
      afterQuote: after,
      afterQuoteSha256: afterQuoteSha256 ?? sha256(after),
    },
  });
}

/** Word-level changes of original → suggested, in ascending offset order. */
export function changes(original, suggested) {
  const out = [];
  let offset = 0;
  let current = null;
  for (const part of wordDiff(original, suggested)) {
    if (part.type === 'same') {
      if (current) out.push(current);
      current = null;
      offset += part.text.length;
      continue;
    }
    current ??= { offset, deleted: '', inserted: '' };
    if (part.type === 'del') {
      current.deleted += part.text;
      offset += part.text.length;
    } else {
      current.inserted += part.text;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Operations as GET /reviews/{id}/findings/{fid}/operations answers them. */
export function operationsOf(original, suggested) {
  const anchorSha256 = sha256(original);
  const ops = [];
  for (const c of changes(original, suggested).reverse()) {
    if (c.deleted) ops.push({ op: 'delete', offset: c.offset, length: c.deleted.length, text: c.deleted, anchorQuote: original, anchorSha256 });
    if (c.inserted) ops.push({ op: 'insert', offset: c.offset, length: c.inserted.length, text: c.inserted, anchorQuote: original, anchorSha256 });
  }
  return ops;
}

const escapeXml = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A Flat-OPC package replacing `original` by `suggested` with w:ins/w:del by `author`, and the comment. */
export function flatOpc(original, suggested, { author = FIRM, comment = null } = {}) {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const date = 'w:date="2026-01-01T00:00:00Z"';
  let id = 1;
  let body = '';
  let at = 0;
  const run = text => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const cs = changes(original, suggested);
  if (comment) body += '<w:commentRangeStart w:id="0"/>';
  for (const c of cs) {
    if (c.offset > at) body += run(original.slice(at, c.offset));
    if (c.deleted) body += `<w:del w:id="${id++}" w:author="${escapeXml(author)}" ${date}><w:r><w:delText xml:space="preserve">${escapeXml(c.deleted)}</w:delText></w:r></w:del>`;
    if (c.inserted) body += `<w:ins w:id="${id++}" w:author="${escapeXml(author)}" ${date}>${run(c.inserted)}</w:ins>`;
    at = c.offset + c.deleted.length;
  }
  if (at < original.length) body += run(original.slice(at));
  if (comment) body += '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>';
  const documentXml = `<w:document ${W}><w:body><w:p>${body}</w:p><w:sectPr/></w:body></w:document>`;
  const part = (name, type, data) => `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${data}</pkg:xmlData></pkg:part>`;
  let xml = '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>'
    + '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
    + part('/_rels/.rels', 'application/vnd.openxmlformats-package.relationships+xml', '<Relationships/>')
    + part('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', documentXml);
  if (comment) {
    xml += part('/word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
      `<w:comments ${W}><w:comment w:id="0" w:author="${escapeXml(author)}" ${date}><w:p><w:r><w:t>${escapeXml(comment)}</w:t></w:r></w:p></w:comment></w:comments>`);
  }
  return `${xml}</pkg:package>`;
}

export const CAP_QUOTE = "The Supplier's total liability is capped at 50% of the fees paid.";
export const CAP_SUGGESTED = "The Supplier's total liability is capped at 100% of the fees paid in the preceding 12 months.";
export const CAP_COMMENT = 'We need the cap to match the fees of a full year.';

/** A three-paragraph contract; the middle one carries another author's tracked insertion. */
export function contractParagraphs() {
  return [
    'This Agreement is made between Acme Ltd and Beta GmbH.',
    [{ text: 'Payment is due within ' }, { text: 'thirty (30) ', ins: 'Opposing Counsel' }, { text: 'days of invoice.' }],
    CAP_QUOTE,
  ];
}
