import { isolated } from '../app/bidi';
import type { Post } from '../app/forum-model';
import { organizationName, organizationNameById } from '../app/names';
import type { MessageKey } from '../i18n/catalogue';
import { t } from '../i18n/i18n';

/** What a notification list entry needs to say who did what. */
export interface NotifiedItem {
  reason: string;
  thread?: { id: string; title: string };
  post?: Post;
  details?: Record<string, unknown>;
}

/** The engagement steps one side takes, said from the side told ("Estonia proposed an engagement for your need"). */
const ENGAGEMENT_STEPS: Record<string, MessageKey> = {
  proposed: 'notifications.did.proposed',
  accepted: 'notifications.did.accepted',
  declined: 'notifications.did.declined',
  withdrawn: 'notifications.did.withdrawn',
  'start-confirmed': 'notifications.did.startConfirmed',
  'completion-confirmed': 'notifications.did.completionConfirmed',
};

/**
 * One sentence saying who did what, on what: "Brazil aligned with France's position in “Implementing norms (f)
 * and (g)”", "Estonia proposed an engagement for your need “National CERT training”". Undefined when the
 * notification does not say who acted (a new thread, a summary): the reason line and the title say it then.
 * Under the Chatham House Rule the post carries no author nor organization, and the actor is its constituency.
 */
export function notificationHeadline(item: NotifiedItem): string | undefined {
  const details = item.details ?? {};
  if (item.post && item.thread) {
    return postHeadline(item.post, item.thread.title);
  }
  if (item.reason === 'matching') {
    return engagementHeadline(details);
  }
  if (
    (item.reason === 'objection-raised' || item.reason === 'objection-withdrawn') &&
    typeof details.stateId === 'string' &&
    typeof details.organizationId === 'string'
  ) {
    return t(
      item.reason === 'objection-raised' ? 'notifications.did.objected' : 'notifications.did.objectionWithdrawn',
      {
        state: isolated(organizationNameById(details.stateId)),
        organization: isolated(organizationNameById(details.organizationId)),
      },
    );
  }
  return undefined;
}

function postHeadline(post: Post, title: string): string {
  const actor = postActor(post);
  const thread = isolated(title);
  if (post.kind === 'position') {
    const other = post.alignsWith?.speaksFor;
    if (other) {
      return t('notifications.did.alignedWith', { actor, other: isolated(organizationName(other)), thread });
    }
    return t(post.alignsWith ? 'notifications.did.alignedWithUnnamed' : 'notifications.did.position', {
      actor,
      thread,
    });
  }
  const key: MessageKey =
    post.kind === 'reply'
      ? 'notifications.did.replied'
      : post.kind === 'right-of-reply'
        ? 'notifications.did.rightOfReply'
        : 'notifications.did.commented';
  return t(key, { actor, thread });
}

/**
 * Who speaks in a post: the organization for a position (the State speaks), the author and their organization
 * for anything else, and under the Chatham House Rule (neither is sent) a participant of its constituency.
 */
function postActor(post: Post): string {
  if (post.speaksFor && (post.kind === 'position' || !post.author)) {
    return isolated(organizationName(post.speaksFor));
  }
  if (post.author) {
    return post.speaksFor
      ? t('notifications.personOf', {
          person: isolated(post.author.name),
          organization: isolated(organizationName(post.speaksFor)),
        })
      : isolated(post.author.name);
  }
  return t('notifications.someoneFrom', { constituency: t(`kind.${post.constituency}`) });
}

/** The other side's step on an engagement, on the reader's own need (the provider acted) or offer (the State did). */
function engagementHeadline(details: Record<string, unknown>): string | undefined {
  if (details.step === 'found') {
    return foundHeadline(details);
  }
  const key = typeof details.step === 'string' ? ENGAGEMENT_STEPS[details.step] : undefined;
  const byState = details.by === 'state';
  const actorId = byState ? details.stateId : details.providerId;
  const title = byState ? details.offerTitle : details.needTitle;
  if (!key || typeof actorId !== 'string' || typeof title !== 'string') {
    return undefined;
  }
  return t(key, {
    actor: isolated(organizationNameById(actorId)),
    listing: byState ? 'offer' : 'need',
    title: isolated(title),
  });
}

/** A new match: the posted or changed listing of the other side, which ranks among the best for one of the reader's. */
function foundHeadline(details: Record<string, unknown>): string | undefined {
  const need = details.trigger === 'need';
  const actorId = need ? details.stateId : details.providerId;
  const title = need ? details.needTitle : details.offerTitle;
  if (typeof actorId !== 'string' || typeof title !== 'string') {
    return undefined;
  }
  return t('notifications.did.found', {
    actor: isolated(organizationNameById(actorId)),
    listing: need ? 'need' : 'offer',
    title: isolated(title),
  });
}
