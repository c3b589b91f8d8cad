// Overview: the trends view a head of department reads — headline figures against the previous
// window, what is rising and what is cooling, the cloud and the posts behind them — for their own
// department by default or the whole organisation, over a named window or a custom date range;
// kept fresh by live events.

import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { showCloud, downloadCloud, saveBlob } from '../cloud.js';
import { trendsCsv } from '../csv.js';
import { headlineFigures, tooLittleData } from '../figures.js';
import { plural, time } from '../format.js';
import { listen } from '../live.js';
import {
  CUSTOM, addressOf, customDays, loadFilterOptions, paramsOf, scopeSwitch, stateOf, widerViews, windowText,
} from '../overview-scope.js';
import { dateRangeForm } from '../range.js';
import { baselineScale, coolingRow, risingRow, storiesOf } from '../trend-rows.js';
import { card, emptyState, postRow, problemNotice, segmented, toast } from '../ui.js';
import { WINDOWS, windowName, windowStart } from '../windows.js';

const RISING = 20;
/** Terms asked for: enough for RISING distinct stories when several words tell one. */
const TERMS_FOR_STORIES = 100;
// Fewer latest posts than top-rated ones: the side column then ends about where the trends do.
const LATEST = 4;
export async function render(main, ctx) {
  const state = stateOf(ctx.query, ctx.me);
  ctx.setTitle('Overview');
  const go = (changes) => ctx.navigate(addressOf(state, changes));
  const topicHref = (key) => {
    const query = new URLSearchParams(Object.entries(paramsOf(state)).filter(([, v]) => v));
    return `#/topic/${encodeURIComponent(key)}?${query}`;
  };
  const scopeName = state.department || 'the whole organisation';

  const updated = h('span', { class: 'updated', 'data-testid': 'updated' }, 'loading…');
  const liveDot = h('span', { class: 'live-dot', 'aria-hidden': 'true' });
  const liveState = h('span', { class: 'live-state' }, 'connecting');
  const filterBar = h('div', { class: 'filters' });
  const figuresBox = h('div', { class: 'figures', 'data-testid': 'figures' }, h('p', { class: 'loading' }, 'Counting…'));
  const cloudBox = h('div', { class: 'cloud', 'data-testid': 'cloud' }, h('p', { class: 'loading' }, 'Drawing the cloud…'));
  const trendsBox = h('div', { 'data-testid': 'trends' }, h('p', { class: 'loading' }, 'Loading trends…'));
  const coolingBox = h('div', { 'data-testid': 'cooling' }, h('p', { class: 'loading' }, 'Loading…'));
  const topBox = h('div', { 'data-testid': 'top-posts' }, h('p', { class: 'loading' }, 'Loading…'));
  const latestBox = h('div', { 'data-testid': 'latest-posts' }, h('p', { class: 'loading' }, 'Loading…'));
  let report = null;
  const fileLabel = state.window === CUSTOM ? `${state.from}-${state.to}` : state.window;

  const exportCloud = h('button', {
    type: 'button', class: 'button',
    onclick: () => downloadCloud(paramsOf(state), `groundswell-cloud-${fileLabel}.png`).catch((e) => toast(e.message)),
  }, 'Download PNG');
  const exportCsv = h('button', {
    type: 'button', class: 'button', disabled: true,
    onclick: () => saveBlob(new Blob([trendsCsv(report)], { type: 'text/csv' }), `groundswell-trends-${fileLabel}.csv`),
  }, 'Download CSV');

  mount(main, h('div', { class: 'page page-wide' },
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', null, 'Overview'),
        h('p', { class: 'lead', 'data-testid': 'scope-line' },
          `What people in ${scopeName} raised in ${windowText(state)}, weighted by how their colleagues rated it.`)),
      h('p', { class: 'live', 'aria-live': 'polite' }, liveDot, liveState, ' · updated ', updated)),
    h('div', { class: 'toolbar' },
      scopeSwitch(ctx.me, state, go),
      segmented('Window', [...WINDOWS, CUSTOM], state.window, (w) => go(w === CUSTOM ? { window: CUSTOM, from: '', to: '' } : { window: w }), { [CUSTOM]: 'Custom' }),
      filterBar),
    state.window === CUSTOM ? dateRangeForm({ from: state.from, to: state.to, onApply: (range) => go({ window: CUSTOM, ...range }) }) : null,
    figuresBox,
    h('div', { class: 'overview-columns' },
      h('div', { class: 'overview-main' },
        card('Rising', h('p', { class: 'card-note' }, 'Said more often than before; the band in each line is the usual posts a day.'),
          trendsBox, h('div', { class: 'card-actions' }, exportCsv)),
        card('Cooling', h('p', { class: 'card-note' }, 'Said less often than before.'), coolingBox)),
      h('div', { class: 'overview-side' },
        card('Word cloud', h('p', { class: 'card-note' }, 'Bigger words are rising more; click one to see why.'), cloudBox,
          h('div', { class: 'card-actions' }, exportCloud)),
        card('Top-rated posts', topBox),
        card('Latest posts', latestBox)))));

  loadFilterOptions(filterBar, state, go);

  async function loadCloud() {
    try {
      await showCloud(cloudBox, paramsOf(state), { topicHref: (word) => topicHref(word.key || word.text) });
    } catch (error) {
      mount(cloudBox, problemNotice(error, 'the word cloud'));
      exportCloud.disabled = true;
    }
  }

  /** Figures and trends together: with too few posts, the trends give way to a note that says so. */
  async function loadFiguresAndTrends() {
    const [summary, trends] = await Promise.allSettled([
      api.get('/api/summary', paramsOf(state)),
      api.get('/api/trends', { ...paramsOf(state), limit: TERMS_FOR_STORIES }),
    ]);
    const previousName = `in the ${state.window === CUSTOM ? plural(customDays(state), 'day', 'days') : windowName(state.window)} before`;
    const enough = summary.status !== 'fulfilled' || summary.value.enoughData;
    mount(figuresBox, summary.status === 'fulfilled'
      ? [headlineFigures(summary.value, previousName), enough ? null : tooLittleData(summary.value, widerViews(state, go))]
      : problemNotice(summary.reason, 'the headline figures'));
    if (trends.status !== 'fulfilled') {
      mount(trendsBox, problemNotice(trends.reason, 'trends'));
      mount(coolingBox);
      return;
    }
    report = trends.value;
    exportCsv.disabled = false;
    showTrends(report, enough);
  }

  function showTrends(trendReport, enough) {
    const scale = baselineScale(trendReport);
    if (!enough) {
      mount(trendsBox, emptyState('Too little data in this window to tell what is rising.'));
      mount(coolingBox, emptyState('Too little data in this window to tell what is cooling.'));
      return;
    }
    mount(trendsBox, trendReport.terms.length
      ? h('ol', { class: 'trend-list' }, storiesOf(trendReport, RISING).map((story, i) => risingRow(story.lead, i + 1, scale, topicHref, story.others)))
      : emptyState('Nothing is rising in this window yet.'));
    const falling = trendReport.falling || [];
    mount(coolingBox, falling.length
      ? h('ol', { class: 'cooling-list' }, falling.map((term) => coolingRow(term, scale, topicHref)))
      : emptyState('Nothing is cooling clearly in this window.'));
  }

  async function loadPosts(box, sort, limit) {
    try {
      const window = state.window === CUSTOM ? { from: state.from, to: state.to } : { from: windowStart(state.window) };
      const result = await api.get('/api/search', {
        sort, limit, ...window, department: state.department, source: state.source, tag: state.tag,
      });
      mount(box, result.hits.length ? h('ol', { class: 'post-list' }, result.hits.map((hit) => postRow(hit))) : emptyState('No posts in this window.'));
    } catch (error) {
      mount(box, problemNotice(error, 'posts'));
    }
  }

  async function refresh(reason) {
    await Promise.all([loadFiguresAndTrends(), loadCloud(), loadPosts(topBox, 'top', 5), loadPosts(latestBox, 'new', LATEST)]);
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
