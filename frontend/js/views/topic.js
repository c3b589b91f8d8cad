// Topic: why a term is trending — its posts by rating, posts per day, the departments talking
// about it (only those with enough people behind them: the API applies the privacy threshold) and
// the people their peers recognise for it.

import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { barList, dailyChart } from '../charts.js';
import { change, count, oneDecimal, plural } from '../format.js';
import { card, emptyState, notice, problemNotice } from '../ui.js';
import { starRating } from '../stars.js';
import { windowName } from '../windows.js';


export async function render(main, ctx) {
  const key = ctx.args[0] || '';
  const params = {
    window: ctx.query.get('window') || '7d',
    department: ctx.query.get('department') || '',
    source: ctx.query.get('source') || '',
    tag: ctx.query.get('tag') || '',
  };
  ctx.setTitle(key);
  const back = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  // Leaders came from the overview; everyone else from their home, which has no filters to keep.
  const leader = ctx.may('leader');
  const backLink = leader ? h('a', { href: `#/overview?${back}` }, '← Overview') : h('a', { href: '#/home' }, '← Home');
  const leadersBox = h('div', { 'data-testid': 'leaders' }, h('p', { class: 'loading' }, 'Loading…'));
  let topic;
  try {
    topic = await api.get(`/api/trends/${encodeURIComponent(key)}`, params);
  } catch (error) {
    mount(main, h('div', { class: 'page' }, h('p', null, backLink),
      h('h1', null, key),
      error.status === 404 ? notice(`No posts in this window mention “${key}”.`, 'muted') : problemNotice(error, 'this topic')));
    return;
  }
  ctx.setTitle(topic.term);
  const c = change(topic);
  const filtersText = ['department', 'source', 'tag'].filter((f) => params[f]).map((f) => `${f} ${params[f]}`).join(', ');

  mount(main, h('div', { class: 'page page-wide' },
    h('p', { class: 'breadcrumb' }, backLink),
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { 'data-testid': 'topic-title' }, topic.term),
        h('p', { class: 'lead' }, `Why it is trending in the last ${windowName(topic.window)}${filtersText ? ` (${filtersText})` : ''}.`))),
    h('ul', { class: 'stat-tiles' },
      tile('Posts', count(topic.posts)),
      tile('People writing', count(topic.authors)),
      tile('Change', h('span', { class: `change change-${c.direction}` }, `${c.arrow} ${c.text}`)),
      tile('Baseline posts', count(topic.baselinePosts))),
    h('div', { class: 'topic-grid' },
      card('Posts per day', dailyChart(topic.daily, { width: chartWidth() })),
      // The breakdown by department and who leads a topic are for leaders (see frontend/README.md).
      leader ? card('Departments', departments(topic)) : card('Posts driving it, best rated first', drivingPosts(topic))),
    leader ? h('div', { class: 'topic-grid' },
      card('Posts driving it, best rated first', drivingPosts(topic)),
      card('Recognised by their peers', leadersBox)) : null));

  if (leader) loadLeaders(leadersBox, key, params.window);
}

/** The chart's drawing width: its card's width on this screen, so labels keep their size. */
function chartWidth() {
  const page = Math.min(window.innerWidth, 1240);
  return Math.round(page > 1000 ? page * 0.55 : Math.max(260, page - 90));
}

function tile(label, value) {
  return h('li', { class: 'stat-tile' }, h('span', { class: 'stat-label' }, label), h('span', { class: 'stat-value' }, value));
}

function departments(topic) {
  const list = topic.departments || [];
  const other = topic.otherPeople
    ? h('p', { class: 'card-note' }, `${plural(topic.otherPeople, 'more person', 'more people')} in departments too small to show without identifying anyone.`)
    : null;
  if (!list.length) return [emptyState('No department has enough people on this topic to show.'), other];
  return [barList(list.map((d) => ({ label: d.department, value: d.people })), { unit: '' }),
    h('p', { class: 'card-note' }, 'People writing about it, per department.'), other];
}

function drivingPosts(topic) {
  const posts = topic.drivingPosts || [];
  if (!posts.length) return emptyState('No posts in this window.');
  return h('ol', { class: 'post-list', 'data-testid': 'topic-posts' }, posts.map((p) => h('li', { class: 'post-row' },
    h('a', { class: 'post-title', href: `#/post/${p.id}` }, p.title),
    h('p', { class: 'rating-line' }, p.ratings ? `score ${oneDecimal(p.score)} · ${plural(p.ratings, 'rating', 'ratings')}` : 'No ratings yet'),
    starRating(p.id, null, null, { compact: true }))));
}

/** Leaders come from a later release: absent endpoint or role → a plain note instead. */
async function loadLeaders(box, key, window) {
  try {
    const result = await api.get('/api/leaders', { topic: key, window });
    const leaders = result.leaders || [];
    mount(box, leaders.length
      ? h('ol', { class: 'leader-list' }, leaders.slice(0, 8).map((l) => h('li', null,
        h('span', { class: 'leader-name' }, l.displayName || l.id),
        h('span', { class: 'meta' }, [l.department, plural(l.posts, 'post', 'posts'),
          `${oneDecimal(l.meanStars)}★ from ${plural(l.raters, 'colleague', 'colleagues')}`].filter(Boolean).join(' · ')))))
      : emptyState('Nobody is recognised for this topic yet: it takes ratings from several colleagues.'));
  } catch (error) {
    mount(box, problemNotice(error, 'leaders'));
  }
}
