import { html, nothing } from 'lit';
import type { ParagraphChange } from '../app/draft-model';
import { t } from '../i18n/i18n';

/** A paragraph as the editor holds it: `id` and `originalText` when it comes from the latest version. */
export interface EditedRow {
  /** Stable across moves, so the browser keeps each row's fields (and focus) in place. */
  key: number;
  id?: string;
  heading: string;
  text: string;
  originalText?: string;
}

/** What publishing would make of the row, as the server decides it (new, revised or unchanged). */
export function rowChange(row: EditedRow): ParagraphChange {
  if (!row.id) {
    return 'new';
  }
  return sameWording(row.originalText ?? '', row.text) ? 'unchanged' : 'revised';
}

/** Whitespace alone does not change a paragraph's wording (the server compares the same way). */
function sameWording(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
}

/** The label of the version after `versionCount` versions: the zero draft, then Rev.1, Rev.2, ... */
export function nextVersionLabel(versionCount: number): string {
  return versionCount === 0 ? t('draft.zeroDraft') : t('draft.rev', { number: versionCount });
}

/** The version as readers will see it once published: sections, numbered paragraphs, and what it leaves out. */
export function versionPreview(label: string, rows: readonly EditedRow[], removed: readonly EditedRow[], note: string) {
  return html`<section class="version-preview" aria-labelledby="version-preview-heading">
    <h4 id="version-preview-heading">${t('draft.editor.previewHeading', { label })}</h4>
    ${note.trim() ? html`<p class="draft__note" dir="auto">${note.trim()}</p>` : nothing}
    ${rows.map(
      (row, index) => html`${row.heading.trim() ? html`<p class="version-preview__section" dir="auto"><strong>${row.heading.trim()}</strong></p>` : nothing}
        <div class="version-preview__paragraph">
          <p class="version-preview__number">${t('draft.paragraph', { number: index + 1 })}
            <span class="badge">${t(`draft.change.${rowChange(row)}`)}</span></p>
          <p dir="auto">${row.text.trim() || html`<em class="muted">${t('draft.editor.empty', { number: index + 1 })}</em>`}</p>
        </div>`,
    )}
    ${removed.length
      ? html`<p><strong>${t('draft.editor.removedList')}</strong></p>
          <ul class="draft__removed">${removed.map((row) => html`<li><del dir="auto">${row.text}</del></li>`)}</ul>`
      : nothing}
  </section>`;
}
