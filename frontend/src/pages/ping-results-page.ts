import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { PingExerciseResults, PingShare, TrainingOffer } from '../app/contacts-model';
import { LatestLoad } from '../app/latest-load';
import { session } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatDateTime, formatNumber, message, t } from '../i18n/i18n';

export function percent(share: number): string {
  return new Intl.NumberFormat(document.documentElement.lang || undefined, { style: 'percent' }).format(share);
}

/**
 * One exercise's results: each State's (its own to a State, all to the Secretariat) and the aggregate, the share
 * that answered overall and by regional group, as tables. A State whose contacts answered neither of the last two
 * exercises is offered to post a "points of contact training" need on the board.
 */
@customElement('ping-results-page')
export class PingResultsPage extends PageElement {
  @state() private results: PingExerciseResults | null = null;
  @state() private offer: TrainingOffer | null = null;
  @state() private failure: unknown = null;
  @state() private postedNeed: string | null = null;
  private readonly loads = new LatestLoad();
  private readonly action = new ActionController(this);

  pageTitle(): string {
    return t('pings.results.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    const own = session.participant()?.organization;
    try {
      const results = await api.get<PingExerciseResults>(
        `/contacts/exercises/${encodeURIComponent(this.params.exerciseId)}/results`,
      );
      const offer = own?.kind === 'state' ? await api.get<TrainingOffer>(`/contacts/${own.id}/training-offer`) : null;
      if (current()) {
        this.results = results;
        this.offer = offer;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  protected override render() {
    const r = this.results;
    return html`
      <p><a href="/contacts/exercises">${t('pings.back')}</a></p>
      <h1>${t('pings.results.title')}</h1>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${!r && !this.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${
        r
          ? html`<p>
              ${t('pings.results.facts', {
                started: formatDateTime(r.exercise.startedAt),
                deadline: formatDateTime(r.exercise.deadline),
                states: r.exercise.states,
              })}
              ${r.exercise.closed ? nothing : html`<strong>${t('pings.open')}</strong>`}
            </p>
            ${this.offer?.offered ? this.training(this.offer) : nothing} ${r.states.length > 0 ? this.byState(r) : nothing}
            ${r.overall ? this.aggregate(r.overall, r.byGroup) : nothing}`
          : nothing
      }
    `;
  }

  private byState(r: PingExerciseResults) {
    return html`<table class="report-table">
      <caption>${t('pings.results.byState')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('contacts.state')}</th>
          <th scope="col">${t('pings.result')}</th>
          <th scope="col">${t('pings.results.pings')}</th>
          <th scope="col">${t('pings.status.acknowledged')}</th>
          <th scope="col">${t('pings.status.late')}</th>
          <th scope="col">${t('pings.status.bounced')}</th>
        </tr>
      </thead>
      <tbody>
        ${r.states.map(
          (s) => html`<tr>
            <th scope="row">${s.stateName}</th>
            <td><span class="badge ping-${s.status}">${t(`pings.status.${s.status}`)}</span></td>
            <td>${formatNumber(s.pings)}</td>
            <td>${formatNumber(s.acknowledged)}</td>
            <td>${formatNumber(s.late)}</td>
            <td>${formatNumber(s.bounced)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private aggregate(overall: PingShare, byGroup: PingShare[]) {
    const row = (label: string, s: PingShare) => html`<tr>
      <th scope="row">${label}</th>
      <td>${formatNumber(s.states)}</td>
      <td>${formatNumber(s.acknowledged)}</td>
      <td>${formatNumber(s.late)}</td>
      <td>${percent(s.share)}</td>
    </tr>`;
    return html`<table class="report-table">
      <caption>${t('pings.results.aggregate')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('pings.results.group')}</th>
          <th scope="col">${t('pings.states')}</th>
          <th scope="col">${t('pings.status.acknowledged')}</th>
          <th scope="col">${t('pings.status.late')}</th>
          <th scope="col">${t('pings.share')}</th>
        </tr>
      </thead>
      <tbody>
        ${byGroup.map((g) => row(message(`group.${g.regionalGroup}`) ?? g.regionalGroup ?? '', g))}
        ${row(t('pings.results.allStates'), overall)}
      </tbody>
    </table>`;
  }

  private training(offer: TrainingOffer) {
    return html`<section class="notice" aria-labelledby="pings-training">
      <h2 id="pings-training">${t('pings.training.title')}</h2>
      <p>${t('pings.training.text')}</p>
      <problem-alert .error=${this.action.failure}></problem-alert>
      ${
        this.postedNeed
          ? html`<p><a href="/board/needs/${this.postedNeed}">${t('pings.training.posted')}</a></p>`
          : html`<p>
            <button class="button" ?disabled=${this.action.busy} @click=${() => void this.postNeed(offer)}>
              ${t('pings.training.post')}
            </button>
            <a href=${offer.boardLink}>${t('pings.training.write')}</a>
          </p>`
      }
    </section>`;
  }

  private async postNeed(offer: TrainingOffer): Promise<void> {
    const made = await this.action.run(
      () => api.create<{ needId: string }>(`/contacts/${offer.stateId}/training-offer`),
      { announce: t('pings.training.posted') },
    );
    if (made) {
      this.postedNeed = made.needId;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ping-results-page': PingResultsPage;
  }
}
