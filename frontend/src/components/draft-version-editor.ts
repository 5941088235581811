import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ActionController } from '../app/action-controller';
import { announce } from '../app/announcer';
import { api, ApiError } from '../app/api';
import type { Amendment, Draft } from '../app/draft-model';
import { t } from '../i18n/i18n';
import { VersionAmendments } from './version-amendments';
import {
  amendmentChoices,
  keptRow,
  missingText,
  nextVersionLabel,
  rowChange,
  versionPreview,
  type EditedRow,
} from './version-editor-parts';
import { PlenaryElement } from './plenary-element';
import { removedRows, versionRow } from './version-row';
import './problem-alert';

/**
 * Where moderators, the Chair and the Secretariat prepare the next version of a draft (the zero draft, then
 * Rev.1, ...): it starts from the latest version's paragraphs, lets them edit texts and section headings,
 * add, remove, reorder and put back paragraphs, preview the result, and publish it. A kept paragraph keeps its
 * id, so the server knows it survives (and, with unchanged text, keeps its stances). Beside each paragraph come
 * its open amendments: a revised paragraph may incorporate them (or take one's text as it stands), and any
 * proposed one may be marked not retained. Fires `version-published` with the draft in its new version.
 */
@customElement('draft-version-editor')
export class DraftVersionEditor extends PlenaryElement {
  @property({ attribute: false }) threadId = '';
  /** How many versions the draft has: none means the next one is the zero draft. */
  @property({ attribute: false }) versionCount = 0;
  @state() private open = false;
  @state() private rows: EditedRow[] = [];
  @state() private removed: EditedRow[] = [];
  @state() private preview = false;
  private readonly action = new ActionController(this, { context: () => this.threadId });
  private readonly decided = new VersionAmendments();
  private note = '';
  private nextKey = 1;

  protected override render() {
    const label = nextVersionLabel(this.versionCount);
    if (!this.open) {
      return html`<p><button type="button" class="button" data-action="prepare" @click=${() => void this.start()}>
        ${this.versionCount === 0 ? t('draft.editor.startZero') : t('draft.editor.startRevision', { label })}</button></p>`;
    }
    return html`<section class="version-editor" aria-labelledby="version-editor-heading">
      <h3 id="version-editor-heading" tabindex="-1">${t('draft.editor.heading', { label })}</h3>
      <p class="hint">${t('draft.editor.hint')}</p>
      <problem-alert .error=${this.action.failure} .dismiss=${() => this.action.dismiss()}></problem-alert>
      <form class="version-editor__form" @submit=${this.publish} novalidate>
        ${this.preview ? versionPreview(label, this.rows, this.removed, this.note, this.decided) : this.fields()}
        <div class="button-row">
          <button type="button" class="button button--secondary" aria-pressed=${this.preview} data-action="preview"
            @click=${() => void this.togglePreview()}>${this.preview ? t('draft.editor.backToEdit') : t('draft.editor.preview')}</button>
          <button type="submit" class="button" ?disabled=${this.action.busy}>${t('draft.editor.publish', { label })}</button>
          <button type="button" class="button button--secondary" @click=${() => void this.close()}>${t('action.cancel')}</button>
        </div>
      </form>
    </section>`;
  }

  private fields() {
    return html`<ol class="version-editor__rows">
        ${repeat(
          this.rows,
          (row) => row.key,
          (row, index) =>
            versionRow(row, index, this.rows.length, {
              edit: (text) => this.edit(row, text),
              choices: () => this.choicesFor(row, row, index + 1),
              move: (by) => void this.moveRow(index, by),
              addAfter: () => void this.addRow(index + 1),
              remove: () => void this.removeRow(index),
            }),
        )}
      </ol>
      <p><button type="button" class="button button--secondary" data-action="add-end" @click=${() => void this.addRow(this.rows.length)}>
        ${t('draft.editor.add')}</button></p>
      ${removedRows(this.removed, {
        restore: (row) => void this.restore(row),
        choices: (row) => this.choicesFor(row, undefined, 0),
      })}
      <div class="field field--wide">
        <label for="version-note">${t('draft.editor.note')}</label>
        <textarea id="version-note" rows="2" maxlength="5000" dir="auto" .value=${live(this.note)}
          @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>`;
  }

  /**
   * Re-renders only when the badge (new, revised, unchanged) or what an amendment's choice would come to changes:
   * typing must not lose the caret.
   */
  private edit(row: EditedRow, text: string): void {
    const before = rowChange(row) + this.decided.signature(row);
    row.text = text;
    if (rowChange(row) + this.decided.signature(row) !== before) {
      this.requestUpdate();
    }
  }

