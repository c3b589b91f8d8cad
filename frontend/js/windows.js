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
