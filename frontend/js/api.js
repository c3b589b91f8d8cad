// The one way the dashboard talks to the API: the header that keeps the browser's own password
// dialog away, and problem+json errors turned into ApiError. Who is signed in travels in the
// session cookie, which fetch() sends to this origin by itself (see session.js).

export class ApiError extends Error {
  constructor(status, problem, retryAfter = null) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    /** Seconds to wait before trying again, from a 429's Retry-After; null when not said. */
    this.retryAfter = retryAfter;
  }

  /** The message of the field (e.g. 'newPassword') in a validation problem, or null. */
  fieldMessage(field) {
    const found = (this.problem.errors || []).find((e) => e.field === field);
    return found ? found.message : null;
  }
}

/** Retry-After in seconds; the HTTP-date form is turned into seconds from now. */
function retryAfterSeconds(response) {
  const value = response.headers.get('Retry-After');
  if (!value) return null;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : Math.ceil((Date.parse(value) - Date.now()) / 1000);
  return Number.isFinite(seconds) ? Math.max(1, seconds) : null;
}

const listeners = new Set();

/** Called with no argument whenever the API answers 401: the session is over. */
export function onUnauthorized(listener) {
  listeners.add(listener);
}

export function headers(extra) {
  return { 'X-Requested-With': 'XMLHttpRequest', ...extra };
}

/** '/api/x' plus the non-empty parameters; arrays repeat the parameter. */
export function url(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => query.append(name, v));
    else query.append(name, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function request(method, path, { params, body, contentType, accept = 'application/json', signal } = {}) {
  const init = { method, headers: headers({ Accept: accept }), signal };
  if (body !== undefined) {
    if (body instanceof Blob || typeof body === 'string') {
      init.body = body;
      if (contentType) init.headers['Content-Type'] = contentType;
    } else {
      init.body = JSON.stringify(body);
      init.headers['Content-Type'] = 'application/json';
    }
  }
  const response = await fetch(url(path, params), init);
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      // Not every error has a body, e.g. a proxy's.
    }
    if (response.status === 401) listeners.forEach((listener) => listener());
    throw new ApiError(response.status, problem, retryAfterSeconds(response));
  }
  return response;
}

async function json(method, path, options) {
  const response = await request(method, path, options);
  return response.status === 204 ? null : response.json();
}

export const api = {
  get: (path, params, options) => json('GET', path, { ...options, params }),
  post: (path, body, params) => json('POST', path, { body, params }),
  put: (path, body) => json('PUT', path, { body }),
  patch: (path, body) => json('PATCH', path, { body }),
  del: (path) => json('DELETE', path),
  blob: async (path, params, options) => (await request('GET', path, { ...options, params, accept: 'image/png' })).blob(),
  upload: async (path, file, contentType, params) => {
    const response = await request('POST', path, { body: file, contentType, params });
    return response.status === 204 ? null : response.json();
  },
};
