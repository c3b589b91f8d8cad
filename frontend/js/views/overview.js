// Overview: what is rising in a window — the cloud, trending terms, top-rated and latest posts —
// kept fresh by live events.

import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { sparkline } from '../charts.js';
import { showCloud, downloadCloud, saveBlob } from '../cloud.js';
import { trendsCsv } from '../csv.js';
import { change, plural, time } from '../format.js';
import { listen } from '../live.js';
import { card, emptyState, filterSelect, postRow, problemNotice, segmented, toast } from '../ui.js';
import { WINDOWS, windowName, windowOf, windowStart } from '../windows.js';

const FILTERS = ['department', 'source', 'tag'];

export async function render(main, ctx) {
  const state = {
    window: windowOf(ctx.query.get('window')),
    department: ctx.query.get('department') || '',
    source: ctx.query.get('source') || '',
    tag: ctx.query.get('tag') || '',
  };
  ctx.setTitle('Overview');
  const filters = () => ({ window: state.window, department: state.department, source: state.source, tag: state.tag });
  const go = (changes) => {
    const next = { ...filters(), ...changes };
    const query = new URLSearchParams(Object.entries(next).filter(([, v]) => v));
    ctx.navigate(`/overview?${query}`);
  };
  const topicHref = (key) => {
    const query = new URLSearchParams(Object.entries(filters()).filter(([, v]) => v));
    return `#/topic/${encodeURIComponent(key)}?${query}`;
  };

  const updated = h('span', { class: 'updated', 'data-testid': 'updated' }, 'loading…');
  const liveDot = h('span', { class: 'live-dot', 'aria-hidden': 'true' });
  const liveState = h('span', { class: 'live-state' }, 'connecting');
  const filterBar = h('div', { class: 'filters' });
  const cloudBox = h('div', { class: 'cloud', 'data-testid': 'cloud' }, h('p', { class: 'loading' }, 'Drawing the cloud…'));
  const trendsBox = h('div', { 'data-testid': 'trends' }, h('p', { class: 'loading' }, 'Loading trends…'));
  const topBox = h('div', { 'data-testid': 'top-posts' }, h('p', { class: 'loading' }, 'Loading…'));
  const latestBox = h('div', { 'data-testid': 'latest-posts' }, h('p', { class: 'loading' }, 'Loading…'));
  let report = null;

  const exportCloud = h('button', {
    type: 'button', class: 'button',
    onclick: () => downloadCloud(filters(), `groundswell-cloud-${state.window}.png`).catch((e) => toast(e.message)),
  }, 'Download PNG');
  const exportCsv = h('button', {
    type: 'button', class: 'button', disabled: true,
    onclick: () => saveBlob(new Blob([trendsCsv(report)], { type: 'text/csv' }), `groundswell-trends-${state.window}.csv`),
  }, 'Download CSV');

  mount(main, h('div', { class: 'page page-wide' },
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', null, 'Overview'),
        h('p', { class: 'lead' }, `What people are raising in the last ${windowName(state.window)}, weighted by how their colleagues rated it.`)),
      h('p', { class: 'live', 'aria-live': 'polite' }, liveDot, liveState, ' · updated ', updated)),
    h('div', { class: 'toolbar' },
      segmented('Window', WINDOWS, state.window, (w) => go({ window: w })),
      filterBar),
    h('div', { class: 'overview-grid' },
      card('Word cloud', h('p', { class: 'card-note' }, 'Bigger words are rising more; click one to see why.'), cloudBox,
        h('div', { class: 'card-actions' }, exportCloud)),
      card('Top-rated posts', topBox),
      card('Trending terms', trendsBox, h('div', { class: 'card-actions' }, exportCsv)),
      card('Latest posts', latestBox))));

  loadFilterOptions(filterBar, state, go);

  async function loadCloud() {
    try {
      await showCloud(cloudBox, filters(), { topicHref: (word) => topicHref(word.key || word.text) });
    } catch (error) {
      mount(cloudBox, problemNotice(error, 'the word cloud'));
      exportCloud.disabled = true;
    }
  }

  async function loadTrends() {
    try {
      report = await api.get('/api/trends', { ...filters(), limit: 20 });
      exportCsv.disabled = false;
      mount(trendsBox, report.terms.length
        ? h('ol', { class: 'trend-list' }, report.terms.map((term, i) => trendRow(term, i + 1, topicHref)))
        : emptyState('Nothing is rising in this window yet.'));
    } catch (error) {
      mount(trendsBox, problemNotice(error, 'trends'));
    }
  }

  async function loadPosts(box, sort) {
    try {
      const result = await api.get('/api/search', {
        sort, limit: 5, from: windowStart(state.window),
        department: state.department, source: state.source, tag: state.tag,
      });
      mount(box, result.hits.length ? h('ol', { class: 'post-list' }, result.hits.map((hit) => postRow(hit))) : emptyState('No posts in this window.'));
    } catch (error) {
      mount(box, problemNotice(error, 'posts'));
    }
  }

  async function refresh(reason) {
    await Promise.all([loadCloud(), loadTrends(), loadPosts(topBox, 'top'), loadPosts(latestBox, 'new')]);
    updated.textContent = time(new Date());
    updated.title = reason || '';
  }

  // Live: a changed event reloads what this view shows; events during a reload queue one more.
  // Listening starts before the first load and stops with the view, even if it is left early.
  let reloading = null;
  let again = false;
  const onChanged = (reason) => {
    if (reloading) {
      again = true;
      return;
    }
    reloading = refresh(reason).finally(() => {
      reloading = null;
      if (again) {
        again = false;
        onChanged(reason);
      }
    });
  };
  const live = listen({
    onState: (s) => {
      liveState.textContent = { live: 'live', reconnecting: 'reconnecting', stopped: 'paused' }[s] || s;
      liveDot.classList.toggle('live-on', s === 'live');
    },
    onEvent: (event) => {
      if (event.type === 'changed') onChanged(`${plural(event.posts, 'post', 'posts')} changed`);
    },
  });
  ctx.onLeave(() => live.stop());
  onChanged('first load');
  await reloading;
}

