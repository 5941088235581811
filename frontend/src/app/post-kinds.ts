import type { Post, PostKind } from './forum-model';
import { delegateOfAState, speaksForAGovernment } from './roles';
import { session } from './session';

/**
 * The kinds of post the composer offers, as the server's PostRules and PostService accept them (the server
 * decides; this only chooses what to offer). At the top of a thread: a comment, and an official position
 * for a delegate of a State or intergovernmental organization. Under a post: a reply, and a right of reply
 * where one may be exercised (see {@link mayReplyByRight}). A right of reply is never offered at the top of
 * a thread: the server refuses one without the post it answers.
 */
export function offeredKinds(parent: Post | null, participant = session.participant()): PostKind[] {
  if (parent) {
    return mayReplyByRight(parent, participant) ? ['reply', 'right-of-reply'] : ['reply'];
  }
  return speaksForAGovernment(participant) ? ['comment', 'position'] : ['comment'];
}

/**
 * Whether the participant may answer this post by a right of reply: a State's delegate, answering an
 * official position of another State or organization (never its own State's). Under the Chatham House Rule
 * the position of another delegate does not say whom it speaks for; then the composer offers the right and
 * the server has the last word.
 */
export function mayReplyByRight(parent: Post, participant = session.participant()): boolean {
  const state = delegateOfAState(participant);
  return state !== null && parent.kind === 'position' && parent.speaksFor?.id !== state;
}
