import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { api } from './api';
import { follow, RESYNC, type LiveState, type Subscription } from './live';
import { changesList, speakersPath, type SpeakersList } from './speakers-model';

/**
 * The speakers list of an agenda item, kept current over the session's event stream: an event about the item's
 * list newer than the version held makes it read again, so a reader sees the floor move without reloading. An
 * answer to a read that a newer one overtook is dropped.
 */
export class LiveSpeakersList implements ReactiveController {
  list: SpeakersList | null = null;
  failure: unknown = null;
  state: LiveState | null = null;
  private subscription: Subscription | null = null;
  private reads = 0;
  private following = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly place: () => { sessionId: string; itemId: string },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refollow();
  }

  hostUpdated(): void {
    const { sessionId, itemId } = this.place();
    if (`${sessionId}/${itemId}` !== this.following) {
      this.refollow();
    }
  }

  hostDisconnected(): void {
    this.subscription?.close();
    this.subscription = null;
    this.following = '';
  }

  /** Shows an answer the server gave to a change (it carries the list as it now stands). */
  show(list: SpeakersList): void {
    if (!this.list || list.version >= this.list.version) {
      this.list = list;
      this.host.requestUpdate();
    }
  }

  async load(): Promise<void> {
    const { sessionId, itemId } = this.place();
    if (!sessionId || !itemId) {
      return;
    }
    const read = ++this.reads;
    try {
      const list = await api.get<SpeakersList>(speakersPath(sessionId, itemId));
      if (read === this.reads) {
        this.failure = null;
        this.show(list);
      }
    } catch (error) {
      if (read === this.reads) {
        this.failure = error;
        this.host.requestUpdate();
      }
    }
  }

  private refollow(): void {
    const { sessionId, itemId } = this.place();
    this.subscription?.close();
    this.following = `${sessionId}/${itemId}`;
    this.list = null;
    if (!sessionId || !itemId) {
      return;
    }
    void this.load();
    this.subscription = follow(
      `/sessions/${encodeURIComponent(sessionId)}/events`,
      (event) => {
        if (event.type === RESYNC || changesList(event.data, itemId, this.list?.version ?? -1)) {
          void this.load();
        }
      },
      (state) => {
        this.state = state;
        this.host.requestUpdate();
      },
      { needsSignIn: true },
    );
  }
}
