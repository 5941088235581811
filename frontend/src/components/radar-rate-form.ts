import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api, ApiError } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import type { RadarAssessment, RadarRound, RadarSignal } from '../app/radar-model';
import '../components/problem-alert';
import { t } from '../i18n/i18n';

const SCALE = [1, 2, 3, 4, 5];

/**
 * The organization's rating of a signal in the open round: the form shows the rating it gave (its own, the only one
 * anyone reads) and saves a new one, which replaces it until the round closes.
 */
@customElement('radar-rate-form')
export class RadarRateForm extends LitElement {
  @property({ attribute: false }) round!: RadarRound;
  @property({ attribute: false }) signals: RadarSignal[] = [];
  @state() private signal: string | undefined;
  /** The organization's rating of the chosen signal: null when it gave none, undefined while it loads. */
  @state() private own: RadarAssessment | null | undefined;
  private readonly rating = new ActionController(this);
  private readonly loads = new LatestLoad();

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('signals') || changed.has('round')) {
      if (!this.signals.some((s) => s.id === this.signal)) {
        this.signal = this.signals[0]?.id;
      }
      void this.loadOwn();
    }
  }

  private async loadOwn(): Promise<void> {
    const current = this.loads.start();
    this.own = undefined;
    if (!this.signal) {
      return;
    }
    try {
      const own = await api.get<RadarAssessment>(`/radar/rounds/${this.round.id}/signals/${this.signal}/assessment`);
      if (current()) {
        this.own = own;
      }
    } catch (error) {
      if (current()) {
        this.own = null;
        this.rating.failure = error instanceof ApiError && error.status === 404 ? null : error;
      }
    }
  }

  protected override render() {
    const select = (name: 'likelihood' | 'impact', label: string) =>
      html`<div class="field">
        <label for="radar-rate-${name}">${label}</label>
        <select id="radar-rate-${name}" name=${name} required>
          ${SCALE.map((n) => html`<option value=${n} ?selected=${n === (this.own?.[name] ?? 3)}>${n}</option>`)}
        </select>
      </div>`;
    return html`<section aria-labelledby="radar-rate-title">
      <h2 id="radar-rate-title">${t('radar.rateTitle', { round: this.round.title })}</h2>
      <p class="muted">${t('radar.rateHint')}</p>
      <problem-alert .error=${this.rating.failure}></problem-alert>
      <form class="form" @submit=${this.rate}>
        <div class="field field--wide">
          <label for="radar-rate-signal">${t('radar.signal')}</label>
          <select id="radar-rate-signal" name="signal" required @change=${this.choose}>
            ${this.signals.map(
              (s) => html`<option value=${s.id} dir="auto" ?selected=${s.id === this.signal}>${s.title}</option>`,
            )}
          </select>
        </div>
        <p class="muted" role="status" data-testid="radar-own-rating">
          ${
            this.own === undefined
              ? nothing
              : this.own
                ? t('radar.ownRating', { likelihood: this.own.likelihood, impact: this.own.impact })
                : t('radar.notRatedYet')
          }
        </p>
        ${select('likelihood', t('radar.likelihood'))} ${select('impact', t('radar.impact'))}
        <button type="submit" class="button" ?disabled=${this.rating.busy}>${t('radar.rate')}</button>
      </form>
    </section>`;
  }

  private readonly choose = (event: Event): void => {
    this.signal = (event.target as HTMLSelectElement).value;
    void this.loadOwn();
  };

  private readonly rate = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const signal = String(form.get('signal'));
    const body = { likelihood: Number(form.get('likelihood')), impact: Number(form.get('impact')) };
    await this.rating.run(
      () => api.put<RadarAssessment>(`/radar/rounds/${this.round.id}/signals/${signal}/assessment`, body),
      {
        apply: (own) => (this.own = own),
        announce: (a) => t('radar.rated', { likelihood: a.likelihood, impact: a.impact }),
        refresh: () => this.dispatchEvent(new CustomEvent('radar-changed', { detail: {}, bubbles: true })),
      },
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'radar-rate-form': RadarRateForm;
  }
}
