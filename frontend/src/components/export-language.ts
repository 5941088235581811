import { html } from 'lit';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../i18n/catalogue';
import { t } from '../i18n/i18n';

/**
 * The language a document is exported in (the server's `?lang=`): a labelled select whose options are each
 * written in their own language, first set to the interface's. Only the document's own words change; what
 * participants and States wrote stays in the language they wrote it in, as the hint says.
 */
export function exportLanguageField(id: string, chosen: Language, choose: (language: Language) => void) {
  return html`<div class="field export-language">
    <label for=${id}>${t('export.language')}</label>
    <select
      id=${id}
      aria-describedby="${id}-hint"
      @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        if (isLanguage(value)) {
          choose(value);
        }
      }}
    >
      ${LANGUAGES.map(
        (code) =>
          html`<option value=${code} lang=${code} ?selected=${code === chosen}>${LANGUAGE_NAMES[code]}</option>`,
      )}
    </select>
    <p id="${id}-hint" class="muted">${t('export.languageHint')}</p>
  </div>`;
}
