import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { ApiError, api } from '../app/api';
import type { Summary } from '../app/summary-model';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { richText } from './rich-text';

/**
 * Edits a summary's Markdown: preview (rendered by the server exactly as the summary will be), an optional
 * note for the version history, save. Saving names the version the edit started from; when someone saved a
 * newer one meanwhile (409), the text typed here stays, the newer version is shown beside it, and the next
 * save starts from that newer version. Fires `summary-saved` with the saved summary, `summary-edit-closed` on cancel.
 */
@customElement('summary-editor')
export class SummaryEditor extends PlenaryElement {
  @property({ attribute: false }) summary!: Summary;
  @state() private baseVersion = 0;
  @state() private preview: DocumentFragment | null = null;
  @state() private newer: Summary | null = null;
  @state() private saving = false;
  @state() private failure: unknown = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.baseVersion = this.summary.version;
  }

  protected override render() {
    return html`
      <form class="form summary-editor" @submit=${this.save} aria-labelledby="summary-editor-heading">
        <h2 id="summary-editor-heading">${t('summary.editor.heading')}</h2>
        <p class="muted">${t('summary.editor.base', { version: this.baseVersion })}</p>
        ${this.newer ? this.conflict(this.newer) : nothing}
        <div class="field field--wide">
          <label for="summary-markdown">${t('summary.editor.text')}</label>
          <textarea id="summary-markdown" name="markdown" rows="24" required maxlength="200000" aria-describedby="summary-markdown-hint"
            .value=${this.summary.markdown}></textarea>
          <p id="summary-markdown-hint" class="muted hint">${t('summary.editor.hint')}</p>
        </div>
        <div class="field field--wide">
          <label for="summary-note">${t('summary.editor.note')}</label>
          <input id="summary-note" name="note" type="text" maxlength="500" />
        </div>
        <problem-alert .error=${this.failure}></problem-alert>
        <div class="button-row">
          <button type="submit" class="button" ?disabled=${this.saving}>
            ${this.saving ? t('account.saving') : t('summary.editor.save')}
          </button>
          <button type="button" class="button button--secondary" @click=${this.showPreview}>${t('composer.preview')}</button>
          <button type="button" class="button button--secondary" @click=${this.close}>${t('action.cancel')}</button>
        </div>
        ${
          this.preview
            ? html`<section class="preview" aria-labelledby="summary-preview-heading">
              <h3 id="summary-preview-heading">${t('summary.editor.preview')}</h3>
              <div class="prose" lang="en" dir="ltr">${this.preview}</div>
            </section>`
            : nothing
        }
      </form>
    `;
  }

  private conflict(newer: Summary) {
    return html`<div class="alert alert--error" role="alert">
        <p class="alert__title">${t('summary.editor.conflictTitle')}</p>
        <p>${t('summary.editor.conflict', { version: newer.version })}</p>
      </div>
      <details class="newer-version" open>
        <summary>${t('summary.editor.newerVersion', { version: newer.version })}</summary>
        <pre class="markdown-source" tabindex="0" aria-label=${t('summary.editor.newerVersion', { version: newer.version })}>${newer.markdown}</pre>
      </details>`;
  }

  private text(): { markdown: string; note: string } {
    const data = new FormData(this.querySelector('form') ?? undefined);
    return { markdown: String(data.get('markdown') ?? ''), note: String(data.get('note') ?? '').trim() };
  }

  private async showPreview(): Promise<void> {
    this.failure = null;
    try {
      const rendered = await api.post<{ html: string }>(`/summaries/${this.summary.id}/preview`, {
        markdown: this.text().markdown,
      });
      this.preview = richText(rendered.html, { headingOffset: 2 });
      announce(t('summary.editor.previewReady'));
    } catch (error) {
      this.failure = error;
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { markdown, note } = this.text();
    this.saving = true;
    this.failure = null;
    try {
      const saved = await api.put<Summary>(`/summaries/${this.summary.id}/text`, {
        markdown,
        baseVersion: this.baseVersion,
        ...(note ? { note } : {}),
      });
      this.newer = null;
      this.dispatchEvent(new CustomEvent<Summary>('summary-saved', { detail: saved, bubbles: true }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        await this.showNewer(error);
      } else {
        this.failure = error;
      }
    } finally {
      this.saving = false;
    }
  }

  /** Someone saved meanwhile: keep this text, show theirs, and let the next save build on it. */
  private async showNewer(conflict: ApiError): Promise<void> {
    try {
      const latest = await api.get<Summary>(`/summaries/${this.summary.id}`);
      if (latest.status !== this.summary.status) {
        this.failure = conflict; // submitted or published meanwhile: not an edit conflict to merge
        return;
      }
      this.newer = latest;
      this.baseVersion = latest.version;
      await this.updateComplete;
      this.querySelector<HTMLElement>('.newer-version summary')?.focus();
    } catch (error) {
      this.failure = error;
    }
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('summary-edit-closed', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summary-editor': SummaryEditor;
  }
}
