import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { MODALITIES, type CapacityArea, type Need, type Offer } from '../app/capacity-model';
import { REGIONAL_GROUPS } from '../app/model';
import { mayPost } from '../app/roles';
import { navigate } from '../app/router';
import { session, signIn } from '../app/session';
import { areaLabel, rememberAreas } from '../components/capacity-parts';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import '../components/state-picker';
import type { StatePicker } from '../components/state-picker';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalogue';
import { language, t } from '../i18n/i18n';

/**
 * Posts a need (State delegates) or an offer (delegates of States, intergovernmental and accredited
 * organizations): areas from the fixed taxonomy, regions (regional groups and States), languages,
 * modalities, timeframe and, for an offer, how many engagements it can take on. Matching runs at once; the
 * new listing opens with its ranked matches.
 */
@customElement('new-listing-page')
export class NewListingPage extends PageElement {
  @state() private areas: CapacityArea[] = [];
  @state() private saving = false;
  @state() private failure: unknown = null;

  private get kind(): 'need' | 'offer' {
    return this.query.get('type') === 'offer' ? 'offer' : 'need';
  }

  pageTitle(): string {
    return t(this.kind === 'need' ? 'board.postNeed' : 'board.postOffer');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.areas.length === 0) {
      api.get<{ items: CapacityArea[] }>('/capacity/areas').then(
        (page) => {
          rememberAreas(page.items);
          this.areas = page.items;
        },
        (error) => (this.failure = error),
      );
    }
  }

  protected override render() {
    return html`
      <p><a href="/board">${t('board.back')}</a></p>
      <h1>${this.pageTitle()}</h1>
      ${
        !session.participant()
          ? html`<p>${t('board.signInToPost')}</p>
            <button type="button" class="button" @click=${() => void signIn()}>${t('session.signIn')}</button>`
          : mayPost(this.kind)
            ? this.form()
            : html`<p>${t(this.kind === 'need' ? 'board.needsByStates' : 'board.offersByWhom')}</p>`
      }
    `;
  }

  private form() {
    const need = this.kind === 'need';
    const checkboxes = (
      name: string,
      legend: string,
      options: [string, string][],
      hint?: string,
    ) => html`<fieldset class="field-group choice-group">
      <legend>${legend}</legend>
      ${hint ? html`<p class="muted hint">${hint}</p>` : nothing}
      ${options.map(
        ([value, label]) => html`<div class="field field--checkbox">
          <input type="checkbox" id="listing-${name}-${value}" name=${name} value=${value}
            ?checked=${
              (name === 'languages' && value === language()) || (name === 'areas' && value === this.query.get('area'))
            } />
          <label for="listing-${name}-${value}">${label}</label>
        </div>`,
      )}
    </fieldset>`;
    return html`<form class="form listing-form" @submit=${this.post}>
      <div class="field field--wide">
        <label for="listing-title">${t('newThread.threadTitle')}</label>
        <input id="listing-title" name="title" type="text" required minlength="3" maxlength="300"
          .value=${this.query.get('title') ?? ''} />
      </div>
      <div class="field field--wide">
        <label for="listing-description">${t('board.description')}</label>
        <textarea id="listing-description" name="description" rows="5" required maxlength="10000"></textarea>
      </div>
      ${checkboxes(
        'areas',
        t('board.areas'),
        this.areas.map((area) => [area.id, areaLabel(area.id)]),
        t('board.areasHint'),
      )}
      ${checkboxes(
        'languages',
        t('board.languages'),
        LANGUAGES.map((code) => [code, LANGUAGE_NAMES[code]]),
        need ? t('board.languagesNeedHint') : t('board.languagesOfferHint'),
      )}
      ${checkboxes(
        'modalities',
        t('board.modalities'),
        MODALITIES.map((m) => [m, t(`modality.${m}`)]),
      )}
      ${checkboxes(
        'regions',
        need ? t('board.beneficiaries') : t('board.served'),
        REGIONAL_GROUPS.map((group) => [group, t(`group.${group}`)]),
        need ? t('board.beneficiariesHint') : t('board.servedHint'),
      )}
      <state-picker pickerId="listing-states" .legend=${need ? t('board.beneficiaryStates') : t('board.servedStates')}></state-picker>
      <fieldset class="field-group">
        <legend>${t('board.timeframe')}</legend>
        <div class="field">
          <label for="listing-starts">${t('board.startsOn')}</label>
          <input id="listing-starts" name="startsOn" type="date" required />
        </div>
        <div class="field">
          <label for="listing-ends">${t('board.endsOn')}</label>
          <input id="listing-ends" name="endsOn" type="date" required />
        </div>
      </fieldset>
      ${
        need
          ? html`<div class="field field--checkbox">
            <input type="checkbox" id="listing-restricted" name="restricted" aria-describedby="listing-restricted-hint" />
            <label for="listing-restricted">${t('board.restrictedLabel')}</label>
            <p id="listing-restricted-hint" class="muted hint field__hint">${t('board.restrictedHint')}</p>
          </div>`
          : html`<div class="field">
            <label for="listing-capacity">${t('board.capacityLabel')}</label>
            <input id="listing-capacity" name="capacity" type="number" min="1" max="10000" value="1" required inputmode="numeric" />
          </div>`
      }
      <problem-alert .error=${this.failure}></problem-alert>
      <button type="submit" class="button" ?disabled=${this.saving}>${need ? t('board.postNeed') : t('board.postOffer')}</button>
    </form>`;
  }

  private async post(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const states = this.querySelector<StatePicker>('state-picker')?.selected ?? [];
    const request: Record<string, unknown> = {
      title: text('title'),
      description: text('description'),
      areas: data.getAll('areas').map(String),
      languages: data.getAll('languages').map(String),
      modalities: data.getAll('modalities').map(String),
      regions: [...data.getAll('regions').map(String), ...states],
      startsOn: text('startsOn'),
      endsOn: text('endsOn'),
    };
    if (this.kind === 'need') {
      request.visibility = data.get('restricted') === 'on' ? 'states-and-providers' : 'public';
    } else {
      request.capacity = Number(text('capacity'));
    }
    this.saving = true;
    this.failure = null;
    try {
      const created = await api.create<Need | Offer>(`/capacity/${this.kind}s`, request);
      navigate(`/board/${this.kind}s/${created.id}`);
    } catch (error) {
      this.failure = error;
    } finally {
      this.saving = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'new-listing-page': NewListingPage;
  }
}
