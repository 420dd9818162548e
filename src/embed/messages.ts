/**
 * The postMessage protocol between an embedded timeline (iframe) and its host page. Every
 * message carries the protocol name and version; anything else is ignored on both sides.
 */
import type { ViewState, ViewStateInput } from '../domain/view-state';
import { normalizeViewState, parseViewState, serializeViewState } from '../domain/view-state';

export const PROTOCOL = 'china-dprk-timeline';
export const PROTOCOL_VERSION = 1;

export interface SelectedEventInfo {
  readonly id: string;
  readonly title: string;
  /** The date as shown ("6 Oct 2024") and as stored (EDTF). */
  readonly dateLabel: string;
  readonly date: string;
}

export type EmbedMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'height'; readonly height: number }
  | { readonly type: 'state'; readonly state: ViewState; readonly search: string }
  | { readonly type: 'select'; readonly event: SelectedEventInfo | null };

export type HostMessage = { readonly type: 'set-state'; readonly search: string };

export function envelope<T extends object>(message: T) {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...message };
}

/**
 * A host's message, or null if it is not one of ours (wrong protocol, version or shape). Its
 * state (a query string or a partial state object) is normalised as a link's would be, so a
 * host cannot set what a link cannot; it comes out as the query string it amounts to.
 */
export function readHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.protocol !== PROTOCOL || m.version !== PROTOCOL_VERSION) return null;
  if (m.type !== 'set-state') return null;
  let state: ViewState;
  if (typeof m.search === 'string') state = parseViewState(m.search.slice(0, 2000));
  else if (typeof m.state === 'object' && m.state !== null)
    state = normalizeViewState(m.state as ViewStateInput);
  else return null;
  return { type: 'set-state', search: serializeViewState(state) };
}

/**
 * A frame's message as the host helper reads it, or null if it is not one of ours or not in a
 * shape the helper can act on. The helper has already checked the sender's window and origin.
 */
export function readEmbedMessage(data: unknown): EmbedMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.protocol !== PROTOCOL || m.version !== PROTOCOL_VERSION) return null;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'height':
      return typeof m.height === 'number' && m.height > 0
        ? { type: 'height', height: m.height }
        : null;
    case 'select':
      return { type: 'select', event: (m.event ?? null) as SelectedEventInfo | null };
    case 'state':
      return typeof m.search === 'string'
        ? { type: 'state', state: m.state as ViewState, search: m.search }
        : null;
    default:
      return null;
  }
}
