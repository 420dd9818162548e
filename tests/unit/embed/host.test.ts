/**
 * The iframe host helper (src/embed/host.ts, served as embed/host.js), on a host page in jsdom:
 * what it does with the frame's messages and what it sends in. The browser test
 * (tests/browser/embed.test.ts) runs it against the real app in a frame from another origin.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostHelper } from '../../../src/embed/host';
import '../../../src/embed/host';
import { PROTOCOL, PROTOCOL_VERSION } from '../../../src/embed/messages';

const APP = 'https://timeline.test';
function installed(): HostHelper {
  const found = (window as Window & { ChinaDprkTimeline?: HostHelper }).ChinaDprkTimeline;
  if (!found) throw new Error('host.js did not install window.ChinaDprkTimeline');
  return found;
}
const helper = installed();

function frame(src = `${APP}/?embed=1`): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('src', src);
  document.body.append(iframe);
  return iframe;
}

/** A message as if from `iframe`'s window (or, given `source`, from another window). */
function fromFrame(
  iframe: HTMLIFrameElement,
  data: object,
  origin = APP,
  source: Window | null = iframe.contentWindow,
) {
  window.dispatchEvent(
    new MessageEvent('message', {
      data: { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...data },
      origin,
      source,
    }),
  );
}

afterEach(() => {
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

describe('the iframe host helper', () => {
  it('is on the page as ChinaDprkTimeline, speaking the frame’s protocol', () => {
    expect(helper).toMatchObject({ PROTOCOL, VERSION: PROTOCOL_VERSION });
  });

  it('sizes the frame to the height it reports, from its own window and origin only', () => {
    const iframe = frame();
    const attached = helper.attach(iframe);
    fromFrame(iframe, { type: 'height', height: 640.2 });
    expect(iframe.style.height).toBe('641px');
    fromFrame(iframe, { type: 'height', height: 9999 }, 'https://elsewhere.test');
    fromFrame(iframe, { type: 'height', height: -5 });
    fromFrame(iframe, { type: 'height', height: 10 }, APP, window);
    expect(iframe.style.height).toBe('641px');
    attached.detach();
    fromFrame(iframe, { type: 'height', height: 300 });
    expect(iframe.style.height).toBe('641px');
  });

  it('passes selections and states on, and mirrors the state in the host URL', () => {
    const onSelect = vi.fn();
    const onState = vi.fn();
    const iframe = frame();
    helper.attach(iframe, { onSelect, onState, mirrorParam: 'timeline' });
    const event = { id: 'e', title: 'T', dateLabel: '2025', date: '2025' };
    fromFrame(iframe, { type: 'select', event });
    expect(onSelect).toHaveBeenLastCalledWith(event);
    fromFrame(iframe, { type: 'state', state: { view: 'list' }, search: '?event=e&view=list' });
    expect(onState).toHaveBeenLastCalledWith({ view: 'list' }, '?event=e&view=list');
    expect(new URL(window.location.href).searchParams.get('timeline')).toBe('event=e&view=list');
    fromFrame(iframe, { type: 'state', state: {}, search: '' });
    expect(window.location.search).toBe('');
  });

  it('opens the frame on the view the host URL keeps, over the frame’s own', () => {
    window.history.replaceState(null, '', '/?timeline=leader%3Dkim-il-sung%26view%3Dlist');
    const iframe = frame(`${APP}/?embed=1&event=old&theme=dark`);
    helper.attach(iframe, { mirrorParam: 'timeline' });
    const src = new URL(iframe.src);
    expect(Object.fromEntries(src.searchParams)).toEqual({
      embed: '1',
      theme: 'dark',
      leader: 'kim-il-sung',
      view: 'list',
    });
  });

  it('sends a state in as an object or a query string, to the frame’s origin only', () => {
    const iframe = frame();
    const inner = iframe.contentWindow;
    if (!inner) throw new Error('the frame has no window');
    const post = vi.spyOn(inner, 'postMessage');
    const attached = helper.attach(iframe);
    attached.setState({ leader: 'kim-jong-un', from: 2025 });
    attached.setState('?event=e');
    const base = { protocol: PROTOCOL, version: PROTOCOL_VERSION, type: 'set-state' };
    expect(post.mock.calls).toEqual([
      [{ ...base, state: { leader: 'kim-jong-un', from: 2025 } }, APP],
      [{ ...base, search: '?event=e' }, APP],
    ]);
  });

  it('attaches once per frame', () => {
    const iframe = frame();
    expect(helper.attach(iframe)).toBe(helper.attach(iframe));
  });
});
