// Numbers, dates and changes as people read them.

const numbers = new Intl.NumberFormat(undefined);
const decimals = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dates = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const shortDates = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const times = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const dateTimes = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const count = (n) => numbers.format(n || 0);
export const oneDecimal = (n) => decimals.format(n || 0);
export const date = (iso) => (iso ? dates.format(new Date(iso)) : '');
export const shortDate = (iso) => (iso ? shortDates.format(new Date(iso)) : '');
export const dateTime = (iso) => (iso ? dateTimes.format(new Date(iso)) : '');
export const time = (d) => times.format(d);

export function plural(n, one, many) {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** A trend's change against its baseline: {arrow, text, direction} for "▲ +150%", "new", "▼ −20%". */
export function change(term) {
  if (term.isNew) return { arrow: '▲', text: 'new', direction: 'up', label: 'new this window' };
  const pct = Math.round((term.change || 0) * 100);
  if (pct > 0) return { arrow: '▲', text: `+${count(pct)}%`, direction: 'up', label: `up ${pct}% on its baseline` };
  if (pct < 0) return { arrow: '▼', text: `−${count(-pct)}%`, direction: 'down', label: `down ${-pct}% on its baseline` };
  return { arrow: '▶', text: '±0%', direction: 'flat', label: 'unchanged on its baseline' };
}

/** A rating summary in words, e.g. "4.2★ from 12 ratings". */
export function ratingText(rating) {
  if (!rating || !rating.count) return 'not rated yet';
  return `${oneDecimal(rating.mean)}★ from ${plural(rating.count, 'rating', 'ratings')}`;
}
