// Home: where every employee starts — what is rising in the organisation and in my department, the
// word cloud, the week's top-rated posts, posts of my department waiting for ratings, and the
// ratings I gave last. Trends here are aggregates only: who leads a topic and the breakdown by
// department stay on the leaders' overview.

import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { showCloud } from '../cloud.js';
import { change, plural } from '../format.js';
import { card, emptyState, postRow, problemNotice, recentRatings } from '../ui.js';
import { windowStart } from '../windows.js';

/** Home looks at the week: long enough to have trends, short enough to be news. */
const WINDOW = '7d';
const TRENDS = 8;
const POSTS = 5;

export async function render(main, ctx) {
  const me = ctx.me;
  const department = me.department || '';
  ctx.setTitle('Home');
  const box = (testId) => h('div', { 'data-testid': testId }, h('p', { class: 'loading' }, 'Loading…'));
  const orgBox = box('org-trends');
  const departmentBox = box('department-trends');
  const cloudBox = h('div', { class: 'cloud', 'data-testid': 'cloud' }, h('p', { class: 'loading' }, 'Drawing the cloud…'));
  const topBox = box('top-posts');
  const waitingBox = box('posts-to-rate');
  const ratingsBox = box('my-ratings');
  const topicHref = (key, filters) => `#/topic/${encodeURIComponent(key)}?${new URLSearchParams({ window: WINDOW, ...filters })}`;

  mount(main, h('div', { class: 'page page-wide' },
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', null, me.displayName ? `Hello, ${me.displayName}` : 'Home'),
        h('p', { class: 'lead' }, 'What people at work are raising this week, and the posts where your rating counts most.'))),
    h('div', { class: 'home-grid' },
      card('Rising in the organisation', orgBox),
      card('Word cloud', h('p', { class: 'card-note' }, 'Bigger words are rising more; open one to see why.'), cloudBox),
      card(department ? `Rising in ${department}` : 'Rising in your department', departmentBox),
      card(department ? `Waiting for ratings in ${department}` : 'Waiting for ratings',
        h('p', { class: 'card-note' }, 'Recent posts of colleagues that few people have rated yet, and you not at all.'), waitingBox),
      card('Top-rated this week', topBox),
      card('Your latest ratings', h('p', { class: 'card-note' }, 'Only you can see whom you rated.'), ratingsBox))));

  await Promise.all([
    loadTrends(orgBox, {}, topicHref, 'Nothing is rising in the organisation this week yet.'),
    departmentTrends(departmentBox, me, topicHref),
    showCloud(cloudBox, { window: WINDOW }, { topicHref: (word) => topicHref(word.key || word.text, {}) })
      .catch((error) => mount(cloudBox, problemNotice(error, 'the word cloud'))),
    loadTopPosts(topBox),
    loadPostsToRate(waitingBox),
    recentRatings(POSTS).then((list) => mount(ratingsBox, list)),
  ]);
}

/** The API answers a department's trends to its members only when it is large enough; /api/me says whether. */
function departmentTrends(box, me, topicHref) {
  if (!me.department) return mount(box, emptyState('Your account has no department.'));
  if (!me.departmentTrends) {
    return mount(box, emptyState(`${me.department} has too few people to show its own trends without singling`
      + ' anyone out; the organisation\'s trends include its posts.'));
  }
  return loadTrends(box, { department: me.department }, topicHref, `Nothing is rising in ${me.department} this week yet.`);
}

async function loadTrends(box, filters, topicHref, empty) {
  try {
    const report = await api.get('/api/trends', { window: WINDOW, limit: TRENDS, ...filters });
    mount(box, report.terms.length
      ? h('ol', { class: 'home-trends' }, report.terms.map((term) => trendItem(term, topicHref(term.key, filters))))
      : emptyState(empty));
  } catch (error) {
    mount(box, problemNotice(error, 'these trends'));
  }
}

function trendItem(term, href) {
  const c = change(term);
  return h('li', { class: 'home-trend' },
    h('a', { class: 'trend-term', href }, term.term),
    h('span', { class: `change change-${c.direction}`, title: c.label },
      h('span', { 'aria-hidden': 'true' }, `${c.arrow} ${c.text}`), h('span', { class: 'visually-hidden' }, c.label)),
    h('span', { class: 'trend-stats' }, `${plural(term.posts, 'post', 'posts')} · ${plural(term.authors, 'person', 'people')}`));
}

async function loadTopPosts(box) {
  try {
    const result = await api.get('/api/search', { sort: 'top', limit: POSTS, from: windowStart(WINDOW) });
    mount(box, result.hits.length
      ? h('ol', { class: 'post-list' }, result.hits.map((hit) => postRow(hit)))
      : emptyState('No posts this week yet.'));
  } catch (error) {
    mount(box, problemNotice(error, 'the top-rated posts'));
  }
}

async function loadPostsToRate(box) {
  try {
    const answer = await api.get('/api/me/posts-to-rate', { limit: POSTS });
    mount(box, answer.posts.length
      ? h('ol', { class: 'post-list' }, answer.posts.map((post) => postRow(post, { mine: 0 })))
      : emptyState(answer.department
        ? `Nothing is waiting: the recent posts of ${answer.department} have their ratings, or yours.`
        : 'Your account has no department, so no posts wait for you here.'));
  } catch (error) {
    mount(box, problemNotice(error, 'posts waiting for ratings'));
  }
}
