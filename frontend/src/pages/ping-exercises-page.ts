import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { startsExercises, type PingExercise, type PingExerciseSummary } from '../app/contacts-model';
import { LatestLoad } from '../app/latest-load';
import { navigate } from '../app/router';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatDateTime, t } from '../i18n/i18n';
import { percent } from './ping-results-page';

/** The ping exercises over time, with the share of States that answered each; the Secretariat starts one here. */
@customElement('ping-exercises-page')
export class PingExercisesPage extends PageElement {
  @state() private exercises: PingExerciseSummary[] | null = null;
  @state() private failure: unknown = null;
  @state() private everyState = true;
  private readonly loads = new LatestLoad();
  private readonly action = new ActionController(this);

  pageTitle(): string {
    return t('pings.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    try {
      const page = await api.get<{ items: PingExerciseSummary[] }>('/contacts/exercises?limit=50');
      if (current()) {
        this.exercises = page.items;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  protected override render() {
    return html`
      <p><a href="/contacts">${t('contacts.back')}</a></p>
      <h1>${t('pings.title')}</h1>
      <p class="lead">${t('pings.intro')}</p>
      ${startsExercises() ? this.startForm() : nothing}
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${!this.exercises && !this.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${this.exercises ? this.table(this.exercises) : nothing}
    `;
  }

  private table(exercises: PingExerciseSummary[]) {
    if (exercises.length === 0) {
      return html`<p>${t('pings.none')}</p>`;
    }
    return html`<table class="report-table">
      <caption>${t('pings.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('pings.started')}</th>
          <th scope="col">${t('pings.deadline')}</th>
          <th scope="col">${t('pings.states')}</th>
          <th scope="col">${t('pings.share')}</th>
          <th scope="col">${t('pings.ownResult')}</th>
        </tr>
      </thead>
      <tbody>
        ${exercises.map(
          (s) => html`<tr>
            <th scope="row">
              <a href="/contacts/exercises/${s.exercise.id}">${formatDateTime(s.exercise.startedAt)}</a>
            </th>
            <td>${formatDateTime(s.exercise.deadline)}${s.exercise.closed ? '' : ` (${t('pings.open')})`}</td>
            <td>${s.exercise.states}</td>
            <td>${s.overall ? percent(s.overall.share) : '—'}</td>
            <td>${s.ownResult ? t(`pings.status.${s.ownResult}`) : '—'}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private startForm() {
    return html`<section aria-labelledby="pings-start">
      <h2 id="pings-start">${t('pings.start.title')}</h2>
      <problem-alert .error=${this.action.failure}></problem-alert>
      <form class="form" @submit=${this.start}>
        <fieldset class="field-group choice-group">
          <legend>${t('pings.start.which')}</legend>
          <div class="field field--checkbox">
            <input type="radio" id="pings-all" name="which" value="all" .checked=${this.everyState}
              @change=${() => (this.everyState = true)} />
            <label for="pings-all">${t('pings.start.all')}</label>
          </div>
          <div class="field field--checkbox">
            <input type="radio" id="pings-some" name="which" value="some" .checked=${!this.everyState}
              @change=${() => (this.everyState = false)} />
            <label for="pings-some">${t('pings.start.some')}</label>
          </div>
        </fieldset>
        ${
          this.everyState
            ? nothing
            : html`<div class="field">
              <label for="pings-codes">${t('pings.start.codes')}</label>
              <input id="pings-codes" name="codes" dir="ltr" required pattern="[A-Za-z]{3}([ ,]+[A-Za-z]{3})*"
                aria-describedby="pings-codes-hint" />
              <p id="pings-codes-hint" class="muted hint">${t('pings.start.codesHint')}</p>
            </div>`
        }
        <div class="field">
          <label for="pings-window">${t('pings.start.window')}</label>
          <input id="pings-window" name="windowHours" type="number" min="1" max="720" value="48" required />
        </div>
        <button type="submit" class="button" ?disabled=${this.action.busy}>${t('pings.start.submit')}</button>
      </form>
    </section>`;
  }

  private async start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const codes = String(form.get('codes') ?? '')
      .toUpperCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    const body = { states: this.everyState ? 'all' : codes, windowHours: Number(form.get('windowHours')) };
    const made = await this.action.run(() => api.create<PingExercise>('/contacts/exercises', body), {
      announce: t('pings.start.started'),
    });
    if (made) {
      navigate(`/contacts/exercises/${made.id}`);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ping-exercises-page': PingExercisesPage;
  }
}
