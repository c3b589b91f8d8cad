// A labelled input with an optional hint and a slot for its error, tied to it by
// aria-describedby and aria-invalid, so a screen reader reads the message with the field.

import { h } from './dom.js';

/** The hint shown under every new-password field; the server's policy has the last word. */
export const NEW_PASSWORD_HINT = 'At least 12 characters; common passwords and the username are refused.';

/** {element, input, error(message), clear()}: error(null) is the same as clear(). */
export function labelledField(id, label, { hint, ...attrs } = {}) {
  const input = h('input', { id, name: id, ...attrs });
  const hintEl = hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null;
  const errorEl = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const describe = (withError) => [hintEl ? hintEl.id : null, withError ? errorEl.id : null].filter(Boolean).join(' ');
  const field = {
    element: h('div', { class: 'field' }, h('label', { for: id }, label), input, hintEl, errorEl),
    input,
    error(message) {
      if (!message) return field.clear();
      errorEl.textContent = message;
      errorEl.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', describe(true));
      return field;
    },
    clear() {
      errorEl.textContent = '';
      errorEl.hidden = true;
      input.removeAttribute('aria-invalid');
      if (hintEl) input.setAttribute('aria-describedby', describe(false));
      else input.removeAttribute('aria-describedby');
      return field;
    },
  };
  return field.clear();
}
