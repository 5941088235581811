import { html, nothing } from 'lit';
import type { Amendment, Paragraph, ParagraphChange } from '../app/draft-model';
import { t } from '../i18n/i18n';
import { amendmentOutcome, contributionBy, diffText } from './contribution-parts';

/** A paragraph as the editor holds it: `id` and `originalText` when it comes from the latest version. */
export interface EditedRow {
  /** Stable across moves, so the browser keeps each row's fields (and focus) in place. */
  key: number;
  id?: string;
  heading: string;
  text: string;
  originalText?: string;
}

/** A paragraph of the latest version, as the editor starts from it. */
export function keptRow(key: number, paragraph: Paragraph): EditedRow {
  return {
    key,
    id: paragraph.id,
    heading: paragraph.heading ?? '',
    text: paragraph.text,
    originalText: paragraph.text,
  };
}

/** Why the version cannot be published as it stands (no paragraph, or one without text), and which row, if any. */
export function missingText(rows: EditedRow[]): { problem: string; row?: EditedRow } | null {
  if (rows.length === 0) {
    return { problem: t('draft.editor.none') };
  }
  const empty = rows.findIndex((row) => row.text.trim() === '');
  return empty < 0 ? null : { problem: t('draft.editor.empty', { number: empty + 1 }), row: rows[empty] };
}

/** What publishing would make of the row, as the server decides it (new, revised or unchanged). */
export function rowChange(row: EditedRow): ParagraphChange {
  if (!row.id) {
    return 'new';
  }
  return sameWording(row.originalText ?? '', row.text) ? 'unchanged' : 'revised';
}

/** Whitespace alone does not change a paragraph's wording (the server compares the same way). */
export function sameWording(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
}

/** The label of the version after `versionCount` versions: the zero draft, then Rev.1, Rev.2, ... */
export function nextVersionLabel(versionCount: number): string {
  return versionCount === 0 ? t('draft.zeroDraft') : t('draft.rev', { number: versionCount });
}

/** What the next version does with an amendment: leaves it as it is, incorporates it, or does not retain it. */
export type AmendmentChoice = 'keep' | 'incorporated' | 'not-retained';

/**
 * What publishing will decide: a revised paragraph whose text is an amendment's word for word incorporates it
 * whatever was chosen (the server decides so); one that keeps its text incorporates nothing.
 */
export function effectiveChoice(
  amendment: Amendment,
  row: EditedRow | undefined,
  chosen: AmendmentChoice,
): AmendmentChoice {
  const revised = row !== undefined && rowChange(row) === 'revised';
  if (revised && sameWording(row.text, amendment.text)) {
    return 'incorporated';
  }
  if (chosen === 'incorporated' && !revised) {
    return 'keep';
  }
  return chosen === 'not-retained' && amendment.status !== 'proposed' ? 'keep' : chosen;
}

export interface AmendmentChoices {
  label: string;
  /** The paragraph's number in the version being prepared; 0 for one it leaves out. */
  number: number;
  amendments: readonly Amendment[];
  /** The paragraph as edited; none when this version leaves it out. */
  row?: EditedRow;
  choice: (amendment: Amendment) => AmendmentChoice;
  choose: (amendment: Amendment, choice: AmendmentChoice) => void;
  useText: (amendment: Amendment) => void;
}

