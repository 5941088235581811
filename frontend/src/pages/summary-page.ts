import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { Thread } from '../app/forum-model';
import { loadStates } from '../app/names';
import { LatestLoad } from '../app/latest-load';
import { isChair, moderates, runsTheDialogue } from '../app/roles';
import { saveFile } from '../app/save-file';
import { session, signIn } from '../app/session';
import type { Summary, SummaryVersion } from '../app/summary-model';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { RenderedText } from '../components/rich-text';
import '../components/summary-editor';
import {
  summaryExports,
  summaryFacts,
  summaryHistory,
  summaryNotice,
  type ExportFormat,
} from '../components/summary-facts';
import { summaryParts } from '../components/summary-parts';
import type { Language } from '../i18n/catalogue';
import { isolate, language, t } from '../i18n/i18n';
import '../components/machine-translation';

/**
 * One summary: what it is (a draft, or the Chair's summary issued on the Chair's own responsibility and not
 * agreed text), its parts in numbers, its text with citations that open the cited posts, exports, and for
 * those who prepare it the editor, the version history and the next step (submit, return, publish).
 */
@customElement('summary-page')
export class SummaryPage extends PageElement {
  @state() private summary: Summary | null = null;
  @state() private thread: Thread | null = null;
  @state() private versions: SummaryVersion[] | null = null;
  @state() private editing = false;
  @state() private confirmingPublication = false;
  @state() private status = '';
  /** The language the exports are asked in; the interface's until the reader chooses another. */
  @state() private documentLanguage: Language = language();
  /** The next step, an export or the version history; why the summary could not be read is kept here too. */
  private readonly action = new ActionController(this, { context: () => this.params.summaryId });
  private readonly loads = new LatestLoad();
  private readonly text = new RenderedText({ headingOffset: 1 });

  pageTitle(): string {
    return this.summary ? this.heading(this.summary) : t('summary.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.params.summaryId !== this.summary?.id) {
      void this.load();
    }
  }

  protected override render() {
    const summary = this.summary;
    return html`
      ${summary ? html`<p><a href="/threads/${summary.threadId}">${t('summary.backToThread')}</a></p>` : nothing}
      <h1>${summary ? this.heading(summary) : t('summary.title')}</h1>
      <problem-alert .error=${this.action.failure} .retry=${() => void this.load()}></problem-alert>
      ${!summary && !this.action.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${
        !summary && this.action.failure && !session.participant()
          ? html`<p>${t('summary.signInMaybe')}</p>
            <button type="button" class="button" @click=${() => void signIn()}>${t('session.signIn')}</button>`
          : nothing
      }
      ${summary ? this.body(summary) : nothing}
    `;
  }

  private heading(summary: Summary): string {
    const title = summary.generated.threadTitle ?? this.thread?.title ?? '';
    return t(`summary.heading.${summary.status}`, { title: isolate(title) });
  }

  private body(summary: Summary) {
    return html`
      ${summaryNotice(summary)} ${summaryFacts(summary)}
      ${this.steps(summary)}
      <p role="status" class="status">${this.status}</p>
      ${summaryExports(
        (format) => void this.export(format),
        this.documentLanguage,
        (chosen) => (this.documentLanguage = chosen),
      )}
      ${
        this.editing
          ? html`<summary-editor .summary=${summary} @summary-saved=${this.saved} @summary-edit-closed=${this.closeEditor}></summary-editor>`
          : html`${summaryParts(summary)}
            <section aria-labelledby="summary-text" class="summary-part">
              <h2 id="summary-text">${t('summary.text')}</h2>
              <div class="texts">
                <div class="prose summary-text" lang="en" dir="ltr">${this.text.of(summary.bodyHtml ?? '')}</div>
                <machine-translation resource="summaries" subject=${summary.id} source="en"></machine-translation>
              </div>
            </section>`
      }
      ${runsTheDialogue() ? summaryHistory(this.versions, () => void this.loadVersions()) : nothing}
    `;
  }

