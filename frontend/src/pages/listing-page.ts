import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { ApiError, api } from '../app/api';
import type { CapacityArea, Engagement, Need, Offer } from '../app/capacity-model';
import { LatestLoad, type StillCurrent } from '../app/latest-load';
import type { Page } from '../app/model';
import { loadStates } from '../app/names';
import { session } from '../app/session';
import { rememberAreas } from '../components/capacity-parts';
import { engagementNews } from '../components/engagement-card';
import {
  engagementList,
  listingHeader,
  matchList,
  partyOf,
  proposeControls,
  type Ranked,
} from '../components/listing-parts';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { t } from '../i18n/i18n';
import { bdi } from '../app/bidi';

/**
 * A need or an offer of the board: what it is, its best matches ranked with each score explained part by
 * part, "propose an engagement" for a delegate of either side, the engagements with their two-sided workflow, and for
 * its owner, closing or reopening it. Two pages share this: /board/needs/{id} and /board/offers/{id}.
 */
abstract class ListingPage extends PageElement {
  protected abstract readonly kind: 'need' | 'offer';
  @state() protected listing: Need | Offer | null = null;
  @state() private ranked: Ranked[] = [];
  @state() private engagements: Engagement[] = [];
  @state() private proposing: string | null = null;
  @state() private status = '';
  private readonly action = new ActionController(this, { context: () => this.listingId });
  /** Reading the listing, its matches and engagements: what comes for a listing left meanwhile is dropped. */
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return this.listing?.title ?? t('board.title');
  }

  protected get listingId(): string {
    return this.kind === 'need' ? this.params.needId : this.params.offerId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.listingId !== this.listing?.id) {
      void this.load();
    }
  }

  protected override render() {
    const listing = this.listing;
    return html`
      <p><a href="/board">${t('board.back')}</a></p>
      <h1 dir=${listing ? 'auto' : nothing}>${listing ? bdi(listing.title) : t('shell.loading')}</h1>
      <problem-alert .error=${this.action.failure} .retry=${() => void this.load()}></problem-alert>
      <p role="status" class="status">${this.status}</p>
      ${
        listing
          ? html`${listingHeader(listing, this.kind)} ${this.owns(listing) ? this.ownerActions(listing) : nothing}
            ${matchList(this.kind, this.ranked, (party, otherId) =>
              this.mayPropose(party) && !this.engagedWith(otherId) ? this.proposal(otherId) : nothing,
            )}
            ${session.participant() ? engagementList(this.engagements, this.engagementChanged) : nothing}`
          : nothing
      }
    `;
  }

  private owns(listing: Need | Offer): boolean {
    const participant = session.participant();
    return !!participant?.roles.includes('delegate') && participant.organization.id === partyOf(listing, this.kind).id;
  }

  private ownerActions(listing: Need | Offer) {
    return html`<div class="button-row">
      <button type="button" class="button button--secondary" ?disabled=${this.action.busy} @click=${() => void this.setStatus(listing.status === 'open' ? 'closed' : 'open')}>
        ${listing.status === 'open' ? t('board.closeListing', { kind: this.kind }) : t('board.reopenListing', { kind: this.kind })}
      </button>
    </div>`;
  }

  /** A need and an offer are engaged once: the pair already listed below takes no second proposal. */
  private engagedWith(otherId: string): boolean {
    return this.engagements.some((e) => e.need.id === otherId || e.offer.id === otherId);
  }

  /** A delegate of the requesting State or of the provider may propose pairing the two. */
  private mayPropose(otherParty: string): boolean {
    const participant = session.participant();
    if (!participant?.roles.includes('delegate') || !this.listing || this.listing.status !== 'open') {
      return false;
    }
    return this.owns(this.listing) || participant.organization.id === otherParty;
  }

  private proposal(otherId: string) {
    return proposeControls(otherId, {
      open: this.proposing === otherId,
      busy: this.action.busy,
      toggle: () => void this.toggleProposal(otherId),
      submit: (event) => void this.propose(event, otherId),
    });
  }

  private async toggleProposal(otherId: string): Promise<void> {
    const closing = this.proposing === otherId;
    this.proposing = closing ? null : otherId;
    await this.updateComplete;
    (closing
      ? this.querySelector<HTMLElement>(`button[data-propose='${otherId}']`)
      : this.querySelector<HTMLElement>(`#propose-${otherId}`)
    )?.focus();
  }

  private async propose(event: SubmitEvent, otherId: string): Promise<void> {
    event.preventDefault();
    const message = String(new FormData(event.target as HTMLFormElement).get('message') ?? '').trim();
    const pair =
      this.kind === 'need'
        ? { needId: this.listingId, offerId: otherId }
        : { needId: otherId, offerId: this.listingId };
    await this.run(async () => {
      const current = this.loads.continuing();
      const engagement = await api.create<Engagement>('/capacity/engagements', {
        ...pair,
        ...(message ? { message } : {}),
      });
      if (!current()) {
        return '';
      }
      this.proposing = null;
      this.engagements = [engagement, ...this.engagements.filter((e) => e.id !== engagement.id)];
      return t('board.proposed');
    });
    await this.updateComplete;
    this.querySelector<HTMLElement>('#listing-engagements')?.scrollIntoView({ block: 'start' });
  }

  private async setStatus(status: 'open' | 'closed'): Promise<void> {
    await this.run(async () => {
      const current = this.loads.continuing();
      const listing = await api.patch<Need | Offer>(`/capacity/${this.kind}s/${this.listingId}`, { status });
      if (current()) {
        this.listing = listing;
      }
      await this.loadMatches(current);
      return status === 'closed' ? t('board.closedNow') : t('board.reopenedNow');
    });
  }

  private readonly engagementChanged = async (event: CustomEvent<Engagement>): Promise<void> => {
    const changed = event.detail;
    const before = this.engagements.find((e) => e.id === changed.id) ?? changed;
    this.engagements = this.engagements.map((e) => (e.id === changed.id ? changed : e));
    this.status = engagementNews(before, changed);
    // an agreement uses one of the offer's engagements: the capacity part of the scores changes with it
    const current = this.loads.continuing();
    await Promise.all([this.loadListing(current), this.loadMatches(current)]);
  };

  private async run(action: () => Promise<string>): Promise<void> {
    await this.action.run(action, { apply: (status) => (this.status = status), announce: (status) => status });
  }

  private async loadListing(current: StillCurrent): Promise<void> {
    const listing = await api.get<Need | Offer>(`/capacity/${this.kind}s/${this.listingId}`);
    if (current()) {
      this.listing = listing;
    }
  }

  private async loadMatches(current: StillCurrent): Promise<void> {
    const page = await api.get<Page<Ranked>>(`/capacity/${this.kind}s/${this.listingId}/matches?limit=10`);
    if (current()) {
      this.ranked = page.items;
    }
  }

  private async loadEngagements(current: StillCurrent): Promise<void> {
    if (!session.participant()) {
      return;
    }
    try {
      const page = await api.get<Page<Engagement>>(`/capacity/engagements?${this.kind}Id=${this.listingId}&limit=50`);
      const detailed = await Promise.all(
        page.items.map((e) => api.get<Engagement>(`/capacity/engagements/${e.id}`).catch(() => e)),
      );
      if (current()) {
        this.engagements = detailed;
      }
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 403)) {
        throw error;
      }
    }
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    this.action.dismiss();
    this.listing = null;
    this.ranked = [];
    this.engagements = [];
    try {
      void loadStates().catch(() => {});
      const areas = await api.get<{ items: CapacityArea[] }>('/capacity/areas');
      rememberAreas(areas.items);
      await Promise.all([this.loadListing(current), this.loadMatches(current), this.loadEngagements(current)]);
    } catch (error) {
      if (current()) {
        this.action.fail(error);
      }
    }
  }
}

@customElement('need-page')
export class NeedPage extends ListingPage {
  protected readonly kind = 'need';
}

@customElement('offer-page')
export class OfferPage extends ListingPage {
  protected readonly kind = 'offer';
}

declare global {
  interface HTMLElementTagNameMap {
    'need-page': NeedPage;
    'offer-page': OfferPage;
  }
}
