import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { STAKEHOLDER_KINDS } from '../app/model';
import { session } from '../app/session';
import { t } from '../i18n/i18n';
import type { Application } from '../app/accreditation-model';
import './organization-select';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/**
 * The application form: a stakeholder applies for its own organization (name and kind filled in), or the
 * Secretariat registers any stakeholder and may set the length of its non-objection window. Fires
 * `application-received` with the application the server returns.
 */
@customElement('accreditation-form')
export class AccreditationForm extends PlenaryElement {
  /** The Secretariat registering a stakeholder, rather than a stakeholder applying for itself. */
  @property({ type: Boolean }) secretariat = false;
  @state() private saving = false;
  @state() private failure: unknown = null;

  protected override render() {
    const organization = session.participant()?.organization;
    const secretariat = this.secretariat;
    const id = secretariat ? 'register' : 'apply';
    return html`<section aria-labelledby="${id}-title">
      <h2 id="${id}-title">${secretariat ? t('accreditationPage.registerTitle') : t('accreditationPage.applyTitle')}</h2>
      <p class="muted">${t('accreditationPage.applyIntro')}</p>
      <form class="form" @submit=${this.apply}>
        <div class="field field--wide">
          <label for="${id}-name">${t('accreditationPage.name')}</label>
          <input id="${id}-name" name="name" type="text" required minlength="2" maxlength="300"
            .value=${secretariat ? '' : (organization?.name ?? '')} />
        </div>
        <div class="field">
          <label for="${id}-kind">${t('organization.kind')}</label>
          <select id="${id}-kind" name="kind">
            ${STAKEHOLDER_KINDS.map((kind) => html`<option value=${kind} ?selected=${!secretariat && kind === organization?.kind}>${t(`kind.${kind}`)}</option>`)}
          </select>
        </div>
        <organization-select selectId="${id}-country" fieldName="country" required label=${t('accreditationPage.country')}
          emptyLabel=${t('accreditationPage.chooseCountry')}></organization-select>
        <div class="field field--wide">
          <label for="${id}-website">${t('accreditationPage.website')}</label>
          <input id="${id}-website" name="website" type="url" required maxlength="500" placeholder="https://" />
        </div>
        <div class="field field--wide">
          <label for="${id}-purpose">${t('accreditationPage.purpose')}</label>
          <textarea id="${id}-purpose" name="purpose" rows="5" required minlength="20" maxlength="10000" aria-describedby="${id}-purpose-hint"></textarea>
          <p id="${id}-purpose-hint" class="muted hint">${t('accreditationPage.purposeHint')}</p>
        </div>
        <div class="field field--checkbox">
          <input type="checkbox" id="${id}-ecosoc" name="ecosocStatus" aria-describedby="${id}-ecosoc-hint" />
          <label for="${id}-ecosoc">${t('accreditationPage.ecosocLabel')}</label>
          <p id="${id}-ecosoc-hint" class="muted hint field__hint">${t('accreditationPage.ecosocHint')}</p>
        </div>
        ${
          secretariat
            ? html`<div class="field">
              <label for="${id}-days">${t('accreditationPage.windowDays')}</label>
              <input id="${id}-days" name="windowDays" type="number" min="1" max="90" inputmode="numeric" />
            </div>`
            : nothing
        }
        <problem-alert .error=${this.failure}></problem-alert>
        <button type="submit" class="button" ?disabled=${this.saving}>
          ${secretariat ? t('accreditationPage.register') : t('accreditationPage.apply')}
        </button>
      </form>
    </section>`;
  }

  private async apply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const request: Record<string, unknown> = {
      name: text('name'),
      kind: text('kind'),
      country: text('country'),
      website: text('website'),
      purpose: text('purpose'),
      ecosocStatus: data.get('ecosocStatus') === 'on',
    };
    if (!this.secretariat && session.participant()?.organization.id) {
      request.organizationId = session.participant()?.organization.id;
    }
    if (this.secretariat && text('windowDays')) {
      request.windowDays = Number(text('windowDays'));
    }
    this.saving = true;
    this.failure = null;
    try {
      const application = await api.create<Application>('/accreditations', request);
      form.reset();
      this.dispatchEvent(new CustomEvent<Application>('application-received', { detail: application, bubbles: true }));
    } catch (error) {
      this.failure = error;
    } finally {
      this.saving = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'accreditation-form': AccreditationForm;
  }
}
