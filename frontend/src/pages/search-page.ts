import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import { CursorList } from '../app/cursor-list';
import type { Topic } from '../app/forum-model';
import { REGIONAL_GROUPS, type OrganizationKind, type Page } from '../app/model';
import { topicTitle } from '../app/names';
import { navigate } from '../app/router';
import '../components/organization-select';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import {
  alsoSearchedLine,
  SEARCH_KINDS,
  searchEntry,
  type AlsoSearched,
  type SearchResult,
} from '../components/search-result';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalogue';
import { language, t } from '../i18n/i18n';

/** A page of results, with the query's translations the server also searched for. */
type SearchPage_ = Page<SearchResult> & { alsoSearched?: AlsoSearched[] };

const CONSTITUENCIES = ['state', 'intergovernmental', 'private-sector', 'academia', 'civil-society'] as const;
const FILTERS = [
  'q',
  'kind',
  'topic',
  'language',
  'organization',
  'constituency',
  'regionalGroup',
  'from',
  'to',
  'sort',
] as const;
const SPEAKERS: readonly OrganizationKind[] = [
  'state',
  'intergovernmental',
  'private-sector',
  'academia',
  'civil-society',
];

/**
 * Search across threads, posts, official positions, needs and offers, national reports and good practices in all six
 * languages at once, with filters that live in the address. Each result says what it is, where it is, who wrote it
 * (as the Chatham House Rule allows) or what it speaks for, and in which language, with the words found marked.
 */
@customElement('search-page')
export class SearchPage extends PageElement {
  private readonly list = new CursorList<SearchResult>(
    this,
    (cursor) => this.page(cursor),
    (page, first) => {
      this.searched = true;
      if (first) {
        this.alsoSearched = (page as SearchPage_).alsoSearched ?? [];
        announce(page.items.length ? t('search.found', { count: this.list.items.length }) : t('search.none'));
      }
    },
  );
  @state() private topics: Topic[] = [];
  @state() private searched = false;
  @state() private alsoSearched: AlsoSearched[] = [];

  pageTitle(): string {
    const q = this.query.get('q');
    return q ? t('search.titleFor', { q }) : t('search.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    api.get<{ items: Topic[] }>('/topics').then(
      (page) => (this.topics = page.items),
      () => {},
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('params')) {
      void this.updateComplete.then(() => this.showFiltersInForm());
      this.searched = false;
      if (this.query.get('q')?.trim()) {
        void this.list.restart();
      } else {
        this.list.clear();
      }
    }
  }

  protected override render() {
    return html`
      <h1>${t('search.title')}</h1>
      ${this.form()}
      <problem-alert .error=${this.list.failure} .retry=${() => void this.list.more()}></problem-alert>
      <section aria-labelledby="search-results" aria-busy=${this.list.loading ? 'true' : 'false'}>
        <h2 id="search-results">${t('search.results')}</h2>
        ${alsoSearchedLine(this.alsoSearched)}
        ${this.list.items.length ? html`<ol class="search-results">${this.list.items.map((result) => searchEntry(result))}</ol>` : nothing}
        ${this.searched && !this.list.loading && !this.list.failure && this.list.items.length === 0 ? html`<p>${t('search.none')}</p>` : nothing}
        ${!this.query.get('q') ? html`<p class="muted">${t('search.hint')}</p>` : nothing}
        ${this.list.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        ${
          this.list.next && !this.list.loading
            ? html`<button type="button" class="button button--secondary" @click=${this.showMore}>${t('directory.showMore')}</button>`
            : nothing
        }
      </section>
    `;
  }

