import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { api } from '../app/api';
import { bdi } from '../app/bidi';
import { CursorList } from '../app/cursor-list';
import type { RegistryDocument } from '../app/documents-model';
import type { Page } from '../app/model';
import { LANGUAGE_NAMES } from '../i18n/catalogue';
import { formatDateTime, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/**
 * A page-by-page list of the registry under a filter (the query of GET /documents without cursor): the symbol
 * linking to the document's page, its title, date of issue, distribution and languages. The registry page and a
 * session's page (as `<session-documents>`) show it.
 */
@customElement('document-list')
export class DocumentList extends PlenaryElement {
  /** The filters, as the query string of GET /documents. */
  @property() filter = '';
  @property() heading = '';
  private readonly list = new CursorList<RegistryDocument>(this, (cursor) => this.page(cursor));

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter')) {
      void this.list.restart();
    }
  }

  protected override render() {
    const items = this.list.items;
    return html`<div aria-busy=${this.list.loading ? 'true' : 'false'}>
      <problem-alert .error=${this.list.failure} .retry=${() => void this.list.more()}></problem-alert>
      ${
        items.length
          ? html`<table class="document-table">
            <caption class=${this.heading ? '' : 'visually-hidden'}>${this.heading || t('documents.title')}</caption>
            <thead><tr>
              <th scope="col">${t('document.symbol')}</th><th scope="col">${t('document.titleLabel')}</th>
              <th scope="col">${t('document.issuedOn')}</th><th scope="col">${t('document.languages')}</th>
            </tr></thead>
            <tbody>${items.map((document) => this.row(document))}</tbody>
          </table>`
          : nothing
      }
      ${!this.list.loading && !this.list.failure && items.length === 0 ? html`<p>${t('documents.empty')}</p>` : nothing}
      ${this.list.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${
        this.list.next && !this.list.loading
          ? html`<button type="button" class="button button--secondary" @click=${() => void this.list.more()}>${t('directory.showMore')}</button>`
          : nothing
      }
    </div>`;
  }

  private row(document: RegistryDocument) {
    return html`<tr>
      <th scope="row"><a href="/documents/${document.id}"><bdi dir="ltr">${document.symbol}</bdi></a></th>
      <td>
        ${bdi(document.title)}
        ${document.distribution !== 'general' ? html`<span class="badge">${t(`distribution.${document.distribution}`)}</span>` : nothing}
      </td>
      <td><time datetime=${document.issuedOn}>${formatDateTime(`${document.issuedOn}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })}</time></td>
      <td>${document.languages.map((v) => html`<abbr lang=${v.language} title=${LANGUAGE_NAMES[v.language]}>${v.language.toUpperCase()}</abbr> `)}</td>
    </tr>`;
  }

  private page(cursor: string | undefined): Promise<Page<RegistryDocument>> {
    const query = new URLSearchParams(this.filter);
    query.set('limit', '50');
    if (cursor) {
      query.set('cursor', cursor);
    }
    return api.get<Page<RegistryDocument>>(`/documents?${query}`);
  }
}

/** A session's documents, for its page: `<session-documents session-id="...">`. */
@customElement('session-documents')
export class SessionDocuments extends PlenaryElement {
  @property({ attribute: 'session-id' }) sessionId = '';

  protected override render() {
    return html`<section aria-labelledby="session-documents-${this.sessionId}">
      <h2 id="session-documents-${this.sessionId}">${t('documents.ofSession')}</h2>
      <document-list .filter=${new URLSearchParams({ session: this.sessionId }).toString()}></document-list>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'document-list': DocumentList;
    'session-documents': SessionDocuments;
  }
}
