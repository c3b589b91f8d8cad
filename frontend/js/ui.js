// Pieces several views share: cards, notices and post rows (with my stars, from js/stars.js).

import { api, ApiError } from './api.js';
import { h, mount } from './dom.js';
import { date, ratingText } from './format.js';
import { starRating } from './stars.js';

export { starRating };

export function card(title, ...body) {
  const heading = title ? h('h2', { class: 'card-title' }, title) : null;
  return h('section', { class: 'card' }, heading, body);
}

export function notice(text, kind = 'info') {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : null }, text);
}

/**
 * What to tell a person about a failed call, without blaming them for the server's state. missing,
 * when given, is what a 404 means on this page (e.g. "This post does not exist or was removed.").
 */
export function problemNotice(error, what = 'this', { missing } = {}) {
  if (error instanceof ApiError) {
    // A slice refused to protect people's privacy says why; a role refusal says only that.
    if (error.status === 403 && error.problem.type === '/problems/privacy') return notice(error.message, 'warn');
    if (error.status === 403) return notice(`Your role does not allow you to see ${what}.`, 'warn');
    if (error.status === 404 && missing) return notice(missing, 'warn');
    if (error.status === 503) return notice('The server is still preparing its search index; try again in a moment.', 'warn');
    return notice(error.message, 'error');
  }
  return notice(`Could not load ${what}: ${error.message || error}`, 'error');
}

/**
 * The attributes of a box that scrolls sideways on a narrow screen (a wide table): a named region
 * that keyboard users can focus and scroll.
 */
export function scrollRegion(label) {
  return { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': label };
}

export function emptyState(text) {
  return h('p', { class: 'empty' }, text);
}

/**
 * A post in a list: title link, who and when, its average rating and my own stars (stars: false
 * leaves them out, e.g. for my own posts; mine is my rating when the caller knows it).
 */
export function postRow(post, { extra, stars = true, mine = null } = {}) {
  const author = post.author || {};
  const average = post.rating ? h('p', { class: 'rating-line' }, ratingText(post.rating)) : null;
  return h('li', { class: 'post-row' },
    h('a', { class: 'post-title', href: `#/post/${post.id}` }, post.title),
    h('p', { class: 'meta' },
      [author.displayName || author.id, author.department, post.source, date(post.createdAt)]
        .filter(Boolean).join(' · ')),
    average,
    stars ? starRating(post.id, mine, (summary) => {
      if (average) average.textContent = ratingText(summary);
    }, { compact: true }) : null,
    extra || null);
}

/** My latest ratings, newest first, each with its stars to change it: for Me and Home. */
export async function recentRatings(limit) {
  try {
    const answer = await api.get('/api/me/ratings', { limit });
    return answer.ratings.length
      ? h('ol', { class: 'post-list', 'data-testid': 'recent-ratings' }, answer.ratings.map((r) => h('li', { class: 'post-row' },
        h('a', { class: 'post-title', href: `#/post/${r.postId}` }, r.title),
        h('p', { class: 'meta' }, `Rated ${date(r.ratedAt)}`),
        starRating(r.postId, r.stars, null, { compact: true }))))
      : emptyState('You have not rated any post yet.');
  } catch (error) {
    return problemNotice(error, 'your ratings');
  }
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

/** A row of toggle buttons, one pressed: the window switch. names: what to show for an option, if not itself. */
export function segmented(label, options, selected, onSelect, names = {}) {
  return h('div', { class: 'segmented', role: 'group', 'aria-label': label },
    options.map((option) => h('button', {
      type: 'button', class: 'segment', 'aria-pressed': String(option === selected),
      onclick: () => onSelect(option),
    }, names[option] || option)));
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
