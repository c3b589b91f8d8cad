// What the overview shows, as its address says it: the window (named or a custom range), the
// scope (the leader's own department, another one, or the whole organisation) and the filters;
// and the controls that change them.

import { api } from './api.js';
import { h, mount } from './dom.js';
import { shortDate } from './format.js';
import { filterSelect } from './ui.js';
import { WINDOWS, isoDate, windowName, windowOf, windowStart } from './windows.js';

export const CUSTOM = 'custom';
const CUSTOM_DAYS = 14;

/** What the address asks for; without a department or scope=org, the leader's own department. */
export function stateOf(query, me) {
  const custom = query.has('from') || query.has('to') || query.get('window') === CUSTOM;
  const own = me.department && me.departmentTrends ? me.department : '';
  const organisation = query.get('scope') === 'org';
  return {
    window: custom ? CUSTOM : windowOf(query.get('window')),
    from: custom ? query.get('from') || isoDate(Date.now() - (CUSTOM_DAYS - 1) * 86400000) : '',
    to: custom ? query.get('to') || isoDate(Date.now()) : '',
    department: query.get('department') || (organisation ? '' : own),
    scope: organisation ? 'org' : '',
    source: query.get('source') || '',
    tag: query.get('tag') || '',
    own,
  };
}

/** The overview's address after changes; from and to only for a custom range, the own department implied. */
export function addressOf(state, changes) {
  const next = { ...state, ...changes, own: '' };
  const kept = Object.entries(next).filter(([name, v]) => v && (next.window === CUSTOM || !['from', 'to'].includes(name)));
  return `/overview?${new URLSearchParams(kept)}`;
}

/** The API parameters of a state: a named window, or from and to. */
export function paramsOf(state) {
  const time = state.window === CUSTOM ? { from: state.from, to: state.to } : { window: state.window };
  return { ...time, department: state.department, source: state.source, tag: state.tag };
}

/** Days of a custom range, both dates included. */
export function customDays(state) {
  return Math.round((Date.parse(state.to) - Date.parse(state.from)) / 86400000) + 1;
}

export function windowText(state) {
  return state.window === CUSTOM
    ? `${shortDate(state.from)} – ${shortDate(state.to)}`
    : `the last ${windowName(state.window)}`;
}

/** My department or the whole organisation; without a department of my own, only the latter. */
export function scopeSwitch(me, state, go) {
  const own = me.department && me.departmentTrends ? me.department : '';
  if (!own) return null;
  const mine = state.department === own && !state.scope;
  return h('div', { class: 'segmented', role: 'group', 'aria-label': 'Scope' },
    h('button', { type: 'button', class: 'segment', 'aria-pressed': String(mine), onclick: () => go({ department: '', scope: '' }) },
      `My department (${own})`),
    h('button', { type: 'button', class: 'segment', 'aria-pressed': String(!state.department), onclick: () => go({ department: '', scope: 'org' }) },
      'Whole organisation'));
}

/** Ways out of a window with too few posts: the whole organisation, a longer window. */
export function widerViews(state, go) {
  const named = WINDOWS.indexOf(state.window);
  const longer = named >= 0 ? WINDOWS[named + 1] : null;
  const ways = [
    state.department ? h('button', { type: 'button', class: 'button', onclick: () => go({ department: '', scope: 'org' }) }, 'Show the whole organisation') : null,
    longer ? h('button', { type: 'button', class: 'button', onclick: () => go({ window: longer }) }, `Show the last ${windowName(longer)}`) : null,
  ].filter(Boolean);
  return ways.length ? h('p', { class: 'notice-actions' }, ways) : null;
}

/** Filter choices from search facets over the window: the values that actually occur. */
export async function loadFilterOptions(bar, state, go) {
  let facets = {};
  try {
    const from = state.window === CUSTOM ? state.from : windowStart(state.window);
    facets = (await api.get('/api/search', { limit: 1, from })).facets || {};
  } catch {
    // Filters still work with what the address holds; the lists stay short.
  }
  const choose = (name) => (value) => go({ [name]: value, ...(name === 'department' ? { scope: value ? '' : 'org' } : {}) });
  mount(bar,
    filterSelect('Department', Object.keys(facets.department || {}), state.department, choose('department')),
    filterSelect('Source', Object.keys(facets.source || {}), state.source, choose('source')),
    filterSelect('Tag', Object.keys(facets.tag || {}), state.tag, choose('tag')));
  if (state.source || state.tag || (state.department && state.department !== state.own)) {
    bar.appendChild(h('button', { type: 'button', class: 'button button-quiet', onclick: () => go({ department: '', scope: '', source: '', tag: '' }) }, 'Clear filters'));
  }
}