/** The open amendments of one paragraph, each with what the next version does with it. */
export function amendmentChoices(choices: AmendmentChoices) {
  const { label, number, amendments, row } = choices;
  if (amendments.length === 0) {
    return nothing;
  }
  return html`<div class="version-amendments">
    <p class="version-amendments__heading"><strong>${
      number > 0
        ? t('draft.editor.amendments', { number, count: amendments.length })
        : t('draft.editor.amendmentsOfRemoved', { count: amendments.length })
    }</strong></p>
    ${amendments.map((amendment) => {
      const chosen = effectiveChoice(amendment, row, choices.choice(amendment));
      const wordForWord = row !== undefined && rowChange(row) === 'revised' && sameWording(row.text, amendment.text);
      const revised = row !== undefined && rowChange(row) === 'revised';
      const name = `amendment-${amendment.id}`;
      const option = (
        value: AmendmentChoice,
        text: string,
        disabled: boolean,
      ) => html`<div class="field field--checkbox">
        <input type="radio" id="${name}-${value}" name=${name} value=${value} .checked=${chosen === value}
          ?disabled=${disabled} @change=${() => choices.choose(amendment, value)} />
        <label for="${name}-${value}">${text}</label>
      </div>`;
      return html`<fieldset class="version-amendment" data-amendment=${amendment.id}>
        <legend>${t('draft.editor.amendmentBy', { who: contributionBy(amendment) })}</legend>
        ${amendment.diff ? diffText(amendment.diff) : html`<p dir="auto">${amendment.text}</p>`}
        ${amendmentOutcome(amendment)}
        ${option('keep', amendment.status === 'not-retained' ? t('draft.editor.keepNotRetained') : t('draft.editor.keepProposed'), wordForWord)}
        ${row ? option('incorporated', t('draft.editor.incorporate', { label }), !revised) : nothing}
        ${amendment.status === 'proposed' ? option('not-retained', t('draft.editor.notRetain', { label }), wordForWord) : nothing}
        ${wordForWord ? html`<p class="hint">${t('draft.editor.wordForWord')}</p>` : nothing}
        ${row && !revised ? html`<p class="hint">${t('draft.editor.reviseToIncorporate')}</p>` : nothing}
        ${
          row
            ? html`<button type="button" class="button button--small button--secondary" @click=${() => choices.useText(amendment)}>
              ${t('draft.editor.useText')}<span class="visually-hidden"> — ${contributionBy(amendment)}</span></button>`
            : nothing
        }
      </fieldset>`;
    })}
  </div>`;
}

/** What the version decides on the open amendments, as its preview tells it. */
export interface AmendmentDecisions {
  incorporatedBy(row: EditedRow): number[];
  notRetained(rows: readonly EditedRow[]): number[];
}

/** The version as readers will see it once published: sections, numbered paragraphs, and what it leaves out. */
export function versionPreview(
  label: string,
  rows: readonly EditedRow[],
  removed: readonly EditedRow[],
  note: string,
  decisions: AmendmentDecisions,
) {
  const incorporatedIn = (row: EditedRow) => decisions.incorporatedBy(row).length;
  const notRetained = decisions.notRetained(rows).length;
  return html`<section class="version-preview" aria-labelledby="version-preview-heading">
    <h4 id="version-preview-heading">${t('draft.editor.previewHeading', { label })}</h4>
    ${note.trim() ? html`<p class="draft__note" dir="auto">${note.trim()}</p>` : nothing}
    ${rows.map(
      (
        row,
        index,
      ) => html`${row.heading.trim() ? html`<p class="version-preview__section" dir="auto"><strong>${row.heading.trim()}</strong></p>` : nothing}
        <div class="version-preview__paragraph">
          <p class="version-preview__number">${t('draft.paragraph', { number: index + 1 })}
            <span class="badge">${t(`draft.change.${rowChange(row)}`)}</span></p>
          <p dir="auto">${row.text.trim() || html`<em class="muted">${t('draft.editor.empty', { number: index + 1 })}</em>`}</p>
          ${incorporatedIn(row) ? html`<p class="muted">${t('draft.editor.previewIncorporates', { count: incorporatedIn(row) })}</p>` : nothing}
        </div>`,
    )}
    ${notRetained ? html`<p class="muted">${t('draft.editor.previewNotRetained', { count: notRetained })}</p>` : nothing}
    ${
      removed.length
        ? html`<p><strong>${t('draft.editor.removedList')}</strong></p>
          <ul class="draft__removed">${removed.map((row) => html`<li><del dir="auto">${row.text}</del></li>`)}</ul>`
        : nothing
    }
  </section>`;
}
