// Me: my account, the topics my peers recognise me for, whether I am listed, and my latest posts.

import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { oneDecimal, plural } from '../format.js';
import { card, emptyState, postRow, problemNotice, recentRatings, toast } from '../ui.js';

/** Recognition builds up over months, not days. */
const TOPIC_WINDOW = '90d';

export async function render(main, ctx) {
  const me = ctx.me;
  ctx.setTitle('Me');
  const topicsBox = h('div', { 'data-testid': 'my-topics' }, h('p', { class: 'loading' }, 'Loading…'));
  const listingBox = h('div', { 'data-testid': 'listing' }, h('p', { class: 'loading' }, 'Loading…'));
  const postsBox = h('div', null, h('p', { class: 'loading' }, 'Loading…'));
  const ratingsBox = h('div', { 'data-testid': 'my-ratings' }, h('p', { class: 'loading' }, 'Loading…'));
  mount(main, h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', null, 'Me')),
    card('Your account', h('dl', { class: 'facts' },
      h('dt', null, 'Name'), h('dd', null, me.displayName || me.name),
      h('dt', null, 'Signed in as'), h('dd', null, me.name),
      me.department ? [h('dt', null, 'Department'), h('dd', null, me.department)] : null,
      h('dt', null, 'Person id'), h('dd', null, me.personId || '—'),
      h('dt', null, 'Roles'), h('dd', null, me.roles.join(', '))),
    h('p', null, h('a', { href: '#/account' }, 'Change your password'))),
    card('Topics you are recognised for', topicsBox),
    card('Leader lists', listingBox),
    card('Your latest posts', postsBox),
    card('Your latest ratings', h('p', { class: 'card-note' }, 'Only you can see whom you rated.'), ratingsBox)));

  await Promise.all([
    loadTopics(topicsBox, me, ctx), loadListing(listingBox, me), loadPosts(postsBox, me), loadRatings(ratingsBox),
  ]);
}

async function loadTopics(box, me, ctx) {
  if (!me.personId) {
    mount(box, emptyState('This account is not a person in the directory.'));
    return;
  }
  try {
    const answer = await api.get(`/api/people/${encodeURIComponent(me.personId)}/topics`, { window: TOPIC_WINDOW });
    const topics = answer.topics || [];
    mount(box, topics.length
      ? h('ul', { class: 'topic-chips' }, topics.map((t) => {
        const detail = [`#${t.rank}`, plural(t.posts, 'post', 'posts'), `${oneDecimal(t.meanStars)}★ from ${plural(t.raters, 'colleague', 'colleagues')}`].join(' · ');
        const label = ctx.may('leader')
          ? h('a', { href: `#/topic/${encodeURIComponent(t.topic)}?window=${TOPIC_WINDOW}` }, t.topic)
          : h('span', { class: 'topic-name' }, t.topic);
        return h('li', { class: 'topic-chip' }, label, h('span', { class: 'meta' }, detail));
      }))
      : emptyState('No topic yet in the last 90 days: recognition comes from colleagues rating your posts on a topic.'));
  } catch (error) {
    mount(box, problemNotice(error, 'your topics'));
  }
}

async function loadListing(box, me) {
  let listed = true;
  try {
    const current = await api.get('/api/me/listing');
    listed = current.listed !== false;
  } catch (error) {
    mount(box, problemNotice(error, 'your listing choice'));
    return;
  }
  const checkbox = h('input', { type: 'checkbox', id: 'listed', checked: listed });
  checkbox.addEventListener('change', async () => {
    checkbox.disabled = true;
    try {
      await api.put('/api/me/listing', { listed: checkbox.checked });
      toast(checkbox.checked ? 'You may be listed as a leader again.' : 'You are no longer listed as a leader.');
    } catch (error) {
      checkbox.checked = !checkbox.checked;
      toast(error.message);
    } finally {
      checkbox.disabled = false;
    }
  });
  mount(box,
    h('div', { class: 'check' }, checkbox, h('label', { for: 'listed' }, 'Show me in lists of topic leaders')),
    h('p', { class: 'card-note' }, `Unticked, ${me.displayName || me.name} disappears from every list of leaders and catalysts; your posts and ratings still count.`));
}

async function loadPosts(box, me) {
  if (!me.personId) {
    mount(box, emptyState('No posts.'));
    return;
  }
  try {
    const answer = await api.get('/api/search', { author: me.personId, sort: 'new', limit: 5 });
    mount(box, answer.hits.length ? h('ol', { class: 'post-list' }, answer.hits.map((hit) => postRow(hit, { stars: false }))) : emptyState('You have not posted yet.'));
  } catch (error) {
    mount(box, problemNotice(error, 'your posts'));
  }
}

async function loadRatings(box) {
  mount(box, await recentRatings(5));
}
