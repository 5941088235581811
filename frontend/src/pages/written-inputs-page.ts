import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { navigate } from '../app/router';
import { sessionChoices, type SessionChoice } from '../app/session-choice';
import { PageElement } from '../components/plenary-element';
import '../components/written-inputs';
import { t } from '../i18n/i18n';

/** The written inputs of stakeholders by session: the session chosen, its published inputs (and reviews and forms). */
@customElement('written-inputs-page')
export class WrittenInputsPage extends PageElement {
  @state() private sessions: SessionChoice[] = [];

  pageTitle(): string {
    return t('inputs.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void sessionChoices()
      .then((sessions) => (this.sessions = sessions))
      .catch(() => (this.sessions = []));
  }

  protected override render() {
    const session = this.query.get('session') ?? '';
    return html`
      <h1>${t('inputs.title')}</h1>
      <p class="lead">${t('inputs.intro')}</p>
      <div class="field">
        <label for="inputs-session">${t('document.session')}</label>
        <select id="inputs-session" @change=${(event: Event) => this.choose((event.target as HTMLSelectElement).value)}>
          <option value="">${t('inputs.chooseSession')}</option>
          ${this.sessions.map((s) => html`<option value=${s.id} ?selected=${s.id === session}>${s.title}</option>`)}
        </select>
      </div>
      ${session ? html`<written-inputs session-id=${session}></written-inputs>` : nothing}
    `;
  }

  private choose(session: string): void {
    navigate(session ? `/written-inputs?session=${encodeURIComponent(session)}` : '/written-inputs', {
      moveFocus: false,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'written-inputs-page': WrittenInputsPage;
  }
}
