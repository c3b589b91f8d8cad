// Admin: setting a person's password from the users table, in a form that opens in a row of its
// own under theirs. The server's policy decides; its refusal is shown next to the field.

import { api, ApiError } from '../api.js';
import { h, mount } from '../dom.js';
import { labelledField, NEW_PASSWORD_HINT } from '../fields.js';
import { notice, problemNotice } from '../ui.js';

/** The "Reset password" button of a user's row; status announces a reset that went through. */
export function resetButton(username, row, columns, status) {
  const button = h('button', {
    type: 'button', class: 'button', 'aria-expanded': 'false', 'aria-label': `Reset password of ${username}`,
    onclick: () => {
      const open = row.nextElementSibling && row.nextElementSibling.classList.contains('reset-row');
      if (open) close();
      else {
        const form = resetForm(username, { onDone: close, onReset: (text) => mount(status, notice(text, 'success')) });
        row.after(h('tr', { class: 'reset-row' }, h('td', { colspan: columns }, form)));
        button.setAttribute('aria-expanded', 'true');
        form.elements[0].focus();
      }
    },
  }, 'Reset password');
  function close() {
    if (row.nextElementSibling && row.nextElementSibling.classList.contains('reset-row')) row.nextElementSibling.remove();
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }
  return button;
}

function resetForm(username, { onDone, onReset }) {
  const id = `reset-${username.replace(/[^\w-]/g, '_')}`;
  const password = labelledField(id, `New password for ${username}`, {
    type: 'password', autocomplete: 'new-password', required: true, hint: NEW_PASSWORD_HINT,
  });
  const problem = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, 'Set password');
  const form = h('form', {
    class: 'reset-form', 'aria-label': `Reset password of ${username}`,
    onsubmit: async (event) => {
      event.preventDefault();
      password.clear();
      mount(problem);
      submit.disabled = true;
      try {
        await api.put(`/api/admin/users/${encodeURIComponent(username)}/password`, { newPassword: password.input.value });
      } catch (error) {
        submit.disabled = false;
        const message = error instanceof ApiError ? error.fieldMessage('newPassword') : null;
        if (message) password.error(message).input.focus();
        else mount(problem, problemNotice(error, `${username}'s password`));
        return;
      }
      onReset(`The password of ${username} was reset.`);
      onDone();
    },
  },
  password.element,
  h('div', { class: 'reset-actions' },
    submit,
    h('button', { type: 'button', class: 'button button-quiet', onclick: onDone }, 'Cancel')),
  problem);
  return form;
}
