import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { chooseLanguage } from '../app/language-choice';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/catalogue';
import { language, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/** The interface language: a labelled select whose options are each written in their own language. */
@customElement('language-switcher')
export class LanguageSwitcher extends PlenaryElement {
  @state() private failure: unknown = null;

  protected override render() {
    return html`
      <div class="language-switcher">
        <label for="language-switcher-select">${t('language.label')}</label>
        <select id="language-switcher-select" @change=${this.changed}>
          ${LANGUAGES.map(
            (code) =>
              html`<option value=${code} lang=${code} ?selected=${code === language()}>${LANGUAGE_NAMES[code]}</option>`,
          )}
        </select>
      </div>
      <problem-alert .error=${this.failure} .dismiss=${() => (this.failure = null)}></problem-alert>
    `;
  }

  private async changed(event: Event): Promise<void> {
    const chosen = (event.target as HTMLSelectElement).value;
    if (!isLanguage(chosen)) {
      return;
    }
    this.failure = null;
    try {
      await chooseLanguage(chosen);
    } catch (error) {
      this.failure = error;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'language-switcher': LanguageSwitcher;
  }
}
