import { html, nothing } from 'lit';
import type { Application } from '../app/accreditation-model';
import { organizationName } from '../app/names';
import { formatDateTime, formatRelative, t } from '../i18n/i18n';

/** Where the non-objection window stands: when it closes, or when and how the application was decided. */
export function applicationWindow(a: Application) {
  if (a.windowOpen && a.windowClosesAt) {
    return html`<dt>${t('accreditationPage.window')}</dt>
        <dd><strong>${t('accreditationPage.windowCloses', { relative: formatRelative(a.windowClosesAt), date: formatDateTime(a.windowClosesAt) })}</strong></dd>`;
  }
  if (a.decidedAt) {
    return html`<dt>${t('accreditationPage.decided')}</dt>
        <dd>${formatDateTime(a.decidedAt)}${a.decidedHow ? html` — ${t(`accreditationPage.how.${a.decidedHow}`)}` : nothing}</dd>`;
  }
  return nothing;
}

/** The objections of States, for those the API sends them to (States and the Secretariat); none for others. */
export function applicationObjections(a: Application) {
  if (!a.objections) {
    return nothing; // not for this reader's eyes
  }
  return html`<div class="objections">
      <h4>${t('accreditationPage.objections', { count: a.objections.length })}</h4>
      ${
        a.objections.length
          ? html`<ul>
            ${a.objections.map(
              (objection) => html`<li>
                <strong>${organizationName(objection.state)}</strong>, ${formatDateTime(objection.objectedAt)}${
                  objection.reason ? html`: <q dir="auto">${objection.reason}</q>` : nothing
                }
              </li>`,
            )}
          </ul>`
          : html`<p class="muted">${t('accreditationPage.noObjection')}</p>`
      }
    </div>`;
}
