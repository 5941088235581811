import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Participant, Preferences } from '../app/model';
import { organizationName } from '../app/names';
import { savePreferences, session, signIn } from '../app/session';
import { rolesLabel } from '../components/person-label';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/catalogue';
import { formatDateTime, language, t, useLanguage } from '../i18n/i18n';
import { bdi } from '../app/bidi';

/** The signed-in participant as Plenary knows them, and their preferences. */
@customElement('account-page')
export class AccountPage extends PageElement {
  @state() private saving = false;
  @state() private saved = false;
  @state() private failure: unknown = null;

  pageTitle(): string {
    return t('account.title');
  }

  protected override render() {
    const participant = session.participant();
    const preferences = session.preferences();
    return html`
      <h1>${t('account.title')}</h1>
      ${
        participant && preferences
          ? html`${this.identity(participant)} ${this.preferencesForm(preferences)}`
          : html`<p>${t('account.signInRequired')}</p>
            <button type="button" class="button" @click=${() => void signIn('/account')}>${t('session.signIn')}</button>`
      }
    `;
  }

  private identity(participant: Participant) {
    const expires = session.expiresAt();
    return html`
      <section aria-labelledby="account-participant">
        <h2 id="account-participant">${t('account.participant')}</h2>
        <dl class="facts">
          <dt>${t('account.name')}</dt>
          <dd>${bdi(participant.name)}</dd>
          <dt>${t('account.username')}</dt>
          <dd>${participant.username}</dd>
          <dt>${t('account.organization')}</dt>
          <dd><a href="/organizations/${encodeURIComponent(participant.organization.id)}">${organizationName(participant.organization)}</a></dd>
          <dt>${t('account.roles')}</dt>
          <dd>${rolesLabel(participant)}</dd>
          ${expires ? html`<dt>${t('account.sessionUntil')}</dt><dd>${formatDateTime(expires)}</dd>` : nothing}
        </dl>
      </section>
    `;
  }

  private preferencesForm(preferences: Preferences) {
    return html`
      <section aria-labelledby="account-preferences">
        <h2 id="account-preferences">${t('account.preferences')}</h2>
        <form class="form" @submit=${this.save}>
          <div class="field">
            <label for="preference-language">${t('account.language')}</label>
            <select id="preference-language" name="language">
              ${LANGUAGES.map(
                (code) =>
                  html`<option value=${code} lang=${code} ?selected=${code === (preferences.language ?? language())}>${LANGUAGE_NAMES[code]}</option>`,
              )}
            </select>
          </div>
          <div class="field field--checkbox">
            <input type="checkbox" id="preference-digest" name="emailDigest" ?checked=${preferences.emailDigest} />
            <label for="preference-digest">${t('account.emailDigest')}</label>
          </div>
          <div class="field field--checkbox">
            <input type="checkbox" id="preference-translate" name="translateAutomatically"
              ?checked=${preferences.translateAutomatically ?? false} aria-describedby="preference-translate-hint" />
            <label for="preference-translate">${t('account.translateAutomatically')}</label>
            <p class="hint" id="preference-translate-hint">${t('account.translateAutomaticallyHint')}</p>
          </div>
          <problem-alert .error=${this.failure}></problem-alert>
          <button type="submit" class="button" ?disabled=${this.saving}>
            ${this.saving ? t('account.saving') : t('account.save')}
          </button>
          <p role="status" class="status">${this.saved ? t('account.saved') : ''}</p>
        </form>
      </section>
    `;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const language = form.get('language');
    if (!isLanguage(language)) {
      return;
    }
    this.saving = true;
    this.saved = false;
    this.failure = null;
    try {
      await savePreferences({
        language,
        emailDigest: form.get('emailDigest') === 'on',
        translateAutomatically: form.get('translateAutomatically') === 'on',
      });
      await useLanguage(language, { remember: true });
      this.saved = true;
    } catch (error) {
      this.failure = error;
    } finally {
      this.saving = false;
    }
  }
}
