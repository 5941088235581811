import { html, nothing } from 'lit';
import { NORMS, type NormId, type ReportAudience, type ReportDraft, type ReportVersion } from '../app/report-model';
import { reportAnswers } from './report-fields';
import { t } from '../i18n/i18n';

/** The version another delegate saved meanwhile, shown beside the text the editor keeps. */
export function newerVersion(newer: ReportVersion) {
  return html`<section class="alert alert--info" aria-labelledby="report-newer">
    <h2 id="report-newer">${t('report.newerTitle', { version: newer.version, name: newer.savedBy })}</h2>
    <p>${t('report.stale', { version: newer.version })}</p>
    ${reportAnswers(newer, 3)}
  </section>`;
}

/** Submitting the latest version, then publishing it to the audience chosen. */
export function reportSteps(
  report: ReportDraft,
  busy: boolean,
  audience: ReportAudience,
  choose: (audience: ReportAudience) => void,
  step: (step: 'submit' | 'publish') => void,
) {
  return html`<section aria-labelledby="report-steps" class="report-steps">
    <h2 id="report-steps">${t('report.steps')}</h2>
    <div class="button-row">
      <button type="button" class="button" aria-disabled=${busy || report.status !== 'draft' ? 'true' : 'false'}
        @click=${() => step('submit')}>${t('report.submit')}</button>
    </div>
    ${
      report.status === 'submitted'
        ? html`<div class="field">
            <label for="report-audience">${t('report.audience')}</label>
            <select id="report-audience"
              @change=${(e: Event) => choose((e.target as HTMLSelectElement).value as ReportAudience)}>
              <option value="public" ?selected=${audience === 'public'}>${t('report.audience.public')}</option>
              <option value="states" ?selected=${audience === 'states'}>${t('report.audience.states')}</option>
            </select>
          </div>
          <button type="button" class="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => step('publish')}>
            ${t('report.publish')}
          </button>`
        : nothing
    }
  </section>`;
}

/**
 * The needs the saved report states, norm by norm: each either already a capacity-building need on the board (a
 * link to it) or a button that makes it one in one step.
 */
export function reportNeeds(report: ReportDraft, busy: boolean, raise: (norm: NormId) => void) {
  const stated = NORMS.filter((norm) => !!report.latest?.answers.norms?.[norm]?.needs?.trim());
  if (stated.length === 0) {
    return nothing;
  }
  return html`<section aria-labelledby="report-needs" class="report-needs">
    <h2 id="report-needs">${t('report.needsTitle')}</h2>
    <ul>
      ${stated.map((norm) => {
        const link = report.capacityNeeds?.find((need) => need.norm === norm);
        return html`<li>
          ${t(`tagName.${norm}`)} —
          ${
            link
              ? html`<a href="/board/needs/${link.needId}">${t('report.needOnBoard')}</a>`
              : html`<button type="button" class="button button--secondary" aria-disabled=${busy ? 'true' : 'false'}
                  @click=${() => raise(norm)}>${t('report.raiseNeed')}</button>`
          }
        </li>`;
      })}
    </ul>
  </section>`;
}
