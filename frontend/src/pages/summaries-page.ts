import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import type { Page } from '../app/model';
import { isChair, runsTheDialogue } from '../app/roles';
import { session, signIn } from '../app/session';
import { SUMMARY_STATUSES, type Summary, type SummaryStatus } from '../app/summary-model';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatDateTime, t } from '../i18n/i18n';

/**
 * Summaries across threads for those who prepare them: the Chair's inbox (submitted), the moderators'
 * drafts, and what is published. From the inbox the Chair returns a summary to the moderators or
 * publishes it, after confirming.
 */
@customElement('summaries-page')
export class SummariesPage extends PageElement {
  @state() private items: Summary[] = [];
  @state() private next: string | undefined;
  @state() private loading = false;
  @state() private confirming: string | null = null;
  @state() private busy = false;
  @state() private status = '';
  @state() private failure: unknown = null;
  private generation = 0;

  pageTitle(): string {
    return t(`summaries.title.${this.view}`);
  }

  private get view(): SummaryStatus {
    const requested = this.query.get('status');
    return SUMMARY_STATUSES.find((status) => status === requested) ?? 'submitted';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('query') || changed.has('params')) && runsTheDialogue()) {
      this.items = [];
      this.confirming = null;
      void this.load(undefined);
    }
  }

  protected override render() {
    return html`
      <h1>${t(`summaries.title.${this.view}`)}</h1>
      ${runsTheDialogue() ? this.content() : this.refusal()}
    `;
  }

  private refusal() {
    if (session.participant()) {
      return html`<p>${t('summaries.staffOnly')}</p>`;
    }
    return html`<p>${t('summaries.signIn')}</p>
      <button type="button" class="button" @click=${() => void signIn()}>${t('session.signIn')}</button>`;
  }

  private content() {
    return html`
      <p class="lead">${t(`summaries.intro.${this.view}`)}</p>
      <nav class="tabs" aria-label=${t('summaries.views')}>
        <ul>
          ${SUMMARY_STATUSES.map(
            (status) => html`<li>
              <a href="/summaries?status=${status}" aria-current=${status === this.view ? 'page' : nothing}>${t(`summaries.tab.${status}`)}</a>
            </li>`,
          )}
        </ul>
      </nav>
      <p role="status" class="status">${this.status}</p>
      <problem-alert .error=${this.failure} .retry=${() => void this.load(this.next)}></problem-alert>
      <section aria-labelledby="summaries-list" aria-busy=${this.loading ? 'true' : 'false'}>
        <h2 id="summaries-list" class="visually-hidden">${t(`summaries.tab.${this.view}`)}</h2>
        ${this.items.length ? html`<ul class="summary-items">${this.items.map((summary) => this.entry(summary))}</ul>` : nothing}
        ${!this.loading && !this.failure && this.items.length === 0 ? html`<p>${t(`summaries.empty.${this.view}`)}</p>` : nothing}
        ${this.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        ${this.next && !this.loading
          ? html`<button type="button" class="button button--secondary" @click=${() => void this.load(this.next)}>
              ${t('directory.showMore')}
            </button>`
          : nothing}
      </section>
    `;
  }

  private entry(summary: Summary) {
    const title = summary.generated.threadTitle ?? summary.threadId;
    const headingId = `summary-${summary.id}`;
    const when = summary.publishedAt ?? summary.submittedAt ?? summary.editedAt ?? summary.createdAt;
    return html`<li class="summary-item">
      <article aria-labelledby=${headingId}>
        <h3 id=${headingId} tabindex="-1"><a href="/summaries/${summary.id}">${title}</a></h3>
        <p class="muted">
          ${t(`summary.label.${summary.status}`)} · ${t('summary.versionShort', { version: summary.version })}
          ${summary.preparedBy ? html` · ${t('summaries.preparedBy', { name: summary.preparedBy })}` : nothing}
          ${when ? html` · <time datetime=${when}>${formatDateTime(when)}</time>` : nothing}
          ${summary.chathamHouse ? html` · ${t('summaries.chathamHouse')}` : nothing}
        </p>
        ${summary.status === 'submitted' && isChair() ? this.chairActions(summary, title) : nothing}
      </article>
    </li>`;
  }

  private chairActions(summary: Summary, title: string) {
    const confirming = this.confirming === summary.id;
    return html`<div class="button-row">
        <button type="button" class="button" aria-expanded=${confirming}
          @click=${() => (this.confirming = confirming ? null : summary.id)}>${t('summary.publish')}</button>
        <button type="button" class="button button--secondary" ?disabled=${this.busy}
          @click=${() => void this.decide(summary, 'return', title)}>${t('summary.return')}</button>
      </div>
      ${confirming
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-${summary.id}">
            <p id="confirm-${summary.id}">${t('summary.publishConfirm')}</p>
            <div class="button-row">
              <button type="button" class="button" ?disabled=${this.busy} @click=${() => void this.decide(summary, 'publish', title)}>
                ${t('summary.publishNow')}
              </button>
              <button type="button" class="button button--secondary" @click=${() => (this.confirming = null)}>${t('action.cancel')}</button>
            </div>
          </div>`
        : nothing}`;
  }

  /** Publishes or returns a summary; it leaves the inbox, and focus moves to the next one (or the heading). */
  private async decide(summary: Summary, step: 'publish' | 'return', title: string): Promise<void> {
    this.busy = true;
    this.failure = null;
    const index = this.items.findIndex((item) => item.id === summary.id);
    try {
      await api.post<Summary>(`/summaries/${summary.id}/${step}`, {});
      this.items = this.items.filter((item) => item.id !== summary.id);
      this.confirming = null;
      this.status = t(step === 'publish' ? 'summaries.publishedOne' : 'summaries.returnedOne', { title });
      await this.updateComplete;
      const next = this.items[Math.min(index, this.items.length - 1)];
      (next ? this.querySelector<HTMLElement>(`#summary-${next.id}`) : this.querySelector<HTMLElement>('h1'))?.focus();
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  private async load(cursor: string | undefined): Promise<void> {
    const generation = ++this.generation;
    const query = new URLSearchParams({ status: this.view, limit: '25' });
    if (cursor) {
      query.set('cursor', cursor);
    }
    this.loading = true;
    this.failure = null;
    try {
      const page = await api.get<Page<Summary>>(`/summaries?${query}`);
      if (generation === this.generation) {
        this.items = [...this.items, ...page.items];
        this.next = page.next;
        announce(t('summaries.shown', { count: this.items.length }));
      }
    } catch (error) {
      if (generation === this.generation) {
        this.failure = error;
      }
    } finally {
      if (generation === this.generation) {
        this.loading = false;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summaries-page': SummariesPage;
  }
}
