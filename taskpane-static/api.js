// The pane's client of the Clausewarden API. The access token lives in this module's memory only: never in
// localStorage, sessionStorage, IndexedDB or a cookie. Closing the pane forgets it.

export const API_BASE = '/api/v1';

/** A non-2xx answer; `problem` is the RFC 9457 body when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem, retryAfterSeconds) {
    super(problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** fetch itself failed: the server is unreachable or its certificate is not trusted (browsers do not say which). */
export class NetworkError extends Error {
  constructor(cause) {
    super('The server could not be reached.');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

/** Retry-After as seconds: delta-seconds or an HTTP date. */
export function retryAfterSeconds(value, now = Date.now()) {
  if (value == null || value === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

async function problemOf(response) {
  const type = response.headers.get('content-type') || '';
  if (!type.includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * @param {object} options
 * @param {typeof fetch} options.fetchImpl
 * @param {() => void} options.onUnauthorized called on a 401 from a signed-in call (the pane shows sign-in
 *        again, keeping what is on screen)
 * @param {(refreshToken: string) => Promise<object>} options.refresh exchanges a refresh token for new tokens;
 *        absent until the server offers refresh tokens
 */
export function createApi({ fetchImpl = (...args) => globalThis.fetch(...args), base = API_BASE, onUnauthorized = () => {}, refresh = null } = {}) {
  let session = null; // {accessToken, refreshToken, expiresAt}

  function accept(tokens) {
    session = {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token ?? null,
      expiresAt: tokens.expires_in ? Date.now() + tokens.expires_in * 1000 : null,
    };
  }

  async function send(path, { method = 'GET', headers = {}, body, signal, auth = true } = {}) {
    const all = { Accept: 'application/json, application/problem+json', ...headers };
    if (auth && session) all.Authorization = `Bearer ${session.accessToken}`;
    let response;
    try {
      response = await fetchImpl(base + path, { method, headers: all, body, signal, credentials: 'omit', cache: 'no-store' });
    } catch (error) {
      if (error?.name === 'AbortError') throw error;
      throw new NetworkError(error);
    }
    if (response.status === 401 && auth && session?.refreshToken && refresh) {
      try {
        accept(await refresh(session.refreshToken));
        return send(path, { method, headers, body, signal, auth });
      } catch {
        // fall through to sign-in
      }
    }
    if (!response.ok) {
      const problem = await problemOf(response);
      if (response.status === 401 && auth) {
        session = null;
        onUnauthorized();
      }
      throw new ApiError(response.status, problem, retryAfterSeconds(response.headers.get('retry-after')));
    }
    return response;
  }

  const json = async (path, options) => (await send(path, options)).json();

  return {
    isSignedIn: () => session !== null,

    async signIn(email, password) {
      const tokens = await json('/auth/login', {
        method: 'POST',
        auth: false,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      accept(tokens);
      return { passwordChangeRequired: Boolean(tokens.password_change_required) };
    },

    signOut() {
      session = null;
    },

    playbooks: () => json('/playbooks'),

    /** Starts a review of the whole .docx; answers {id, status, events}. */
    async reviewDocument(blob, playbookId, fileName = 'document.docx') {
      const form = new FormData();
      form.append('file', blob, fileName);
      if (playbookId) form.append('playbookId', playbookId);
      return json('/reviews', { method: 'POST', headers: { Prefer: 'respond-async' }, body: form });
    },

    /** Starts a review of the given clauses; answers {id, status, events}. */
    reviewClauses(clauses, playbookId) {
      return json('/reviews', {
        method: 'POST',
        headers: { Prefer: 'respond-async', 'Content-Type': 'application/json' },
        body: JSON.stringify(playbookId ? { clauses, playbookId } : { clauses }),
      });
    },

    /** {status: 200, report} when done, {status: 202, state} while running. */
    async review(id) {
      const response = await send(`/reviews/${encodeURIComponent(id)}`);
      const body = await response.json();
      return response.status === 200 ? { done: true, report: body } : { done: false, state: body };
    },

    events: (id, signal) => send(`/reviews/${encodeURIComponent(id)}/events`, { headers: { Accept: 'text/event-stream' }, signal }),

    operations: (id, findingId) => json(`/reviews/${encodeURIComponent(id)}/findings/${encodeURIComponent(findingId)}/operations`),

    async ooxml(id, findingId) {
      const response = await send(`/reviews/${encodeURIComponent(id)}/findings/${encodeURIComponent(findingId)}/ooxml`, {
        headers: { Accept: 'application/xml, application/problem+json' },
      });
      return response.text();
    },

    async redline(id, findingIds) {
      const query = findingIds?.length ? `?findings=${findingIds.map(encodeURIComponent).join(',')}` : '';
      const response = await send(`/reviews/${encodeURIComponent(id)}/redline.docx${query}`, {
        headers: { Accept: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/problem+json' },
      });
      return response.blob();
    },
  };
}
