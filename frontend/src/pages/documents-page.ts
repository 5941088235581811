import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { DOCUMENT_KINDS, isSecretariat } from '../app/documents-model';
import { navigate, withFilters } from '../app/router';
import '../components/document-list';
import { PageElement } from '../components/plenary-element';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalogue';
import { t } from '../i18n/i18n';

const FILTERS = ['q', 'kind', 'language', 'session', 'agendaItem'] as const;

/** The document registry: every document the reader may read, newest issue first, filtered by text, kind and language. */
@customElement('documents-page')
export class DocumentsPage extends PageElement {
  pageTitle(): string {
    return t('documents.title');
  }

  protected override render() {
    const filter = new URLSearchParams();
    FILTERS.forEach((name) => {
      const value = this.query.get(name);
      if (value) {
        filter.set(name, value);
      }
    });
    return html`
      <h1>${t('documents.title')}</h1>
      <p class="lead">${t('documents.intro')}</p>
      ${isSecretariat() ? html`<p><a class="button" href="/documents/new">${t('documents.issue')}</a></p>` : nothing}
      <form class="form document-filters" role="search" aria-label=${t('documents.filters')} @submit=${this.apply}>
        <div class="field">
          <label for="documents-q">${t('documents.text')}</label>
          <input id="documents-q" name="q" type="search" maxlength="200" .value=${this.query.get('q') ?? ''} />
        </div>
        <div class="field">
          <label for="documents-kind">${t('documents.kind')}</label>
          <select id="documents-kind" name="kind">
            <option value="">${t('documents.any')}</option>
            ${DOCUMENT_KINDS.map((kind) => html`<option value=${kind} ?selected=${this.query.get('kind') === kind}>${t(`documentKind.${kind}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="documents-language">${t('document.language')}</label>
          <select id="documents-language" name="language">
            <option value="">${t('documents.any')}</option>
            ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${this.query.get('language') === code}>${LANGUAGE_NAMES[code]}</option>`)}
          </select>
        </div>
        <div class="button-row"><button type="submit" class="button button--secondary">${t('documents.apply')}</button></div>
      </form>
      <document-list .filter=${filter.toString()}></document-list>
    `;
  }

  private apply(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const query = withFilters(
      this.query,
      Object.fromEntries(['q', 'kind', 'language'].map((name) => [name, String(data.get(name) ?? '').trim()])),
    );
    const search = query.toString();
    navigate(`/documents${search ? `?${search}` : ''}`, { moveFocus: false });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'documents-page': DocumentsPage;
  }
}
