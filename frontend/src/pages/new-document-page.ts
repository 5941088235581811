import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { bdi } from '../app/bidi';
import { DISTRIBUTIONS, isSecretariat, type AgendaItemReference, type RegistryDocument } from '../app/documents-model';
import { navigate } from '../app/router';
import { agendaOf, sessionChoices, type SessionChoice } from '../app/session-choice';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { t } from '../i18n/i18n';

/**
 * The Secretariat issues a document: its symbol (the server takes it apart and says which part is wrong), title,
 * date of issue, distribution, and the session and agenda items it is issued under. Language versions are added on
 * the document's page once it is issued.
 */
@customElement('new-document-page')
export class NewDocumentPage extends PageElement {
  @state() private sessions: SessionChoice[] = [];
  @state() private agenda: AgendaItemReference[] = [];
  private readonly issuing = new ActionController(this);

  pageTitle(): string {
    return t('documents.issue');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void sessionChoices()
      .then((sessions) => (this.sessions = sessions))
      .catch(() => (this.sessions = []));
  }

  protected override render() {
    if (!isSecretariat()) {
      return html`<h1>${t('documents.issue')}</h1><p>${t('documentForm.secretariatOnly')}</p>`;
    }
    const today = new Date().toISOString().slice(0, 10);
    return html`
      <p><a href="/documents">${t('document.back')}</a></p>
      <h1>${t('documents.issue')}</h1>
      <form class="form" @submit=${this.issue}>
        <div class="field">
          <label for="document-symbol">${t('document.symbol')}</label>
          <input id="document-symbol" name="symbol" type="text" required maxlength="100" dir="ltr" autocomplete="off"
            spellcheck="false" aria-describedby="document-symbol-hint" />
          <p id="document-symbol-hint" class="muted hint">${t('documentForm.symbolHint')}</p>
        </div>
        <div class="field field--wide">
          <label for="document-title">${t('document.titleLabel')}</label>
          <input id="document-title" name="title" type="text" required maxlength="500" />
        </div>
        <div class="field">
          <label for="document-issued">${t('document.issuedOn')}</label>
          <input id="document-issued" name="issuedOn" type="date" required .value=${today} />
        </div>
        <div class="field">
          <label for="document-distribution">${t('document.distribution')}</label>
          <select id="document-distribution" name="distribution" aria-describedby="document-distribution-hint">
            <option value="">${t('documentForm.distributionBySymbol')}</option>
            ${DISTRIBUTIONS.map((d) => html`<option value=${d}>${t(`distribution.${d}`)}</option>`)}
          </select>
          <p id="document-distribution-hint" class="muted hint">${t('documentForm.distributionHint')}</p>
        </div>
        <div class="field">
          <label for="document-session">${t('document.session')}</label>
          <select id="document-session" name="sessionId" @change=${this.chooseSession}>
            <option value="">${t('documentForm.noSession')}</option>
            ${this.sessions.map((s) => html`<option value=${s.id}>${s.title}</option>`)}
          </select>
        </div>
        ${
          this.agenda.length
            ? html`<fieldset class="field-group">
              <legend>${t('document.agendaItems')}</legend>
              ${this.agenda.map(
                (item) => html`<div class="field field--checkbox">
                  <input type="checkbox" id="agenda-${item.id}" name="agendaItemIds" value=${item.id} />
                  <label for="agenda-${item.id}">${item.number}. ${bdi(item.title)}</label>
                </div>`,
              )}
            </fieldset>`
            : nothing
        }
        <problem-alert .error=${this.issuing.failure}></problem-alert>
        <div class="button-row">
          <button type="submit" class="button" ?disabled=${this.issuing.busy}>${t('documentForm.submit')}</button>
          <a class="button button--secondary" href="/documents">${t('action.cancel')}</a>
        </div>
      </form>
    `;
  }

  private async chooseSession(event: Event): Promise<void> {
    const id = (event.target as HTMLSelectElement).value;
    this.agenda = [];
    if (id) {
      try {
        this.agenda = await agendaOf(id);
      } catch {
        this.agenda = [];
      }
    }
  }

  private async issue(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const request: Record<string, unknown> = {
      symbol: text('symbol'),
      title: text('title'),
      issuedOn: text('issuedOn'),
    };
    if (text('distribution')) {
      request.distribution = text('distribution');
    }
    if (text('sessionId')) {
      request.sessionId = text('sessionId');
      request.agendaItemIds = data.getAll('agendaItemIds').map(String);
    }
    await this.issuing.run(() => api.create<RegistryDocument>('/documents', request), {
      apply: (document) => navigate(`/documents/${document.id}`),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'new-document-page': NewDocumentPage;
  }
}