  private form() {
    const chosen = (name: string) => this.query.get(name) ?? '';
    const select = (
      name: string,
      label: string,
      options: [string, string][],
      any = t('topic.any'),
    ) => html`<div class="field">
      <label for="search-${name}">${label}</label>
      <select id="search-${name}" name=${name}>
        <option value="">${any}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === chosen(name)}>${text}</option>`)}
      </select>
    </div>`;
    return html`<form class="filters search-form" role="search" aria-label=${t('search.title')} @submit=${this.submit}>
      <div class="field field--grow">
        <label for="search-q">${t('search.what')}</label>
        <input id="search-q" name="q" type="search" required maxlength="500" .value=${chosen('q')} aria-describedby="search-syntax" />
        <p id="search-syntax" class="muted hint">${t('search.syntax')}</p>
      </div>
      ${select(
        'kind',
        t('search.kind'),
        SEARCH_KINDS.map((kind) => [kind, t(`search.kind.${kind}`)]),
      )}
      ${select(
        'topic',
        t('search.topic'),
        this.topics.map((topic) => [topic.id, topicTitle(topic)]),
      )}
      ${select(
        'language',
        t('search.language'),
        LANGUAGES.map((code) => [code, LANGUAGE_NAMES[code]]),
      )}
      <organization-select selectId="search-organization" fieldName="organization" .kinds=${SPEAKERS} label=${t('search.organization')}
        emptyLabel=${t('topic.any')} .value=${chosen('organization')}></organization-select>
      ${select(
        'constituency',
        t('summary.constituency'),
        CONSTITUENCIES.map((kind) => [kind, t(`kind.${kind}`)]),
      )}
      ${select(
        'regionalGroup',
        t('organization.group'),
        REGIONAL_GROUPS.map((group) => [group, t(`group.${group}`)]),
      )}
      <fieldset class="search-form__dates">
        <legend>${t('search.written')}</legend>
        <div class="field">
          <label for="search-from">${t('search.from')}</label>
          <input id="search-from" name="from" type="date" .value=${chosen('from')} />
        </div>
        <div class="field">
          <label for="search-to">${t('search.to')}</label>
          <input id="search-to" name="to" type="date" .value=${chosen('to')} />
        </div>
      </fieldset>
      ${select('sort', t('search.sort'), [['recent', t('search.sort.recent')]], t('search.sort.relevance'))}
      <button type="submit" class="button">${t('nav.search')}</button>
    </form>`;
  }

  /**
   * Fields the person has used keep what they typed when the page re-renders, so when the address changes
   * (the back button, a link) the form is set to say what the results are filtered by.
   */
  private showFiltersInForm(): void {
    const form = this.querySelector<HTMLFormElement>('form.search-form');
    if (form) {
      FILTERS.forEach((name) => {
        const field = form.elements.namedItem(name);
        if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
          field.value = this.query.get(name) ?? '';
        }
      });
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    FILTERS.forEach((name) => {
      const value = String(form.get(name) ?? '').trim();
      if (value) {
        query.set(name, value);
      }
    });
    navigate(`/search?${query}`, { moveFocus: false });
  }

  private async showMore(): Promise<void> {
    const before = this.list.items.length;
    await this.list.more();
    await this.updateComplete;
    this.querySelectorAll<HTMLElement>('.search-result__title a')[before]?.focus();
  }

  /**
   * The address keeps whole days (2025-03-01), short and readable when shared; the API takes instants. A day
   * runs from the reader's midnight to the next, and "to" includes its day, so it becomes the next midnight.
   */
  private toInstants(query: URLSearchParams): void {
    const midnight = (day: string, later = 0) => {
      const date = new Date(`${day}T00:00`);
      date.setDate(date.getDate() + later);
      return Number.isNaN(date.getTime()) ? null : date.toISOString();
    };
    const from = query.get('from') && midnight(query.get('from') ?? '');
    const to = query.get('to') && midnight(query.get('to') ?? '', 1);
    query.delete('from');
    query.delete('to');
    if (from) {
      query.set('from', from);
    }
    if (to) {
      query.set('to', to);
    }
  }

  private page(cursor: string | undefined): Promise<Page<SearchResult>> {
    // The query is taken to be in the interface's language, and also searched for in its translations.
    const query = new URLSearchParams({ limit: '20', queryLanguage: language() });
    FILTERS.forEach((name) => this.query.get(name) && query.set(name, this.query.get(name) ?? ''));
    this.toInstants(query);
    if (cursor) {
      query.set('cursor', cursor);
    }
    return api.get<Page<SearchResult>>(`/search?${query}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'search-page': SearchPage;
  }
}
