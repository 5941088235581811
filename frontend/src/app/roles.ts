import { THREAD_KINDS, type ThreadKind } from './forum-model';
import type { Participant, Role } from './model';
import { session } from './session';

/** What the signed-in participant's functions let them do; the server decides, these only choose what to offer. */
function has(role: Role, participant: Participant | null = session.participant()): boolean {
  return participant?.roles.includes(role) ?? false;
}

/** Moderators, the Chair and the Secretariat: they prepare summaries and read drafts. */
export function runsTheDialogue(participant = session.participant()): boolean {
  return has('moderator', participant) || has('chair', participant) || has('secretariat', participant);
}

/** Moderators and the Secretariat: the moderation queue, hiding posts, locking threads, the audit log. */
export function moderates(participant = session.participant()): boolean {
  return has('moderator', participant) || has('secretariat', participant);
}

export function isChair(participant = session.participant()): boolean {
  return has('chair', participant);
}

/** A delegate of a State or an intergovernmental organization: speaks for it, opens discussions. */
export function speaksForAGovernment(participant = session.participant()): boolean {
  const kind = participant?.organization.kind;
  return has('delegate', participant) && (kind === 'state' || kind === 'intergovernmental');
}

/** A delegate of this organization (the one who may withdraw its positions). */
export function isDelegateOf(organizationId: string | undefined, participant = session.participant()): boolean {
  return !!organizationId && has('delegate', participant) && participant?.organization.id === organizationId;
}

/** The audit log: moderators, the Chair and the Secretariat (the Chair without the names of delegations' own acts). */
export function readsAuditLog(participant = session.participant()): boolean {
  return runsTheDialogue(participant);
}

/** A delegate of a State, who decides on the State's name in joint statements and exercises rights of reply. */
export function delegateOfAState(participant = session.participant()): string | null {
  return has('delegate', participant) && participant?.organization.kind === 'state'
    ? participant.organization.id
    : null;
}

/** Which kinds of thread the participant may open: discussions for delegates of governments, all for moderators, the Chair and the Secretariat. */
export function openableKinds(participant = session.participant()): readonly ThreadKind[] {
  if (runsTheDialogue(participant)) {
    return THREAD_KINDS;
  }
  return speaksForAGovernment(participant) ? ['discussion'] : [];
}

/** Who may post what: needs by State delegates; offers by delegates of States, intergovernmental and accredited organizations. */
export function mayPost(kind: 'need' | 'offer'): boolean {
  const participant = session.participant();
  if (!participant?.roles.includes('delegate')) {
    return false;
  }
  const organization = participant.organization;
  if (kind === 'need') {
    return organization.kind === 'state';
  }
  return (
    organization.kind === 'state' ||
    organization.kind === 'intergovernmental' ||
    organization.accreditation === 'accredited'
  );
}
