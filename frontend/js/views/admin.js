// Admin: user accounts, API keys, feeds, imports, the search index and the audit log, with
// progress bars for the long-running jobs.

import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { progress } from '../charts.js';
import { count, dateTime } from '../format.js';
import { card, emptyState, notice, problemNotice, scrollRegion, toast } from '../ui.js';
import { auditLog } from './audit.js';
import { resetButton } from './password-reset.js';
import { accountActions } from './user-edit.js';

const ROLES = ['employee', 'leader', 'admin'];

export async function render(main, ctx) {
  ctx.setTitle('Admin');
  const boxes = {
    reindex: h('div', { 'data-testid': 'reindex' }),
    users: h('div', { 'data-testid': 'users' }),
    keys: h('div', { 'data-testid': 'api-keys' }),
    feeds: h('div', { 'data-testid': 'feeds' }),
    imports: h('div', { 'data-testid': 'imports' }),
    audit: h('div', { 'data-testid': 'audit' }),
  };
  const timers = [];
  ctx.onLeave(() => timers.forEach(clearTimeout));
  mount(main, h('div', { class: 'page page-wide' },
    h('div', { class: 'page-head' }, h('h1', null, 'Admin')),
    h('div', { class: 'admin-grid' },
      card('Search index', boxes.reindex),
      card('Imports', boxes.imports)),
    card('Users', boxes.users),
    card('API keys', boxes.keys),
    card('Feeds', boxes.feeds),
    card('Audit log', boxes.audit)));
  // What an admin does here is audited: the log shows it as soon as it is done.
  const audited = auditLog(boxes.audit);
  await Promise.all([
    reindex(boxes.reindex, timers), users(boxes.users, audited, ctx.me.name), keys(boxes.keys, audited), feeds(boxes.feeds), imports(boxes.imports, timers),
  ]);
}

/** Polls fn every second until it returns false; timers are cleared when the view is left. */
function poll(fn, timers) {
  const tick = async () => {
    if (await fn()) timers.push(setTimeout(tick, 1000));
  };
  tick();
}

async function reindex(box, timers) {
  const status = h('div', { 'aria-live': 'polite' });
  const button = h('button', {
    type: 'button', class: 'button',
    onclick: async () => {
      button.disabled = true;
      try {
        await api.post('/api/admin/reindex');
        poll(show, timers);
      } catch (error) {
        toast(error.message);
        button.disabled = false;
      }
    },
  }, 'Rebuild the index');
  async function show() {
    try {
      const p = await api.get('/api/admin/reindex');
      const busy = p.state !== 'ready' && p.state !== 'failed';
      mount(status, busy
        ? progress(`Index ${p.state}`, p.indexed, p.total)
        : h('p', null, h('span', { class: `badge badge-${p.state}` }, p.state),
          p.state === 'ready' ? ' · searches see every post' : ' · the server log has the cause'));
      button.disabled = busy;
      return busy;
    } catch (error) {
      mount(status, problemNotice(error, 'the index status'));
      return false;
    }
  }
  mount(box, h('p', { class: 'card-note' }, 'The index is derived from the database; a rebuild reads every post again while searches go on.'), status, button);
  poll(show, timers);
}

// A form that adds to a list: it sends its data, shows what `send` answers (or the problem) in a
// live region below it, then empties itself and reloads the list.
function addForm(what, reload, send, ...content) {
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', {
    class: 'inline-form',
    onsubmit: async (e) => {
      e.preventDefault();
      try {
        mount(result, await send(new FormData(form)));
        form.reset();
        reload();
      } catch (error) {
        mount(result, problemNotice(error, what));
      }
    },
  }, ...content, result);
  return form;
}

