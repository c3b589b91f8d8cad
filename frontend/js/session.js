// Credentials live in sessionStorage: they last as long as the tab, never reach other tabs or a
// later visit, and go out only as an Authorization header on the dashboard's own requests.

const KEY = 'groundswell.credentials';

export function credentials() {
  return sessionStorage.getItem(KEY);
}

export function signIn(username, password) {
  // btoa takes Latin-1 only: encode UTF-8 first so any password works.
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  sessionStorage.setItem(KEY, btoa(binary));
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}
