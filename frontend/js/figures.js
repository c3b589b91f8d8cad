// The overview's headline figures: posts, ratings and active people of the window, each beside the
// window of the same length before it (GET /api/summary).

import { h } from './dom.js';
import { changeOf, count } from './format.js';

const FIGURES = [
  { key: 'posts', label: 'Posts' },
  { key: 'ratings', label: 'Ratings given' },
  { key: 'people', label: 'Active people', hint: 'wrote or rated' },
];

/** One tile per figure: the number now, its change, and the number before. */
export function headlineFigures(summary, previousName) {
  return h('ul', { class: 'stat-tiles headline-figures', 'data-testid': 'headline-figures' },
    FIGURES.map((figure) => figureTile(figure, summary.current[figure.key], summary.previous[figure.key], previousName)));
}

function figureTile(figure, now, before, previousName) {
  const c = changeOf(now, before);
  return h('li', { class: 'stat-tile', 'data-figure': figure.key },
    h('span', { class: 'stat-label' }, figure.label),
    h('span', { class: 'stat-value' }, count(now)),
    h('span', { class: 'stat-compare' },
      c ? h('span', { class: `change change-${c.direction}` },
        h('span', { 'aria-hidden': 'true' }, c.arrow, ' '), c.text, ' ') : null,
      `vs ${count(before)} ${previousName}`,
      figure.hint ? h('span', { class: 'muted' }, ` · ${figure.hint}`) : null));
}

/** Shown instead of trends that would be chance: too few posts to tell what is rising. */
export function tooLittleData(summary, suggestions) {
  return h('div', { class: 'notice notice-warn too-little', 'data-testid': 'too-little-data', role: 'status' },
    h('p', null, h('strong', null, 'Too little data. '),
      `Only ${count(summary.current.posts)} posts in this window; trends need about ${count(summary.enoughPosts)} `
      + 'before rising and cooling words mean more than chance.'),
    suggestions);
}
