import { describe, expect, it } from 'vitest';
import {
  PROTOCOL,
  PROTOCOL_VERSION,
  readEmbedMessage,
  readHostMessage,
} from '../../../src/embed/messages';

const base = { protocol: PROTOCOL, version: PROTOCOL_VERSION, type: 'set-state' };

describe('messages from the host page', () => {
  it('accepts a state as a query string or an object, normalised like a link', () => {
    expect(readHostMessage({ ...base, search: '?leader=kim-jong-un&from=2025' })).toEqual({
      type: 'set-state',
      search: '?leader=kim-jong-un&from=2025',
    });
    expect(
      readHostMessage({
        ...base,
        state: { leaders: ['kim-jong-un', 'xi-jinping'], from: 2025, to: 2025 },
      }),
    ).toEqual({ type: 'set-state', search: '?leader=kim-jong-un,xi-jinping&from=2025&to=2025' });
  });

  it('drops what a link could not say', () => {
    expect(
      readHostMessage({ ...base, state: { event: '<img src=x>', view: 'list', from: 'x' } }),
    ).toEqual({
      type: 'set-state',
      search: '?view=list',
    });
  });

  it.each([
    null,
    'set-state',
    { ...base, protocol: 'other' },
    { ...base, version: 2 },
    { ...base, type: 'height' },
    { ...base },
  ])('ignores %j', (data) => {
    expect(readHostMessage(data)).toBeNull();
  });
});

describe('messages from the frame, as the host helper reads them', () => {
  const from = { protocol: PROTOCOL, version: PROTOCOL_VERSION };

  it('reads each kind the frame sends', () => {
    expect(readEmbedMessage({ ...from, type: 'ready' })).toEqual({ type: 'ready' });
    expect(readEmbedMessage({ ...from, type: 'height', height: 512 })).toEqual({
      type: 'height',
      height: 512,
    });
    expect(readEmbedMessage({ ...from, type: 'select', event: null })).toEqual({
      type: 'select',
      event: null,
    });
    expect(
      readEmbedMessage({ ...from, type: 'state', state: { view: 'list' }, search: '?view=list' }),
    ).toEqual({ type: 'state', state: { view: 'list' }, search: '?view=list' });
  });

  it.each([
    { ...from, type: 'height', height: 0 },
    { ...from, type: 'height', height: '512' },
    { ...from, type: 'state', state: {} },
    { ...from, type: 'set-state', search: '' },
    { ...from, version: 2, type: 'ready' },
    'ready',
  ])('ignores %j', (data) => {
    expect(readEmbedMessage(data)).toBeNull();
  });
});
