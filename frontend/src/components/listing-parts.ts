import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { bdi } from '../app/bidi';
import type { Engagement, Need, Offer, ScorePart } from '../app/capacity-model';
import { organizationName } from '../app/names';
import { formatDateTime, t } from '../i18n/i18n';
import { listingFacts, scoreBadge, scoreExplanation } from './capacity-parts';

/** The State that needs, or the provider that offers. */
export function partyOf(listing: Need | Offer, kind: 'need' | 'offer') {
  return kind === 'need' ? (listing as Need).state : (listing as Offer).provider;
}

/** What the listing is, whose, whether it is closed, its description and facts, and who posted it when. */
export function listingHeader(listing: Need | Offer, kind: 'need' | 'offer') {
  return html`<p class="lead">
        <span class="badge">${t(kind === 'need' ? 'board.need' : 'board.offer')}</span>
        ${t(kind === 'need' ? 'board.needOf' : 'board.offerOf', { party: organizationName(partyOf(listing, kind)) })}
        ${listing.status === 'closed' ? html`<span class="badge badge--objected">${t('board.closed')}</span>` : nothing}
      </p>
      <p class="prose" dir="auto">${listing.description}</p>
      ${listingFacts(listing, kind)}
      <p class="muted">${t('board.posted', { who: listing.postedBy.name, date: formatDateTime(listing.createdAt) })}</p>`;
}

/** A need's matching offer, or an offer's matching need, with its score explained part by part. */
export interface Ranked {
  score: number;
  parts: ScorePart[];
  offer?: Offer;
  need?: Need;
}

/**
 * One match of a listing, ranked: the other listing and its party, the score and (open for the first) why, and
 * what `proposal` offers for the pair, given the other party's id and the other listing's.
 */
export function matchItem(match: Ranked, index: number, proposal: (party: string, otherId: string) => unknown) {
  const other = (match.offer ?? match.need) as Offer | Need;
  const otherKind = match.offer ? 'offer' : 'need';
  const party = match.offer ? match.offer.provider : (match.need as Need).state;
  const headingId = `match-${other.id}`;
  return html`<li class="match">
      <article aria-labelledby=${headingId}>
        <h3 id=${headingId}>
          <span class="match__rank">${t('board.rank', { rank: index + 1 })}</span>
          <a href="/board/${otherKind}s/${other.id}">${bdi(other.title)}</a>
        </h3>
        <p>${organizationName(party)} · ${scoreBadge(match.score)}</p>
        <details class="match__why" ?open=${index === 0}>
          <summary>${t('board.explain', { score: Math.round(match.score) })}</summary>
          ${scoreExplanation(match.parts, t('board.explainCaption', { title: other.title }), match.score)}
        </details>
        ${proposal(party.id, other.id)}
      </article>
    </li>`;
}

/** "Propose an engagement" for a pair, and once opened its form with an optional message. */
export function proposeControls(
  otherId: string,
  controls: { open: boolean; busy: boolean; toggle: () => void; submit: (event: SubmitEvent) => void },
) {
  const { open } = controls;
  const id = `propose-${otherId}`;
  return html`<button type="button" class="button button--small" aria-expanded=${open} data-propose=${otherId}
        @click=${controls.toggle}>${t('board.propose')}</button>
      ${
        open
          ? html`<form class="form" @submit=${controls.submit}>
            <div class="field field--wide">
              <label for=${id}>${t('board.proposeMessage')}</label>
              <textarea id=${id} name="message" rows="3" maxlength="2000"></textarea>
            </div>
            <div class="button-row">
              <button type="submit" class="button" ?disabled=${controls.busy}>${t('board.proposeNow')}</button>
              <button type="button" class="button button--secondary" @click=${controls.toggle}>${t('action.cancel')}</button>
            </div>
          </form>`
          : nothing
      }`;
}

/** The listing's best matches, ranked; `proposal` as for {@link matchItem}. */
export function matchList(
  kind: 'need' | 'offer',
  ranked: Ranked[],
  proposal: (party: string, otherId: string) => unknown,
) {
  const heading = kind === 'need' ? t('board.matchingOffers') : t('board.matchingNeeds');
  return html`<section aria-labelledby="listing-matches">
      <h2 id="listing-matches">${heading}</h2>
      <p class="muted">${t('board.matchingHint')}</p>
      ${
        ranked.length
          ? html`<ol class="matches">${ranked.map((match, index) => matchItem(match, index, proposal))}</ol>`
          : html`<p>${t('board.noMatches')}</p>`
      }
    </section>`;
}

/** The engagements of the listing, each a card with its two-sided workflow. */
export function engagementList(engagements: Engagement[], changed: (event: CustomEvent<Engagement>) => void) {
  return html`<section aria-labelledby="listing-engagements">
      <h2 id="listing-engagements">${t('board.engagementsHere')}</h2>
      ${
        engagements.length
          ? repeat(
              engagements,
              (e) => e.id,
              (e) => html`<engagement-card .engagement=${e} @engagement-changed=${changed}></engagement-card>`,
            )
          : html`<p class="muted">${t('board.noEngagements')}</p>`
      }
    </section>`;
}
