import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatDateTime, t } from '../i18n/i18n';

/**
 * Where a ping's one-time link leads: the point of contact acknowledges with one button, no sign-in (the link is
 * the credential). Opening the page does not acknowledge, so a mail scanner following links does not answer for them.
 */
@customElement('acknowledge-ping-page')
export class AcknowledgePingPage extends PageElement {
  @state() private done: { status: 'acknowledged' | 'late'; at: string } | null = null;
  private readonly action = new ActionController(this);

  pageTitle(): string {
    return t('pings.ack.title');
  }

  protected override render() {
    return html`
      <h1>${t('pings.ack.title')}</h1>
      <p class="lead">${t('pings.ack.intro')}</p>
      <problem-alert .error=${this.action.failure}></problem-alert>
      ${
        this.done
          ? html`<p role="status">${t(`pings.ack.${this.done.status}`, { at: formatDateTime(this.done.at) })}</p>`
          : html`<button class="button" ?disabled=${this.action.busy} @click=${() => void this.acknowledge()}>
            ${t('pings.ack.button')}
          </button>`
      }
      ${this.action.busy ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
    `;
  }

  private async acknowledge(): Promise<void> {
    const answer = await this.action.run(() =>
      api.post<{ status: 'acknowledged' | 'late'; at: string }>(
        `/contacts/acknowledgements/${encodeURIComponent(this.params.token)}`,
      ),
    );
    if (answer) {
      this.done = answer;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'acknowledge-ping-page': AcknowledgePingPage;
  }
}
