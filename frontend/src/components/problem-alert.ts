import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ApiError } from '../app/api';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';

/** What to tell a person about a failure: the server's own explanation when it gave one. */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.unreachable) {
      return t('error.network');
    }
    return error.detail || error.title || t('error.generic');
  }
  return t('error.generic');
}

/**
 * An error shown in an ARIA alert, so screen readers announce it as it appears. Offers "Try again"
 * when the page passes a retry action, and "Dismiss" when it passes a dismiss action.
 */
@customElement('problem-alert')
export class ProblemAlert extends PlenaryElement {
  @property({ attribute: false }) error: unknown = null;
  @property({ attribute: false }) retry?: () => void;
  @property({ attribute: false }) dismiss?: () => void;

  protected override render() {
    if (!this.error) {
      return nothing;
    }
    return html`
      <div class="alert alert--error" role="alert">
        <p class="alert__title">${t('error.title')}</p>
        <p>${problemMessage(this.error)}</p>
        ${this.retry ? html`<button type="button" class="button" @click=${this.retry}>${t('action.retry')}</button>` : nothing}
        ${
          this.dismiss
            ? html`<button type="button" class="button button--secondary" @click=${this.dismiss}>${t('action.dismiss')}</button>`
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'problem-alert': ProblemAlert;
  }
}
