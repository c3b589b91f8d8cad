// The word cloud: the server renders the PNG (Kumo) and says where each word landed; the page
// lays a transparent link over every word, in percent of the image so it scales with the page.

import { api, url } from './api.js';
import { h, mount } from './dom.js';

let lastObjectUrl = null;

/** The trends the colours stand for, in the legend's order. */
const TRENDS = ['rising', 'steady', 'falling'];

/**
 * What to ask for: the container's width (capped) in whole pixels; landscape on wide screens, and
 * on a phone a squarer cloud of fewer words, so the words stay large enough to read and tap; drawn
 * on the dark background when the page is dark, so the cloud is not a white block.
 */
export function cloudSize(container) {
  const cssWidth = Math.max(240, Math.min(1000, Math.round(container.clientWidth || 800)));
  const narrow = cssWidth < 600;
  // Sharp on high-density screens: the image is drawn at up to twice its CSS size.
  const width = Math.round(cssWidth * Math.min(2, Math.max(1, window.devicePixelRatio || 1)));
  const dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  return {
    width, height: Math.round(width * (narrow ? 1 : 0.56)), words: narrow ? 25 : 60,
    theme: dark ? 'dark' : 'light',
  };
}

/** What size and colour mean, as text; the swatches take the colours the server drew with. */
function legend(colors) {
  const swatches = TRENDS.filter((trend) => colors[trend]).map((trend) => {
    const swatch = h('span', { class: 'cloud-swatch', 'aria-hidden': 'true' });
    // CSSOM, not a style attribute, which the page's CSP forbids.
    swatch.style.backgroundColor = colors[trend];
    return h('li', null, swatch, trend);
  });
  return h('div', { class: 'cloud-legend', 'data-testid': 'cloud-legend' },
    h('p', null, h('strong', null, 'Size:'), ' how strongly a term is rising.'),
    h('p', null, h('strong', null, 'Colour:'), ' change against the previous window:'),
    h('ul', { 'aria-label': 'Colours' }, swatches));
}

/**
 * Loads and shows the cloud for params ({window, department, source, tag}) in container; words
 * link to topicHref(word). Returns the cloud's JSON, or throws ApiError.
 */
export async function showCloud(container, params, { topicHref, linkTarget } = {}) {
  const size = cloudSize(container);
  const query = { ...params, ...size };
  const cloud = await api.get('/api/wordcloud', query);
  const imagePath = cloud.imageUrl && cloud.imageUrl.startsWith('/api/') ? cloud.imageUrl : url('/api/wordcloud.png', query);
  // An <img src> cannot carry the Authorization header: fetch the PNG and show it from memory.
  const png = await api.blob(imagePath);
  if (lastObjectUrl) URL.revokeObjectURL(lastObjectUrl);
  lastObjectUrl = URL.createObjectURL(png);
  const width = cloud.width || size.width;
  const height = cloud.height || size.height;
  const words = cloud.words || [];
  const image = h('img', {
    src: lastObjectUrl, width, height, class: 'cloud-image',
    alt: words.length ? `Word cloud of ${words.length} trending words; each is a link listed below` : 'Word cloud (no trending words)',
  });
  const links = h('ul', { class: 'cloud-words', 'aria-label': 'Words in the cloud' }, words.map((word) => {
    const link = h('a', {
      href: topicHref(word), class: 'cloud-word', target: linkTarget || null,
      rel: linkTarget ? 'noopener' : null, title: word.text,
      dataset: { key: word.key || word.text },
    }, word.text);
    // CSSOM properties, not style attributes, which the page's CSP forbids.
    link.style.left = `${(100 * word.x) / width}%`;
    link.style.top = `${(100 * word.y) / height}%`;
    link.style.width = `${(100 * word.width) / width}%`;
    link.style.height = `${(100 * word.height) / height}%`;
    return h('li', null, link);
  }));
  const frame = h('div', { class: 'cloud-frame' }, image, links);
  frame.style.aspectRatio = `${width} / ${height}`;
  mount(container, frame, legend(cloud.colors || {}));
  return cloud;
}

/** Saves the current cloud as a PNG file, fetched again with the caller's credentials. */
export async function downloadCloud(params, filename) {
  const png = await api.blob('/api/wordcloud.png', { ...params, width: 1200, height: 672, theme: 'light' });
  saveBlob(png, filename);
}

export function saveBlob(blob, filename) {
  const link = h('a', { href: URL.createObjectURL(blob), download: filename, class: 'visually-hidden' });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
