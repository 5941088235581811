import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { RegistryDocument } from '../app/documents-model';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/catalogue';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/** The media types the registry takes, by file extension; the server checks the bytes as well. */
const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

export function mediaTypeOf(file: File): string | undefined {
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return MEDIA_TYPES[extension];
}

/**
 * The Secretariat's form to add a language version of a document, or replace one: the language, the file (PDF,
 * Word or OpenDocument), whether it is the original language and whether it is an advance unedited version.
 * Fires `version-added` when the registry has it.
 */
@customElement('language-version-form')
export class LanguageVersionForm extends PlenaryElement {
  @property({ attribute: false }) document!: RegistryDocument;
  @state() private language: Language = 'en';
  @state() private status = '';
  private readonly saving = new ActionController(this, { context: () => this.document?.id });

  protected override render() {
    const existing = this.document.languages.find((version) => version.language === this.language);
    return html`<section aria-labelledby="language-version-form">
      <h2 id="language-version-form">${t('documentForm.versionTitle')}</h2>
      <form class="form" @submit=${this.send}>
        <div class="field">
          <label for="version-language">${t('document.language')}</label>
          <select id="version-language" name="language"
            @change=${(event: Event) => (this.language = (event.target as HTMLSelectElement).value as Language)}>
            ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${code === this.language}>${LANGUAGE_NAMES[code]}</option>`)}
          </select>
          ${existing ? html`<p class="muted hint">${t('documentForm.replaces')}</p>` : ''}
        </div>
        <div class="field field--wide">
          <label for="version-file">${t('document.file')}</label>
          <input id="version-file" name="file" type="file" required accept=".pdf,.docx,.odt" aria-describedby="version-file-hint" />
          <p id="version-file-hint" class="muted hint">${t('documentForm.fileHint')}</p>
        </div>
        <div class="field field--checkbox">
          <input type="checkbox" id="version-original" name="original" ?checked=${existing?.original ?? false} />
          <label for="version-original">${t('document.original')}</label>
        </div>
        <div class="field field--checkbox">
          <input type="checkbox" id="version-unedited" name="advanceUnedited" ?checked=${existing?.advanceUnedited ?? false} />
          <label for="version-unedited">${t('document.advanceUnedited')}</label>
        </div>
        <problem-alert .error=${this.saving.failure}></problem-alert>
        <p role="status" class="status">${this.status}</p>
        <div class="button-row">
          <button type="submit" class="button" ?disabled=${this.saving.busy}>
            ${this.saving.busy ? t('documentForm.uploading') : t('documentForm.upload')}
          </button>
        </div>
      </form>
    </section>`;
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return;
    }
    const query = new URLSearchParams({
      filename: file.name,
      original: String(data.get('original') === 'on'),
      advanceUnedited: String(data.get('advanceUnedited') === 'on'),
    });
    const language = this.language;
    await this.saving.run(
      () =>
        api.upload<RegistryDocument>(
          'POST',
          `/documents/${this.document.id}/languages/${language}?${query}`,
          file,
          mediaTypeOf(file) ?? (file.type || 'application/octet-stream'),
        ),
      {
        apply: () => {
          form.reset();
          this.status = t('documentForm.versionAdded', { language: LANGUAGE_NAMES[language] });
          this.dispatchEvent(new CustomEvent('version-added', { bubbles: true }));
        },
        announce: () => this.status,
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'language-version-form': LanguageVersionForm;
  }
}
