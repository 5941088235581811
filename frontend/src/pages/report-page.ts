import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import { reportPath, type PublishedReport } from '../app/report-model';
import { translatesAutomatically } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/machine-translation';
import '../components/problem-alert';
import { reportAnswers } from '../components/report-fields';
import { LANGUAGE_NAMES } from '../i18n/catalogue';
import { formatDateTime, isolate, t } from '../i18n/i18n';

/**
 * One State's published report: its language marked, its answers (with "Translate": an unofficial machine
 * translation beside them), and every publication it made.
 */
@customElement('report-page')
export class ReportPage extends PageElement {
  @state() private report: PublishedReport | null = null;
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return this.report
      ? t('report.pageTitle', { state: isolate(this.report.stateName), cycle: this.report.cycleId })
      : t('reports.title');
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
      const report = await api.get<PublishedReport>(reportPath(this.params.cycleId, this.params.stateId));
      if (current()) {
        this.report = report;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  protected override render() {
    const report = this.report;
    return html`
      <p><a href="/reports?cycle=${encodeURIComponent(this.params.cycleId ?? '')}">${t('report.backToReports')}</a></p>
      <h1>${this.pageTitle()}</h1>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${!report && !this.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${
        report
          ? html`<dl class="facts">
              <dt>${t('report.language')}</dt>
              <dd lang=${report.language}>${LANGUAGE_NAMES[report.language]}</dd>
              <dt>${t('report.audience')}</dt>
              <dd>${t(`report.audience.${report.audience}`)}</dd>
              <dt>${t('report.versionPublished')}</dt>
              <dd>${report.publishedVersion}</dd>
            </dl>
            ${
              report.answerCount === 0
                ? nothing
                : html`<div class="texts">
                    ${reportAnswers(report, 2)}
                    <machine-translation resource="reporting-cycles/${encodeURIComponent(this.params.cycleId ?? '')}/reports"
                      subject=${encodeURIComponent(this.params.stateId ?? '')} source=${report.language}
                      ?automatic=${translatesAutomatically()}></machine-translation>
                  </div>`
            }
            ${
              report.capacityNeeds?.length
                ? html`<section aria-labelledby="report-needs">
                    <h2 id="report-needs">${t('report.needsTitle')}</h2>
                    <ul>
                      ${report.capacityNeeds.map(
                        (need) => html`<li>
                          <a href="/board/needs/${need.needId}">${t(`tagName.${need.norm}`)}</a>
                        </li>`,
                      )}
                    </ul>
                  </section>`
                : nothing
            }
            <section aria-labelledby="report-history">
              <h2 id="report-history">${t('report.history')}</h2>
              <ol>
                ${report.history.map(
                  (p) => html`<li>
                    ${t('report.historyEntry', {
                      version: p.version,
                      date: formatDateTime(p.publishedAt, { dateStyle: 'medium' }),
                      audience: t(`report.audience.${p.audience}`),
                    })}
                  </li>`,
                )}
              </ol>
            </section>`
          : nothing
      }
    `;
  }
}
