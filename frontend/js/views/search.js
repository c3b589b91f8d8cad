// Search: full-text results with highlighted snippets, facets as filters, and inline rating.

import { api } from '../api.js';
import { h, highlighted, mount } from '../dom.js';
import { count, date, ratingText } from '../format.js';
import { emptyState, problemNotice, starRating } from '../ui.js';

const LIMIT = 10;
const FACETS = [['source', 'Source'], ['department', 'Department'], ['tag', 'Tag']];

/**
 * The API's limit on q (SearchRequest.MAX_TEXT_LENGTH). Checked here before any request is built, so
 * a pasted page of text gets a sentence, never a URL too long for the server.
 */
export const MAX_QUERY = 500;

const FILTERS = ['source', 'department', 'tag', 'from', 'to'];

export async function render(main, ctx) {
  const q = ctx.query.get('q') || '';
  const state = {
    q,
    sort: ctx.query.get('sort') || 'relevance',
    source: ctx.query.get('source') || '',
    department: ctx.query.get('department') || '',
    tag: ctx.query.getAll('tag'),
    from: ctx.query.get('from') || '',
    to: ctx.query.get('to') || '',
    offset: Math.max(0, parseInt(ctx.query.get('offset') || '0', 10) || 0),
  };
  ctx.setTitle(q ? `Search: ${q.slice(0, 80)}` : 'Search');
  const go = (changes) => ctx.navigate(searchPath({ ...state, offset: 0, ...changes }));

  const input = h('input', { id: 'search-q', type: 'search', name: 'q', value: q, placeholder: 'Words or "a phrase"', 'aria-label': 'Search posts', 'aria-describedby': 'search-q-help' });
  const sort = h('select', { id: 'search-sort', 'aria-label': 'Order' },
    [['relevance', 'Best match'], ['top', 'Top rated'], ['new', 'Newest']].map(([value, label]) => h('option', { value, selected: value === state.sort }, label)));
  const from = h('input', { id: 'search-from', type: 'date', value: state.from, max: state.to || null });
  const to = h('input', { id: 'search-to', type: 'date', value: state.to, min: state.from || null });
  const help = h('p', { id: 'search-q-help', class: 'hint search-help' });
  const results = h('div', { class: 'search-results', 'data-testid': 'results' });
  const submit = () => {
    const text = input.value.trim();
    if (text.length > MAX_QUERY) {
      mount(results, tooLongNotice(text));
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    go({ q: text, sort: sort.value, from: from.value, to: to.value });
  };
  input.addEventListener('input', () => {
    const over = input.value.trim().length > MAX_QUERY;
    input.toggleAttribute('aria-invalid', over);
    help.textContent = over ? `${count(input.value.trim().length)} of at most ${count(MAX_QUERY)} characters` : '';
  });
  const form = h('form', {
    class: 'search-form', role: 'search',
    onsubmit: (e) => { e.preventDefault(); submit(); },
  }, input, sort,
  h('button', { type: 'submit', class: 'button button-primary' }, 'Search'),
  h('div', { class: 'search-dates' },
    h('span', { class: 'search-date' }, h('label', { for: 'search-from' }, 'From'), from),
    h('span', { class: 'search-date' }, h('label', { for: 'search-to' }, 'To'), to)),
  help);
  sort.addEventListener('change', () => { if (input.value.trim()) submit(); });
  for (const field of [from, to]) field.addEventListener('change', () => { if (input.value.trim() || state.q) submit(); });

  const facets = h('aside', { class: 'facets', 'aria-label': 'Filters' });
  mount(main, h('div', { class: 'page page-wide' },
    h('div', { class: 'page-head' }, h('h1', null, 'Search')),
    form,
    h('div', { class: 'search-layout' }, facets, results)));
  if (!q) {
    mount(results, emptyState('Search titles and bodies of every post. All words must match; other forms of a word count too ("meetings" finds "meeting"); put phrases in quotes.'));
    input.focus();
    return;
  }
  if (q.length > MAX_QUERY) {
    mount(results, tooLongNotice(q));
    return;
  }

  results.setAttribute('aria-busy', 'true');
  mount(results, h('p', { class: 'searching', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Searching…'));
  let answer;
  try {
    answer = await api.get('/api/search', {
      q, sort: state.sort, source: state.source, department: state.department, tag: state.tag,
      from: state.from, to: state.to, offset: state.offset, limit: LIMIT,
    });
  } catch (error) {
    mount(results, problemNotice(error, 'search results'));
    return;
  } finally {
    results.removeAttribute('aria-busy');
  }
  renderFacets(facets, answer.facets || {}, state, go);
  const pieces = [
    answer.notice ? h('p', { class: 'notice notice-muted search-notice', 'data-testid': 'search-notice' }, answer.notice) : null,
    answer.suggestion ? suggestionLine(answer.suggestion, state) : null,
  ];
  if (!answer.total) {
    mount(results, pieces, noResults(state, go));
    return;
  }
  const first = state.offset + 1;
  const last = state.offset + answer.hits.length;
  mount(results, pieces,
    h('p', { class: 'result-count', 'aria-live': 'polite' }, `${count(first)}–${count(last)} of ${count(answer.total)} posts`),
    h('ol', { class: 'hit-list' }, answer.hits.map(hitItem)),
    pager(answer.total, state, go));
}

/** The hash path of a search: only the parameters that differ from the defaults. */
function searchPath(next) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(next)) {
    if (Array.isArray(value)) value.forEach((v) => query.append(name, v));
    else if (value && !(name === 'sort' && value === 'relevance') && !(name === 'offset' && value === 0)) query.append(name, value);
  }
  return `/search?${query}`;
}

function tooLongNotice(text) {
  return h('p', { class: 'notice notice-warn', role: 'alert', 'data-testid': 'search-too-long' },
    `Your search is ${count(text.length)} characters long; a search can be at most ${count(MAX_QUERY)} characters. `
    + 'Shorten it to the words that matter most and search again.');
}

/** "Did you mean …?" as a link that runs the suggested search with the same filters. */
function suggestionLine(suggestion, state) {
  return h('p', { class: 'search-suggestion', 'data-testid': 'search-suggestion' }, 'Did you mean ',
    h('a', { href: `#${searchPath({ ...state, q: suggestion, offset: 0 })}` }, suggestion), '?');
}

function noResults(state, go) {
  const filtered = FILTERS.some((name) => (Array.isArray(state[name]) ? state[name].length : state[name]));
  return h('section', { class: 'no-results', 'data-testid': 'no-results' },
    h('h2', { 'aria-live': 'polite' }, `No posts match “${state.q}”${filtered ? ' with these filters' : ''}.`),
    filtered ? h('p', null, h('button', {
      type: 'button', class: 'button',
      onclick: () => go({ source: '', department: '', tag: [], from: '', to: '' }),
    }, 'Search without filters')) : null,
    h('p', null, 'Things to try:'),
    h('ul', { class: 'tips' },
      h('li', null, 'Check the spelling, or use fewer words: every word must appear in a post.'),
      h('li', null, 'Join alternatives with OR, e.g. rollout OR migration.'),
      h('li', null, 'Use a shorter phrase, or leave out the quotes.'),
      filtered ? h('li', null, 'Widen the dates or remove a filter.') : null));
}

function hitItem(hit) {
  const summary = h('span', { class: 'rating-line' }, ratingText(hit.rating));
  const author = hit.author || {};
  return h('li', { class: 'hit' },
    h('a', { class: 'post-title', href: `#/post/${hit.id}` }, hit.title),
    h('p', { class: 'meta' }, [author.displayName || author.id, author.department, hit.source, date(hit.createdAt)].filter(Boolean).join(' · ')),
    h('p', { class: 'snippet' }, highlighted(hit.snippet)),
    (hit.tags || []).length ? h('ul', { class: 'tags', 'aria-label': 'Tags' }, hit.tags.map((t) => h('li', { class: 'tag' }, t))) : null,
    h('div', { class: 'hit-rating' }, summary, starRating(hit.id, null, (rating) => {
      summary.textContent = ratingText(rating);
    }, { compact: true })));
}

function renderFacets(box, facets, state, go) {
  const groups = FACETS.filter(([name]) => facets[name] && Object.keys(facets[name]).length).map(([name, label]) => {
    const values = Object.entries(facets[name]).slice(0, 12);
    return h('section', { class: 'facet' }, h('h2', { class: 'facet-title' }, label),
      h('ul', null, values.map(([value, n]) => {
        const active = name === 'tag' ? state.tag.includes(value) : state[name] === value;
        const toggle = () => {
          if (name === 'tag') go({ tag: active ? state.tag.filter((t) => t !== value) : [...state.tag, value] });
          else go({ [name]: active ? '' : value });
        };
        return h('li', null, h('button', {
          type: 'button', class: 'facet-value', 'aria-pressed': String(active), onclick: toggle,
        }, h('span', { class: 'facet-label' }, value), h('span', { class: 'facet-count' }, count(n))));
      })));
  });
  const active = state.source || state.department || state.tag.length || state.from || state.to;
  if (!groups.length && !active) {
    mount(box);
    return;
  }
  // On a phone the filters fold away above the results, open while one is in use.
  const panel = h('details', { class: 'facet-panel', open: !!active || window.innerWidth > 700 },
    h('summary', null, active ? 'Filters (in use)' : 'Filters'),
    h('div', { class: 'facet-groups' }, groups,
      active ? h('button', { type: 'button', class: 'button button-quiet', onclick: () => go({ source: '', department: '', tag: [], from: '', to: '' }) }, 'Clear filters') : null));
  mount(box, panel);
}

function pager(total, state, go) {
  if (total <= LIMIT) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', class: 'button', disabled: state.offset === 0, onclick: () => go({ ...state, offset: Math.max(0, state.offset - LIMIT) }) }, '← Previous'),
    h('button', { type: 'button', class: 'button', disabled: state.offset + LIMIT >= Math.min(total, 10000), onclick: () => go({ ...state, offset: state.offset + LIMIT }) }, 'Next →'));
}

