import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { session } from '../app/session';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

interface Watch {
  type: 'thread' | 'topic';
  id: string;
}

let watches: Promise<Watch[]> | null = null;

/** What the participant follows, read once per visit and kept current by the buttons. */
function myWatches(): Promise<Watch[]> {
  watches ??= api.get<{ items: Watch[] }>('/me/watches').then(
    (page) => page.items,
    (error) => {
      watches = null;
      throw error;
    },
  );
  return watches;
}

/**
 * Follow or stop following a thread or a topic, to be notified of what is new there. A toggle button
 * (aria-pressed) with a line saying what following means.
 */
@customElement('watch-button')
export class WatchButton extends PlenaryElement {
  @property() kind: 'thread' | 'topic' = 'thread';
  @property() target = '';
  @state() private following: boolean | null = null;
  /** Following or no longer following; the button stays enabled, a second press on its way is refused. */
  private readonly action = new ActionController(this, { context: () => `${this.kind} ${this.target}` });

  /** Posting in a thread follows it (the server does so): the button says so at once, without a reload. */
  private readonly posted = (event: Event): void => {
    const post = (event as CustomEvent<{ threadId?: string }>).detail;
    if (this.kind === 'thread' && post?.threadId === this.target) {
      this.following = true;
      watches = null;
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // captured: the thread's post list stops the event from bubbling further once it has taken the post in
    document.addEventListener('post-published', this.posted, { capture: true });
  }

  override disconnectedCallback(): void {
    document.removeEventListener('post-published', this.posted, { capture: true });
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('target') || changed.has('kind')) && this.target && session.participant()) {
      myWatches()
        .then((items) => (this.following = items.some((item) => item.type === this.kind && item.id === this.target)))
        .catch(() => (this.following = false));
    }
  }

  protected override render() {
    if (!session.participant() || this.following === null) {
      return nothing;
    }
    const thread = this.kind === 'thread';
    return html`<div class="watch">
      <button type="button" class="button button--small button--secondary" aria-pressed=${this.following} @click=${this.toggle}>
        ${this.following ? t('watch.followingButton') : thread ? t('watch.follow') : t('watch.followTopic')}
      </button>
      <span class="muted">${this.following ? (thread ? t('watch.following') : t('watch.followingTopic')) : t('watch.notFollowing')}</span>
      <problem-alert .error=${this.action.failure} .dismiss=${() => this.action.dismiss()}></problem-alert>
    </div>`;
  }

  private async toggle(): Promise<void> {
    const path = `/me/watches/${this.kind === 'thread' ? 'threads' : 'topics'}/${encodeURIComponent(this.target)}`;
    const following = this.following;
    await this.action.run(() => (following ? api.delete(path) : api.put(path, undefined)), {
      apply: () => {
        this.following = !following;
        watches = null;
      },
      announce: () => this.saying(),
    });
  }

  /** What following means now, as the line beside the button says it. */
  private saying(): string {
    if (!this.following) {
      return t('watch.notFollowing');
    }
    return this.kind === 'thread' ? t('watch.following') : t('watch.followingTopic');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'watch-button': WatchButton;
  }
}
