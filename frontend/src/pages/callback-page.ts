import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError } from '../app/api';
import { reconcileLanguageAfterSignIn } from '../app/language-choice';
import { navigate } from '../app/router';
import { completeSignIn } from '../app/session';
import { PageElement } from '../components/plenary-element';
import { problemMessage } from '../components/problem-alert';
import { t } from '../i18n/i18n';

/** Where the identity provider sends people back: finish signing in, then return them where they were. */
@customElement('callback-page')
export class CallbackPage extends PageElement {
  @state() private failure: unknown = null;
  private started = false;

  pageTitle(): string {
    return t('callback.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.started) {
      this.started = true;
      void this.finish();
    }
  }

  protected override render() {
    return html`
      <h1>${t('callback.title')}</h1>
      ${
        this.failure
          ? html`<div class="alert alert--error" role="alert">
              <p>${t('callback.failed', { detail: this.describe(this.failure) })}</p>
            </div>
            <p><a href="/">${t('notFound.home')}</a></p>`
          : html`<p role="status">${t('callback.working')}</p>`
      }
    `;
  }

  /** The identity provider's own words (e.g. "access_denied") help more than a generic message here. */
  private describe(failure: unknown): string {
    return failure instanceof Error && !(failure instanceof ApiError) && failure.message
      ? failure.message
      : problemMessage(failure);
  }

  private async finish(): Promise<void> {
    try {
      const returnTo = await completeSignIn();
      await reconcileLanguageAfterSignIn().catch(() => {});
      navigate(returnTo, { replace: true, moveFocus: true });
    } catch (error) {
      this.failure = error;
    }
  }
}
