import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { REGIONAL_GROUPS, type RegionalGroup } from '../app/model';
import type { GoodPractice, NewGoodPractice } from '../app/practice-model';
import { NORMS, type NormId } from '../app/report-model';
import { navigate } from '../app/router';
import { session } from '../app/session';
import { mayShareAPractice } from '../components/practice-parts';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../i18n/catalogue';
import { language, t } from '../i18n/i18n';

/** The form to share a good practice in the name of the signed-in delegate's State or accredited organization. */
@customElement('share-practice-page')
export class SharePracticePage extends PageElement {
  @state() private missingNorm = false;
  private readonly action = new ActionController(this);

  pageTitle(): string {
    return t('practice.form.title');
  }

  protected override render() {
    if (!mayShareAPractice()) {
      return html`<h1>${t('practice.form.title')}</h1>
        <p>${t('practice.form.notAllowed')}</p>`;
    }
    const checkboxes = (name: string, legend: string, options: [string, string][], hint: string) =>
      html`<fieldset class="field-group choice-group" aria-describedby="practice-${name}-hint"
        aria-invalid=${name === 'norms' && this.missingNorm ? 'true' : 'false'}>
        <legend>${legend}</legend>
        <p id="practice-${name}-hint" class="muted hint">${hint}</p>
        ${options.map(
          ([value, label]) => html`<div class="field field--checkbox">
            <input type="checkbox" id="practice-${name}-${value}" name=${name} value=${value} />
            <label for="practice-${name}-${value}">${label}</label>
          </div>`,
        )}
      </fieldset>`;
    return html`
      <p><a href="/practices">${t('practice.back')}</a></p>
      <h1>${t('practice.form.title')}</h1>
      <p>${t('practice.form.intro', { organization: session.participant()?.organization.name ?? '' })}</p>
      <problem-alert .error=${this.action.failure}></problem-alert>
      <form class="form" @submit=${this.submit}>
        <div class="field field--wide">
          <label for="practice-title">${t('practice.form.titleLabel')}</label>
          <input id="practice-title" name="title" required maxlength="200" />
        </div>
        <div class="field field--wide">
          <label for="practice-what">${t('practice.what')}</label>
          <textarea id="practice-what" name="what" rows="5" required maxlength="10000"></textarea>
        </div>
        <div class="field field--wide">
          <label for="practice-who">${t('practice.who')}</label>
          <textarea id="practice-who" name="who" rows="2" maxlength="2000"></textarea>
        </div>
        <div class="field field--wide">
          <label for="practice-lessons">${t('practice.lessons')}</label>
          <textarea id="practice-lessons" name="lessons" rows="4" maxlength="10000"></textarea>
        </div>
        <div class="field field--wide">
          <label for="practice-links">${t('practice.links')}</label>
          <textarea id="practice-links" name="links" rows="3" aria-describedby="practice-links-hint"></textarea>
          <p id="practice-links-hint" class="muted hint">${t('practice.form.linksHint')}</p>
        </div>
        <div class="field">
          <label for="practice-language">${t('practice.language')}</label>
          <select id="practice-language" name="language">
            ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === language()}>${LANGUAGE_NAMES[l]}</option>`)}
          </select>
        </div>
        ${checkboxes(
          'norms',
          t('practice.norms'),
          NORMS.map((n) => [n, t(`tagName.${n}`)]),
          this.missingNorm ? t('practice.form.needNorm') : t('practice.form.normsHint'),
        )}
        ${checkboxes(
          'regions',
          t('practice.regions'),
          REGIONAL_GROUPS.map((g) => [g, t(`group.${g}`)]),
          t('practice.form.regionsHint'),
        )}
        <button type="submit" class="button" ?disabled=${this.action.busy}>${t('practice.form.submit')}</button>
      </form>
      ${this.action.busy ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
    `;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const norms = form.getAll('norms').map(String) as NormId[];
    this.missingNorm = norms.length === 0;
    if (this.missingNorm) {
      this.querySelector<HTMLInputElement>('#practice-norms-norm-a')?.focus();
      return;
    }
    const body: NewGoodPractice = {
      title: text('title'),
      what: text('what'),
      who: text('who'),
      lessons: text('lessons'),
      links: text('links')
        .split(/\s*\n\s*/)
        .filter((l) => l.length > 0),
      language: text('language') as Language,
      norms,
      regions: form.getAll('regions').map(String) as RegionalGroup[],
    };
    const made = await this.action.run(() => api.create<GoodPractice>('/good-practices', body), {
      announce: t('practice.form.shared'),
    });
    if (made) {
      navigate(`/practices/${made.id}`);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'share-practice-page': SharePracticePage;
  }
}
