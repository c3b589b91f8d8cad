// The dashboard's named time windows: the same four the API answers for (TrendWindow.NAMED).
// Every view takes its list, labels and lengths from here.

export const WINDOWS = ['24h', '7d', '30d', '90d'];

export const DEFAULT_WINDOW = '7d';

const HOURS = { '24h': 24, '7d': 24 * 7, '30d': 24 * 30, '90d': 24 * 90 };

const NAMES = { '24h': '24 hours', '7d': '7 days', '30d': '30 days', '90d': '90 days' };

/** The window named in a query string, or the default one. */
export function windowOf(value) {
  return WINDOWS.includes(value) ? value : DEFAULT_WINDOW;
}

/** "7 days" for 7d; any other label as it is (custom windows). */
export function windowName(window) {
  return NAMES[window] || window;
}

/** The ISO instant a named window starts at, counted back from now. */
export function windowStart(window) {
  const hours = HOURS[window] || HOURS[DEFAULT_WINDOW];
  return new Date(Date.now() - hours * 3600 * 1000).toISOString();
}

const DAY = 24 * 3600 * 1000;

/** How a sentence names one window length and the same length before it, for the readable baseline. */
const PERIODS = {
  '24h': { before: 'a day before', now: 'in the last 24 hours' },
  '7d': { before: 'a week before', now: 'this week' },
  '30d': { before: 'a month before', now: 'this month' },
  '90d': { before: 'a quarter before', now: 'this quarter' },
};

/**
 * {before, now} for a report's window: "a week before" and "this week" for 7d; a custom window of
 * 12 days reads "per 12 days before" and "in these 12 days".
 */
export function periodWords(label, from, to) {
  if (PERIODS[label]) return PERIODS[label];
  const days = Math.max(1, Math.round((Date.parse(to) - Date.parse(from)) / DAY));
  return days === 1
    ? { before: 'a day before', now: 'that day' }
    : { before: `per ${days} days before`, now: `in these ${days} days` };
}

/** The UTC date (yyyy-mm-dd) of an instant, as date inputs and the API's from/to take it. */
export function isoDate(instant) {
  return new Date(instant).toISOString().slice(0, 10);
}
