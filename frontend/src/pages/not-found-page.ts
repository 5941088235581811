import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { PageElement } from '../components/plenary-element';
import { t } from '../i18n/i18n';

/** Any path no route knows: say so plainly and offer a way back. */
@customElement('not-found-page')
export class NotFoundPage extends PageElement {
  pageTitle(): string {
    return t('notFound.title');
  }

  protected override render() {
    return html`
      <h1>${t('notFound.title')}</h1>
      <p>${t('notFound.body', { path: location.pathname })}</p>
      <p><a href="/">${t('notFound.home')}</a></p>
    `;
  }
}
