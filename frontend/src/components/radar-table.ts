import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { signed, type Placed, type RadarFigure } from '../app/radar-model';
import { formatNumber, t } from '../i18n/i18n';

/** The radar as a table, the reading of the chart: each signal's medians for the group chosen, spread, movement. */
@customElement('radar-table')
export class RadarTable extends LitElement {
  @property({ attribute: false }) placed: Placed[] = [];
  @property() caption = '';
  @property() mostDisputed: string | undefined;
  /** The closed round whose figures the reader may cite in a summary; each shown signal offers its citation. */
  @property() citeRound: string | undefined;
  /** The signal a citation linked to (?signal= in the address): marked, and scrolled to once. */
  @property() highlighted: string | undefined;
  private scrolledTo: string | undefined;

  protected override createRenderRoot() {
    return this;
  }

  protected override updated(): void {
    if (this.highlighted && this.highlighted !== this.scrolledTo) {
      const row = this.querySelector<HTMLElement>(`tr[data-signal="${CSS.escape(this.highlighted)}"]`);
      if (row) {
        this.scrolledTo = this.highlighted;
        row.scrollIntoView({ block: 'center' });
      }
    }
  }

  protected override render() {
    // a region that may scroll sideways takes the focus, so a keyboard scrolls it too
    return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${this.caption}>
      <table class="radar-table" data-testid="radar-table">
        <caption>
          ${this.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('radar.number')}</th>
            <th scope="col">${t('radar.signal')}</th>
            <th scope="col">${t('radar.likelihood')}</th>
            <th scope="col">${t('radar.impact')}</th>
            <th scope="col">${t('radar.raters')}</th>
            <th scope="col">${t('radar.spread')}</th>
            <th scope="col">${t('radar.statesVsStakeholders')}</th>
            <th scope="col">${t('radar.movement')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.placed.map((p) => this.row(p))}
        </tbody>
      </table>
    </div>`;
  }

  private citation(round: string, p: Placed) {
    const id = `radar-cite-${p.figures.signal.id}`;
    return html`<details class="radar-table__cite">
      <summary>${t('radar.citeInSummary')}</summary>
      <label for=${id} class="muted">${t('radar.citeHint')}</label>
      <input
        id=${id}
        type="text"
        readonly
        dir="ltr"
        .value=${radarCitation(round, p)}
        @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
      />
    </details>`;
  }

  private row(p: Placed) {
    const { signal, statesVsStakeholders: gap, movement } = p.figures;
    const f = p.figure;
    const cited = this.highlighted === signal.id;
    return html`<tr data-signal=${signal.id} class=${cited ? 'radar-table__row--cited' : ''}>
      <td>${p.number}</td>
      <th scope="row">
        <span dir="auto">${signal.title}</span>
        <span class="muted radar-table__meta">
          ${t(`radarCategory.${signal.category}`)} · ${t(`radarHorizon.${signal.horizon}`)}
        </span>
        ${signal.threadId ? html`<a href="/threads/${signal.threadId}">${t('radar.discussion')}</a>` : nothing}
        ${cited ? html`<strong class="badge">${t('radar.cited')}</strong>` : nothing}
        ${this.citeRound && p.figures.all.shown ? this.citation(this.citeRound, p) : nothing}
      </th>
      <td>${median(f, f.likelihood)}</td>
      <td>${median(f, f.impact)}</td>
      <td>${f.shown && f.raters !== undefined ? formatNumber(f.raters) : t('radar.fewerThanThree')}</td>
      <td>${f.shown ? t('radar.iqr', { likelihood: num(f.likelihoodIqr), impact: num(f.impactIqr) }) : '—'}</td>
      <td>
        ${
          gap
            ? html`${t('radar.gap', { likelihood: num(gap.likelihood), impact: num(gap.impact) })}
            ${this.mostDisputed === signal.id ? html`<strong class="badge">${t('radar.mostDisputed')}</strong>` : nothing}`
            : '—'
        }
      </td>
      <td>
        ${
          movement
            ? t('radar.moved', { likelihood: signed(movement.likelihood), impact: signed(movement.impact) })
            : t('radar.noMovement')
        }
      </td>
    </tr>`;
  }
}

/** The Markdown a summary cites the signal's figures with; the server writes the figures into its text. */
export function radarCitation(round: string, p: Placed): string {
  const title = p.figures.signal.title.replace(/[[\]\\]/g, '');
  return `[${title}](/radar?round=${round}&signal=${p.figures.signal.id})`;
}

function num(value: number | undefined): string {
  return value === undefined ? '—' : formatNumber(value);
}

function median(f: RadarFigure, value: number | undefined): string {
  return f.shown && value !== undefined ? formatNumber(value) : t('radar.fewerThanThree');
}

declare global {
  interface HTMLElementTagNameMap {
    'radar-table': RadarTable;
  }
}
