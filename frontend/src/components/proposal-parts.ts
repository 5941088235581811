import { html, nothing } from 'lit';
import type { Proposal, ProposalSponsor } from '../app/draft-model';
import { organizationName } from '../app/names';
import { formatDateTime, formatList, t } from '../i18n/i18n';

/** Status, who put it forward (when the API names them) and when it was circulated, tabled or withdrawn. */
export function proposalFacts(proposal: Proposal) {
  const dates = [
    t('draft.proposals.circulatedAt', { date: formatDateTime(proposal.circulatedAt) }),
    ...(proposal.tabledAt ? [t('draft.proposals.tabledAt', { date: formatDateTime(proposal.tabledAt) })] : []),
    ...(proposal.withdrawnAt ? [t('draft.proposals.withdrawnAt', { date: formatDateTime(proposal.withdrawnAt) })] : []),
  ];
  return html`<p class="proposal__facts">
    <span class="badge badge--${proposal.status === 'withdrawn' ? 'withdrawn' : proposal.status === 'tabled' ? 'accredited' : 'pending'}">
      ${t(`draft.proposals.status.${proposal.status}`)}</span>
    ${proposal.tabledBy ? html`<span>${t('draft.proposals.tabledBy', { state: organizationName(proposal.tabledBy) })}</span>` : nothing}
    <span class="muted">${dates.join(' · ')}</span>
  </p>`;
}

/**
 * The original sponsors, then the later ones, as the First Committee lists them. Counts cover every State;
 * under the Chatham House Rule the API names only the reader's own, and the rest stay a number here.
 */
export function sponsorLines(proposal: Proposal) {
  return html`<ul class="proposal__sponsors">
    <li>${t('draft.proposals.original', { count: proposal.originalSponsorCount, states: sponsors(proposal.originalSponsors, proposal.originalSponsorCount) })}</li>
    ${
      proposal.laterSponsorCount
        ? html`<li>${t('draft.proposals.later', { count: proposal.laterSponsorCount, states: sponsors(proposal.laterSponsors, proposal.laterSponsorCount) })}</li>`
        : nothing
    }
  </ul>`;
}

function sponsors(named: readonly ProposalSponsor[], count: number): string {
  const names = named.map((sponsor) => organizationName(sponsor.state));
  const unnamed = count - names.length;
  return formatList(unnamed > 0 ? [...names, t('consensus.unnamed', { count: unnamed })] : names);
}
