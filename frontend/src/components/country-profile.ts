import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api } from '../app/api';
import type { Topic } from '../app/forum-model';
import { LatestLoad } from '../app/latest-load';
import type { Organization } from '../app/model';
import { organizationName, tagLabel, topicTitle } from '../app/names';
import {
  PROFILE_FILTERS,
  profileQuery,
  type CountryProfile,
  type ProfileSection,
  type SectionPage,
  type StanceOnRecord,
} from '../app/profile-model';
import { NORMS } from '../app/report-model';
import { navigate, withFilters } from '../app/router';
import { formatList, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { draftRecord, listingLine, practiceLine, reportLine, threadPositions } from './profile-sections';

/**
 * A State's country profile: its record section by section, filtered by topic, norm and period (the filters live
 * in the page's address), each section paging on with its own "more" button.
 */
@customElement('country-profile')
export class CountryProfileView extends PlenaryElement {
  @property({ attribute: false }) organization!: Organization;
  @property({ attribute: false }) query = new URLSearchParams();
  @state() private profile: CountryProfile | null = null;
  @state() private topics: Topic[] = [];
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();
  private loadedFor = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = `${this.organization.id}?${profileQuery(this.query)}`;
    if ((changed.has('query') || changed.has('organization')) && key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void api.get<{ items: Topic[] }>('/topics').then(
      (page) => (this.topics = page.items),
      () => (this.topics = []),
    );
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    try {
      const path = `/organizations/${encodeURIComponent(this.organization.id)}/profile?${profileQuery(this.query)}`;
      const profile = await api.get<CountryProfile>(path);
      if (current()) {
        this.profile = profile;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  private async more(section: ProfileSection, cursor: string): Promise<void> {
    const current = this.loads.continuing();
    try {
      const path = `/organizations/${encodeURIComponent(this.organization.id)}/profile?${profileQuery(this.query, { section, cursor })}`;
      const page = await api.get<CountryProfile>(path);
      const shown = this.profile;
      const added = page[section] as SectionPage<unknown> | undefined;
      const before = shown?.[section] as SectionPage<unknown> | undefined;
      if (current() && shown && added && before) {
        this.profile = { ...shown, [section]: { items: [...before.items, ...added.items], next: added.next } };
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  protected override render() {
    const profile = this.profile;
    return html`<section aria-labelledby="profile-heading" class="country-profile">
      <h2 id="profile-heading">${t('profile.heading')}</h2>
      <p class="lead">${t('profile.intro', { state: organizationName(this.organization) })}</p>
      ${this.filters()}
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${profile ? this.sections(profile) : this.failure ? nothing : html`<p class="loading">${t('shell.loading')}</p>`}
    </section>`;
  }

  private filters() {
    const value = (name: string) => this.query.get(name) ?? '';
    const select = (name: string, label: string, options: { value: string; label: string }[]) =>
      html`<div class="field">
        <label for="profile-${name}">${label}</label>
        <select id="profile-${name}" @change=${(e: Event) => this.filter(name, (e.target as HTMLSelectElement).value)}>
          <option value="">${t('profile.any')}</option>
          ${options.map((o) => html`<option value=${o.value} ?selected=${value(name) === o.value}>${o.label}</option>`)}
        </select>
      </div>`;
    const day = (name: 'since' | 'until', label: string) =>
      html`<div class="field">
        <label for="profile-${name}">${label}</label>
        <input id="profile-${name}" type="date" .value=${value(name)}
          @change=${(e: Event) => this.filter(name, (e.target as HTMLInputElement).value)} />
      </div>`;
    const filtered = PROFILE_FILTERS.some((name) => value(name));
    return html`<div class="filter" role="group" aria-label=${t('profile.filters')}>
      ${select(
        'topic',
        t('profile.topic'),
        this.topics.map((topic) => ({ value: topic.id, label: topicTitle(topic) })),
      )}
      ${select(
        'norm',
        t('profile.norm'),
        NORMS.map((norm) => ({ value: norm, label: tagLabel(norm) })),
      )}
      ${day('since', t('profile.since'))} ${day('until', t('profile.until'))}
      ${filtered ? html`<button type="button" class="button button--secondary" @click=${() => this.clear()}>${t('profile.clear')}</button>` : nothing}
    </div>`;
  }

  private filter(name: string, value: string): void {
    navigate(`/organizations/${this.organization.id}?${withFilters(this.query, { [name]: value })}`, {
      moveFocus: false,
    });
  }

  private clear(): void {
    const cleared = Object.fromEntries(PROFILE_FILTERS.map((name) => [name, '']));
    navigate(`/organizations/${this.organization.id}?${withFilters(this.query, cleared)}`, { moveFocus: false });
  }

  private compare(stance: StanceOnRecord): void {
    const filters = { paragraph: stance.paragraphId, on: '' };
    navigate(`/organizations/${this.organization.id}?${withFilters(this.query, filters)}#compare`, {
      moveFocus: false,
    });
    // the comparison's form is where the reader goes on: choosing the States to set beside this one
    requestAnimationFrame(() => document.getElementById('compare-state-0')?.focus());
  }

  private sections(profile: CountryProfile) {
    const id = this.organization.id;
    return html`
      ${
        profile.notFiltered.length
          ? html`<p class="notice" role="status">
              ${t('profile.notFiltered', { sections: formatList(profile.notFiltered.map((s) => t(`profile.section.${s}`))) })}
            </p>`
          : nothing
      }
      ${this.section('positions', profile.positions, (item) => threadPositions(item, id))}
      ${this.section('drafts', profile.drafts, (item) => draftRecord(item, (stance) => this.compare(stance)))}
      ${this.section('reports', profile.reports, (item) => reportLine(item, id))}
      ${this.section('practices', profile.practices, practiceLine)}
      ${this.section('needs', profile.needs, (item) => listingLine(item, 'needs'))}
      ${this.section('offers', profile.offers, (item) => listingLine(item, 'offers'))}
    `;
  }

  private section<T>(name: ProfileSection, page: SectionPage<T> | undefined, item: (entry: T) => TemplateResult) {
    if (!page) {
      return nothing;
    }
    return html`<section aria-labelledby="profile-${name}" class="profile-section">
      <h3 id="profile-${name}">${t(`profile.section.${name}`)}</h3>
      ${page.items.length ? html`<ul class="profile-list">${page.items.map((entry) => html`<li>${item(entry)}</li>`)}</ul>` : html`<p class="muted">${t('profile.none')}</p>`}
      ${
        page.next
          ? html`<button type="button" class="button button--secondary" @click=${() => void this.more(name, page.next ?? '')}>
              ${t('profile.more', { section: t(`profile.section.${name}`) })}
            </button>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'country-profile': CountryProfileView;
  }
}
