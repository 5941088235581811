import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { t } from '../i18n/i18n';
import { rowChange, type EditedRow } from './version-editor-parts';

/** What a paragraph's row in the version editor asks of the editor. */
export interface RowActions {
  /** The text was typed in (the heading is kept on the row as it is typed). */
  edit: (text: string) => void;
  /** The row's open amendments and what the version does with them. */
  choices: () => unknown;
  move: (by: -1 | 1) => void;
  addAfter: () => void;
  remove: () => void;
}

/**
 * One paragraph of the next version: its section heading and text, what publishing would make of it (new,
 * revised, unchanged), its amendments, and buttons to move it, add one after it or remove it, each naming the
 * paragraph for screen readers.
 */
export function versionRow(row: EditedRow, index: number, count: number, actions: RowActions) {
  const number = index + 1;
  const id = `version-row-${row.key}`;
  const change = rowChange(row);
  const which = html`<span class="visually-hidden"> — ${t('draft.paragraph', { number })}</span>`;
  return html`<li class="version-row" data-key=${row.key}>
      <fieldset>
        <legend>${t('draft.paragraph', { number })} <span class="badge">${t(`draft.change.${change}`)}</span></legend>
        <div class="field field--wide">
          <label for="${id}-heading">${t('draft.editor.sectionHeading', { number })}</label>
          <input id="${id}-heading" type="text" maxlength="300" dir="auto" .value=${live(row.heading)}
            @input=${(e: Event) => (row.heading = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field field--wide">
          <label for="${id}-text">${t('draft.editor.text', { number })}</label>
          <textarea id="${id}-text" rows="4" maxlength="20000" required dir="auto" .value=${live(row.text)}
            @input=${(e: Event) => actions.edit((e.target as HTMLTextAreaElement).value)}></textarea>
        </div>
        ${actions.choices()}
        <div class="button-row">
          <button type="button" class="button button--small button--secondary" data-action="up" ?disabled=${index === 0}
            @click=${() => actions.move(-1)}>${t('draft.editor.moveUp')}${which}</button>
          <button type="button" class="button button--small button--secondary" data-action="down" ?disabled=${index === count - 1}
            @click=${() => actions.move(1)}>${t('draft.editor.moveDown')}${which}</button>
          <button type="button" class="button button--small button--secondary" data-action="add"
            @click=${actions.addAfter}>${t('draft.editor.addAfter')}${which}</button>
          <button type="button" class="button button--small button--secondary" data-action="remove"
            @click=${actions.remove}>${t('draft.editor.remove')}${which}</button>
        </div>
      </fieldset>
    </li>`;
}

/** The kept paragraphs the version leaves out, each with a button to put it back and its open amendments. */
export function removedRows(
  removed: EditedRow[],
  actions: { restore: (row: EditedRow) => void; choices: (row: EditedRow) => unknown },
) {
  if (!removed.length) {
    return nothing;
  }
  return html`<section class="version-editor__removed" aria-labelledby="version-editor-removed">
            <h4 id="version-editor-removed">${t('draft.editor.removedList')}</h4>
            <ul>
              ${removed.map(
                (row) => html`<li data-key=${row.key}><span dir="auto">${row.text}</span>
                <button type="button" class="button button--small button--secondary" @click=${() => actions.restore(row)}>
                  ${t('draft.editor.restore')}<span class="visually-hidden"> — ${row.text.slice(0, 60)}</span></button>
                ${actions.choices(row)}</li>`,
              )}
            </ul>
          </section>`;
}
