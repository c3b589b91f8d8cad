// Signing in starts a session on the server, held by the browser in an HttpOnly cookie: page
// scripts never see it, nothing about credentials sits in sessionStorage or localStorage, and
// fetch() sends the cookie with every request to this origin by itself. Signing out ends the
// session on the server, not only in this tab.

import { api } from './api.js';

/** Who is signed in (the body of GET /api/me), or null when this browser holds no session. */
export async function currentAccount() {
  // /api/session answers 204 rather than 401 without a session, so that asking before the
  // sign-in form is shown does not log a failed request in the console.
  return api.get('/api/session');
}

/** Signs in; resolves to the account, or rejects with the ApiError (401, 429) of the refusal. */
export function signIn(username, password) {
  return api.post('/api/session', { username, password });
}

/** Ends the session on the server; the page shows its sign-in form whatever the answer. */
export async function signOut() {
  try {
    await api.del('/api/session');
  } catch {
    // Offline or already ended: the session expires on the server in any case.
  }
}
