// The embeddable word cloud (/embed/cloud?window=7d) for intranet pages to put in an iframe.
// It signs in like the dashboard: each viewer uses their own account and session cookie, so it
// shows only what that person may see and no shared secret ever sits in an intranet page's HTML.
// The cookie is SameSite=Strict: the frame is signed in where the page around it is on the same
// site as Groundswell (e.g. intranet.example.com around groundswell.example.com).

import { onUnauthorized } from './api.js';
import { showCloud } from './cloud.js';
import { h, mount } from './dom.js';
import { time } from './format.js';
import { listen } from './live.js';
import { currentAccount } from './session.js';
import { signInForm, signingIn } from './signin.js';
import { problemNotice } from './ui.js';
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

async function show() {
  const box = h('div', { class: 'cloud', 'data-testid': 'cloud' }, h('p', { class: 'loading' }, 'Drawing the cloud…'));
  const updated = h('span', null);
  mount(main, box, h('p', { class: 'embed-caption' },
    h('span', null, `Trending in the last ${params.window} · updated `, updated),
    h('a', { href: '/#/', target: '_blank', rel: 'noopener' }, 'Groundswell')));
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
  const form = signInForm({ heading: 'Sign in to see what is trending', message, onSignedIn: show });
  mount(main, form);
  form.elements.username.focus();
}

onUnauthorized(() => {
  if (signingIn()) return;
  showSignIn('Your session has ended; please sign in again.');
});

async function start() {
  let account = null;
  try {
    account = await currentAccount();
  } catch (error) {
    mount(main, problemNotice(error, 'your session'));
    return;
  }
  if (account) show();
  else showSignIn();
}

start();
