import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { Thread, ThreadStatus } from '../app/forum-model';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

type Change = ThreadStatus;

/**
 * Moderators' controls on a thread: lock it (no one posts; for a heated thread), close it (the discussion
 * is over), or reopen it, always with the reason the audit log keeps. Fires `thread-changed` with the thread.
 */
@customElement('thread-moderation')
export class ThreadModeration extends PlenaryElement {
  @property({ attribute: false }) thread!: Thread;
  @state() private change: Change | null = null;
  private readonly action = new ActionController(this, { context: () => this.thread.id });

  protected override render() {
    const changes: Change[] = this.thread.status === 'open' ? ['locked', 'closed'] : ['open'];
    return html`<section aria-labelledby="thread-moderation" class="thread-moderation">
      <h2 id="thread-moderation">${t('threadModeration.heading')}</h2>
      <p class="muted">${t('threadModeration.status', { status: t(`threadStatus.${this.thread.status}`) })}</p>
      <div class="button-row">
        ${changes.map(
          (
            change,
          ) => html`<button type="button" class="button button--secondary" aria-expanded=${this.change === change}
            data-change=${change} @click=${() => void this.choose(change)}>${t(`threadModeration.${change}`)}</button>`,
        )}
      </div>
      ${
        this.change
          ? html`<form class="form" @submit=${this.apply}>
            <div class="field field--wide">
              <label for="thread-moderation-reason">${t('threadModeration.reason')}</label>
              <textarea id="thread-moderation-reason" name="reason" rows="2" required minlength="3" maxlength="1000"
                aria-describedby="thread-moderation-hint"></textarea>
              <p id="thread-moderation-hint" class="muted hint">${t('threadModeration.hint')}</p>
            </div>
            <problem-alert .error=${this.action.failure}></problem-alert>
            <div class="button-row">
              <button type="submit" class="button" ?disabled=${this.action.busy}>${t(`threadModeration.confirm.${this.change}`)}</button>
              <button type="button" class="button button--secondary" @click=${() => void this.choose(null)}>${t('action.cancel')}</button>
            </div>
          </form>`
          : nothing
      }
    </section>`;
  }

  private async choose(change: Change | null): Promise<void> {
    const previous = this.change;
    this.change = this.change === change ? null : change;
    this.action.dismiss();
    await this.updateComplete;
    if (this.change) {
      this.querySelector<HTMLTextAreaElement>('#thread-moderation-reason')?.focus();
    } else if (previous) {
      this.querySelector<HTMLElement>(`button[data-change='${previous}']`)?.focus();
    }
  }

  private async apply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    await this.action.run(() => api.patch<Thread>(`/threads/${this.thread.id}`, { status: this.change, reason }), {
      apply: () => (this.change = null),
      announce: (thread) => t('threadModeration.done', { status: t(`threadStatus.${thread.status}`) }),
      refresh: (thread) =>
        this.dispatchEvent(new CustomEvent<Thread>('thread-changed', { detail: thread, bubbles: true })),
      focus: () => this.querySelector<HTMLElement>('.thread-moderation button'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thread-moderation': ThreadModeration;
  }
}
