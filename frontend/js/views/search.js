// Search: full-text results with highlighted snippets, facets as filters, and inline rating.

import { api } from '../api.js';
import { h, highlighted, mount } from '../dom.js';
import { count, date, ratingText } from '../format.js';
import { emptyState, problemNotice, starRating } from '../ui.js';

const LIMIT = 10;
const FACETS = [['source', 'Source'], ['department', 'Department'], ['tag', 'Tag']];

export async function render(main, ctx) {
  const q = ctx.query.get('q') || '';
  const state = {
    q,
    sort: ctx.query.get('sort') || 'relevance',
    source: ctx.query.get('source') || '',
    department: ctx.query.get('department') || '',
    tag: ctx.query.getAll('tag'),
    offset: Math.max(0, parseInt(ctx.query.get('offset') || '0', 10) || 0),
  };
  ctx.setTitle(q ? `Search: ${q}` : 'Search');
  const go = (changes) => {
    const next = { ...state, offset: 0, ...changes };
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(next)) {
      if (Array.isArray(value)) value.forEach((v) => query.append(name, v));
      else if (value && !(name === 'sort' && value === 'relevance') && !(name === 'offset' && value === 0)) query.append(name, value);
    }
    ctx.navigate(`/search?${query}`);
  };

  const input = h('input', { id: 'search-q', type: 'search', name: 'q', value: q, placeholder: 'Words or "a phrase"', 'aria-label': 'Search posts' });
  const sort = h('select', { id: 'search-sort', 'aria-label': 'Order' },
    [['relevance', 'Best match'], ['top', 'Top rated'], ['new', 'Newest']].map(([value, label]) => h('option', { value, selected: value === state.sort }, label)));
  const form = h('form', {
    class: 'search-form', role: 'search',
    onsubmit: (e) => { e.preventDefault(); go({ q: input.value.trim(), sort: sort.value }); },
  }, input, sort, h('button', { type: 'submit', class: 'button button-primary' }, 'Search'));
  sort.addEventListener('change', () => { if (input.value.trim()) go({ q: input.value.trim(), sort: sort.value }); });

  const results = h('div', { class: 'search-results', 'data-testid': 'results' });
  const facets = h('aside', { class: 'facets', 'aria-label': 'Filters' });
  mount(main, h('div', { class: 'page page-wide' },
    h('div', { class: 'page-head' }, h('h1', null, 'Search')),
    form,
    h('div', { class: 'search-layout' }, facets, results)));
  if (!q) {
    mount(results, emptyState('Search titles and bodies of every post. All words must match; put phrases in quotes.'));
    input.focus();
    return;
  }

  let answer;
  try {
    answer = await api.get('/api/search', {
      q, sort: state.sort, source: state.source, department: state.department, tag: state.tag, offset: state.offset, limit: LIMIT,
    });
  } catch (error) {
    mount(results, problemNotice(error, 'search results'));
    return;
  }
  renderFacets(facets, answer.facets || {}, state, go);
  const from = answer.total ? state.offset + 1 : 0;
  const to = state.offset + answer.hits.length;
  mount(results,
    h('p', { class: 'result-count', 'aria-live': 'polite' }, answer.total ? `${count(from)}–${count(to)} of ${count(answer.total)} posts` : 'No posts match.'),
    h('ol', { class: 'hit-list' }, answer.hits.map(hitItem)),
    pager(answer.total, state, go));
}

function hitItem(hit) {
  const summary = h('span', { class: 'rating-line' }, ratingText(hit.rating));
  const author = hit.author || {};
  return h('li', { class: 'hit' },
    h('a', { class: 'post-title', href: `#/post/${hit.id}` }, hit.title),
    h('p', { class: 'meta' }, [author.displayName || author.id, author.department, hit.source, date(hit.createdAt)].filter(Boolean).join(' · ')),
    h('p', { class: 'snippet' }, highlighted(hit.snippet)),
    (hit.tags || []).length ? h('ul', { class: 'tags', 'aria-label': 'Tags' }, hit.tags.map((t) => h('li', { class: 'tag' }, t))) : null,
    h('div', { class: 'hit-rating' }, summary, starRating(hit.id, 0, (rating) => {
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
  const active = state.source || state.department || state.tag.length;
  if (!groups.length && !active) {
    mount(box);
    return;
  }
  // On a phone the filters fold away above the results, open while one is in use.
  const panel = h('details', { class: 'facet-panel', open: !!active || window.innerWidth > 700 },
    h('summary', null, active ? 'Filters (in use)' : 'Filters'),
    h('div', { class: 'facet-groups' }, groups,
      active ? h('button', { type: 'button', class: 'button button-quiet', onclick: () => go({ source: '', department: '', tag: [] }) }, 'Clear filters') : null));
  mount(box, panel);
}

function pager(total, state, go) {
  if (total <= LIMIT) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', class: 'button', disabled: state.offset === 0, onclick: () => go({ ...state, offset: Math.max(0, state.offset - LIMIT) }) }, '← Previous'),
    h('button', { type: 'button', class: 'button', disabled: state.offset + LIMIT >= Math.min(total, 10000), onclick: () => go({ ...state, offset: state.offset + LIMIT }) }, 'Next →'));
}

