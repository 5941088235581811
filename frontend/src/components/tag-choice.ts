import { html, nothing } from 'lit';
import type { Tag } from '../app/forum-model';
import { tagDescription, tagLabel } from '../app/names';
import { t } from '../i18n/i18n';

/**
 * The tags a thread may carry, as checkboxes named `tags` in one group per kind (norms, regions, subjects):
 * the same choice when a thread is opened and when it is edited. `idPrefix` keeps the ids of two forms on
 * one page apart; `chosen` are the tags ticked at first.
 */
export function tagChoice(tags: readonly Tag[], idPrefix: string, chosen: readonly string[] = []) {
  const groups: [Tag['kind'], string][] = [
    ['norm', t('newThread.normTags')],
    ['region', t('newThread.regionTags')],
    ['subject', t('newThread.subjectTags')],
  ];
  return groups.map(([kind, legend]) => {
    const ofKind = tags.filter((tag) => tag.kind === kind);
    return ofKind.length
      ? html`<fieldset class="field-group tag-choice">
          <legend>${legend}</legend>
          ${ofKind.map(
            (tag) => html`<div class="field field--checkbox">
              <input type="checkbox" id="${idPrefix}-${tag.id}" name="tags" value=${tag.id} ?checked=${chosen.includes(tag.id)} />
              <label for="${idPrefix}-${tag.id}" title=${tagDescription(tag.id, tag.description) ?? nothing}>${tagLabel(tag.id, tag.label)}</label>
            </div>`,
          )}
        </fieldset>`
      : nothing;
  });
}
