// The embeddable word cloud (/embed/cloud?window=7d) for intranet pages to put in an iframe.
// It signs in like the dashboard: each viewer uses their own account, kept in this frame's
// sessionStorage for the life of the tab, so it shows only what that person may see and no
// shared secret ever sits in an intranet page's HTML.

import { api, onUnauthorized } from './api.js';
import { showCloud } from './cloud.js';
import { h, mount } from './dom.js';
import { time } from './format.js';
import { listen } from './live.js';
import { credentials, signIn, signOut } from './session.js';
import { notice, problemNotice } from './ui.js';
import { windowOf } from './windows.js';

const main = document.getElementById('main');
const query = new URLSearchParams(location.search);
const params = {
  window: windowOf(query.get('window')),
  department: query.get('department') || '',
  source: query.get('source') || '',
  tag: query.get('tag') || '',
};
let live = null;
// While the form checks credentials, its own message explains a 401.
let signingIn = false;

async function show() {
  const box = h('div', { class: 'cloud', 'data-testid': 'cloud' }, h('p', { class: 'loading' }, 'Drawing the cloud…'));
  const updated = h('span', null);
  mount(main, box, h('p', { class: 'embed-caption' },
    h('span', null, `Trending in the last ${params.window} · updated `, updated),
    h('a', { href: '/#/overview', target: '_blank', rel: 'noopener' }, 'Groundswell')));
  const load = async () => {
    try {
      await showCloud(box, params, {
        topicHref: (word) => `/#/topic/${encodeURIComponent(word.key || word.text)}?window=${params.window}`,
        linkTarget: '_blank',
      });
      updated.textContent = time(new Date());
    } catch (error) {
      mount(box, problemNotice(error, 'the word cloud'));
    }
  };
  await load();
  live = listen({ onEvent: (event) => { if (event.type === 'changed') load(); } });
}

function showSignIn(message) {
  if (live) live.stop();
  const username = h('input', { id: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('div', { 'aria-live': 'assertive' }, message ? notice(message, 'error') : null);
  mount(main, h('form', {
    class: 'signin card',
    onsubmit: async (event) => {
      event.preventDefault();
      signIn(username.value.trim(), password.value);
      signingIn = true;
      try {
        await api.get('/api/me');
        signingIn = false;
        show();
      } catch (failure) {
        signingIn = false;
        signOut();
        mount(error, notice(failure.status === 401 ? 'That username and password do not match an account.' : failure.message, 'error'));
      }
    },
  },
  h('h1', null, 'Sign in to see what is trending'),
  error,
  h('div', { class: 'field' }, h('label', { for: 'username' }, 'Username'), username),
  h('div', { class: 'field' }, h('label', { for: 'password' }, 'Password'), password),
  h('button', { type: 'submit', class: 'button button-primary' }, 'Sign in')));
}

onUnauthorized(() => {
  if (signingIn) return;
  signOut();
  showSignIn('Your session has ended; please sign in again.');
});

if (credentials()) show();
else showSignIn();
