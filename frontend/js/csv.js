// CSV for spreadsheets: RFC 4180 quoting, and text cells that a spreadsheet would run as a formula
// (=, +, -, @) are prefixed with an apostrophe — terms and names come from people's posts.

function cell(value) {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join(' ') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header, rows) {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function trendsCsv(report) {
  const header = ['term', 'key', 'phrase', 'score', 'posts', 'baselinePosts', 'change', 'isNew', 'authors', 'daily', 'leaders'];
  const rows = (report.terms || []).map((t) => [
    t.term, t.key, t.phrase, t.score, t.posts, t.baselinePosts, t.change, t.isNew, t.authors,
    (t.daily || []).join(' '),
    (t.leaders || []).map((l) => l.displayName || l.id).join('; '),
  ]);
  return toCsv(header, rows);
}
