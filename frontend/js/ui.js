// Pieces several views share: cards, notices, post rows and the star rating control.

import { api, ApiError } from './api.js';
import { h, mount } from './dom.js';
import { date, ratingText } from './format.js';

export function card(title, ...body) {
  const heading = title ? h('h2', { class: 'card-title' }, title) : null;
  return h('section', { class: 'card' }, heading, body);
}

export function notice(text, kind = 'info') {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : null }, text);
}

/** What to tell a person about a failed call, without blaming them for the server's state. */
export function problemNotice(error, what = 'this') {
  if (error instanceof ApiError) {
    if (error.status === 403) return notice(`Your role does not allow you to see ${what}.`, 'warn');
    if (error.status === 503) return notice('The server is still preparing its search index; try again in a moment.', 'warn');
    return notice(error.message, 'error');
  }
  return notice(`Could not load ${what}: ${error.message || error}`, 'error');
}

export function emptyState(text) {
  return h('p', { class: 'empty' }, text);
}

/** A post in a list: title link, who and when, and its rating summary. */
export function postRow(post, { extra } = {}) {
  const author = post.author || {};
  return h('li', { class: 'post-row' },
    h('a', { class: 'post-title', href: `#/post/${post.id}` }, post.title),
    h('p', { class: 'meta' },
      [author.displayName || author.id, author.department, post.source, date(post.createdAt)]
        .filter(Boolean).join(' · ')),
    post.rating ? h('p', { class: 'rating-line' }, ratingText(post.rating)) : null,
    extra || null);
}

/**
 * Five star buttons for one post. mine is the caller's current stars (0 for none); onChange gets
 * the new summary and stars after a rating or a withdrawal. Real buttons, so keyboard and screen
 * readers work without extra code.
 */
export function starRating(postId, mine, onChange, { compact = false } = {}) {
  const root = h('div', { class: `stars${compact ? ' stars-compact' : ''}`, role: 'group', 'aria-label': 'Your rating' });
  let current = mine || 0;
  let busy = false;

  async function rate(stars) {
    if (busy) return;
    busy = true;
    try {
      const view = await api.put(`/api/posts/${postId}/rating`, { stars });
      current = view.stars;
      draw();
      onChange(view.summary, current);
    } catch (error) {
      toast(error.message || 'Could not save the rating');
    } finally {
      busy = false;
    }
  }

  async function withdraw() {
    if (busy) return;
    busy = true;
    try {
      await api.del(`/api/posts/${postId}/rating`);
      current = 0;
      draw();
      const post = await api.get(`/api/posts/${postId}`);
      onChange(post.rating, 0);
    } catch (error) {
      toast(error.message || 'Could not withdraw the rating');
    } finally {
      busy = false;
    }
  }

  function draw() {
    const buttons = [1, 2, 3, 4, 5].map((n) => h('button', {
      type: 'button', class: `star${n <= current ? ' star-on' : ''}`,
      'aria-pressed': String(n === current), 'aria-label': `${n} of 5 stars`, title: `${n} of 5 stars`,
      onclick: () => rate(n),
    }, n <= current ? '★' : '☆'));
    mount(root, buttons,
      current && !compact ? h('button', { type: 'button', class: 'button button-quiet withdraw', onclick: withdraw }, 'Withdraw') : null);
  }

  draw();
  return root;
}

let toastTimer = null;

/** A short message at the bottom of the screen, read out by screen readers. */
export function toast(text) {
  const el = document.getElementById('toast');
  if (!el) return;
  el.textContent = text;
  el.classList.add('toast-on');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.classList.remove('toast-on'), 4000);
}

/** A row of toggle buttons, one pressed: the window switch. */
export function segmented(label, options, selected, onSelect) {
  return h('div', { class: 'segmented', role: 'group', 'aria-label': label },
    options.map((option) => h('button', {
      type: 'button', class: 'segment', 'aria-pressed': String(option === selected),
      onclick: () => onSelect(option),
    }, option)));
}

/** A labelled select with an "all" option; onChange gets the value ('' for all). */
export function filterSelect(label, values, selected, onChange) {
  const id = `filter-${label.toLowerCase().replace(/\W+/g, '-')}`;
  const options = [...new Set([...(selected ? [selected] : []), ...values])];
  return h('div', { class: 'field field-inline' },
    h('label', { for: id }, label),
    h('select', { id, onchange: (e) => onChange(e.target.value) },
      h('option', { value: '' }, 'All'),
      options.map((value) => h('option', { value, selected: value === selected }, value))));
}
