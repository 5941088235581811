import { LitElement, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Placed } from '../app/radar-model';
import { t } from '../i18n/i18n';

const LEFT = 56;
const TOP = 16;
const CELL = 88;
const GRID = CELL * 4;
const SIZE = LEFT + GRID + 24;

const x = (likelihood: number) => LEFT + (likelihood - 1) * CELL;
const y = (impact: number) => TOP + GRID - (impact - 1) * CELL;

/**
 * The likelihood × impact chart: each signal its group places a numbered dot, with an arrow from where the previous
 * round put it. Sized and coloured by attributes and classes only (the CSP forbids style attributes). The table
 * beside it is the reading for screen readers, so the drawing is hidden from them.
 */
@customElement('radar-chart')
export class RadarChart extends LitElement {
  @property({ attribute: false }) placed: Placed[] = [];
  /** Whether the movement is drawn: the medians of all raters moved, so only for the group of all. */
  @property({ type: Boolean }) movements = false;

  protected override createRenderRoot() {
    return this;
  }

  protected override render() {
    const ticks = [1, 2, 3, 4, 5];
    return html`<figure class="radar-chart">
      <svg
        viewBox="0 0 ${SIZE} ${SIZE + 40}"
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        aria-hidden="true"
        focusable="false"
        direction="ltr"
        data-testid="radar-chart"
      >
        <defs>
          <marker id="radar-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" class="radar-chart__arrow-head"></path>
          </marker>
        </defs>
        <rect x=${LEFT} y=${TOP} width=${GRID} height=${GRID} class="radar-chart__zone"></rect>
        ${ticks.map(
          (n) => svg`<line x1=${x(n)} y1=${TOP} x2=${x(n)} y2=${TOP + GRID} class="radar-chart__grid"></line>
            <line x1=${LEFT} y1=${y(n)} x2=${LEFT + GRID} y2=${y(n)} class="radar-chart__grid"></line>
            <text x=${x(n)} y=${TOP + GRID + 18} text-anchor="middle" class="radar-chart__tick">${n}</text>
            <text x=${LEFT - 10} y=${y(n) + 4} text-anchor="end" class="radar-chart__tick">${n}</text>`,
        )}
        <text x=${LEFT + GRID / 2} y=${TOP + GRID + 36} text-anchor="middle" class="radar-chart__axis">
          ${t('radar.likelihood')}
        </text>
        <text x="14" y=${TOP + GRID / 2} text-anchor="middle" transform="rotate(-90 14 ${TOP + GRID / 2})" class="radar-chart__axis">
          ${t('radar.impact')}
        </text>
        ${this.placed.map((p) => this.dot(p))}
      </svg>
    </figure>`;
  }

  private dot(p: Placed) {
    const { likelihood, impact } = p.figure;
    if (!p.figure.shown || likelihood === undefined || impact === undefined) {
      return nothing;
    }
    const moved = this.movements ? p.figures.movement : undefined;
    const arrow =
      moved && (moved.likelihood !== 0 || moved.impact !== 0)
        ? svg`<line x1=${x(likelihood - moved.likelihood)} y1=${y(impact - moved.impact)} x2=${x(likelihood)}
            y2=${y(impact)} class="radar-chart__movement" marker-end="url(#radar-arrow)"></line>`
        : nothing;
    return svg`<g class="radar-chart__signal" data-signal=${p.figures.signal.id}>
      ${arrow}
      <circle cx=${x(likelihood)} cy=${y(impact)} r="13" class="radar-chart__dot"></circle>
      <text x=${x(likelihood)} y=${y(impact) + 4} text-anchor="middle" class="radar-chart__number">${p.number}</text>
    </g>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'radar-chart': RadarChart;
  }
}
