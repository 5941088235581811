import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, ApiError } from '../app/api';
import {
  forgetDraft,
  keepDraft,
  keptDraft,
  reportPath,
  withAnswer,
  type NeedLink,
  type NormId,
  type ReportAnswers,
  type ReportAudience,
  type ReportDraft,
  type ReportVersion,
} from '../app/report-model';
import { session } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { reportFields } from '../components/report-fields';
import { newerVersion, reportNeeds, reportSteps } from '../components/report-editor-parts';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../i18n/catalogue';
import { t } from '../i18n/i18n';

/**
 * The editor of the signed-in delegation's national report for one cycle. Every change is kept in this browser
 * until saved, so a lost connection loses nothing; a save that another delegate's save overtook keeps the text
 * and shows the newer version beside it, and the next save starts from that version.
 */
@customElement('report-editor-page')
export class ReportEditorPage extends PageElement {
  @state() private report: ReportDraft | null = null;
  @state() private answers: ReportAnswers = {};
  @state() private reportLanguage: Language = 'en';
  @state() private baseVersion = 0;
  @state() private newer: ReportVersion | null = null;
  @state() private notice = '';
  @state() private failure: unknown = null;
  @state() private busy = false;
  @state() private audience: ReportAudience = 'public';
  private readonly offline = () => (this.notice = t('report.offlineKept'));

  pageTitle(): string {
    return t('report.editorTitle', { cycle: this.params.cycleId ?? '' });
  }

  private get stateId(): string {
    return session.participant()?.organization.id ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('offline', this.offline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('offline', this.offline);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.params.cycleId && this.report?.cycleId !== this.params.cycleId) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.failure = null;
    try {
      const report = await api.get<ReportDraft>(`${reportPath(this.params.cycleId, this.stateId)}/draft`);
      this.report = report;
      this.answers = report.latest?.answers ?? {};
      this.reportLanguage = report.latest?.language ?? 'en';
      this.baseVersion = report.latestVersion;
      const kept = keptDraft(report.cycleId, report.stateId);
      if (kept && report.mayEdit && JSON.stringify(kept.answers) !== JSON.stringify(this.answers)) {
        this.answers = kept.answers;
        this.reportLanguage = kept.language;
        this.baseVersion = kept.baseVersion;
        this.notice = t('report.restored');
      }
    } catch (error) {
      this.failure = error;
    }
  }

  protected override render() {
    const report = this.report;
    return html`
      <p><a href="/reports">${t('report.backToReports')}</a></p>
      <h1>${this.pageTitle()}</h1>
      <p role="status" class="status">${this.notice}</p>
      <problem-alert .error=${this.failure} .dismiss=${() => (this.failure = null)}></problem-alert>
      ${!report && !this.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${report ? this.editor(report) : nothing}
    `;
  }

  private editor(report: ReportDraft) {
    const readOnly = !report.mayEdit;
    return html`
      <p>${t(`report.status.${report.status}`, { version: report.latestVersion })}</p>
      ${readOnly ? html`<p class="hint">${t('report.readOnly')}</p>` : nothing}
      ${this.newer ? newerVersion(this.newer) : nothing}
      <form @submit=${this.save} novalidate>
        <div class="field">
          <label for="report-language">${t('report.language')}</label>
          <select id="report-language" ?disabled=${readOnly} @change=${this.chooseLanguage}>
            ${LANGUAGES.map(
              (code) => html`<option value=${code} lang=${code} ?selected=${code === this.reportLanguage}>
                ${LANGUAGE_NAMES[code]}
              </option>`,
            )}
          </select>
        </div>
        ${reportFields(this.answers, this.reportLanguage, readOnly, this.input)}
        ${
          readOnly
            ? nothing
            : html`<div class="button-row">
              <button type="submit" class="button" aria-disabled=${this.busy ? 'true' : 'false'}>
                ${t('report.save')}
              </button>
            </div>`
        }
      </form>
      ${
        readOnly
          ? nothing
          : reportSteps(
              report,
              this.busy,
              this.audience,
              (a) => (this.audience = a),
              (step) => void this.step(step),
            )
      }
      ${readOnly ? nothing : reportNeeds(report, this.busy, (norm) => void this.raise(norm))}
    `;
  }

  private readonly input = (norm: NormId | null, field: string, text: string): void => {
    this.answers = withAnswer(this.answers, norm, field, text);
    this.keep();
  };

  private chooseLanguage(event: Event): void {
    this.reportLanguage = (event.target as HTMLSelectElement).value as Language;
    this.keep();
  }

  private keep(): void {
    if (this.report) {
      keepDraft(this.report.cycleId, this.report.stateId, {
        baseVersion: this.baseVersion,
        language: this.reportLanguage,
        answers: this.answers,
      });
    }
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const report = this.report;
    if (!report || this.busy) {
      return;
    }
    this.busy = true;
    this.failure = null;
    try {
      const saved = await api.put<ReportDraft>(`${reportPath(report.cycleId, report.stateId)}/draft`, {
        baseVersion: this.baseVersion,
        language: this.reportLanguage,
        answers: this.answers,
      });
      forgetDraft(report.cycleId, report.stateId);
      this.report = saved;
      this.baseVersion = saved.latestVersion;
      this.newer = null;
      this.notice = t('report.saved', { version: saved.latestVersion });
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  private failed(error: unknown): void {
    const latest = error instanceof ApiError ? (error.problem.latestVersion as ReportVersion | undefined) : undefined;
    if (error instanceof ApiError && error.status === 409 && latest) {
      this.newer = latest;
      this.baseVersion = latest.version;
      this.keep();
      this.notice = t('report.stale', { version: latest.version });
    } else if (error instanceof ApiError && error.unreachable) {
      this.keep();
      this.notice = t('report.offlineKept');
    } else {
      this.failure = error;
    }
  }

  private async raise(norm: NormId): Promise<void> {
    const report = this.report;
    if (!report || this.busy) {
      return;
    }
    this.busy = true;
    this.failure = null;
    try {
      const link = await api.create<NeedLink>(`${reportPath(report.cycleId, report.stateId)}/needs`, { norm });
      this.report = { ...report, capacityNeeds: [...(report.capacityNeeds ?? []), link] };
      this.notice = t('report.needRaised');
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  /** The buttons stay focusable while busy (aria-disabled), so a keyboard user keeps their place. */
  private async step(step: 'submit' | 'publish'): Promise<void> {
    const report = this.report;
    if (!report || this.busy || (step === 'submit' && report.status !== 'draft')) {
      return;
    }
    this.busy = true;
    this.failure = null;
    try {
      const path = `${reportPath(report.cycleId, report.stateId)}/${step}`;
      this.report = await api.post<ReportDraft>(path, step === 'publish' ? { audience: this.audience } : undefined);
      this.notice = t(step === 'submit' ? 'report.submitted' : 'report.published');
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }
}
