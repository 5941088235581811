import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import { REGIONAL_GROUPS } from '../app/model';
import { PRACTICE_KINDS, type GoodPractice } from '../app/practice-model';
import { NORMS } from '../app/report-model';
import { navigate, withFilters } from '../app/router';
import { mayShareAPractice } from '../components/practice-parts';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatDateTime, t } from '../i18n/i18n';

interface Page {
  items: GoodPractice[];
  next?: string;
}

const FILTERS = ['norm', 'region', 'kind'] as const;

/** The good practices shared on implementing the norms, newest first; the filters live in the address. */
@customElement('practices-page')
export class PracticesPage extends PageElement {
  @state() private practices: GoodPractice[] | null = null;
  @state() private next: string | undefined;
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return t('practices.title');
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
      const params = new URLSearchParams();
      FILTERS.forEach((name) => this.query.get(name) && params.set(name, this.query.get(name) ?? ''));
      if (more && this.next) {
        params.set('cursor', this.next);
      }
      const page = await api.get<Page>(`/good-practices?${params}`);
      if (current()) {
        this.practices = more ? [...(this.practices ?? []), ...page.items] : page.items;
        this.next = page.next;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  protected override render() {
    return html`
      <h1>${t('practices.title')}</h1>
      <p class="lead">${t('practices.intro')}</p>
      ${mayShareAPractice() ? html`<p><a class="button" href="/practices/new">${t('practices.share')}</a></p>` : nothing}
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${this.filters()} ${this.list()}
    `;
  }

  private filters() {
    const select = (name: string, label: string, options: { value: string; label: string }[]) =>
      html`<div class="field">
        <label for="practices-${name}">${label}</label>
        <select id="practices-${name}" @change=${(e: Event) => this.filter(name, (e.target as HTMLSelectElement).value)}>
          <option value="">${t('practices.all')}</option>
          ${options.map((o) => html`<option value=${o.value} ?selected=${this.query.get(name) === o.value}>${o.label}</option>`)}
        </select>
      </div>`;
    return html`<div class="filter" role="group" aria-label=${t('practices.filters')}>
      ${select(
        'norm',
        t('practices.norm'),
        NORMS.map((n) => ({ value: n, label: t(`tagName.${n}`) })),
      )}
      ${select(
        'region',
        t('practices.region'),
        REGIONAL_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) })),
      )}
      ${select(
        'kind',
        t('practices.kind'),
        PRACTICE_KINDS.map((k) => ({ value: k, label: t(`practice.kind.${k}`) })),
      )}
    </div>`;
  }

  private filter(name: string, value: string): void {
    navigate(`/practices?${withFilters(this.query, { [name]: value })}`, { moveFocus: false });
  }

  private list() {
    if (!this.practices) {
      return this.failure ? nothing : html`<p class="loading">${t('shell.loading')}</p>`;
    }
    if (this.practices.length === 0) {
      return html`<p>${t('practices.none')}</p>`;
    }
    return html`<p role="status">${t('practices.count', { count: this.practices.length })}</p>
      <ul class="cards">
        ${this.practices.map(
          (p) => html`<li class="card">
            <h2 class="card__title"><a href="/practices/${p.id}" lang=${p.language} dir="auto">${p.title}</a></h2>
            <p class="muted">
              ${t('practice.by', {
                organization: p.organization.name,
                date: formatDateTime(p.sharedAt, { dateStyle: 'medium' }),
              })}
              · ${p.norms.map((n) => t(`tagName.${n}`)).join(', ')}
            </p>
            <p>${t('practices.marks', { endorsements: p.endorsements, useful: p.useful })}</p>
          </li>`,
        )}
      </ul>
      ${this.next ? html`<button type="button" class="button" @click=${() => void this.load(true)}>${t('practices.more')}</button>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practices-page': PracticesPage;
  }
}
