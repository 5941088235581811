import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { Thread } from '../app/forum-model';
import { LatestLoad } from '../app/latest-load';
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
  /** Generating a draft summary, which then opens. */
  private readonly generating = new ActionController(this, { context: () => this.thread.id });
  private readonly loads = new LatestLoad();

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
      <problem-alert .error=${this.generating.failure} .dismiss=${() => this.generating.dismiss()}></problem-alert>
      ${
        staff
          ? html`<button type="button" class="button" ?disabled=${this.generating.busy} @click=${this.generate}>
              ${this.generating.busy ? t('summary.generating') : t('summary.generate')}
            </button>
            <p class="muted hint">${t('summary.generateHint')}</p>`
          : nothing
      }
    </section>`;
  }

  private async generate(): Promise<void> {
    await this.generating.run(() => api.create<Summary>(`/threads/${this.thread.id}/summaries`), {
      apply: (summary) => navigate(`/summaries/${summary.id}`),
    });
  }

  /** A summary was published meanwhile: list it. */
  async reload(): Promise<void> {
    await this.load();
  }

  /** Reads the thread's summaries; a list for the thread shown before comes too late and is dropped. */
  private async load(): Promise<void> {
    const current = this.loads.start();
    const summaries = await api
      .get<{ items: Summary[] }>(`/threads/${this.thread.id}/summaries`)
      .then((page) => page.items)
      .catch(() => [] as Summary[]); // the thread itself shows any problem reading it
    if (current()) {
      this.summaries = summaries;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thread-summaries': ThreadSummaries;
  }
}