  /** The next steps open to the reader: edit, submit to the Chair, return to the moderators, publish. */
  private steps(summary: Summary) {
    const canEdit =
      !this.editing &&
      ((summary.status === 'draft' && runsTheDialogue()) || (summary.status === 'submitted' && isChair()));
    const canSubmit = summary.status === 'draft' && moderates();
    const chairDecides = summary.status === 'submitted' && isChair();
    if (!canEdit && !canSubmit && !chairDecides) {
      return nothing;
    }
    return html`<section aria-labelledby="summary-steps" class="summary-steps">
      <h2 id="summary-steps" class="visually-hidden">${t('summary.steps')}</h2>
      <div class="button-row">
        ${canEdit ? html`<button type="button" class="button" @click=${this.openEditor}>${t('summary.edit')}</button>` : nothing}
        ${
          canSubmit
            ? html`<button type="button" class="button" ?disabled=${this.action.busy} @click=${() => void this.step('submit', 'summary.submitted')}>
              ${t('summary.submit')}
            </button>`
            : nothing
        }
        ${
          chairDecides
            ? html`<button type="button" class="button" aria-expanded=${this.confirmingPublication}
                @click=${() => (this.confirmingPublication = !this.confirmingPublication)}>${t('summary.publish')}</button>
              <button type="button" class="button button--secondary" ?disabled=${this.action.busy}
                @click=${() => void this.step('return', 'summary.returned')}>${t('summary.return')}</button>`
            : nothing
        }
      </div>
      ${
        chairDecides && this.confirmingPublication
          ? html`<div class="confirm" role="group" aria-labelledby="summary-confirm-text">
            <p id="summary-confirm-text">${t('summary.publishConfirm')}</p>
            <div class="button-row">
              <button type="button" class="button" ?disabled=${this.action.busy} @click=${() => void this.step('publish', 'summary.published')}>
                ${t('summary.publishNow')}
              </button>
              <button type="button" class="button button--secondary" @click=${() => (this.confirmingPublication = false)}>
                ${t('action.cancel')}
              </button>
            </div>
          </div>`
          : nothing
      }
    </section>`;
  }

  private async openEditor(): Promise<void> {
    this.editing = true;
    this.status = '';
    await this.updateComplete;
    this.querySelector<HTMLTextAreaElement>('#summary-markdown')?.focus();
  }

  private async closeEditor(): Promise<void> {
    this.editing = false;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.summary-steps button')?.focus();
  }

  private async saved(event: CustomEvent<Summary>): Promise<void> {
    this.summary = event.detail;
    this.versions = null;
    this.status = t('summary.saved', { version: event.detail.version });
    await this.closeEditor();
  }

  private async step(
    step: 'submit' | 'return' | 'publish',
    done: 'summary.submitted' | 'summary.returned' | 'summary.published',
  ): Promise<void> {
    const summary = this.summary;
    if (!summary) {
      return;
    }
    await this.action.run(() => api.post<Summary>(`/summaries/${summary.id}/${step}`), {
      apply: (changed) => {
        this.summary = changed;
        this.confirmingPublication = false;
        this.versions = null;
        this.status = t(done);
      },
      focus: () => this.querySelector<HTMLElement>('h1'),
    });
  }

  private async export(format: ExportFormat): Promise<void> {
    const summary = this.summary;
    if (!summary) {
      return;
    }
    await this.action.run(
      () => api.download(`/summaries/${summary.id}/export?format=${format}&lang=${this.documentLanguage}`),
      {
        apply: (file) => {
          saveFile(file.blob, file.fileName);
          this.status = t('summary.export.done', { file: file.fileName });
        },
      },
    );
  }

  private async loadVersions(): Promise<void> {
    const summary = this.summary;
    if (!summary) {
      return;
    }
    await this.action.run(() => api.get<{ items: SummaryVersion[] }>(`/summaries/${summary.id}/versions`), {
      apply: (page) => (this.versions = page.items),
      announce: (page) => t('summary.historyLoaded', { count: page.items.length }),
    });
  }

  /** Reads the summary the address names; an answer for one the reader has since left is dropped. */
  private async load(): Promise<void> {
    const current = this.loads.start();
    this.action.abandon();
    this.summary = null;
    this.thread = null;
    this.versions = null;
    this.editing = false;
    try {
      void loadStates().catch(() => {}); // names in the reader's language, when they arrive
      const summary = await api.get<Summary>(`/summaries/${encodeURIComponent(this.params.summaryId)}`);
      if (!current()) {
        return;
      }
      this.summary = summary;
      const thread = await api.get<Thread>(`/threads/${summary.threadId}`).catch(() => null);
      if (current()) {
        this.thread = thread;
      }
    } catch (error) {
      if (current()) {
        this.action.fail(error);
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summary-page': SummaryPage;
  }
}
