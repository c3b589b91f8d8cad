// Server-sent events read with fetch(), which sends the session cookie like every API call, and
// unlike EventSource also the X-Requested-With header that keeps a 401 free of a challenge; the
// reconnecting with a growing pause is this module's own.

import { headers } from './api.js';

/**
 * Listens to /api/events until stop() is called; onEvent gets each parsed event ({type, posts,
 * at}), onState 'live', 'reconnecting' or 'stopped'. Reconnects with a growing pause.
 */
export function listen({ onEvent, onState = () => {} }) {
  let controller = null;
  let stopped = false;
  let pause = 1000;
  let timer = null;

  async function connect() {
    controller = new AbortController();
    try {
      const response = await fetch('/api/events', {
        headers: headers({ Accept: 'text/event-stream' }),
        signal: controller.signal,
        cache: 'no-store',
      });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      if (response.status === 200) {
        pause = 1000;
        onState('live');
      }
      await read(response.body, onEvent);
      throw new Error('stream ended');
    } catch {
      if (stopped) return;
      onState('reconnecting');
      timer = setTimeout(connect, pause);
      pause = Math.min(pause * 2, 30000);
    }
  }

  connect();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (controller) controller.abort();
      onState('stopped');
    },
  };
}

/** Reads an event stream: events end at a blank line; only the data lines matter here. */
async function read(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end = buffer.search(/\r?\n\r?\n/);
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(buffer.slice(end).match(/^\r?\n\r?\n/)[0].length + end);
      const data = block.split(/\r?\n/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      if (data) {
        try {
          onEvent(JSON.parse(data));
        } catch {
          // Not ours to understand (a newer event format): ignore it.
        }
      }
      end = buffer.search(/\r?\n\r?\n/);
    }
  }
}
