// Post: read it formatted, rate it 1–5 stars, change or withdraw the rating and see the summary
// move, go back to the list it was opened from, and find posts like it.

import { api } from '../api.js';
import { h, mount, sanitisedBody } from '../dom.js';
import { dateTime, oneDecimal, plural } from '../format.js';
import { card, emptyState, postRow, problemNotice, starRating } from '../ui.js';

const RELATED = 5;

export async function render(main, ctx) {
  const id = ctx.args[0];
  const back = backLink(ctx.from);
  let post;
  try {
    post = await api.get(`/api/posts/${encodeURIComponent(id)}`);
  } catch (error) {
    mount(main, h('div', { class: 'page' }, back, h('h1', null, 'Post'), problemNotice(error, 'this post', { missing: 'This post does not exist, or it was removed.' })));
    return;
  }
  ctx.setTitle(post.title);
  const summary = h('div', { class: 'rating-summary', 'data-testid': 'rating-summary', 'aria-live': 'polite' });
  // The post's average; my own rating is the star control's, said once, beside the stars.
  const showSummary = (rating) => mount(summary,
    h('p', { class: 'big-number' }, rating.count ? `${oneDecimal(rating.mean)}★` : '—'),
    h('p', null, rating.count ? `average of ${plural(rating.count, 'rating', 'ratings')}` : 'No ratings yet'),
    h('p', { class: 'card-note' }, `Score ${oneDecimal(rating.score)}: the average pulled toward 3★ while ratings are few.`));
  showSummary(post.rating);
  const related = h('div', { 'data-testid': 'related' }, h('p', { class: 'loading' }, 'Loading…'));

  const author = post.author || {};
  // In reading order: on a phone the rating comes right after the heading, not after the body;
  // on a wide screen the stylesheet moves it beside the body.
  mount(main, h('div', { class: 'page post-page' },
    back,
    h('header', { class: 'post-header' },
      h('h1', { class: 'post-heading', id: 'post-title', 'data-testid': 'post-title' }, post.title),
      h('p', { class: 'meta' }, [author.displayName || author.id, author.department, post.source, dateTime(post.createdAt)].filter(Boolean).join(' · ')),
      (post.tags || []).length ? h('ul', { class: 'tags', 'aria-label': 'Tags' }, post.tags.map((t) => h('li', { class: 'tag' }, t))) : null),
    h('div', { class: 'post-layout' },
      h('section', { class: 'card post-rating', 'aria-labelledby': 'rate-heading' },
        h('h2', { class: 'card-title', id: 'rate-heading' }, 'Rate this post'),
        h('p', { class: 'card-note' }, 'How useful or important is it? Only you see your own rating.'),
        starRating(post.id, null, showSummary),
        summary),
      h('article', { class: 'card post', 'aria-labelledby': 'post-title' },
        h('div', { class: 'post-body', 'data-testid': 'post-body' }, sanitisedBody(post.bodyHtml)),
        safeUrl(post.url) ? h('p', { class: 'post-source' }, h('a', { href: post.url, rel: 'noopener noreferrer', target: '_blank' }, `Open it in ${post.source}`)) : null),
      h('section', { class: 'card post-related' }, h('h2', { class: 'card-title' }, 'Related posts'), related))));

  loadRelated(related, post.id);
}

/** Back to where the post was opened: the search with its query and filters, the topic, … */
function backLink(from) {
  const route = (from || '').replace(/^#\/?/, '').split(/[/?]/)[0];
  const labels = { search: 'Back to results', topic: 'Back to the topic', overview: 'Back to the overview', me: 'Back to Me' };
  const [href, label] = from && labels[route] ? [from, labels[route]] : ['#/search', 'Search'];
  return h('p', { class: 'breadcrumb' }, h('a', { href, 'data-testid': 'back' }, `← ${label}`));
}

async function loadRelated(box, id) {
  try {
    const answer = await api.get(`/api/posts/${id}/related`, { limit: RELATED });
    mount(box, answer.hits.length
      ? h('ol', { class: 'post-list' }, answer.hits.map((hit) => postRow(hit)))
      : emptyState('No posts like this one yet.'));
  } catch (error) {
    mount(box, problemNotice(error, 'related posts'));
  }
}

function safeUrl(value) {
  return typeof value === 'string' && /^https?:\/\//i.test(value);
}
