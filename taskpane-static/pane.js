// The pane's wiring: sign-in, review, progress, findings, go to clause, apply. Word is reached only through
// word.js, the server only through api.js, and every failure is worded by errors.js.

import { createApi } from './api.js';
import { createWord, ClauseChangedError } from './word.js';
import { createApplier } from './apply.js';
import { followReview } from './events.js';
import { describeError } from './errors.js';
import { RISKS, createFindingsState, renderFindings, renderClauseTypeOptions, renderCounts, clauseTypeLabel } from './findings.js';

const CAPABILITY_NOTES = {
  tracked: 'Suggestions are applied as tracked changes with the counterparty comment.',
  ooxml: 'This Word cannot switch Track Changes from the pane: turn Track Changes off before applying. Each suggestion brings its own tracked change by your firm\'s author.',
  none: 'This Word cannot apply suggestions from the pane: copy a suggestion or download the redlined document.',
};

/**
 * Starts the pane in `document` once Office reports Word.
 * @param {object} deps the page's document, the Office and Word globals, fetch (all injectable for tests)
 * @returns {Promise<object|null>} the pane's controller, or null when not in Word
 */
export async function startPane({ document, office = globalThis.Office, word = globalThis.Word, fetchImpl, navigator = globalThis.navigator, subtle } = {}) {
  const $ = id => document.getElementById(id);
  $('starting').hidden = true;
  if (!office?.onReady) {
    $('not-word').hidden = false;
    return null;
  }
  const info = await office.onReady();
  if (info?.host !== office.HostType.Word) {
    $('not-word').hidden = false;
    return null;
  }

  const findings = createFindingsState();
  const filters = { risks: new Set(RISKS), clauseType: '' };
  let reviewId = null;
  let lastReview = null;
  let lastAction = null;
  let playbooksLoaded = false;
  let busy = false;

  const wordApi = createWord({ office, word, ...(subtle ? { subtle } : {}) });
  const api = createApi({ ...(fetchImpl ? { fetchImpl } : {}), onUnauthorized: () => showSignIn() });
  const applier = createApplier({ word: wordApi, api, reviewId: () => reviewId });
  const capabilities = wordApi.capabilities();

  $('app').hidden = false;
  $('capability').textContent = CAPABILITY_NOTES[capabilities.apply];
  showSignIn();

  function showSignIn() {
    $('sign-in').hidden = false;
    $('review').hidden = true;
    $('email').focus?.();
  }

  let retryTimer = null;
  function showError(error, retry) {
    const message = describeError(error, { online: navigator?.onLine ?? true });
    $('alert-title').textContent = message.title;
    $('alert-detail').textContent = message.detail;
    const retryButton = $('alert-retry');
    retryButton.hidden = !(message.action === 'retry' && retry);
    $('alert-rereview').hidden = message.action !== 're-review' || !lastReview;
    clearInterval(retryTimer);
    lastAction = retry ?? null;
    if (!retryButton.hidden && message.retryAfterSeconds) {
      let left = message.retryAfterSeconds;
      retryButton.disabled = true;
      retryButton.textContent = `Try again in ${left} s`;
      retryTimer = setInterval(() => {
        left--;
        if (left <= 0) {
          clearInterval(retryTimer);
          retryButton.disabled = false;
          retryButton.textContent = 'Try again';
        } else {
          retryButton.textContent = `Try again in ${left} s`;
        }
      }, 1000);
    } else {
      retryButton.disabled = false;
      retryButton.textContent = 'Try again';
    }
    $('alert').hidden = false;
    if (message.action === 'sign-in') showSignIn();
    return message;
  }

  function clearError() {
    clearInterval(retryTimer);
    $('alert').hidden = true;
  }

  function status(text) {
    $('progress-area').hidden = false;
    $('status').textContent = text;
  }

  function render() {
    const all = findings.all();
    $('results').hidden = all.length === 0;
    $('download-redline').hidden = lastReview !== 'document';
    renderCounts($('results'), all);
    renderClauseTypeOptions($('clause-type'), all);
    filters.clauseType = $('clause-type').value;
    renderFindings($('findings'), { findings: all, filters, applied: applier.isApplied, handlers: { onGoTo: goTo, onApply: applyOne, onCopy: copy } });
  }

  async function guarded(action) {
    if (busy) return;
    busy = true;
    setBusy(true);
    try {
      clearError();
      await action();
    } catch (error) {
      showError(error, error.resume ?? action);
    } finally {
      busy = false;
      setBusy(false);
    }
  }

  function setBusy(on) {
    for (const id of ['review-document', 'review-selection', 'apply-all', 'download-redline']) $(id).disabled = on;
    document.body.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  async function loadPlaybooks() {
    const list = await api.playbooks();
    const select = $('playbook');
    select.replaceChildren();
    for (const p of list) {
      const option = document.createElement('option');
      option.value = p.id;
      option.textContent = p.isDefault ? `${p.name ?? p.id} (firm default)` : (p.name ?? p.id);
      if (p.version == null) option.disabled = true;
      select.append(option);
    }
    const preferred = list.find(p => p.isDefault && p.version != null) ?? list.find(p => p.version != null);
    if (preferred) select.value = preferred.id;
    playbooksLoaded = true;
  }

  $('sign-in-form').addEventListener('submit', event => {
    event.preventDefault();
    guarded(async () => {
      const { passwordChangeRequired } = await api.signIn($('email').value.trim(), $('password').value);
      $('password').value = '';
      $('sign-in').hidden = true;
      $('review').hidden = false;
      if (!playbooksLoaded) await loadPlaybooks();
      if (passwordChangeRequired) status('Your password must be changed: ask your administrator or use the Clausewarden command line.');
    });
  });

  async function review(kind) {
    lastReview = kind;
    const playbookId = $('playbook').value || undefined;
    let started;
    if (kind === 'document') {
      status('Reading the document from Word…');
      const blob = await wordApi.readDocument();
      status('Uploading the document…');
      started = await api.reviewDocument(blob, playbookId);
    } else {
      const clauses = await wordApi.selectedClauses();
      if (!clauses.length) {
        status('Select the paragraphs to review first.');
        return;
      }
      status(`Sending ${clauses.length} selected paragraph${clauses.length === 1 ? '' : 's'}…`);
      started = await api.reviewClauses(clauses, playbookId);
    }
    // Only a review that started replaces the findings on screen.
    reviewId = started.id;
    findings.clear();
    render();
    try {
      await follow();
    } catch (error) {
      // The review runs on the server: trying again follows it rather than starting another.
      error.resume = follow;
      throw error;
    }
  }

  async function follow() {
    const progress = $('progress');
    status('Review started…');
    const outcome = await followReview({
      api,
      id: reviewId,
      onProgress: ({ done, total, stage }) => {
        progress.max = Math.max(1, total);
        progress.value = done;
        status(stage === 'model' ? `Checking with the model: ${done} of ${total}` : `Reading clauses: ${done} of ${total}`);
      },
      onFinding: finding => {
        if (findings.add(finding)) render();
      },
    });
    if (outcome.status === 'failed') {
      status('The review failed on the server. Try again.');
    } else {
      progress.value = progress.max;
      status(`Review complete: ${findings.size()} finding${findings.size() === 1 ? '' : 's'}.`);
    }
  }

  function goTo(finding) {
    guarded(async () => {
      try {
        await wordApi.goTo(finding);
        status(`Selected the ${clauseTypeLabel(finding.clauseType).toLowerCase()} clause in the document.`);
      } catch (error) {
        if (error instanceof ClauseChangedError) status('This clause changed since the review.');
        throw error;
      }
    });
  }

  function applyOne(finding) {
    guarded(async () => {
      const outcome = await applier.applyOne(finding);
      render();
      status(outcome.path === 'inserted'
        ? `Inserted as a tracked clause: ${clauseTypeLabel(finding.clauseType)}.`
        : outcome.path === 'tracked'
          ? `Applied as tracked changes: ${clauseTypeLabel(finding.clauseType)}.`
          : `Applied with your firm's tracked changes: ${clauseTypeLabel(finding.clauseType)}.`);
    });
  }

  $('apply-all').addEventListener('click', () => guarded(async () => {
    const outcome = await applier.applyAll(findings.all(), ({ done, total }) => status(`Applying suggestions: ${done} of ${total}`));
    render();
    if (outcome.failed) {
      const failed = findings.get(outcome.failed.id);
      status(`Applied ${outcome.applied.length}; stopped at ${clauseTypeLabel(failed?.clauseType)}.`);
      throw outcome.failed.error;
    }
    status(`Applied ${outcome.applied.length} suggestion${outcome.applied.length === 1 ? '' : 's'}.`);
  }));

  function copy(finding) {
    guarded(async () => {
      if (!navigator?.clipboard?.writeText) throw Object.assign(new Error('no clipboard'), { name: 'ClipboardUnavailable' });
      await navigator.clipboard.writeText(finding.suggestedText);
      status('Suggested text copied.');
    });
  }

  $('download-redline').addEventListener('click', () => guarded(async () => {
    const blob = await api.redline(reviewId);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'redlined.docx';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status('The redlined document is downloading.');
  }));

  $('review-document').addEventListener('click', () => guarded(() => review('document')));
  $('review-selection').addEventListener('click', () => guarded(() => review('selection')));
  $('alert-dismiss').addEventListener('click', clearError);
  $('alert-retry').addEventListener('click', () => lastAction && guarded(lastAction));
  $('alert-rereview').addEventListener('click', () => lastReview && guarded(() => review(lastReview)));
  for (const box of document.querySelectorAll('input[name="risk"]')) {
    box.addEventListener('change', () => {
      if (box.checked) filters.risks.add(box.value);
      else filters.risks.delete(box.value);
      render();
    });
  }
  $('clause-type').addEventListener('change', () => render());

  return { api, word: wordApi, applier, findings, review, showError, get reviewId() { return reviewId; } };
}
