// Admin: editing an account from the users table. "Edit" opens a form in a row of its own under
// the user's (name, department, roles); "Disable"/"Enable" and "Delete" (after a confirmation) act
// at once. The server refuses what would lock the admin out; its refusal shows in the status.

import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { notice, problemNotice } from '../ui.js';

const ROLES = ['employee', 'leader', 'admin'];

/**
 * The buttons of a user's row; status announces what was done, reload redraws the table. An admin's
 * own row has no Disable or Delete: the server refuses both, so that no one locks themselves out.
 */
export function accountActions(user, row, columns, status, reload, self = false) {
  const name = user.username;
  const act = async (run, done) => {
    try {
      await run();
      mount(status, notice(done, 'success'));
      reload();
    } catch (error) {
      mount(status, problemNotice(error, `${name}'s account`));
    }
  };
  const edit = h('button', {
    type: 'button', class: 'button', 'aria-expanded': 'false', 'aria-label': `Edit ${name}`,
    onclick: () => {
      if (isOpen()) {
        close();
        return;
      }
      const form = editForm(user, {
        onDone: close,
        onSaved: () => {
          mount(status, notice(`Saved the changes to ${name}.`, 'success'));
          reload();
        },
      });
      row.after(h('tr', { class: 'edit-row' }, h('td', { colspan: columns }, form)));
      edit.setAttribute('aria-expanded', 'true');
      form.elements[0].focus();
    },
  }, 'Edit');
  function isOpen() {
    return row.nextElementSibling && row.nextElementSibling.classList.contains('edit-row');
  }
  function close() {
    if (isOpen()) row.nextElementSibling.remove();
    edit.setAttribute('aria-expanded', 'false');
    edit.focus();
  }
  const toggle = h('button', {
    type: 'button', class: 'button', 'aria-label': `${user.enabled ? 'Disable' : 'Enable'} ${name}`,
    onclick: () => act(() => api.patch(`/api/admin/users/${encodeURIComponent(name)}`, { enabled: !user.enabled }),
      user.enabled ? `Disabled ${name}: they are refused from now on.` : `Enabled ${name} again.`),
  }, user.enabled ? 'Disable' : 'Enable');
  const remove = h('button', {
    type: 'button', class: 'button button-danger', 'aria-label': `Delete ${name}`,
    onclick: () => {
      if (!window.confirm(`Delete the account ${name}? Their posts stay, by "Former member"; their ratings stay, unnamed. This cannot be undone.`)) return;
      act(() => api.del(`/api/admin/users/${encodeURIComponent(name)}`), `Deleted ${name}.`);
    },
  }, 'Delete');
  return h('span', { class: 'row-actions' }, edit, self ? null : toggle, self ? null : remove);
}

function editForm(user, { onDone, onSaved }) {
  const id = `edit-${user.username.replace(/[^\w-]/g, '_')}`;
  const input = (suffix, label, value) => {
    const field = h('input', { id: `${id}-${suffix}`, name: suffix, value: value || '' });
    return { field, element: h('div', { class: 'field' }, h('label', { for: `${id}-${suffix}` }, label), field) };
  };
  const displayName = input('display', `Display name of ${user.username}`, user.displayName);
  const department = input('department', `Department of ${user.username}`, user.department);
  const roles = ROLES.map((r) => h('input', { type: 'checkbox', name: 'role', value: r, checked: user.roles.includes(r) }));
  const problem = h('div', { 'aria-live': 'polite' });
  const form = h('form', {
    class: 'edit-form', 'aria-label': `Edit ${user.username}`,
    onsubmit: async (event) => {
      event.preventDefault();
      mount(problem);
      const change = {
        department: department.field.value.trim(),
        roles: roles.filter((box) => box.checked).map((box) => box.value),
      };
      if (displayName.field.value.trim()) change.displayName = displayName.field.value.trim();
      try {
        await api.patch(`/api/admin/users/${encodeURIComponent(user.username)}`, change);
      } catch (error) {
        mount(problem, problemNotice(error, `${user.username}'s account`));
        return;
      }
      onSaved();
      onDone();
    },
  },
  h('div', { class: 'form-grid' }, displayName.element, department.element),
  h('fieldset', { class: 'checks' }, h('legend', null, 'Roles'),
    ROLES.map((r, i) => h('label', { class: 'check' }, roles[i], r))),
  h('div', { class: 'reset-actions' },
    h('button', { type: 'submit', class: 'button button-primary' }, 'Save'),
    h('button', { type: 'button', class: 'button button-quiet', onclick: onDone }, 'Cancel')),
  problem);
  return form;
}
