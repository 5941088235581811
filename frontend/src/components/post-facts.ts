import { html, nothing } from 'lit';
import { isolated } from '../app/bidi';
import type { Consent, Post } from '../app/forum-model';
import { organizationName } from '../app/names';
import { formatDateTime, formatList, t } from '../i18n/i18n';
import type { PostPermissions } from './post-permissions';
import { session } from '../app/session';

/** What a post is: an organization's official position, or a comment, reply, question... */
export function postKindLabel(post: Post): string {
  if (post.official && post.speaksFor) {
    return t('post.officialOf', { organization: organizationName(post.speaksFor) });
  }
  return t(`post.kind.${post.kind}`);
}

/** Who speaks: the author and the organization, or under the Chatham House Rule only the constituency. */
export function postByline(post: Post): string {
  const { author, speaksFor, constituency } = post;
  if (!author) {
    return t('post.byConstituency', { constituency: t(`kind.${constituency}`) });
  }
  return speaksFor ? `${isolated(author.name)} — ${isolated(organizationName(speaksFor))}` : isolated(author.name);
}

/**
 * Under the Chatham House Rule the server sends a name only to its owner and to moderators: the owner is told
 * that the others read their constituency alone, lest they think their name is shown to all.
 */
export function ownNameNote(chathamHouse: boolean, authorId: string | undefined) {
  const me = session.participant();
  if (!chathamHouse || !authorId || !me || me.id !== authorId) {
    return nothing;
  }
  return html` <span class="badge badge--private">${t('post.onlyYouSeeName')}</span>`;
}

/**
 * An official position's standing: the guiding question it answers, on whose behalf, who confirmed and who has
 * not yet, what it aligns with and who aligns with it, superseded or withdrawn and why.
 */
export function postStanding(post: Post) {
  const notes = [];
  if (post.guidingQuestion !== undefined) {
    notes.push(t('post.guidingQuestion', { number: post.guidingQuestion + 1 }));
  }
  const named = post.onBehalfOf ?? [];
  if (named.length) {
    const names = (consent: Consent) =>
      formatList(named.filter((state) => state.consent === consent).map(organizationName));
    notes.push(t('post.onBehalfOf', { list: formatList(named.map(organizationName)) }));
    if (named.some((state) => state.consent === 'confirmed')) {
      notes.push(t('post.confirmedBy', { list: names('confirmed') }));
    }
    if (named.some((state) => state.consent === 'pending')) {
      notes.push(t('post.awaitingConfirmation', { list: names('pending') }));
    }
  }
  if (post.alignsWith) {
    const organization = post.alignsWith.speaksFor;
    notes.push(
      organization
        ? t('post.alignsWith', { organization: organizationName(organization) })
        : t('post.alignsWithUnnamed'),
    );
  }
  const alignedBy = (post.alignedBy ?? []).flatMap((reference) =>
    reference.speaksFor ? [organizationName(reference.speaksFor)] : [],
  );
  if (alignedBy.length) {
    notes.push(t('post.alignedBy', { list: formatList(alignedBy) }));
  }
  if (post.status === 'superseded') {
    notes.push(t('post.superseded'));
  }
  if (post.status === 'withdrawn') {
    notes.push(t('post.withdrawn', { date: post.withdrawnAt ? formatDateTime(post.withdrawnAt) : '' }));
    if (post.withdrawalReason) {
      notes.push(t('post.withdrawalReason', { reason: isolated(post.withdrawalReason) }));
    }
  }
  return notes.length ? html`<ul class="post__standing">${notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing;
}

/** A named State's delegate is asked, on the card itself, to confirm or decline. */
export function postConsentAsked({ ownState, frozen }: PostPermissions) {
  if (ownState?.consent !== 'pending') {
    return nothing;
  }
  return html`<p class="notice notice--consent" role="note">
      ${t(frozen ? 'post.consentFrozen' : 'post.consentAsked', { state: organizationName(ownState) })}
    </p>`;
}