async function users(box, audited, me) {
  const table = h('div');
  const status = h('div', { 'aria-live': 'polite', 'data-testid': 'users-status' });
  const load = async () => {
    audited();
    try {
      const list = await api.get('/api/admin/users');
      const columns = ['Username', 'Name', 'Department', 'Roles', 'Enabled', 'Password', 'Account'];
      mount(table, h('div', scrollRegion('Users'), h('table', null,
        h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, list.map((u) => {
          const row = h('tr', null,
            h('td', null, u.username), h('td', null, u.displayName || ''), h('td', null, u.department || ''),
            h('td', null, u.roles.join(', ')), h('td', null, u.enabled ? 'yes' : 'no'));
          row.append(h('td', null, resetButton(u.username, row, columns.length, status)),
            h('td', null, accountActions(u, row, columns.length, status, load, u.username === me)));
          return row;
        })))));
    } catch (error) {
      mount(table, problemNotice(error, 'users'));
    }
  };
  const field = (id, label, attrs) => h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name: id, ...attrs }));
  const form = addForm('creating users', load, async (data) => {
    await api.post('/api/admin/users', {
      username: data.get('new-username'), password: data.get('new-password'),
      displayName: data.get('new-display') || null, department: data.get('new-department') || null,
      roles: data.getAll('new-role'),
    });
    return notice(`Created ${data.get('new-username')}.`, 'success');
  },
  h('h3', null, 'New user'),
  h('div', { class: 'form-grid' },
    field('new-username', 'Username', { required: true, autocomplete: 'off' }),
    field('new-password', 'Password (12+ characters)', { type: 'password', required: true, minlength: 12, autocomplete: 'new-password' }),
    field('new-display', 'Display name', {}),
    field('new-department', 'Department', {})),
  h('fieldset', { class: 'checks' }, h('legend', null, 'Roles'),
    ROLES.map((r) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'new-role', value: r, checked: r === 'employee' }), r))),
  h('button', { type: 'submit', class: 'button button-primary' }, 'Create user'));
  mount(box, status, table, form);
  await load();
}

async function keys(box, audited) {
  const table = h('div');
  const load = async () => {
    audited();
    try {
      const list = await api.get('/api/admin/api-keys');
      mount(table, list.length ? h('div', scrollRegion('API keys'), h('table', null,
        h('thead', null, h('tr', null, ['Name', 'Id', 'Scopes', 'Sources', 'Created', 'Status', ''].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, list.map((k) => h('tr', null,
          h('td', null, k.name), h('td', null, h('code', null, k.id)), h('td', null, k.scopes.join(', ')), h('td', null, k.sources.join(', ')),
          h('td', null, `${dateTime(k.createdAt)} by ${k.createdBy}`),
          h('td', null, k.revokedAt ? `revoked ${dateTime(k.revokedAt)}` : 'active'),
          h('td', null, k.revokedAt ? null : h('button', {
            type: 'button', class: 'button button-danger', 'aria-label': `Revoke key ${k.name}`,
            onclick: async () => {
              if (!window.confirm(`Revoke the key "${k.name}"? Clients using it stop working at once.`)) return;
              try {
                await api.del(`/api/admin/api-keys/${encodeURIComponent(k.id)}`);
                load();
              } catch (error) {
                toast(error.message);
              }
            },
          }, 'Revoke'))))))) : emptyState('No API keys yet.'));
    } catch (error) {
      mount(table, problemNotice(error, 'API keys'));
    }
  };
  const form = addForm('creating keys', load, async (data) => {
    const created = await api.post('/api/admin/api-keys', {
      name: data.get('key-name'), scopes: data.getAll('key-scope'),
      sources: String(data.get('key-sources') || '').split(',').map((s) => s.trim()).filter(Boolean),
    });
    return h('div', { class: 'notice notice-success' },
      h('p', null, 'Copy the key now: it is shown only once.'),
      h('p', null, h('code', { class: 'secret' }, created.key)));
  },
  h('h3', null, 'New API key'),
  h('div', { class: 'form-grid' },
    h('div', { class: 'field' }, h('label', { for: 'key-name' }, 'Name'), h('input', { id: 'key-name', name: 'key-name', required: true })),
    h('div', { class: 'field' }, h('label', { for: 'key-sources' }, 'Sources (comma-separated, * for any)'),
      h('input', { id: 'key-sources', name: 'key-sources', required: true, placeholder: 'forum, wiki' }))),
  h('fieldset', { class: 'checks' }, h('legend', null, 'Scopes'),
    ['ingest', 'rate'].map((s) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'key-scope', value: s, checked: s === 'ingest' }), s))),
  h('button', { type: 'submit', class: 'button button-primary' }, 'Create key'));
  mount(box, table, form);
  await load();
}

