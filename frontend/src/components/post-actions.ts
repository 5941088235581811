import { html, nothing } from 'lit';
import type { Post, Thread } from '../app/forum-model';
import { moderates } from '../app/roles';
import { session } from '../app/session';
import { t } from '../i18n/i18n';
import { postByline } from './post-facts';
import type { PostPermissions } from './post-permissions';

/** The panel a post card has open under its actions, if any. */
export type Panel =
  'none' | 'flag' | 'history' | 'edit' | 'withdraw' | 'leave' | 'confirm' | 'decline' | 'hide' | 'restore';

export interface ActionRow {
  /** The panel open now: its button is expanded. */
  open: Panel;
  /** The reader flagged the post already. */
  flagged: boolean;
  toggle: (panel: Panel) => void;
  reply: () => void;
}

/**
 * A post's buttons for the reader: reply, and those that open a panel (edit, withdraw, confirm, decline, leave,
 * flag, hide, restore, history), each only where the server would accept it; once the record is frozen, why not.
 */
export function postActions(post: Post, thread: Thread, may: PostPermissions, row: ActionRow) {
  const signedIn = session.participant() !== null;
  const canReply = signedIn && thread.acceptingPosts && !post.hidden;
  const edited = (post.version ?? 1) > 1;
  const moderator = moderates();
  if (!canReply && !signedIn && !edited) {
    return nothing;
  }
  // a screen reader listing the page's buttons hears which post each Reply and Flag is for
  const which = { number: post.seq, who: postByline(post) };
  const toggle = (
    panel: Panel,
    label: string,
    name?: string,
  ) => html`<button type="button" class="button button--small button--secondary" aria-label=${name ?? nothing}
      data-panel=${panel} aria-expanded=${row.open === panel} @click=${() => row.toggle(panel)}>${label}</button>`;
  return html`<div class="post__actions">
      ${
        canReply
          ? html`<button type="button" class="button button--small" aria-label=${t('post.replyTo', which)}
            @click=${row.reply}>${t('post.reply')}</button>`
          : nothing
      }
      ${may.editable ? toggle('edit', t('post.edit')) : nothing}
      ${may.withdrawable ? toggle('withdraw', t('post.withdraw')) : nothing}
      ${may.confirmable ? toggle('confirm', t('post.confirm')) : nothing}
      ${may.awaitsOwnConsent ? toggle('decline', t('post.decline')) : nothing}
      ${may.leavable ? toggle('leave', t('post.leave')) : nothing}
      ${signedIn && !row.flagged && !moderator ? toggle('flag', t('post.flag'), t('post.flagOf', which)) : nothing}
      ${moderator && !post.hidden ? toggle('hide', t('post.hide')) : nothing}
      ${moderator && post.hidden ? toggle('restore', t('post.restore')) : nothing}
      ${edited ? toggle('history', t('post.history')) : nothing}
    </div>
    ${may.frozenForReader ? html`<p class="muted post__frozen">${t('post.frozen')}</p>` : nothing}`;
}