function trendRow(term, rank, topicHref) {
  const c = change(term);
  const leaders = term.leaders || [];
  return h('li', { class: 'trend-row' },
    h('span', { class: 'trend-rank', 'aria-hidden': 'true' }, rank),
    h('a', { class: 'trend-term', href: topicHref(term.key) }, term.term),
    sparkline(term.daily, { label: `${term.term}: posts per day ${(term.daily || []).join(', ')}` }),
    h('span', { class: `change change-${c.direction}`, title: c.label },
      h('span', { 'aria-hidden': 'true' }, c.arrow, ' '), h('span', { class: 'visually-hidden' }, c.label), h('span', { 'aria-hidden': 'true' }, c.text)),
    h('span', { class: 'trend-stats' }, `${plural(term.posts, 'post', 'posts')} · ${plural(term.authors, 'person', 'people')}`),
    leaders.length
      ? h('span', { class: 'trend-leaders' }, h('span', { class: 'muted' }, 'led by '), leaders.slice(0, 3).map((l) => l.displayName || l.id).join(', '))
      : h('span', { class: 'trend-leaders' }));
}

/** Filter choices from search facets over the window: the values that actually occur. */
async function loadFilterOptions(bar, state, go) {
  let facets = {};
  try {
    facets = (await api.get('/api/search', { limit: 1, from: windowStart(state.window) })).facets || {};
  } catch {
    // Filters still work with what the address holds; the lists stay short.
  }
  const labels = { department: 'Department', source: 'Source', tag: 'Tag' };
  mount(bar, FILTERS.map((name) => filterSelect(labels[name], Object.keys(facets[name] || {}), state[name], (value) => go({ [name]: value }))));
  if (FILTERS.some((name) => state[name])) {
    bar.appendChild(h('button', { type: 'button', class: 'button button-quiet', onclick: () => go({ department: '', source: '', tag: '' }) }, 'Clear filters'));
  }
}
