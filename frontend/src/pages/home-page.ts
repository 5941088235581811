import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { session, signIn } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/next-sessions';
import { t } from '../i18n/i18n';

/** What Plenary is, who takes part, and where to go next. */
@customElement('home-page')
export class HomePage extends PageElement {
  pageTitle(): string {
    return t('home.title');
  }

  protected override render() {
    const signedIn = session.participant() !== null;
    return html`
      <h1>${t('home.title')}</h1>
      <p class="lead">${t('home.intro')}</p>
      <next-sessions></next-sessions>
      <section aria-labelledby="home-who">
        <h2 id="home-who">${t('home.whoTitle')}</h2>
        <ul class="feature-list">
          <li>${t('home.whoStates')}</li>
          <li>${t('home.whoIgos')}</li>
          <li>${t('home.whoStakeholders')}</li>
          <li>${t('home.whoModerators')}</li>
        </ul>
      </section>
      <section aria-labelledby="home-start">
        <h2 id="home-start">${t('home.startTitle')}</h2>
        <ul class="link-list">
          <li><a href="/topics">${t('home.linkTopics')}</a></li>
          <li><a href="/organizations">${t('home.linkDirectory')}</a></li>
          ${signedIn ? html`<li><a href="/account">${t('home.linkAccount')}</a></li>` : ''}
        </ul>
        ${
          signedIn
            ? ''
            : html`<p>${t('home.signInPrompt')}</p>
              <button type="button" class="button" @click=${() => void signIn('/')}>${t('session.signIn')}</button>`
        }
        <p class="muted">${t('home.publicNote')}</p>
      </section>
    `;
  }
}
