// Post: read it, rate it 1–5 stars, change or withdraw the rating, and see the summary move.

import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { dateTime, oneDecimal, plural } from '../format.js';
import { card, problemNotice, starRating } from '../ui.js';

export async function render(main, ctx) {
  const id = ctx.args[0];
  let post;
  try {
    post = await api.get(`/api/posts/${encodeURIComponent(id)}`);
  } catch (error) {
    mount(main, h('div', { class: 'page' }, h('h1', null, 'Post'), problemNotice(error, 'this post')));
    return;
  }
  ctx.setTitle(post.title);
  let mine = 0;
  try {
    mine = (await api.get(`/api/posts/${post.id}/rating`)).stars;
  } catch {
    // 404: not rated by this person yet.
  }
  const summary = h('div', { class: 'rating-summary', 'data-testid': 'rating-summary', 'aria-live': 'polite' });
  const showSummary = (rating, stars) => mount(summary,
    h('p', { class: 'big-number' }, rating.count ? `${oneDecimal(rating.mean)}★` : '—'),
    h('p', null, rating.count ? `average of ${plural(rating.count, 'rating', 'ratings')}` : 'No ratings yet'),
    h('p', { class: 'card-note' }, `Score ${oneDecimal(rating.score)}: the average pulled toward 3★ while ratings are few.`),
    h('p', { class: 'your-rating' }, stars ? `You rated it ${stars}★.` : 'You have not rated it.'));
  showSummary(post.rating, mine);

  const author = post.author || {};
  mount(main, h('div', { class: 'page post-page' },
    h('article', { class: 'card post' },
      h('h1', { class: 'post-heading', 'data-testid': 'post-title' }, post.title),
      h('p', { class: 'meta' }, [author.displayName || author.id, author.department, post.source, dateTime(post.createdAt)].filter(Boolean).join(' · ')),
      (post.tags || []).length ? h('ul', { class: 'tags', 'aria-label': 'Tags' }, post.tags.map((t) => h('li', { class: 'tag' }, t))) : null,
      h('div', { class: 'post-body' }, body(post)),
      safeUrl(post.url) ? h('p', null, h('a', { href: post.url, rel: 'noopener noreferrer', target: '_blank' }, `Open it in ${post.source}`)) : null),
    card('Rate this post',
      h('p', { class: 'card-note' }, 'How useful or important is it? Only you see your own rating.'),
      starRating(post.id, mine, showSummary),
      summary)));
}

/** Bodies are shown as the plain text the server derives (HTML reduced to its text, Markdown as written). */
function body(post) {
  return (post.text || '').split(/\n{2,}/).map((paragraph) => h('p', null, paragraph));
}

function safeUrl(value) {
  return typeof value === 'string' && /^https?:\/\//i.test(value);
}

