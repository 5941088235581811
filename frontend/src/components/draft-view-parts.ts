import { html, nothing } from 'lit';
import type { Amendment, Draft, ParagraphStatus } from '../app/draft-model';
import { formatDateTime, t } from '../i18n/i18n';
import { amendmentList } from './contribution-parts';

/** Which paragraphs the draft shows: all, or those agreed, contested or still open. */
export type Filter = 'all' | ParagraphStatus;
const FILTERS: readonly Filter[] = ['all', 'agreed', 'contested', 'open'];

/** A version's name in the reader's language: the zero draft, Rev.1, ..., or the label it was given. */
export function versionLabel(number: number, label: string): string {
  return number === 0 ? t('draft.zeroDraft') : label.startsWith('Rev.') ? t('draft.rev', { number }) : label;
}

/** The versions to choose from, once there are two, with the date each was published. */
export function versionPicker(draft: Draft, choose: (event: Event) => void) {
  if (draft.versions.length < 2) {
    return nothing;
  }
  return html`<div class="filter">
      <label for="draft-version">${t('draft.version')}</label>
      <select id="draft-version" @change=${choose}>
        ${draft.versions.map(
          (version) => html`<option value=${version.number} ?selected=${version.number === draft.version?.number}>
            ${versionLabel(version.number, version.label)} — ${formatDateTime(version.publishedAt, { dateStyle: 'medium' })}
          </option>`,
        )}
      </select>
    </div>`;
}

/** The radio buttons that filter the paragraphs by their consensus. */
export function paragraphFilters(shown: Filter, choose: (filter: Filter) => void) {
  return html`<fieldset class="draft__filters">
      <legend>${t('draft.show')}</legend>
      ${FILTERS.map(
        (filter) => html`<label class="radio">
          <input type="radio" name="draft-filter" value=${filter} .checked=${shown === filter}
            @change=${() => choose(filter)} />
          ${filter === 'all' ? t('draft.all') : t(`consensus.status.${filter}`)}
        </label>`,
      )}
    </fieldset>`;
}

/** The paragraphs this version removed, each with what `stranded` shows of the amendments still proposed on it. */
export function removedParagraphs(draft: Draft, stranded: (paragraphId: string, count: number) => unknown) {
  if (!draft.removed?.length) {
    return nothing;
  }
  return html`<section aria-labelledby="draft-removed">
            <h3 id="draft-removed">${t('draft.removed')}</h3>
            <ul class="draft__removed">
              ${draft.removed.map(
                (
                  p,
                ) => html`<li><del>${t('draft.paragraph', { number: p.previousNumber })}: <span dir="auto">${p.text}</span></del>
                ${p.proposedAmendments ? stranded(p.id, p.proposedAmendments) : nothing}</li>`,
              )}
            </ul>
          </section>`;
}

/**
 * The amendments still proposed on a paragraph this version removed: they say so, are read when opened
 * (`amendments` is undefined until then), and may be judged not retained.
 */
export function strandedAmendments(
  count: number,
  amendments: Amendment[] | undefined,
  controls: { busy: boolean; opened: () => void; notRetain?: (amendment: Amendment) => void },
) {
  return html`<details class="draft__stranded" @toggle=${(event: Event) => {
    if ((event.target as HTMLDetailsElement).open && !amendments) {
      controls.opened();
    }
  }}>
      <summary>${t('draft.removedAmendments', { count })}</summary>
      ${
        amendments
          ? amendmentList(amendments, { busy: controls.busy, withdraw: () => {}, notRetain: controls.notRetain })
          : html`<p class="loading">${t('shell.loading')}</p>`
      }
    </details>`;
}
