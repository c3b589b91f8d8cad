// Building DOM without HTML strings: every piece of text goes in as a text node, so content that
// people wrote (titles, names, tags) can never become markup, whatever characters it holds.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * h('a', {href: '#/x', class: 'link', onclick: fn}, 'text', child, [more]) → an element.
 * Attributes named on* become event listeners; false, null and undefined attributes are left out;
 * children may be strings, numbers, nodes, arrays or null.
 */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG elements, which need their namespace. */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * Search snippets are HTML that the API built from the post's plain text: that text escaped, with
 * <mark> around matches. They are read with a tiny tokenizer, never parsed as HTML: <mark> and
 * </mark> become a mark element, everything else becomes text. Even a snippet that broke the
 * API's promise could not inject anything, and the page's CSP never sees an inline handler to block.
 */
export function highlighted(snippetHtml) {
  const out = document.createDocumentFragment();
  let inMark = false;
  for (const part of String(snippetHtml || '').split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) inMark = true;
    else if (/^<\/mark>$/i.test(part)) inMark = false;
    else if (part) out.appendChild(inMark ? h('mark', null, unescapeSnippet(part)) : document.createTextNode(unescapeSnippet(part)));
  }
  return out;
}

// The server's escaping of snippet text: the four named references and numeric ones (&#x27;, &#x2F;).
const ESCAPED = { amp: '&', lt: '<', gt: '>', quot: '"' };

function unescapeSnippet(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot);/gi, (whole, ref) => {
    if (ref[0] !== '#') return ESCAPED[ref.toLowerCase()];
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

// What the server's allow-list (src/main/java/io/groundswell/post/BodyHtml.java) lets through.
const BODY_TAGS = new Set(['P', 'BR', 'HR', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'CODE', 'KBD',
  'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'DEL', 'INS', 'SUB', 'SUP', 'MARK',
  'SMALL', 'Q', 'CITE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'CAPTION', 'A']);
const BODY_ATTRIBUTES = { A: ['href', 'title', 'rel', 'target'], OL: ['start'], TH: ['colspan', 'rowspan'], TD: ['colspan', 'rowspan'] };
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The one exception to "text nodes only": a post's bodyHtml, which the server rendered from the
 * body and cleaned with jsoup against a short allow-list (post/BodyHtml.java). It is parsed in an
 * inert <template>, where nothing runs or loads, and checked once more against the same list
 * before it joins the page: an element outside the list becomes its text, an attribute outside
 * it is dropped, and a link must lead to http, https or mailto and opens apart from the page.
 */
export function sanitisedBody(html) {
  const template = document.createElement('template');
  template.innerHTML = String(html || '');
  for (const el of template.content.querySelectorAll('*')) {
    if (!template.content.contains(el)) continue; // inside an element already replaced by its text
    if (!BODY_TAGS.has(el.tagName) || (el.tagName === 'A' && !safeLink(el.getAttribute('href')))) {
      el.replaceWith(document.createTextNode(el.textContent));
      continue;
    }
    const allowed = BODY_ATTRIBUTES[el.tagName] || [];
    for (const name of el.getAttributeNames()) {
      if (!allowed.includes(name)) el.removeAttribute(name);
    }
    if (el.tagName === 'A') {
      el.setAttribute('rel', 'nofollow noopener noreferrer ugc');
      el.setAttribute('target', '_blank');
    }
  }
  return template.content;
}

function safeLink(href) {
  try {
    return LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}
