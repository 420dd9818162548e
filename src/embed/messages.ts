/**
 * The postMessage protocol between an embedded timeline (iframe) and its host page. Every
 * message carries the protocol name and version; anything else is ignored on both sides.
 */
import type { ViewState } from '../domain/url-state';
import { parseViewState, serializeViewState } from '../domain/url-state';

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

/** A host's message, or null if it is not one of ours (wrong protocol, version or shape). */
export function readHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.protocol !== PROTOCOL || m.version !== PROTOCOL_VERSION) return null;
  if (m.type !== 'set-state') return null;
  // A host may send a query string or a partial state object.
  if (typeof m.search === 'string') return { type: 'set-state', search: m.search.slice(0, 2000) };
  if (typeof m.state === 'object' && m.state !== null) {
    return { type: 'set-state', search: searchFromPartial(m.state as Record<string, unknown>) };
  }
  return null;
}

function searchFromPartial(state: Record<string, unknown>): string {
  const params = new URLSearchParams();
  const leaders = state.leaders ?? state.leader;
  if (Array.isArray(leaders))
    params.set('leader', leaders.filter((x) => typeof x === 'string').join(','));
  else if (typeof leaders === 'string') params.set('leader', leaders);
  for (const key of ['from', 'to', 'q', 'event', 'view'] as const) {
    const v = state[key];
    if (typeof v === 'string' || typeof v === 'number') params.set(key, String(v));
  }
  // Normalise through the same parser the URL uses, so a host cannot set what a link cannot.
  return serializeViewState(parseViewState(params.toString()));
}
