import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { bdi } from '../app/bidi';
import { fileSize, isSecretariat, type LanguageVersion, type RegistryDocument } from '../app/documents-model';
import { LatestLoad } from '../app/latest-load';
import { saveFile } from '../app/save-file';
import '../components/language-version-form';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalogue';
import { formatDateTime, formatNumber, t } from '../i18n/i18n';

/** The day a document was issued, as written in the registry (a date, not a moment: no time zone moves it). */
export function issueDate(day: string): string {
  return formatDateTime(`${day}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
}

/**
 * One document of the registry: its symbol and title, distribution, date of issue, session and agenda items,
 * its family (what it revises, corrects or adds to, and what revises, corrects or adds to it), and its language
 * versions with their files. The Secretariat adds or replaces a language version here.
 */
@customElement('document-page')
export class DocumentPage extends PageElement {
  @state() private document: RegistryDocument | null = null;
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return this.document ? this.document.symbol : t('documents.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.params.documentId !== this.document?.id) {
      void this.load();
    }
  }

  protected override render() {
    const document = this.document;
    return html`
      <p><a href="/documents">${t('document.back')}</a></p>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${document ? this.details(document) : this.failure ? nothing : html`<p class="loading">${t('shell.loading')}</p>`}
    `;
  }

  private details(document: RegistryDocument) {
    return html`
      <p class="document-symbol"><bdi dir="ltr" lang="en">${document.symbol}</bdi></p>
      <h1 dir="auto">${bdi(document.title)}</h1>
      <dl class="facts">
        <dt>${t('document.symbol')}</dt>
        <dd><bdi dir="ltr">${document.symbol}</bdi> — ${t(`documentKind.${document.parts.kind}`)}</dd>
        <dt>${t('document.distribution')}</dt>
        <dd>${t(`distribution.${document.distribution}`)}</dd>
        <dt>${t('document.issuedOn')}</dt>
        <dd><time datetime=${document.issuedOn}>${issueDate(document.issuedOn)}</time></dd>
        ${
          document.session
            ? html`<dt>${t('document.session')}</dt>
              <dd><a href="/sessions/${document.session.id}">${bdi(document.session.title)}</a></dd>`
            : nothing
        }
        ${
          document.agendaItems.length
            ? html`<dt>${t('document.agendaItems')}</dt>
              <dd><ul class="plain">${document.agendaItems.map((item) => html`<li>${item.number}. ${bdi(item.title)}</li>`)}</ul></dd>`
            : nothing
        }
        ${
          document.draft
            ? html`<dt>${t('document.draft')}</dt>
              <dd><a href="/threads/${document.draft.threadId}">${
                document.draft.version === 0
                  ? t('document.zeroDraft')
                  : t('document.revision', { version: String(document.draft.version) })
              }</a></dd>`
            : nothing
        }
      </dl>
      ${this.chain(document)} ${this.languages(document)}
      ${
        isSecretariat()
          ? html`<language-version-form .document=${document} @version-added=${() => void this.load()}></language-version-form>`
          : nothing
      }
    `;
  }

  /** The family in the order issued, this document marked; its predecessor and successors said in words. */
  private chain(document: RegistryDocument) {
    const family = document.family ?? [];
    return html`<section aria-labelledby="document-chain">
      <h2 id="document-chain">${t('document.chain')}</h2>
      ${
        document.predecessor
          ? html`<p>
            ${t(`document.relation.${document.predecessor.relation ?? 'revises'}`)}
            <a href="/documents/${document.predecessor.id}"><bdi dir="ltr">${document.predecessor.symbol}</bdi></a>
          </p>`
          : nothing
      }
      ${
        (document.successors ?? []).length
          ? html`<p>
            ${t('document.followedBy')}
            ${(document.successors ?? []).map(
              (s, i) => html`${i > 0 ? ', ' : ''}<a href="/documents/${s.id}"><bdi dir="ltr">${s.symbol}</bdi></a>
                (${t(`document.relationShort.${s.relation ?? 'revises'}`)})`,
            )}
          </p>`
          : nothing
      }
      ${
        family.length > 1
          ? html`<ol class="document-family">
            ${family.map((member) =>
              member.id === document.id
                ? html`<li aria-current="page"><strong><bdi dir="ltr">${member.symbol}</bdi></strong> ${t('document.thisOne')}</li>`
                : html`<li><a href="/documents/${member.id}"><bdi dir="ltr">${member.symbol}</bdi></a></li>`,
            )}
          </ol>`
          : html`<p class="muted">${t('document.alone')}</p>`
      }
    </section>`;
  }

  private languages(document: RegistryDocument) {
    const versions = [...document.languages].sort(
      (a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language),
    );
    return html`<section aria-labelledby="document-languages">
      <h2 id="document-languages">${t('document.languages')}</h2>
      <p class="muted">${t('document.languageCount', { count: versions.length })}</p>
      ${
        versions.length
          ? html`<table class="document-table">
            <caption class="visually-hidden">${t('document.languages')}</caption>
            <thead><tr>
              <th scope="col">${t('document.language')}</th><th scope="col">${t('document.file')}</th>
              <th scope="col">${t('document.size')}</th><th scope="col">SHA-256</th><th scope="col">${t('document.status')}</th>
            </tr></thead>
            <tbody>${versions.map((version) => this.version(document, version))}</tbody>
          </table>`
          : nothing
      }
    </section>`;
  }

  private version(document: RegistryDocument, version: LanguageVersion) {
    const file = version.file;
    return html`<tr>
      <th scope="row" lang=${version.language}>${LANGUAGE_NAMES[version.language]}</th>
      <td>
        ${
          file
            ? html`<a href=${file.href} @click=${(event: Event) => this.download(event, document, file.href, file.filename)}
                lang=${version.language}>${file.filename}</a>`
            : html`<span class="muted">${t('document.noFile')}</span>`
        }
      </td>
      <td>${file ? fileSize(file.size, formatNumber) : '—'}</td>
      <td>${file ? html`<code class="hash" dir="ltr">${file.sha256}</code>` : '—'}</td>
      <td>
        ${version.original ? html`<span class="badge">${t('document.original')}</span>` : nothing}
        ${version.advanceUnedited ? html`<span class="badge badge--warning">${t('document.advanceUnedited')}</span>` : nothing}
      </td>
    </tr>`;
  }

  /** A document not of general distribution is downloaded with the reader's token: a plain link cannot send it. */
  private async download(event: Event, document: RegistryDocument, href: string, filename: string): Promise<void> {
    if (document.distribution === 'general') {
      return;
    }
    event.preventDefault();
    try {
      const { blob } = await api.download(href.replace(/^\/api\/v1/, ''));
      saveFile(blob, filename);
    } catch (error) {
      this.failure = error;
    }
  }

  private async load(): Promise<void> {
    const id = this.params.documentId;
    if (!id) {
      return;
    }
    const current = this.loads.start();
    this.failure = null;
    try {
      const document = await api.get<RegistryDocument>(`/documents/${encodeURIComponent(id)}`);
      if (current()) {
        this.document = document;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
        this.document = null;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'document-page': DocumentPage;
  }
}
