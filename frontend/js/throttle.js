// What a form says and does when the server throttles password attempts (429 with Retry-After):
// one plain sentence to announce, and its submit button held until the wait is over.

import { plural } from './format.js';

/** Used when a 429 does not say how long to wait. */
const DEFAULT_WAIT = 60;

export function tooManyAttempts(seconds) {
  return `Too many attempts. Try again in ${plural(seconds || DEFAULT_WAIT, 'second', 'seconds')}.`;
}

/**
 * Disables the button for the given seconds, counting down in its own text (not in a live region,
 * so a screen reader hears the sentence once rather than every second), then gives it back.
 */
export function holdUntilRetry(button, seconds) {
  const label = button.textContent;
  const until = Date.now() + (seconds || DEFAULT_WAIT) * 1000;
  button.disabled = true;
  const tick = () => {
    const left = Math.ceil((until - Date.now()) / 1000);
    if (left <= 0 || !button.isConnected) {
      button.textContent = label;
      button.disabled = false;
      return;
    }
    button.textContent = `${label} (${left} s)`;
    setTimeout(tick, 1000);
  };
  tick();
}