  /** The open amendments of a kept paragraph (`row`) or of one this version leaves out (no row). */
  private choicesFor(paragraph: EditedRow, row: EditedRow | undefined, number: number) {
    return amendmentChoices({
      label: nextVersionLabel(this.versionCount),
      number,
      amendments: this.decided.of(paragraph),
      row,
      choice: (a) => this.decided.choice(a),
      choose: (a, choice) => {
        this.decided.choose(a, choice);
        this.requestUpdate();
      },
      useText: (a) => void this.useText(paragraph, a),
    });
  }

  /** The paragraph takes the amendment's text as it stands, which incorporates it. */
  private async useText(row: EditedRow, amendment: Amendment): Promise<void> {
    row.text = amendment.text;
    this.decided.choose(amendment, 'incorporated');
    this.requestUpdate();
    await this.focusRow(row.key, 'textarea');
  }

  /** Opens the editor on the latest version as the server has it now, not as this page last read it. */
  private async start(): Promise<void> {
    await this.action.run(
      async () => {
        const latest = this.versionCount === 0 ? null : await api.get<Draft>(`/drafts/${this.threadId}`);
        this.versionCount = latest?.versions.length ?? 0;
        await (latest ? this.decided.load(this.threadId) : Promise.resolve(this.decided.clear()));
        return latest;
      },
      {
        apply: (latest) => {
          const kept = (latest?.paragraphs ?? []).map((p) => keptRow(this.nextKey++, p));
          this.rows = kept.length ? kept : [this.blankRow()];
          this.removed = [];
          this.note = '';
          this.preview = false;
          this.open = true;
        },
        focus: () => this.querySelector<HTMLElement>('#version-editor-heading'),
      },
    );
  }

  private async close(): Promise<void> {
    this.open = false;
    this.action.dismiss();
    await this.updateComplete;
    this.querySelector<HTMLElement>('[data-action=prepare]')?.focus();
  }

  private blankRow(): EditedRow {
    return { key: this.nextKey++, heading: '', text: '' };
  }

  private async addRow(at: number): Promise<void> {
    const row = this.blankRow();
    this.rows = [...this.rows.slice(0, at), row, ...this.rows.slice(at)];
    await this.focusRow(row.key, 'textarea');
  }

  /** Moves a paragraph; focus stays on the button pressed (or its twin at the end of the list) so moves can repeat. */
  private async moveRow(index: number, by: -1 | 1): Promise<void> {
    const rows = [...this.rows];
    const [row] = rows.splice(index, 1);
    rows.splice(index + by, 0, row);
    this.rows = rows;
    const at = index + by;
    announce(t('draft.editor.moved', { number: at + 1 }));
    const edge = (by < 0 && at === 0) || (by > 0 && at === rows.length - 1);
    await this.focusRow(row.key, `button[data-action=${by < 0 !== edge ? 'up' : 'down'}]`);
  }

  /** A kept paragraph goes to the list of those left out, where it can be put back; a new one is simply dropped. */
  private async removeRow(index: number): Promise<void> {
    const row = this.rows[index];
    this.rows = this.rows.filter((_, i) => i !== index);
    if (row.id) {
      this.removed = [...this.removed, row];
    }
    announce(t('draft.editor.removedOne', { number: index + 1 }));
    const next = this.rows[Math.min(index, this.rows.length - 1)];
    if (next) {
      await this.focusRow(next.key, 'textarea');
    } else {
      await this.updateComplete;
      this.querySelector<HTMLElement>('[data-action=add-end]')?.focus();
    }
  }

  private async restore(row: EditedRow): Promise<void> {
    this.removed = this.removed.filter((r) => r !== row);
    this.rows = [...this.rows, row];
    await this.focusRow(row.key, 'textarea');
  }

  private async focusRow(key: number, selector: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(`.version-row[data-key='${key}'] ${selector}`)?.focus();
  }

  private async togglePreview(): Promise<void> {
    this.preview = !this.preview;
    await this.updateComplete;
    this.querySelector<HTMLElement>('[data-action=preview]')?.focus();
  }

  private async publish(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const missing = missingText(this.rows);
    if (missing) {
      // Said in the words of a server problem, so the alert shows it as it would the server's own.
      this.action.fail(new ApiError(400, '', missing.problem));
      this.preview = false;
      if (missing.row) {
        await this.focusRow(missing.row.key, 'textarea');
      }
      return;
    }
    const label = nextVersionLabel(this.versionCount);
    const request = this.decided.request(this.rows, this.note);
    await this.action.run(() => api.create<Draft>(`/drafts/${this.threadId}/versions`, request), {
      apply: () => (this.open = false),
      announce: t('draft.editor.published', { label }),
      refresh: (draft) =>
        this.dispatchEvent(new CustomEvent<Draft>('version-published', { detail: draft, bubbles: true })),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'draft-version-editor': DraftVersionEditor;
  }
}
