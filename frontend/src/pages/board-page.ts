import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import type { Board, CapacityArea, Need, Offer } from '../app/capacity-model';
import { LatestLoad } from '../app/latest-load';
import { REGIONAL_GROUPS, type Page } from '../app/model';
import { loadStates } from '../app/names';
import { mayPost } from '../app/roles';
import { navigate } from '../app/router';
import { boardStatistics } from '../components/board-statistics';
import { areaLabel, listingCard, rememberAreas } from '../components/capacity-parts';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalogue';
import { t } from '../i18n/i18n';

const FILTERS = ['area', 'region', 'language', 'status'] as const;

/**
 * The needs-resources board: what States need and what partners offer, under filters kept in the address,
 * with the board's statistics as charts (each a table with bars): needs by area and by regional group, how
 * many are matched, how fast, where the gaps are, and the engagements by status.
 */
@customElement('board-page')
export class BoardPage extends PageElement {
  @state() private board: Board | null = null;
  @state() private areas: CapacityArea[] = [];
  @state() private moreNeeds: Need[] = [];
  @state() private moreOffers: Offer[] = [];
  @state() private needsNext: string | undefined;
  @state() private offersNext: string | undefined;
  @state() private failure: unknown = null;
  /** The board for the filters in the address: other filters drop what is on its way, "more" of the old ones too. */
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return t('board.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('params')) {
      void this.load();
    }
  }

  protected override render() {
    const board = this.board;
    return html`
      <h1>${t('board.title')}</h1>
      <p class="lead">${t('board.intro')}</p>
      <div class="button-row">
        ${mayPost('need') ? html`<a class="button" href="/board/new?type=need">${t('board.postNeed')}</a>` : nothing}
        ${mayPost('offer') ? html`<a class="button" href="/board/new?type=offer">${t('board.postOffer')}</a>` : nothing}
      </div>
      ${this.filters()}
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${!board && !this.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${board ? this.lists(board) : nothing}
      ${board ? boardStatistics(board.statistics) : nothing}
    `;
  }

  private filters() {
    const chosen = (name: string) => this.query.get(name) ?? '';
    const select = (
      name: string,
      label: string,
      options: [string, string][],
      any = t('topic.any'),
    ) => html`<div class="field">
      <label for="board-${name}">${label}</label>
      <select id="board-${name}" name=${name}>
        <option value="">${any}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === chosen(name)}>${text}</option>`)}
      </select>
    </div>`;
    return html`<form class="filters" aria-label=${t('board.filters')} @submit=${this.applyFilters}>
      ${select(
        'area',
        t('board.area'),
        this.areas.map((area) => [area.id, areaLabel(area.id)]),
      )}
      ${select(
        'region',
        t('organization.group'),
        REGIONAL_GROUPS.map((group) => [group, t(`group.${group}`)]),
      )}
      ${select(
        'language',
        t('search.language'),
        LANGUAGES.map((code) => [code, LANGUAGE_NAMES[code]]),
      )}
      ${select('status', t('topic.status'), [['closed', t('board.closedOnes')]], t('board.openOnes'))}
      <button type="submit" class="button">${t('topic.apply')}</button>
    </form>`;
  }

  private lists(board: Board) {
    const needs = [...board.needs.items, ...this.moreNeeds];
    const offers = [...board.offers.items, ...this.moreOffers];
    const nextNeeds = this.needsNext;
    const nextOffers = this.offersNext;
    return html`<div class="board-lists">
      <section aria-labelledby="board-needs">
        <h2 id="board-needs">${t('board.needs', { count: needs.length })}</h2>
        ${needs.length ? needs.map((need) => listingCard(need, 'need')) : html`<p>${t('board.noNeeds')}</p>`}
        ${
          nextNeeds
            ? html`<button type="button" class="button button--secondary" @click=${() => void this.more('needs', nextNeeds)}>${t('directory.showMore')}</button>`
            : nothing
        }
      </section>
      <section aria-labelledby="board-offers">
        <h2 id="board-offers">${t('board.offers', { count: offers.length })}</h2>
        ${offers.length ? offers.map((offer) => listingCard(offer, 'offer')) : html`<p>${t('board.noOffers')}</p>`}
        ${
          nextOffers
            ? html`<button type="button" class="button button--secondary" @click=${() => void this.more('offers', nextOffers)}>${t('directory.showMore')}</button>`
            : nothing
        }
      </section>
    </div>`;
  }

  private applyFilters(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    FILTERS.forEach((name) => {
      const value = String(form.get(name) ?? '');
      if (value) {
        query.set(name, value);
      }
    });
    const search = query.toString();
    navigate(`/board${search ? `?${search}` : ''}`, { moveFocus: false });
  }

  private filterQuery(): URLSearchParams {
    const query = new URLSearchParams();
    FILTERS.forEach((name) => this.query.get(name) && query.set(name, this.query.get(name) ?? ''));
    return query;
  }

  private async more(kind: 'needs' | 'offers', cursor: string): Promise<void> {
    const query = this.filterQuery();
    query.set('cursor', cursor);
    query.set('limit', '20');
    const current = this.loads.continuing();
    try {
      const page = await api.get<Page<Need & Offer>>(`/capacity/${kind}?${query}`);
      if (!current()) {
        return;
      }
      if (kind === 'needs') {
        this.moreNeeds = [...this.moreNeeds, ...page.items];
        this.needsNext = page.next;
      } else {
        this.moreOffers = [...this.moreOffers, ...page.items];
        this.offersNext = page.next;
      }
      announce(t('board.loadedMore', { count: page.items.length }));
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    this.moreNeeds = [];
    this.moreOffers = [];
    try {
      void loadStates().catch(() => {});
      const query = this.filterQuery();
      query.set('limit', '20');
      const [areas, board] = await Promise.all([
        this.areas.length
          ? Promise.resolve({ items: this.areas })
          : api.get<{ items: CapacityArea[] }>('/capacity/areas'),
        api.get<Board>(`/capacity/board?${query}`),
      ]);
      if (!current()) {
        return;
      }
      rememberAreas(areas.items);
      this.areas = areas.items;
      this.board = board;
      this.needsNext = board.needs.next;
      this.offersNext = board.offers.next;
      announce(t('board.shown', { needs: board.needs.items.length, offers: board.offers.items.length }));
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'board-page': BoardPage;
  }
}
