import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import { ActionController } from '../app/action-controller';
import { CursorList } from '../app/cursor-list';
import type { Page } from '../app/model';
import { isChair, runsTheDialogue } from '../app/roles';
import { session, signIn } from '../app/session';
import { SUMMARY_STATUSES, type Summary, type SummaryStatus } from '../app/summary-model';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatDateTime, t } from '../i18n/i18n';
import { bdi } from '../app/bidi';

/**
 * Summaries across threads. For those who prepare them: the Chair's inbox (submitted), the moderators'
 * drafts, and what is published; from the inbox the Chair returns a summary to the moderators or publishes
 * it, after confirming. For every other reader: the published Chair's summaries of the threads open to them
 * (of public threads, signed out), each opening the summary to read and download.
 */
@customElement('summaries-page')
export class SummariesPage extends PageElement {
  private readonly list = new CursorList<Summary>(
    this,
    (cursor) => this.page(cursor),
    () => announce(t('summaries.shown', { count: this.list.items.length })),
  );
  @state() private confirming: string | null = null;
  @state() private status = '';
  /** Publishing or returning a summary; its failure is shown before the list's own. */
  private readonly deciding = new ActionController(this, { context: () => this.view });

  private get failure(): unknown {
    return this.deciding.failure ?? this.list.failure;
  }

  pageTitle(): string {
    return t(`summaries.title.${this.view}`);
  }

  /** The status listed: any for those who run the dialogue (the Chair's inbox by default), else the published. */
  private get view(): SummaryStatus {
    if (!runsTheDialogue()) {
      return 'published';
    }
    const requested = this.query.get('status');
    return SUMMARY_STATUSES.find((status) => status === requested) ?? 'submitted';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('params')) {
      this.confirming = null;
      this.deciding.dismiss();
      void this.list.restart();
    }
  }

  protected override render() {
    return html`
      <h1>${t(`summaries.title.${this.view}`)}</h1>
      ${runsTheDialogue() ? this.staffIntro() : this.readerIntro()}
      ${this.content()}
    `;
  }

  private staffIntro() {
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
      </nav>`;
  }

  private readerIntro() {
    return html`
      <p class="lead">${t('summaries.intro.reader')}</p>
      ${
        session.participant()
          ? nothing
          : html`<p>${t('summaries.signInForMore')}</p>
            <button type="button" class="button button--secondary" @click=${() => void signIn()}>${t('session.signIn')}</button>`
      }`;
  }

  private content() {
    return html`
      <p role="status" class="status">${this.status}</p>
      <problem-alert .error=${this.failure} .retry=${() => this.showMore()}></problem-alert>
      <section aria-labelledby="summaries-list" aria-busy=${this.list.loading ? 'true' : 'false'}>
        <h2 id="summaries-list" class="visually-hidden">${t(`summaries.tab.${this.view}`)}</h2>
        ${this.list.items.length ? html`<ul class="summary-items">${this.list.items.map((summary) => this.entry(summary))}</ul>` : nothing}
        ${!this.list.loading && !this.failure && this.list.items.length === 0 ? html`<p>${t(`summaries.empty.${this.view}`)}</p>` : nothing}
        ${this.list.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        ${
          this.list.next && !this.list.loading
            ? html`<button type="button" class="button button--secondary" @click=${() => this.showMore()}>
              ${t('directory.showMore')}
            </button>`
            : nothing
        }
      </section>
    `;
  }

  private entry(summary: Summary) {
    const title = summary.generated.threadTitle ?? summary.threadId;
    const headingId = `summary-${summary.id}`;
    const when = summary.publishedAt ?? summary.submittedAt ?? summary.editedAt ?? summary.createdAt;
    return html`<li class="summary-item">
      <article aria-labelledby=${headingId}>
        <h3 id=${headingId} tabindex="-1"><a href="/summaries/${summary.id}">${bdi(title)}</a></h3>
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
        <button type="button" class="button button--secondary" ?disabled=${this.deciding.busy}
          @click=${() => void this.decide(summary, 'return', title)}>${t('summary.return')}</button>
      </div>
      ${
        confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-${summary.id}">
            <p id="confirm-${summary.id}">${t('summary.publishConfirm')}</p>
            <div class="button-row">
              <button type="button" class="button" ?disabled=${this.deciding.busy} @click=${() => void this.decide(summary, 'publish', title)}>
                ${t('summary.publishNow')}
              </button>
              <button type="button" class="button button--secondary" @click=${() => (this.confirming = null)}>${t('action.cancel')}</button>
            </div>
          </div>`
          : nothing
      }`;
  }

  /** Publishes or returns a summary; it leaves the inbox, and focus moves to the next one (or the heading). */
  private async decide(summary: Summary, step: 'publish' | 'return', title: string): Promise<void> {
    const index = this.list.items.findIndex((item) => item.id === summary.id);
    await this.deciding.run(() => api.post<Summary>(`/summaries/${summary.id}/${step}`), {
      apply: () => {
        this.list.items = this.list.items.filter((item) => item.id !== summary.id);
        this.confirming = null;
        this.status = t(step === 'publish' ? 'summaries.publishedOne' : 'summaries.returnedOne', { title });
      },
      focus: () => {
        const next = this.list.items[Math.min(index, this.list.items.length - 1)];
        return next ? this.querySelector<HTMLElement>(`#summary-${next.id}`) : this.querySelector<HTMLElement>('h1');
      },
    });
  }

  private showMore(): void {
    this.deciding.dismiss();
    void this.list.more();
  }

  private page(cursor: string | undefined): Promise<Page<Summary>> {
    const query = new URLSearchParams({ status: this.view, limit: '25' });
    if (cursor) {
      query.set('cursor', cursor);
    }
    return api.get<Page<Summary>>(`/summaries?${query}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summaries-page': SummariesPage;
  }
}
