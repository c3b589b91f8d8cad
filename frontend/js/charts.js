// Small charts drawn as inline SVG: a sparkline and a daily bar chart need no chart library.

import { svg, h } from './dom.js';
import { count, shortDate } from './format.js';

/**
 * A sparkline of daily counts with the last value written at its end. usual, when given, is the
 * baseline's posts per day: a band up to it shows what was normal, so a line above the band is a
 * rise whatever the scale. Labelled for screen readers.
 */
export function sparkline(values, { width = 120, height = 28, label = '', usual = null } = {}) {
  const data = values && values.length ? values : [0];
  const labelWidth = 22;
  const plotWidth = width - labelWidth;
  const max = Math.max(1, ...data, usual || 0);
  const y = (v) => height - 2 - (v / max) * (height - 4);
  const step = data.length > 1 ? plotWidth / (data.length - 1) : plotWidth;
  const points = data.map((v, i) => [i * step, y(v)]);
  const line = points.map(([x, py], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const [lastX, lastY] = points[points.length - 1];
  const last = data[data.length - 1];
  return svg('svg', {
    class: 'sparkline', viewBox: `0 0 ${width} ${height}`, width, height,
    role: 'img', 'aria-label': label || `daily posts: ${data.join(', ')}`,
  },
  usual === null ? null : baselineBand(y(usual), plotWidth, height),
  svg('path', { d: line, class: 'sparkline-line' }),
  svg('circle', { cx: lastX, cy: lastY, r: 2.5, class: 'sparkline-dot' }),
  svg('text', {
    x: plotWidth + 4, y: Math.min(height - 2, Math.max(9, lastY + 4)), class: 'sparkline-last',
  }, count(last)));
}

/** The shaded band from zero up to the usual level, its top drawn as a dashed line. */
function baselineBand(top, width, height) {
  return [
    svg('rect', { x: 0, y: top.toFixed(1), width, height: Math.max(0, height - top).toFixed(1), class: 'sparkline-band' }),
    svg('line', { x1: 0, x2: width, y1: top.toFixed(1), y2: top.toFixed(1), class: 'sparkline-usual' }),
  ];
}

/** Bars for [{date, posts}], with the first, middle and last date below and the peak on the axis. */
export function dailyChart(days, { height = 180, width = 640 } = {}) {
  const data = days && days.length ? days : [];
  const top = 12;
  const bottom = 24;
  const left = 32;
  const max = Math.max(1, ...data.map((d) => d.posts));
  const slot = data.length ? (width - left) / data.length : 1;
  const barWidth = Math.max(1, slot * 0.7);
  const plot = height - top - bottom;
  const bars = data.map((d, i) => {
    const barHeight = (d.posts / max) * plot;
    return svg('rect', {
      x: (left + i * slot + (slot - barWidth) / 2).toFixed(1),
      y: (top + plot - barHeight).toFixed(1),
      width: barWidth.toFixed(1), height: Math.max(0, barHeight).toFixed(1), class: 'bar', rx: 1.5,
    }, svg('title', null, `${shortDate(d.date)}: ${count(d.posts)} posts`));
  });
  const labels = [0, Math.floor((data.length - 1) / 2), data.length - 1]
    .filter((i, at, all) => i >= 0 && all.indexOf(i) === at)
    .map((i) => svg('text', {
      x: (left + i * slot + slot / 2).toFixed(1), y: height - 6, class: 'axis-label',
      'text-anchor': i === 0 ? 'start' : i === data.length - 1 ? 'end' : 'middle',
    }, shortDate(data[i].date)));
  const total = data.reduce((sum, d) => sum + d.posts, 0);
  return h('figure', { class: 'daily-chart' },
    svg('svg', {
      viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
      'aria-label': `Posts per day: ${count(total)} in ${data.length} days, at most ${count(max)} on one day`,
    },
    svg('line', { x1: left, x2: width, y1: top + plot, y2: top + plot, class: 'axis' }),
    svg('line', { x1: left, x2: width, y1: top, y2: top, class: 'gridline' }),
    svg('text', { x: left - 6, y: top + 4, class: 'axis-label', 'text-anchor': 'end' }, count(max)),
    svg('text', { x: left - 6, y: top + plot, class: 'axis-label', 'text-anchor': 'end' }, '0'),
    bars, labels));
}

/** Horizontal bars for [{label, value}] — departments talking about a topic. */
export function barList(items, { unit = '' } = {}) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return h('ul', { class: 'bar-list' }, items.map((item) => h('li', null,
    h('span', { class: 'bar-label' }, item.label),
    h('span', { class: 'bar-track', 'aria-hidden': 'true' }, barFill(item.value / max)),
    h('span', { class: 'bar-value' }, `${count(item.value)}${unit}`))));
}

function barFill(share) {
  const fill = h('span', { class: 'bar-fill' });
  // A CSSOM property, not a style attribute: the page's CSP forbids inline style attributes.
  fill.style.width = `${Math.round(share * 100)}%`;
  return fill;
}

/** A labelled progress bar; value and max may be 0 (indeterminate). */
export function progress(label, value, max) {
  const known = max > 0;
  return h('div', { class: 'progress-row' },
    h('label', null, label,
      h('progress', { max: known ? max : null, value: known ? Math.min(value, max) : null }),
      h('span', { class: 'progress-text' }, known ? `${count(value)} of ${count(max)}` : 'working…')));
}
