import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api } from '../app/api';
import type { Thread } from '../app/forum-model';
import { navigate } from '../app/router';
import { runsTheDialogue } from '../app/roles';
import type { Summary } from '../app/summary-model';
import { formatDateTime, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/**
 * A thread's summaries: the Chair's summaries for every reader, drafts too for those who prepare them, and
 * for them "Generate a draft summary", which builds one from the thread as it stands and opens it.
 */
@customElement('thread-summaries')
export class ThreadSummaries extends PlenaryElement {
  @property({ attribute: false }) thread!: Thread;
  @state() private summaries: Summary[] = [];
  @state() private generating = false;
  @state() private failure: unknown = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('thread') && changed.get('thread')?.id !== this.thread.id) {
      this.summaries = [];
      void this.load();
    }
  }

  protected override render() {
    const staff = runsTheDialogue();
    if (!staff && this.summaries.length === 0) {
      return nothing;
    }
    return html`<section aria-labelledby="thread-summaries" class="thread-summaries">
      <h2 id="thread-summaries">${t('summary.ofThread')}</h2>
      ${
        this.summaries.length
          ? html`<ul class="link-list">
            ${this.summaries.map(
              (summary) => html`<li>
                <a href="/summaries/${summary.id}">${t(`summary.label.${summary.status}`)}</a>
                <span class="muted">
                  · ${t('summary.versionShort', { version: summary.version })}
                  · ${formatDateTime(summary.publishedAt ?? summary.editedAt ?? summary.createdAt ?? '')}
                </span>
              </li>`,
            )}
          </ul>`
          : html`<p class="muted">${t('summary.noneYet')}</p>`
      }
      <problem-alert .error=${this.failure} .dismiss=${() => (this.failure = null)}></problem-alert>
      ${
        staff
          ? html`<button type="button" class="button" ?disabled=${this.generating} @click=${this.generate}>
              ${this.generating ? t('summary.generating') : t('summary.generate')}
            </button>
            <p class="muted hint">${t('summary.generateHint')}</p>`
          : nothing
      }
    </section>`;
  }

  private async generate(): Promise<void> {
    this.generating = true;
    this.failure = null;
    try {
      const summary = await api.create<Summary>(`/threads/${this.thread.id}/summaries`);
      navigate(`/summaries/${summary.id}`);
    } catch (error) {
      this.failure = error;
    } finally {
      this.generating = false;
    }
  }

  /** A summary was published meanwhile: list it. */
  async reload(): Promise<void> {
    await this.load();
  }

  private async load(): Promise<void> {
    try {
      this.summaries = (await api.get<{ items: Summary[] }>(`/threads/${this.thread.id}/summaries`)).items;
    } catch {
      this.summaries = []; // the thread itself shows any problem reading it
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thread-summaries': ThreadSummaries;
  }
}
