// The sign-in form of the dashboard and of the embedded word cloud: it starts a session with the
// username and password, keeps neither, and explains a failure in place.

import { h } from './dom.js';
import { signIn } from './session.js';
import { holdUntilRetry, tooManyAttempts } from './throttle.js';
import { notice } from './ui.js';

let checking = false;

/** True while the form checks credentials: its own message then explains the 401. */
export function signingIn() {
  return checking;
}

/**
 * A sign-in form. heading and the optional lead and hint are the page's words; message is shown
 * above the fields (e.g. why the session ended); onSignedIn gets the account, as /api/me answers it.
 */
export function signInForm({ heading, lead, hint, message, onSignedIn }) {
  const error = h('div', { class: 'signin-error', 'aria-live': 'assertive' }, message ? notice(message, 'error') : null);
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Sign in');
  return h('form', {
    class: 'signin card',
    onsubmit: async (event) => {
      event.preventDefault();
      submit.disabled = true;
      checking = true;
      let account;
      try {
        account = await signIn(username.value.trim(), password.value);
      } catch (failure) {
        error.replaceChildren(notice(explain(failure), 'error'));
        if (failure.status === 429) holdUntilRetry(submit, failure.retryAfter);
        else submit.disabled = false;
        password.select();
        return;
      } finally {
        checking = false;
      }
      onSignedIn(account);
    },
  },
  h('h1', null, heading),
  lead ? h('p', { class: 'lead' }, lead) : null,
  error,
  h('div', { class: 'field' }, h('label', { for: 'username' }, 'Username'), username),
  h('div', { class: 'field' }, h('label', { for: 'password' }, 'Password'), password),
  submit,
  hint ? h('p', { class: 'hint' }, hint) : null);
}

function explain(failure) {
  if (failure.status === 401) return 'That username and password do not match an account.';
  if (failure.status === 429) return tooManyAttempts(failure.retryAfter);
  return failure.message;
}
