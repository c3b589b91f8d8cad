// My own rating of a post: five stars as a WAI-ARIA radio group, used wherever a post appears.
// One star takes the focus (roving tabindex): the arrow keys move the choice along the group and
// save it once they rest, Enter, Space or a click saves at once, and the focus stays on the star.
// Where the caller does not know my rating yet, the stars of a whole page are looked up in one call.

import { api } from './api.js';
import { h } from './dom.js';

const STARS = [1, 2, 3, 4, 5];

/** Arrow keys save once they have rested this long, so moving from 1 to 5 is one rating, not four. */
const ARROW_SAVE_DELAY_MS = 700;

/** Post ids per lookup: what GET /api/me/ratings accepts in one call. */
const LOOKUP_BATCH = 100;

const waiting = new Map();
let flushing = null;

/** My stars for a post (0 when I have not rated it), looked up together with every other post asked for in the same turn. */
export function myRating(postId) {
  return new Promise((resolve, reject) => {
    const id = Number(postId);
    if (!waiting.has(id)) waiting.set(id, []);
    waiting.get(id).push({ resolve, reject });
    if (!flushing) flushing = setTimeout(lookUp, 0);
  });
}

async function lookUp() {
  flushing = null;
  const batch = new Map(waiting);
  waiting.clear();
  const ids = [...batch.keys()];
  for (let from = 0; from < ids.length; from += LOOKUP_BATCH) {
    const chunk = ids.slice(from, from + LOOKUP_BATCH);
    try {
      const answer = await api.get('/api/me/ratings', { post: chunk });
      const stars = new Map((answer.ratings || []).map((r) => [Number(r.postId), r.stars]));
      chunk.forEach((id) => batch.get(id).forEach((w) => w.resolve(stars.get(id) || 0)));
    } catch (error) {
      chunk.forEach((id) => batch.get(id).forEach((w) => w.reject(error)));
    }
  }
}

/**
 * The star control for one post. mine is my current rating (0 for none), or null to look it up;
 * onChange(summary, stars) is called with the post's new rating summary after every save or
 * withdrawal. compact leaves out the withdraw button, for lists.
 */
export function starRating(postId, mine, onChange, { compact = false } = {}) {
  let saved = 0;
  let shown = 0;
  let touched = false;
  let desired = null;
  let saving = false;
  let arrowTimer = null;

  const mineText = h('span', { class: 'stars-mine', 'aria-live': 'polite' });
  const radios = STARS.map((n) => h('button', {
    type: 'button', role: 'radio', class: 'star', 'aria-checked': 'false', tabindex: '-1',
    'aria-label': `Rate ${n} of 5`, title: `Rate ${n} of 5`, dataset: { stars: String(n) },
    onclick: () => choose(n),
    onkeydown: (event) => onKey(event, n),
  }, '☆'));
  const group = h('div', { role: 'radiogroup', class: 'star-group', 'aria-label': 'Your rating' }, radios);
  const withdrawButton = compact ? null : h('button', {
    type: 'button', class: 'button button-quiet withdraw', hidden: true, onclick: withdraw,
  }, 'Withdraw my rating');
  const root = h('div', { class: `stars${compact ? ' stars-compact' : ''}`, dataset: { post: String(postId) } },
    group, mineText, withdrawButton);

  function draw(stars, note) {
    shown = stars;
    radios.forEach((radio, i) => {
      const n = i + 1;
      radio.setAttribute('aria-checked', String(n === stars));
      radio.classList.toggle('star-on', n <= stars);
      radio.textContent = n <= stars ? '★' : '☆';
      radio.tabIndex = n === (stars || 1) ? 0 : -1;
    });
    mineText.textContent = note || (stars ? `Your rating: ${stars}` : 'Not rated by you');
    mineText.classList.toggle('stars-mine-none', !stars && !note);
    if (withdrawButton) withdrawButton.hidden = !saved;
  }

  /** A click, Enter or Space: shown and saved at once. */
  function choose(n) {
    clearTimeout(arrowTimer);
    touched = true;
    draw(n);
    save(n);
  }

  function onKey(event, n) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    let next = null;
    if (step) next = ((n - 1 + step + STARS.length) % STARS.length) + 1;
    else if (event.key === 'Home') next = 1;
    else if (event.key === 'End') next = STARS.length;
    if (next === null) return;
    event.preventDefault();
    touched = true;
    draw(next);
    radios[next - 1].focus();
    clearTimeout(arrowTimer);
    arrowTimer = setTimeout(() => save(next), ARROW_SAVE_DELAY_MS);
  }

  /** Saves the latest choice; choices made while a save is under way follow it, the last one winning. */
  async function save(stars) {
    desired = stars;
    if (saving) return;
    saving = true;
    try {
      while (desired !== null && desired !== saved) {
        const target = desired;
        try {
          const view = await api.put(`/api/posts/${encodeURIComponent(postId)}/rating`, { stars: target });
          saved = view.stars;
          if (desired === target) draw(saved);
          if (onChange) onChange(view.summary, saved);
        } catch (error) {
          desired = null;
          draw(saved, `Not saved: ${error.message || 'the server did not answer'}`);
        }
      }
    } finally {
      saving = false;
      desired = null;
    }
  }

  async function withdraw() {
    if (saving) return;
    saving = true;
    clearTimeout(arrowTimer);
    try {
      await api.del(`/api/posts/${encodeURIComponent(postId)}/rating`);
      saved = 0;
      draw(0);
      radios[0].focus();
      const post = await api.get(`/api/posts/${encodeURIComponent(postId)}`);
      if (onChange) onChange(post.rating, 0);
    } catch (error) {
      draw(saved, `Not withdrawn: ${error.message || 'the server did not answer'}`);
    } finally {
      saving = false;
    }
  }

  if (mine === null || mine === undefined) {
    draw(0, 'Your rating: …');
    myRating(postId).then((stars) => {
      if (touched) return;
      saved = stars;
      draw(stars);
    }, () => {
      if (!touched) draw(0);
    });
  } else {
    saved = mine || 0;
    draw(saved);
  }
  return root;
}
