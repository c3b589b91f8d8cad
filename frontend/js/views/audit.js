// Admin: the audit log, newest first, a page at a time.

import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { dateTime } from '../format.js';
import { emptyState, problemNotice, scrollRegion } from '../ui.js';

const PAGE = 25;

/** Fills box with the audit log; returns a function that reloads its first page. */
export function auditLog(box) {
  let offset = 0;
  const table = h('div', { 'data-testid': 'audit-events' });
  const older = h('button', { type: 'button', class: 'button', onclick: () => load(offset + PAGE) }, 'Older events');
  const newer = h('button', { type: 'button', class: 'button', onclick: () => load(Math.max(0, offset - PAGE)) }, 'Newer events');
  const reload = h('button', { type: 'button', class: 'button button-quiet', onclick: () => load(0) }, 'Refresh');
  async function load(from) {
    try {
      const page = await api.get('/api/admin/audit', { limit: PAGE, offset: from });
      offset = from;
      mount(table, page.events.length ? h('div', scrollRegion('Audit events'), h('table', null,
        h('thead', null, h('tr', null, ['When', 'What', 'Who', 'About', 'From', 'Detail'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, page.events.map((e) => h('tr', null,
          h('td', null, dateTime(e.at)), h('td', null, e.kind), h('td', null, e.actor),
          h('td', null, e.subject || ''), h('td', null, e.address || ''), h('td', null, e.detail || '')))))) : emptyState('No events yet.'));
      older.disabled = offset + PAGE >= page.total;
      newer.disabled = offset === 0;
    } catch (error) {
      mount(table, problemNotice(error, 'the audit log'));
    }
  }
  mount(box, h('p', { class: 'card-note' }, 'Sign-in locks, changes to accounts and keys, reindexing and stop-word edits; kept for the configured retention.'),
    table, h('div', { class: 'reset-actions' }, newer, older, reload));
  load(0);
  return () => load(0);
}
