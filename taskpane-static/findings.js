// The findings list: grouped by risk with counts, filtered by risk and clause type. Server text only ever goes
// into the page through textContent and createElement, never parsed as markup, so a quote cannot become HTML.

import { wordDiff } from './diff.js';
import { isApplicable, isInsertable } from './apply.js';

export const RISKS = ['high', 'medium', 'low', 'ok'];
const RISK_NAMES = { high: 'High risk', medium: 'Medium risk', low: 'Low risk', ok: 'Meets the playbook' };

export function positionLabel(finding) {
  switch (finding.position) {
    case 'preferred': return 'Preferred';
    case 'fallback': return `Fallback ${(finding.fallbackIndex ?? 0) + 1}`;
    case 'red_line': return 'Red line';
    case 'missing': return 'Missing';
    case 'needs_review': return 'Needs review';
    case 'deviation': return 'Deviation';
    default: return finding.position ? String(finding.position) : 'Unknown';
  }
}

export function clauseTypeLabel(type) {
  if (!type) return 'Clause';
  const words = String(type).replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function el(document, tag, { className, text, attrs } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  for (const [k, v] of Object.entries(attrs ?? {})) node.setAttribute(k, v);
  return node;
}

/** Holds the findings of the review on screen, in arrival order, one per id. */
export function createFindingsState() {
  const byId = new Map();
  return {
    add(finding) {
      if (!finding?.id || byId.has(finding.id)) return false;
      byId.set(finding.id, finding);
      return true;
    },
    clear: () => byId.clear(),
    all: () => [...byId.values()],
    get: id => byId.get(id),
    size: () => byId.size,
  };
}

export function countsByRisk(findings) {
  const counts = Object.fromEntries(RISKS.map(r => [r, 0]));
  for (const f of findings) if (f.risk in counts) counts[f.risk]++;
  return counts;
}

export function applyFilters(findings, { risks = new Set(RISKS), clauseType = '' } = {}) {
  return findings.filter(f => risks.has(f.risk) && (!clauseType || f.clauseType === clauseType));
}

function renderDiff(document, finding) {
  const block = el(document, 'p', { className: 'diff' });
  for (const part of wordDiff(finding.quote ?? '', finding.suggestedText)) {
    if (part.type === 'same') {
      block.append(document.createTextNode(part.text));
    } else {
      const mark = el(document, part.type === 'del' ? 'del' : 'ins');
      mark.append(el(document, 'span', { className: 'visually-hidden', text: part.type === 'del' ? 'deleted: ' : 'inserted: ' }));
      mark.append(document.createTextNode(part.text));
      block.append(mark);
    }
  }
  return block;
}

/** "after clause 5 (…): …" reads as a sentence: "After clause 5 (…): …." */
function sentence(text) {
  const t = String(text).trim();
  return t.charAt(0).toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.');
}

function renderFinding(document, finding, { applied, handlers }) {
  const item = el(document, 'li', { className: `finding risk-${finding.risk}` });
  const article = el(document, 'article', { attrs: { 'aria-labelledby': `finding-${finding.id}-title` } });
  const header = el(document, 'div', { className: 'finding-header' });
  header.append(
    el(document, 'h4', { className: 'finding-title', text: clauseTypeLabel(finding.clauseType), attrs: { id: `finding-${finding.id}-title` } }),
    el(document, 'span', { className: `badge position-${finding.position}`, text: positionLabel(finding) }),
  );
  article.append(header);
  if (finding.quote) {
    article.append(el(document, 'p', { className: 'label', text: 'In the document' }));
    article.append(el(document, 'blockquote', { className: 'quote', text: finding.quote }));
  }
  if (finding.rationale) {
    article.append(el(document, 'p', { className: 'label', text: 'Why (internal, never written into the document)' }));
    article.append(el(document, 'p', { className: 'rationale', text: finding.rationale }));
  }
  if (finding.guidance) {
    article.append(el(document, 'p', { className: 'label', text: 'Internal guidance (pane only)' }));
    article.append(el(document, 'p', { className: 'guidance', text: finding.guidance }));
  }
  if (finding.suggestedText != null && finding.quote) {
    article.append(el(document, 'p', { className: 'label', text: 'Suggested edit' }));
    article.append(renderDiff(document, finding));
  } else if (finding.suggestedText != null) {
    article.append(el(document, 'p', { className: 'label', text: 'Suggested clause' }));
    if (finding.placement?.heading) article.append(el(document, 'p', { className: 'diff heading', text: finding.placement.heading }));
    article.append(el(document, 'p', { className: 'diff', text: finding.suggestedText }));
  }
  if (finding.placement?.reason) {
    article.append(el(document, 'p', { className: 'label', text: 'Where it goes' }));
    article.append(el(document, 'p', { className: 'placement', text: sentence(finding.placement.reason) }));
  }
  if (finding.comment) {
    article.append(el(document, 'p', { className: 'label', text: 'Comment for the counterparty' }));
    article.append(el(document, 'p', { className: 'comment', text: finding.comment }));
  }
  const actions = el(document, 'div', { className: 'actions' });
  const name = clauseTypeLabel(finding.clauseType);
  if (finding.quote) {
    const go = el(document, 'button', { className: 'button', text: 'Go to clause', attrs: { type: 'button', 'data-key': `go-${finding.id}`, 'aria-label': `Go to clause: ${name}` } });
    go.addEventListener('click', () => handlers.onGoTo?.(finding));
    actions.append(go);
  }
  if (isInsertable(finding)) {
    if (applied(finding.id)) {
      actions.append(el(document, 'span', { className: 'applied', text: 'Inserted', attrs: { 'data-applied': finding.id } }));
    } else {
      const insert = el(document, 'button', { className: 'button primary', text: 'Insert clause', attrs: { type: 'button', 'data-key': `insert-${finding.id}`, 'aria-label': `Insert clause: ${name}` } });
      insert.addEventListener('click', () => handlers.onApply?.(finding));
      actions.append(insert);
    }
  } else if (isApplicable(finding)) {
    if (applied(finding.id)) {
      actions.append(el(document, 'span', { className: 'applied', text: 'Applied', attrs: { 'data-applied': finding.id } }));
    } else {
      const apply = el(document, 'button', { className: 'button primary', text: 'Apply', attrs: { type: 'button', 'data-key': `apply-${finding.id}`, 'aria-label': `Apply suggestion: ${name}` } });
      apply.addEventListener('click', () => handlers.onApply?.(finding));
      actions.append(apply);
    }
  }
  if (finding.suggestedText != null) {
    const copy = el(document, 'button', { className: 'button subtle', text: 'Copy suggestion', attrs: { type: 'button', 'data-key': `copy-${finding.id}`, 'aria-label': `Copy suggestion: ${name}` } });
    copy.addEventListener('click', () => handlers.onCopy?.(finding));
    actions.append(copy);
  }
  if (actions.childNodes.length) article.append(actions);
  item.append(article);
  return item;
}

/**
 * Renders the findings into `container`, keeping keyboard focus on the same control across renders.
 * @param {object} o
 * @param {object[]} o.findings every finding on screen
 * @param {{risks: Set<string>, clauseType: string}} o.filters
 * @param {(id: string) => boolean} o.applied
 * @param {{onGoTo, onApply, onCopy}} o.handlers
 */
export function renderFindings(container, { findings, filters, applied = () => false, handlers = {} }) {
  const document = container.ownerDocument;
  const focused = document.activeElement?.getAttribute?.('data-key');
  const shown = applyFilters(findings, filters);
  container.replaceChildren();
  if (findings.length === 0) return;
  if (shown.length === 0) {
    container.append(el(document, 'p', { className: 'empty', text: 'No findings match the filters.' }));
  }
  for (const risk of RISKS) {
    const group = shown.filter(f => f.risk === risk);
    if (!group.length) continue;
    const section = el(document, 'section', { className: `risk-group risk-${risk}`, attrs: { 'aria-labelledby': `group-${risk}` } });
    section.append(el(document, 'h3', { text: `${RISK_NAMES[risk]} (${group.length})`, attrs: { id: `group-${risk}` } }));
    const list = el(document, 'ul', { className: 'finding-list' });
    for (const finding of group) list.append(renderFinding(document, finding, { applied, handlers }));
    section.append(list);
    container.append(section);
  }
  if (focused) container.querySelector(`[data-key="${CSS_escape(focused)}"]`)?.focus();
}

function CSS_escape(value) {
  return value.replace(/["\\]/g, '\\$&');
}

/** Fills the clause-type filter with the types present, keeping the current choice. */
export function renderClauseTypeOptions(select, findings) {
  const document = select.ownerDocument;
  const current = select.value;
  const types = [...new Set(findings.map(f => f.clauseType).filter(Boolean))].sort();
  select.replaceChildren(el(document, 'option', { text: 'All clause types', attrs: { value: '' } }));
  for (const t of types) select.append(el(document, 'option', { text: clauseTypeLabel(t), attrs: { value: t } }));
  select.value = types.includes(current) ? current : '';
}

/** Writes the counts into the risk filter labels (elements with data-count="high" etc.). */
export function renderCounts(root, findings) {
  const counts = countsByRisk(findings);
  for (const risk of RISKS) {
    const node = root.querySelector(`[data-count="${risk}"]`);
    if (node) node.textContent = String(counts[risk]);
  }
}
