// A custom date range: two date inputs and a button; the API takes the dates as from (its start)
// and to (inclusive of its whole day).

import { h } from './dom.js';
import { isoDate } from './windows.js';

/** The form; onApply gets {from, to} as yyyy-mm-dd, checked to lie in order and not in the future. */
export function dateRangeForm({ from, to, onApply }) {
  const today = isoDate(Date.now());
  const error = h('p', { class: 'field-error', id: 'range-error', role: 'alert', hidden: true });
  const input = (id, label, value) => h('div', { class: 'field field-inline' },
    h('label', { for: id }, label),
    h('input', { id, name: id, type: 'date', value: value || '', max: today, required: true, 'aria-describedby': 'range-error' }));
  const form = h('form', { class: 'date-range', 'aria-label': 'Custom date range', novalidate: true },
    input('range-from', 'From', from),
    input('range-to', 'To', to),
    h('button', { type: 'submit', class: 'button' }, 'Apply'),
    error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = { from: form.elements['range-from'].value, to: form.elements['range-to'].value };
    const problem = rangeProblem(chosen, today);
    error.textContent = problem || '';
    error.hidden = !problem;
    if (!problem) onApply(chosen);
  });
  return form;
}

function rangeProblem({ from, to }, today) {
  if (!from || !to) return 'Choose both dates.';
  if (from > to) return 'The start date must not be after the end date.';
  if (from > today) return 'The start date lies in the future.';
  return null;
}
