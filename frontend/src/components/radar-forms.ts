import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { RADAR_CATEGORIES, RADAR_HORIZONS, type RadarRound, type RadarSignal } from '../app/radar-model';
import { NORMS } from '../app/report-model';
import '../components/problem-alert';
import './radar-rate-form';
import { t } from '../i18n/i18n';

/**
 * The radar's forms, each shown to those who may use it: propose a signal and rate one in the open round (delegates
 * of States, intergovernmental organizations and accredited stakeholders), open and close rounds (the Secretariat).
 * Each tells the page to reload once done.
 */
@customElement('radar-forms')
export class RadarForms extends LitElement {
  @property({ attribute: false }) round: RadarRound | undefined;
  @property({ attribute: false }) signals: RadarSignal[] = [];
  @property({ type: Boolean }) mayRate = false;
  @property({ type: Boolean }) mayRunRounds = false;
  @property({ type: Boolean }) mayMerge = false;
  private readonly proposing = new ActionController(this);
  private readonly running = new ActionController(this);
  private readonly merging = new ActionController(this);

  protected override createRenderRoot() {
    return this;
  }

  protected override render() {
    return html`${
      this.mayRate && this.round?.open
        ? html`<radar-rate-form .round=${this.round} .signals=${this.signals}></radar-rate-form>`
        : nothing
    }
    ${this.mayRate ? this.proposeForm() : nothing} ${this.mayRunRounds ? this.roundsForm() : nothing}
    ${this.mayMerge && this.signals.length > 1 ? this.mergeForm() : nothing}`;
  }

  private proposeForm() {
    return html`<details class="radar-propose">
      <summary>${t('radar.proposeTitle')}</summary>
      <problem-alert .error=${this.proposing.failure}></problem-alert>
      <form class="form" @submit=${this.propose}>
        <div class="field field--wide">
          <label for="radar-signal-title">${t('radar.titleLabel')}</label>
          <input id="radar-signal-title" name="title" required maxlength="200" />
        </div>
        <div class="field field--wide">
          <label for="radar-signal-description">${t('radar.description')}</label>
          <textarea id="radar-signal-description" name="description" required maxlength="5000" rows="4"></textarea>
        </div>
        <div class="field">
          <label for="radar-signal-category">${t('radar.category')}</label>
          <select id="radar-signal-category" name="category">
            ${RADAR_CATEGORIES.map((c) => html`<option value=${c}>${t(`radarCategory.${c}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="radar-signal-horizon">${t('radar.horizon')}</label>
          <select id="radar-signal-horizon" name="horizon">
            ${RADAR_HORIZONS.map((h) => html`<option value=${h}>${t(`radarHorizon.${h}`)}</option>`)}
          </select>
        </div>
        <fieldset class="field-group">
          <legend>${t('radar.norms')}</legend>
          ${NORMS.map(
            (n) => html`<div class="field field--checkbox">
              <input type="checkbox" id="radar-norm-${n}" name="norms" value=${n} />
              <label for="radar-norm-${n}">${t(`tagName.${n}`)}</label>
            </div>`,
          )}
        </fieldset>
        <div class="field field--wide">
          <label for="radar-signal-sources">${t('radar.sources')}</label>
          <textarea id="radar-signal-sources" name="sources" rows="2" aria-describedby="radar-sources-hint"></textarea>
          <p id="radar-sources-hint" class="muted hint">${t('radar.sourcesHint')}</p>
        </div>
        <button type="submit" class="button" ?disabled=${this.proposing.busy}>${t('radar.propose')}</button>
      </form>
    </details>`;
  }

  private readonly propose = async (event: Event): Promise<void> => {
    event.preventDefault();
    const element = event.target as HTMLFormElement;
    const form = new FormData(element);
    const sources = String(form.get('sources') ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    const body = {
      title: String(form.get('title')),
      description: String(form.get('description')),
      category: String(form.get('category')),
      horizon: String(form.get('horizon')),
      norms: form.getAll('norms').map(String),
      sources,
    };
    await this.proposing.run(() => api.create<RadarSignal>('/radar/signals', body), {
      announce: (s) => t('radar.proposed', { title: s.title }),
      refresh: () => {
        element.reset();
        return this.changed();
      },
    });
  };

  private roundsForm() {
    const round = this.round;
    return html`<section aria-labelledby="radar-rounds-title">
      <h2 id="radar-rounds-title">${t('radar.roundsTitle')}</h2>
      <problem-alert .error=${this.running.failure}></problem-alert>
      ${
        round?.open
          ? html`<button type="button" class="button" ?disabled=${this.running.busy} @click=${() => void this.close(round)}>
            ${t('radar.closeRound', { round: round.title })}
          </button>`
          : nothing
      }
      <form class="form" @submit=${this.open}>
        <div class="field field--wide">
          <label for="radar-round-title">${t('radar.roundTitle')}</label>
          <input id="radar-round-title" name="title" required maxlength="200" />
        </div>
        <button type="submit" class="button" ?disabled=${this.running.busy}>${t('radar.openRound')}</button>
      </form>
    </section>`;
  }

  private readonly open = async (event: Event): Promise<void> => {
    event.preventDefault();
    const title = String(new FormData(event.target as HTMLFormElement).get('title'));
    await this.running.run(() => api.create<RadarRound>('/radar/rounds', { title }), {
      announce: (r) => t('radar.opened', { round: r.title }),
      refresh: (r) => this.changed(r.id),
    });
  };

  private async close(round: RadarRound): Promise<void> {
    await this.running.run(() => api.post<RadarRound>(`/radar/rounds/${round.id}/close`), {
      announce: t('radar.closed', { round: round.title }),
      refresh: () => this.changed(),
    });
  }

  private mergeForm() {
    const select = (name: string, label: string) =>
      html`<div class="field field--wide">
        <label for="radar-merge-${name}">${label}</label>
        <select id="radar-merge-${name}" name=${name} required>
          ${this.signals.map((s) => html`<option value=${s.id} dir="auto">${s.title}</option>`)}
        </select>
      </div>`;
    return html`<section aria-labelledby="radar-merge-title">
      <h2 id="radar-merge-title">${t('radar.mergeTitle')}</h2>
      <p class="muted">${t('radar.mergeHint')}</p>
      <problem-alert .error=${this.merging.failure}></problem-alert>
      <form class="form" @submit=${this.merge}>
        ${select('duplicate', t('radar.duplicate'))} ${select('into', t('radar.into'))}
        <button type="submit" class="button" ?disabled=${this.merging.busy}>${t('radar.merge')}</button>
      </form>
    </section>`;
  }

  private readonly merge = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const body = { into: String(form.get('into')) };
    await this.merging.run(() => api.post<RadarSignal>(`/radar/signals/${String(form.get('duplicate'))}/merge`, body), {
      announce: (s) => t('radar.merged', { title: s.title }),
      refresh: () => this.changed(),
    });
  };

  private changed(round?: string): void {
    this.dispatchEvent(new CustomEvent('radar-changed', { detail: { round }, bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'radar-forms': RadarForms;
  }
}
