import { api } from './api';
import { session } from './session';
import { SPEAKER_EVENT_TYPES } from './speakers-model';

/** A server-sent event as the stream delivered it: its name, and its JSON data. */
export interface LiveEvent {
  type: string;
  id: string;
  data: Record<string, unknown>;
}

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'ended';

export interface Subscription {
  close(): void;
}

/** The stream's first event: it carries the position the stream starts from, to resume from if it drops. */
const OPENED = 'stream.opened';
/** The thread is no longer open to the reader (audience, accreditation, role): the stream ends for good. */
export const ENDED = 'stream.ended';
/** The reader was too far behind to be sent every missed event: fetch the current state again. */
export const RESYNC = 'stream.resync';

const EVENT_TYPES = [
  OPENED,
  ENDED,
  RESYNC,
  'post.created',
  'post.edited',
  'post.withdrawn',
  'post.hidden',
  'post.restored',
  'post.joint-statement-requested',
  'post.joint-statement-confirmed',
  'post.joint-statement-declined',
  'post.joint-statement-left',
  'thread.created',
  'thread.updated',
  'draft.stance-recorded',
  'draft.dissociation-recorded',
  'draft.version-published',
  'draft.comment-added',
  'draft.amendment-proposed',
  'draft.amendment-withdrawn',
  'draft.amendment-incorporated',
  'draft.amendment-not-retained',
  'proposal.tabled',
  'proposal.sponsor-joined',
  'proposal.sponsor-left',
  'proposal.withdrawn',
  'summary.generated',
  'summary.published',
  'notification.created',
  ...SPEAKER_EVENT_TYPES,
];

const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 30_000;

/**
 * Follows an event stream of the API (`/threads/{id}/events`, `/me/events`) and resumes after a dropped
 * connection without losing an event: every reconnection asks for a fresh one-use ticket (EventSource cannot
 * send the bearer token) and names the last event received, so the server sends what was missed, in order.
 * EventSource hands over only the event names it listens for: EVENT_TYPES lists those the server sends
 * (docs/EVENTS.md); unnamed events arrive as messages.
 */
export function follow(
  path: string,
  onEvent: (event: LiveEvent) => void,
  onState: (state: LiveState) => void = () => {},
  options: { needsSignIn?: boolean } = {},
): Subscription {
  let source: EventSource | null = null;
  let lastEventId = '';
  let closed = false;
  let retry = FIRST_RETRY_MS;
  let timer: number | undefined;

  const deliver = (message: MessageEvent<string>) => {
    lastEventId = message.lastEventId || lastEventId;
    retry = FIRST_RETRY_MS;
    if (message.type === OPENED) {
      return;
    }
    if (message.type === ENDED) {
      closed = true;
      source?.close();
      source = null;
      onState('ended');
    }
    try {
      onEvent({
        type: message.type,
        id: message.lastEventId,
        data: JSON.parse(message.data) as Record<string, unknown>,
      });
    } catch {
      // a malformed event is skipped; the stream goes on
    }
  };

  const connect = async () => {
    if (closed) {
      return;
    }
    const query = new URLSearchParams();
    if (session.participant()) {
      try {
        query.set('ticket', (await api.post<{ ticket: string }>('/stream-tickets')).ticket);
      } catch {
        scheduleReconnect();
        return;
      }
    } else if (options.needsSignIn) {
      return;
    }
    if (lastEventId) {
      query.set('lastEventId', lastEventId);
    }
    if (closed) {
      return;
    }
    const opened = new EventSource(`/api/v1${path}${query.toString() ? `?${query}` : ''}`);
    source = opened;
    opened.onopen = () => onState('live');
    opened.onmessage = deliver;
    EVENT_TYPES.forEach((type) => opened.addEventListener(type, deliver as EventListener));
    opened.onerror = () => {
      // EventSource would retry with the same, now spent, ticket: take over and reconnect with a new one
      opened.close();
      if (source === opened) {
        source = null;
        scheduleReconnect();
      }
    };
  };

  const scheduleReconnect = () => {
    if (closed) {
      return;
    }
    onState('reconnecting');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void connect(), retry);
    retry = Math.min(retry * 2, LONGEST_RETRY_MS);
  };

  // The browser knows first when the network goes: stop at once, and pick up where the stream left off as
  // soon as it is back, rather than after the next back-off delay.
  const wentOffline = () => {
    window.clearTimeout(timer);
    source?.close();
    source = null;
    onState('reconnecting');
  };
  const cameOnline = () => {
    if (!source && !closed) {
      retry = FIRST_RETRY_MS;
      window.clearTimeout(timer);
      void connect();
    }
  };
  window.addEventListener('offline', wentOffline);
  window.addEventListener('online', cameOnline);

  onState('connecting');
  void connect();
  return {
    close() {
      closed = true;
      window.clearTimeout(timer);
      window.removeEventListener('offline', wentOffline);
      window.removeEventListener('online', cameOnline);
      source?.close();
      source = null;
    },
  };
}
