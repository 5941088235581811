import { html, nothing } from 'lit';
import type { Summary, SummaryVersion } from '../app/summary-model';
import type { Language } from '../i18n/catalogue';
import { formatDateTime, t } from '../i18n/i18n';
import { exportLanguageField } from './export-language';

export type ExportFormat = 'markdown' | 'html' | 'docx';

const EXPORTS = [
  ['markdown', 'summary.export.markdown'],
  ['html', 'summary.export.html'],
  ['docx', 'summary.export.docx'],
] as const;

/** What the summary is: a draft, or the Chair's summary issued on the Chair's own responsibility and not agreed text. */
export function summaryNotice(summary: Summary) {
  return html`<div class="notice ${summary.status === 'published' ? 'notice--chair' : 'notice--draft'}" role="note">
        <p><strong>${t(`summary.label.${summary.status}`)}</strong></p>
        <p>${t(`summary.notice.${summary.status}`)}</p>
        ${summary.chathamHouse ? html`<p>${t('summary.chathamHouse')}</p>` : nothing}
      </div>`;
}

/** Its version, who prepared it, and when it was generated, edited, submitted and published. */
export function summaryFacts(summary: Summary) {
  return html`<dl class="facts summary-facts">
        <dt>${t('summary.version')}</dt>
        <dd>${summary.version}</dd>
        ${summary.preparedBy ? html`<dt>${t('summary.preparedBy')}</dt><dd>${summary.preparedBy}</dd>` : nothing}
        ${
          summary.generated.generatedAt
            ? html`<dt>${t('summary.generatedAt')}</dt><dd>${formatDateTime(summary.generated.generatedAt)}</dd>`
            : nothing
        }
        ${summary.editedAt ? html`<dt>${t('summary.editedAt')}</dt><dd>${formatDateTime(summary.editedAt)}</dd>` : nothing}
        ${summary.submittedAt ? html`<dt>${t('summary.submittedAt')}</dt><dd>${formatDateTime(summary.submittedAt)}</dd>` : nothing}
        ${summary.publishedAt ? html`<dt>${t('summary.publishedAt')}</dt><dd>${formatDateTime(summary.publishedAt)}</dd>` : nothing}
      </dl>`;
}

/** The buttons that download the summary as Markdown, HTML or Word, in the document language chosen beside them. */
export function summaryExports(
  download: (format: ExportFormat) => void,
  documentLanguage: Language,
  choose: (language: Language) => void,
) {
  return html`<section aria-labelledby="summary-exports" class="summary-exports">
        <h2 id="summary-exports" class="visually-hidden">${t('summary.export.heading')}</h2>
        ${exportLanguageField('summary-export-language', documentLanguage, choose)}
        <div class="button-row">
          ${EXPORTS.map(
            ([
              format,
              label,
            ]) => html`<button type="button" class="button button--secondary" @click=${() => download(format)}>
              ${t(label)}
            </button>`,
          )}
        </div>
      </section>`;
}

/** The versions saved so far, each with its Markdown, read when asked for (`show`). */
export function summaryHistory(versions: SummaryVersion[] | null, show: () => void) {
  return html`<section aria-labelledby="summary-history" class="summary-part">
      <h2 id="summary-history">${t('summary.history')}</h2>
      ${
        versions === null
          ? html`<button type="button" class="button button--secondary" @click=${show}>
            ${t('summary.showHistory')}
          </button>`
          : html`<ol class="summary-versions">
            ${versions.map(
              (version) => html`<li>
                <details>
                  <summary>
                    ${t('summary.versionLine', {
                      version: version.version,
                      who: version.editedBy ?? '',
                      date: formatDateTime(version.editedAt),
                    })}${version.note ? html` — <q>${version.note}</q>` : nothing}
                  </summary>
                  <pre class="markdown-source" tabindex="0" aria-label=${t('summary.versionSource', { version: version.version })}>${version.markdown}</pre>
                </details>
              </li>`,
            )}
          </ol>`
      }
    </section>`;
}