async function feeds(box) {
  const list = h('div');
  const load = async () => {
    try {
      const answer = await api.get('/api/admin/feeds');
      const feedsList = Array.isArray(answer) ? answer : (answer.feeds || []);
      mount(list, feedsList.length ? h('ul', { class: 'feed-list' }, feedsList.map((f) => feedItem(f, load))) : emptyState('No feeds registered.'));
      return true;
    } catch (error) {
      mount(box, problemNotice(error, 'feeds'));
      return false;
    }
  };
  const form = addForm('feeds', load, async (data) => {
    await api.post('/api/admin/feeds', { url: data.get('feed-url'), source: data.get('feed-source') });
  },
  h('div', { class: 'form-grid' },
    h('div', { class: 'field' }, h('label', { for: 'feed-url' }, 'RSS or Atom URL'), h('input', { id: 'feed-url', name: 'feed-url', type: 'url', required: true })),
    h('div', { class: 'field' }, h('label', { for: 'feed-source' }, 'Source'), h('input', { id: 'feed-source', name: 'feed-source', required: true, placeholder: 'blog' }))),
  h('button', { type: 'submit', class: 'button button-primary' }, 'Add feed'));
  mount(box, list, form);
  await load();
}

function feedItem(feed, reload) {
  const act = (label, run) => h('button', {
    type: 'button', class: 'button', 'aria-label': `${label}: ${feed.title || feed.url}`,
    onclick: async () => {
      try {
        await run();
        reload();
      } catch (error) {
        toast(error.message);
      }
    },
  }, label);
  const outcome = feed.lastError ? `failed: ${feed.lastError}` : feed.lastStatus ? `HTTP ${feed.lastStatus}` : null;
  return h('li', null,
    h('span', { class: 'feed-url' }, feed.title || feed.url),
    h('span', { class: 'meta' }, [feed.title ? feed.url : null, `source ${feed.source}`,
      feed.lastPolledAt ? `polled ${dateTime(feed.lastPolledAt)}` : 'not polled yet', outcome].filter(Boolean).join(' · ')),
    h('span', { class: 'feed-actions' },
      act('Poll now', () => api.post(`/api/admin/feeds/${encodeURIComponent(feed.id)}/poll`).then(() => toast('Feed polled.'))),
      act('Remove', () => api.del(`/api/admin/feeds/${encodeURIComponent(feed.id)}`))));
}

async function imports(box, timers) {
  const status = h('div', { 'aria-live': 'polite' });
  const file = h('input', { id: 'import-file', type: 'file', required: true, accept: '.ndjson,.jsonl,.json,.zip' });
  const format = h('select', { id: 'import-format' },
    h('option', { value: 'ndjson' }, 'NDJSON (one post per line)'), h('option', { value: 'stackexchange' }, 'Stack Exchange dump (zip)'));
  const form = h('form', {
    class: 'inline-form',
    onsubmit: async (e) => {
      e.preventDefault();
      if (!file.files.length) return;
      const kind = format.value;
      try {
        const job = await api.upload('/api/imports', file.files[0], kind === 'ndjson' ? 'application/x-ndjson' : 'application/zip', { format: kind });
        poll(() => follow(job.id), timers);
      } catch (error) {
        mount(status, problemNotice(error, 'imports'));
      }
    },
  },
  h('div', { class: 'field' }, h('label', { for: 'import-file' }, 'File'), file),
  h('div', { class: 'field' }, h('label', { for: 'import-format' }, 'Format'), format),
  h('button', { type: 'submit', class: 'button button-primary' }, 'Import'));
  async function follow(id) {
    try {
      const job = await api.get(`/api/imports/${encodeURIComponent(id)}`);
      const errors = job.errors || [];
      const summary = [job.stored !== undefined ? `${count(job.stored)} posts stored` : null,
        job.ratings ? `${count(job.ratings)} ratings` : null,
        job.errorCount ? `${count(job.errorCount)} lines skipped` : null].filter(Boolean).join(' · ');
      mount(status, progress(`Import ${job.id}: ${job.status}`, job.done, job.total),
        summary ? h('p', { class: 'card-note' }, summary) : null,
        job.message ? h('p', { class: job.status === 'failed' ? 'notice notice-error' : 'card-note' }, job.message) : null,
        errors.length ? h('ul', { class: 'import-errors' }, errors.slice(0, 10).map((err) => h('li', null, `line ${err.line}: ${err.message}`))) : null);
      return job.status === 'running';
    } catch (error) {
      mount(status, problemNotice(error, 'the import'));
      return false;
    }
  }
  mount(box, h('p', { class: 'card-note' }, 'Large batches go through an import job; its progress shows here.'), form, status);
}
