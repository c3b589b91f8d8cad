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

/** A rate as people read it: one decimal below ten ("5.6"), whole numbers above ("28"). */
export function rate(n) {
  const value = n || 0;
  return value > 0 && value < 10 && !Number.isInteger(value) ? oneDecimal(value) : count(Math.round(value));
}

/** A figure's change against the previous window: {arrow, text, direction, label}, or none without one. */
export function changeOf(now, before) {
  if (!before) return now ? { arrow: '▲', text: 'new', direction: 'up', label: 'none in the previous window' } : null;
  const pct = Math.round(((now - before) / before) * 100);
  if (pct > 0) return { arrow: '▲', text: `+${count(pct)}%`, direction: 'up', label: `up ${pct}%` };
  if (pct < 0) return { arrow: '▼', text: `−${count(-pct)}%`, direction: 'down', label: `down ${-pct}%` };
  return { arrow: '▶', text: '±0%', direction: 'flat', label: 'unchanged' };
}

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

/**
 * Everyone's ratings in words, e.g. "Average 4.2 (12 ratings)": no star glyphs, so it never reads
 * as my own stars beside it.
 */
export function ratingText(rating) {
  if (!rating || !rating.count) return 'No ratings yet';
  return `Average ${oneDecimal(rating.mean)} (${plural(rating.count, 'rating', 'ratings')})`;
}
