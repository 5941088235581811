import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { session, signIn, signOut } from '../app/session';
import { t } from '../i18n/i18n';
import { personLabel } from './person-label';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/** Sign in, or the signed-in person (a link to their account) and sign out. */
@customElement('session-controls')
export class SessionControls extends PlenaryElement {
  @state() private failure: unknown = null;

  protected override render() {
    const participant = session.participant();
    return html`
      <div class="session-controls">
        ${
          participant
            ? html`
              <a class="session-controls__person" href="/account">${personLabel(participant)}</a>
              <button type="button" class="button button--on-dark" @click=${() => this.run(signOut)}>${t('session.signOut')}</button>
            `
            : html`<button type="button" class="button button--on-dark" @click=${() => this.run(() => signIn())}>
              ${t('session.signIn')}
            </button>`
        }
      </div>
      <problem-alert .error=${this.failure} .dismiss=${() => (this.failure = null)}></problem-alert>
    `;
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.failure = null;
    try {
      await action();
    } catch (error) {
      this.failure = error;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'session-controls': SessionControls;
  }
}
