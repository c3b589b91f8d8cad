// The shell: who is signed in, what they may see, and which view the address shows.

import { ApiError, onUnauthorized } from './api.js';
import { h, mount } from './dom.js';
import { currentAccount, signOut } from './session.js';
import { signInForm, signingIn } from './signin.js';
import { notice, problemNotice } from './ui.js';
import * as homeView from './views/home.js';
import * as overview from './views/overview.js';
import * as topic from './views/topic.js';
import * as search from './views/search.js';
import * as post from './views/post.js';
import * as me from './views/me.js';
import * as admin from './views/admin.js';
import * as account from './views/account.js';

/** Routes: the role a view needs (none: anyone signed in), and whether it shows in the navigation. */
const ROUTES = {
  home: { view: homeView, role: 'employee', nav: 'Home' },
  overview: { view: overview, role: 'leader', nav: 'Overview' },
  topic: { view: topic, role: 'employee' },
  search: { view: search, role: 'employee', nav: 'Search' },
  post: { view: post, role: 'employee' },
  me: { view: me, role: 'employee', nav: 'Me' },
  admin: { view: admin, role: 'admin', nav: 'Admin' },
  account: { view: account },
};

const main = document.getElementById('main');
let person = null;
let leaving = [];
// The address of the last view that was not a post, so that a post links back to the list it was
// opened from (a search with its query, a topic with its window) however many posts were read
// since; kept for the tab, so a reload keeps it too.
const FROM_KEY = 'groundswell.from';

/** '#/topic/kubernetes?window=7d' → {name: 'topic', args: ['kubernetes'], query: URLSearchParams}. */
function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const cut = hash.indexOf('?');
  const path = cut < 0 ? hash : hash.slice(0, cut);
  const [name, ...args] = path.split('/').filter(Boolean);
  return { name: name || '', args: args.map(decodeSegment), query: new URLSearchParams(cut < 0 ? '' : hash.slice(cut + 1)) };
}

/** A path segment as written; a malformed escape (a hand-typed "%") is kept rather than thrown. */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function navigate(path) {
  if (location.hash === `#${path}`) route();
  else location.hash = path;
}

function may(role) {
  return !!person && (!role || person.roles.includes(role));
}

/** Leaders start on the overview of the organisation, everyone else on their home. */
function home() {
  return may('leader') ? '/overview' : '/home';
}

function renderNav(current) {
  const nav = document.getElementById('nav');
  const items = Object.entries(ROUTES)
    .filter(([, r]) => r.nav && may(r.role))
    .map(([name, r]) => h('a', {
      href: `#/${name}`, class: 'nav-link', 'aria-current': name === current ? 'page' : null,
    }, r.nav));
  mount(nav, items);
  nav.hidden = false;
  const accountName = document.getElementById('account-name');
  accountName.textContent = person.displayName || person.name;
  accountName.title = person.displayName ? `Signed in as ${person.name}` : '';
  // The visible name starts the link's name, so speech input finds it by what it shows.
  accountName.setAttribute('aria-label', `${accountName.textContent}: your account and password`);
  if (current === 'account') accountName.setAttribute('aria-current', 'page');
  else accountName.removeAttribute('aria-current');
  document.getElementById('account').hidden = false;
}

function hideShell() {
  document.getElementById('nav').hidden = true;
  document.getElementById('account').hidden = true;
}

async function route() {
  leaving.forEach((stop) => stop());
  leaving = [];
  if (!person) {
    // Whether this browser holds a session: the cookie is HttpOnly, so only the server can say.
    try {
      person = await currentAccount();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return; // onUnauthorized shows the form
      mount(main, problemNotice(error, 'your account'));
      return;
    }
    if (!person) {
      showSignIn();
      return;
    }
  }
  const { name, args, query } = parseHash();
  const entry = ROUTES[name];
  // A generated password must be replaced before anything else: the API refuses the rest anyway.
  if (person.passwordChangeRequired && name !== 'account') {
    navigate('/account');
    return;
  }
  if (!entry) {
    navigate(home());
    return;
  }
  renderNav(entry.nav || name === 'account' ? name : null);
  if (!may(entry.role)) {
    document.title = 'Not allowed · Groundswell';
    mount(main, h('div', { class: 'page' }, h('h1', null, 'Not allowed'),
      notice('Your role does not include this page.', 'warn'), h('p', null, h('a', { href: `#${home()}` }, 'Go to your start page'))));
    return;
  }
  if (name !== 'post') sessionStorage.setItem(FROM_KEY, location.hash);
  const context = {
    me: person, args, query, navigate, may, from: sessionStorage.getItem(FROM_KEY),
    setTitle: (title) => { document.title = `${title} · Groundswell`; },
    onLeave: (stop) => leaving.push(stop),
    /** Reads who I am again (after a forced change of password) and goes to my start page. */
    refreshMe: () => {
      person = null;
      navigate('/');
    },
  };
  mount(main);
  try {
    await entry.view.render(main, context);
  } catch (error) {
    mount(main, h('div', { class: 'page' }, problemNotice(error, 'this page')));
  }
  if (document.activeElement === document.body) main.focus({ preventScroll: true });
}

function showSignIn(message) {
  hideShell();
  person = null;
  sessionStorage.removeItem(FROM_KEY);
  document.title = 'Sign in · Groundswell';
  const form = signInForm({
    heading: 'Sign in',
    lead: 'What your organisation finds important, now — surfaced by the people who work in it.',
    hint: 'Demo accounts are listed in the server log when demo mode seeds its data.',
    message,
    onSignedIn: (account) => {
      person = account;
      route();
    },
  });
  mount(main, h('div', { class: 'signin-page' }, form));
  form.elements.username.focus();
}

onUnauthorized(() => {
  // The server has already ended the session (expired, signed out elsewhere, account disabled).
  if (signingIn()) return;
  leaving.forEach((stop) => stop());
  leaving = [];
  showSignIn('Your session has ended; please sign in again.');
});

document.getElementById('sign-out').addEventListener('click', async () => {
  person = null;
  leaving.forEach((stop) => stop());
  leaving = [];
  await signOut();
  history.replaceState(null, '', '#/');
  showSignIn();
});

window.addEventListener('hashchange', route);
route();
