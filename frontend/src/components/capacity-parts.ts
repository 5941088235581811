import { html, nothing } from 'lit';
import { wholePoints, type Listing, type Need, type Offer, type ScorePart } from '../app/capacity-model';
import { REGIONAL_GROUPS } from '../app/model';
import { organizationName, organizationNameById } from '../app/names';
import { formatDateTime, formatList, formatNumber, languageName, message, t } from '../i18n/i18n';
import { bdi } from '../app/bidi';

let serverAreaLabels = new Map<string, string>();

/** The area labels the server sent (English), for areas the catalogues do not translate. */
export function rememberAreas(areas: { id: string; label: string }[]): void {
  serverAreaLabels = new Map(areas.map((area) => [area.id, area.label]));
}

export function areaLabel(id: string): string {
  return message(`capacityArea.${id}`) ?? serverAreaLabels.get(id) ?? id;
}

/** A regional group by its name, a State by its name in the reader's language. */
export function regionLabel(region: string): string {
  return (REGIONAL_GROUPS as readonly string[]).includes(region)
    ? (message(`group.${region}`) ?? region)
    : organizationNameById(region);
}

function day(date: string): string {
  return formatDateTime(`${date}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** What a need or offer is about, for whom, in which languages, how and when. */
export function listingFacts(listing: Listing, kind: 'need' | 'offer') {
  const offer = kind === 'offer' ? (listing as Offer) : null;
  return html`<dl class="facts listing-facts">
    <dt>${t('board.areas')}</dt>
    <dd>${formatList(listing.areas.map(areaLabel))}</dd>
    <dt>${kind === 'need' ? t('board.beneficiaries') : t('board.served')}</dt>
    <dd>${listing.regions.length ? formatList(listing.regions.map(regionLabel)) : t('board.everyRegion')}</dd>
    <dt>${t('board.languages')}</dt>
    <dd>${formatList(listing.languages.map(languageName))}</dd>
    <dt>${t('board.modalities')}</dt>
    <dd>${formatList(listing.modalities.map((modality) => t(`modality.${modality}`)))}</dd>
    <dt>${t('board.timeframe')}</dt>
    <dd>${t('board.fromTo', { from: day(listing.startsOn), to: day(listing.endsOn) })}</dd>
    ${
      offer
        ? html`<dt>${t('board.capacity')}</dt>
          <dd>${t('board.remaining', { remaining: offer.remaining, capacity: offer.capacity })}</dd>`
        : nothing
    }
  </dl>`;
}

/** A need or offer in a list: its title as a link, who posted it, its areas and status. */
export function listingCard(listing: Need | Offer, kind: 'need' | 'offer') {
  const party = kind === 'need' ? (listing as Need).state : (listing as Offer).provider;
  const headingId = `${kind}-${listing.id}`;
  return html`<article class="listing" aria-labelledby=${headingId}>
    <h3 id=${headingId} class="listing__title"><a href="/board/${kind}s/${listing.id}">${bdi(listing.title)}</a></h3>
    <p class="listing__party">
      ${organizationName(party)}
      ${listing.status === 'closed' ? html`<span class="badge badge--objected">${t('board.closed')}</span>` : nothing}
      ${kind === 'need' && (listing as Need).matchedAt ? html`<span class="badge badge--accredited">${t('board.matched')}</span>` : nothing}
      ${
        kind === 'need' && (listing as Need).visibility === 'states-and-providers'
          ? html`<span class="badge">${t('board.restricted')}</span>`
          : nothing
      }
    </p>
    <p class="muted">${formatList(listing.areas.map(areaLabel))} · ${formatList(listing.languages.map(languageName))}
      ${kind === 'offer' ? html` · ${t('board.remaining', { remaining: (listing as Offer).remaining, capacity: (listing as Offer).capacity })}` : nothing}</p>
  </article>`;
}

/** A match score out of 100, as a number and a bar. */
export function scoreBadge(score: number) {
  return html`<span class="score">
    <strong>${t('board.score', { score: formatNumber(Math.round(score)) })}</strong>
    <meter class="score__meter" min="0" max="100" low="50" high="75" optimum="100" value=${score}
      aria-hidden="true"></meter>
  </span>`;
}

/**
 * Why a pair scores what it does: each part's weight, how well it is met and the points it gives, with the
 * reason in words (shared and missing areas, languages, regions served, days of overlap).
 */
export function scoreExplanation(parts: ScorePart[], caption: string, score: number) {
  // whole points adding up to the score shown, rather than decimals that add up to something else
  const points = wholePoints(
    parts.map((part) => part.points),
    score,
  );
  return html`<table class="score-table">
    <caption class="visually-hidden">${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${t('board.part')}</th>
        <th scope="col">${t('board.why')}</th>
        <th scope="col">${t('board.points')}</th>
      </tr>
    </thead>
    <tbody>
      ${parts.map(
        (part, index) => html`<tr>
          <th scope="row">${t(`scorePart.${part.part}`)}</th>
          <td>${reason(part)}</td>
          <td class="score-table__points">${t('board.pointsOf', {
            points: formatNumber(points[index]),
            weight: part.weight,
          })}</td>
        </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row" colspan="2">${t('board.totalPoints')}</th>
        <td class="score-table__points">${t('board.pointsOf', { points: formatNumber(Math.round(score)), weight: 100 })}</td>
      </tr>
    </tfoot>
  </table>`;
}

function reason(part: ScorePart): string {
  const said = message(`scoreReason.${part.part}.${part.reason}`) ?? part.detail;
  const list = (items: string[] | undefined, label: (item: string) => string) => formatList((items ?? []).map(label));
  switch (part.part) {
    case 'area':
      return [
        said,
        part.shared?.length ? list(part.shared, areaLabel) : '',
        part.missing?.length ? t('board.missing', { list: list(part.missing, areaLabel) }) : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'language':
      return part.shared?.length ? `${said} ${list(part.shared, languageName)}` : said;
    case 'region':
      return part.served?.length ? `${said} ${list(part.served, regionLabel)}` : said;
    case 'modality':
      return part.offered?.length ? `${said} ${list(part.offered, (m) => message(`modality.${m}`) ?? m)}` : said;
    case 'timeframe':
      return part.needDays
        ? `${said} ${t('board.days', { overlap: part.overlapDays ?? 0, days: part.needDays })}`
        : said;
    case 'capacity':
      return part.capacity
        ? `${said} ${t('board.remaining', { remaining: part.remaining ?? 0, capacity: part.capacity })}`
        : said;
    default:
      return said;
  }
}
