import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import { REGIONAL_GROUPS } from '../app/model';
import type { ReportCoverage } from '../app/report-model';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatNumber, t } from '../i18n/i18n';

/**
 * For each norm, how many States reported on it in the cycle, by regional group, as a table (the reading for
 * everyone, screen readers included) with a bar beside each total that only draws what the table says; the norms
 * with the fewest reports are the gaps.
 */
@customElement('coverage-page')
export class CoveragePage extends PageElement {
  @state() private coverage: ReportCoverage | null = null;
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return t('coverage.title', { cycle: this.params.cycleId ?? '' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    try {
      const coverage = await api.get<ReportCoverage>(
        `/reporting-cycles/${encodeURIComponent(this.params.cycleId)}/coverage`,
      );
      if (current()) {
        this.coverage = coverage;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  protected override render() {
    return html`
      <p><a href="/reports?cycle=${encodeURIComponent(this.params.cycleId ?? '')}">${t('report.backToReports')}</a></p>
      <h1>${this.pageTitle()}</h1>
      <p class="lead">${t('coverage.intro')}</p>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${!this.coverage && !this.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${this.coverage ? this.table(this.coverage) : nothing}
    `;
  }

  private table(coverage: ReportCoverage) {
    const most = Math.max(1, ...coverage.norms.map((n) => n.states));
    const fewest = Math.min(...coverage.norms.map((n) => n.states));
    return html`<table class="report-table">
      <caption>${t('coverage.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('reports.norm')}</th>
          <th scope="col">${t('coverage.states')}</th>
          ${REGIONAL_GROUPS.map((g) => html`<th scope="col">${t(`group.${g}`)}</th>`)}
          <th scope="col">${t('coverage.withNeeds')}</th>
        </tr>
      </thead>
      <tbody>
        ${coverage.norms.map(
          (n) => html`<tr class=${n.states === fewest ? 'coverage-gap' : ''}>
            <th scope="row">
              ${t(`tagName.${n.norm}`)}
              ${n.states === fewest ? html`<span class="badge">${t('coverage.gap')}</span>` : nothing}
            </th>
            <td>
              ${formatNumber(n.states)}
              <svg class="coverage-bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                <rect width=${(100 * n.states) / most} height="1"></rect>
              </svg>
            </td>
            ${REGIONAL_GROUPS.map((g) => html`<td>${formatNumber(n.byGroup[g] ?? 0)}</td>`)}
            <td>${formatNumber(n.withNeeds)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
