import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import { REGIONAL_GROUPS } from '../app/model';
import { NORMS, type ListedReport, type ReportingCycle } from '../app/report-model';
import { delegateOfAState } from '../app/roles';
import { saveFile } from '../app/save-file';
import { navigate, withFilters } from '../app/router';
import { session } from '../app/session';
import { PageElement } from '../components/plenary-element';
import { exportLanguageField } from '../components/export-language';
import '../components/problem-alert';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../i18n/catalogue';
import { formatDateTime, language, t } from '../i18n/i18n';

interface Page {
  items: ListedReport[];
  next?: string;
}

const FILTERS = ['regionalGroup', 'norm', 'language'] as const;

/**
 * The national reports published in a cycle that the reader may read, filtered by regional group, norm and
 * language; the cycle and the filters live in the address, so a filtered list can be shared.
 */
@customElement('reports-page')
export class ReportsPage extends PageElement {
  @state() private cycles: ReportingCycle[] | null = null;
  @state() private reports: ListedReport[] | null = null;
  @state() private next: string | undefined;
  @state() private failure: unknown = null;
  @state() private compiled = '';
  /** The language the compilation's own words are asked in; the interface's until the reader chooses another. */
  @state() private documentLanguage: Language = language();
  private readonly loads = new LatestLoad();
  private readonly compile = new ActionController(this, { context: () => this.cycle });

  pageTitle(): string {
    return t('reports.title');
  }

  private get cycle(): string {
    return this.query.get('cycle') ?? this.cycles?.[0]?.id ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      void this.load();
    }
  }

  private async load(more = false): Promise<void> {
    const current = more ? this.loads.continuing() : this.loads.start();
    this.failure = null;
    try {
      if (!this.cycles) {
        const cycles = await api.get<{ items: ReportingCycle[] }>('/reporting-cycles');
        this.cycles = cycles.items;
      }
      if (!this.cycle) {
        this.reports = [];
        return;
      }
      const params = new URLSearchParams();
      FILTERS.forEach((name) => this.query.get(name) && params.set(name, this.query.get(name) ?? ''));
      if (more && this.next) {
        params.set('cursor', this.next);
      }
      const page = await api.get<Page>(`/reporting-cycles/${encodeURIComponent(this.cycle)}/reports?${params}`);
      if (current()) {
        this.reports = more ? [...(this.reports ?? []), ...page.items] : page.items;
        this.next = page.next;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  protected override render() {
    const cycle = this.cycle;
    return html`
      <h1>${t('reports.title')}</h1>
      <p class="lead">${t('reports.intro')}</p>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${
        cycle
          ? html`<p class="button-row">
            <a class="button button--secondary" href="/reports/${cycle}/coverage">${t('reports.coverage')}</a>
            ${
              session.participant()?.organization.kind === 'state'
                ? html`<a class="button" href="/reports/${cycle}/edit">${delegateOfAState() ? t('reports.editMine') : t('reports.readMine')}</a>`
                : nothing
            }
          </p>
          ${this.compileButtons(cycle)}`
          : nothing
      }
      ${this.filters()} ${this.list()}
    `;
  }

  /** The Secretariat compiles the cycle for the Secretary-General; States read the compilation too. */
  private compileButtons(cycle: string) {
    const participant = session.participant();
    if (!participant || !(participant.roles.includes('secretariat') || participant.organization.kind === 'state')) {
      return nothing;
    }
    const button = (format: 'docx' | 'html', label: string) =>
      html`<button type="button" class="button button--secondary" aria-disabled=${this.compile.busy ? 'true' : 'false'}
        @click=${() => void this.download(cycle, format)}>${label}</button>`;
    return html`<section aria-labelledby="reports-compile">
      <h2 id="reports-compile">${t('reports.compileTitle')}</h2>
      <p class="muted">${t('reports.compileHint')}</p>
      ${exportLanguageField('reports-compile-language', this.documentLanguage, (chosen) => (this.documentLanguage = chosen))}
      <p class="button-row">${button('docx', t('reports.compileDocx'))} ${button('html', t('reports.compileHtml'))}</p>
      <problem-alert .error=${this.compile.failure}></problem-alert>
      <p role="status" class="status">${this.compiled}</p>
    </section>`;
  }

  private async download(cycle: string, format: 'docx' | 'html'): Promise<void> {
    if (this.compile.busy) {
      return;
    }
    await this.compile.run(
      () =>
        api.download(
          `/reporting-cycles/${encodeURIComponent(cycle)}/compilation.${format}?lang=${this.documentLanguage}`,
        ),
      {
        apply: (file) => {
          saveFile(file.blob, file.fileName);
          this.compiled = t('reports.compiled', { file: file.fileName });
        },
      },
    );
  }

  private filters() {
    const select = (name: string, label: string, options: { value: string; label: string }[], all: string) =>
      html`<div class="field">
        <label for="reports-${name}">${label}</label>
        <select id="reports-${name}" @change=${(e: Event) => this.filter(name, (e.target as HTMLSelectElement).value)}>
          ${all ? html`<option value="">${all}</option>` : nothing}
          ${options.map(
            (o) =>
              html`<option value=${o.value} ?selected=${(this.query.get(name) ?? this.cycle) === o.value}>${o.label}</option>`,
          )}
        </select>
      </div>`;
    return html`<div class="filter" role="group" aria-label=${t('reports.filters')}>
      ${select(
        'cycle',
        t('reports.cycle'),
        (this.cycles ?? []).map((c) => ({ value: c.id, label: c.title })),
        '',
      )}
      ${select(
        'regionalGroup',
        t('reports.group'),
        REGIONAL_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) })),
        t('reports.all'),
      )}
      ${select(
        'norm',
        t('reports.norm'),
        NORMS.map((n) => ({ value: n, label: t(`tagName.${n}`) })),
        t('reports.all'),
      )}
      ${select(
        'language',
        t('reports.language'),
        LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] })),
        t('reports.all'),
      )}
    </div>`;
  }

  private filter(name: string, value: string): void {
    navigate(`/reports?${withFilters(this.query, { [name]: value })}`, { moveFocus: false });
  }

  private list() {
    if (!this.reports) {
      return this.failure ? nothing : html`<p class="loading">${t('shell.loading')}</p>`;
    }
    if (this.reports.length === 0) {
      return html`<p>${t('reports.none')}</p>`;
    }
    return html`<table class="report-table">
        <caption>${t('reports.count', { count: this.reports.length })}</caption>
        <thead>
          <tr>
            <th scope="col">${t('reports.state')}</th>
            <th scope="col">${t('reports.group')}</th>
            <th scope="col">${t('reports.language')}</th>
            <th scope="col">${t('reports.normsAnswered')}</th>
            <th scope="col">${t('reports.published')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.reports.map(
            (r) => html`<tr>
              <th scope="row"><a href="/reports/${r.cycleId}/${r.stateId}">${r.stateName}</a></th>
              <td>${r.regionalGroup ? t(`group.${r.regionalGroup}`) : ''}</td>
              <td lang=${r.language}>${LANGUAGE_NAMES[r.language]}</td>
              <td>${r.norms.map((n) => n.slice(5)).join(', ')}</td>
              <td>${formatDateTime(r.publishedAt, { dateStyle: 'medium' })} · ${t(`report.audience.${r.audience}`)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.next ? html`<button type="button" class="button" @click=${() => void this.load(true)}>${t('reports.more')}</button>` : nothing}`;
  }
}
