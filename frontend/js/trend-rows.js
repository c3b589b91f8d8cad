// Rows of the leader's overview: rising and cooling terms, each with its baseline told as a rate
// over the same length of time ("5.6 a week before → 28 this week"), never as a raw count of a
// baseline three months long beside a count of one week.

import { h } from './dom.js';
import { sparkline } from './charts.js';
import { changeOf, plural, rate } from './format.js';
import { periodWords } from './windows.js';

const DAY = 24 * 3600 * 1000;

/**
 * What a report's baseline becomes per window: baseline posts times this factor is the number the
 * window would have had at the baseline's pace. Also the baseline's posts per day.
 */
export function baselineScale(report) {
  const windowMs = Date.parse(report.to) - Date.parse(report.from);
  const baselineMs = Date.parse(report.baselineTo || report.from) - Date.parse(report.baselineFrom);
  const valid = windowMs > 0 && baselineMs > 0;
  return {
    perWindow: valid ? windowMs / baselineMs : 0,
    perDay: valid ? DAY / baselineMs : 0,
    words: periodWords(report.window, report.from, report.to),
  };
}

/** "5.6 a week before → 28 this week" */
export function readableBaseline(baselinePosts, posts, scale) {
  return `${rate(baselinePosts * scale.perWindow)} ${scale.words.before} → ${rate(posts)} ${scale.words.now}`;
}

/**
 * The rising terms as stories, the story of the best term first, at most `limit`: each its best
 * term and the story's other terms ({ term, key, posts }). Without stories, every term is one.
 */
export function storiesOf(report, limit) {
  const byKey = new Map(report.terms.map((term) => [term.key, term]));
  const stories = (report.stories || []).filter((story) => byKey.has(story.key));
  if (!stories.length) return report.terms.slice(0, limit).map((term) => ({ lead: term, others: [] }));
  return stories.slice(0, limit).map((story) => ({
    lead: byKey.get(story.key),
    others: story.terms.filter((member) => member.key !== story.key),
  }));
}

/** A rising term: link, the readable baseline, a sparkline against the usual level, change and leaders. */
export function risingRow(term, rank, scale, topicHref, others = []) {
  const c = pace(term, scale);
  const daily = term.daily || [];
  const usual = term.baselinePosts * scale.perDay;
  const sentence = readableBaseline(term.baselinePosts, term.posts, scale);
  return h('li', { class: 'trend-row' },
    h('span', { class: 'trend-rank', 'aria-hidden': 'true' }, rank),
    h('a', { class: 'trend-term', href: topicHref(term.key) }, term.term),
    sparkline(daily, {
      usual,
      label: `${term.term}: posts per day ${daily.join(', ')}; usual ${rate(usual)} a day; last day ${daily[daily.length - 1] || 0}`,
    }),
    changeBadge(c),
    h('span', { class: 'trend-stats' }, h('span', { class: 'trend-baseline' }, sentence), ' · ', plural(term.authors, 'person', 'people')),
    leaderLine(term.leaders || []),
    storyTerms(others, topicHref));
}

/** The other words of the row's story, folded: "2 more words of this story". */
function storyTerms(others, topicHref) {
  if (!others.length) return null;
  return h('details', { class: 'story-terms' },
    h('summary', {}, `${plural(others.length, 'more word', 'more words')} of this story`),
    h('ul', {}, others.map((member) => h('li', {},
      h('a', { href: topicHref(member.key) }, member.term), h('span', { class: 'muted' }, ` · ${plural(member.posts, 'post', 'posts')}`)))));
}

/** A cooling term: fewer posts than its baseline pace leads to expect. */
export function coolingRow(term, scale, topicHref) {
  return h('li', { class: 'cooling-row' },
    h('a', { class: 'trend-term', href: topicHref(term.term) }, term.term),
    changeBadge(pace(term, scale)),
    h('span', { class: 'trend-stats trend-baseline' }, readableBaseline(term.baselinePosts, term.posts, scale)));
}

/**
 * The change between the two numbers the row shows, so that badge and sentence always agree; the
 * ranking itself weighs the share of posts and the ratings (see the API's lift).
 */
function pace(term, scale) {
  const before = term.baselinePosts * scale.perWindow;
  return changeOf(term.posts, before) || { arrow: '▶', text: '±0%', direction: 'flat', label: 'unchanged' };
}

function changeBadge(c) {
  return h('span', { class: `change change-${c.direction}`, title: c.label },
    h('span', { 'aria-hidden': 'true' }, c.arrow, ' '), h('span', { class: 'visually-hidden' }, c.label), h('span', { 'aria-hidden': 'true' }, c.text));
}

function leaderLine(leaders) {
  if (!leaders.length) return h('span', { class: 'trend-leaders' });
  return h('span', { class: 'trend-leaders' }, h('span', { class: 'muted' }, 'led by '),
    leaders.slice(0, 3).map((l) => l.displayName || l.id).join(', '));
}
