import type { NamedState, Post, Thread } from '../app/forum-model';
import { delegateOfAState, isDelegateOf } from '../app/roles';

/**
 * What the reader may do to a post, as the server will decide it, so the card offers only that: edit their own
 * text, withdraw their organization's position, confirm, decline or leave a statement naming their State. Once the
 * thread's record is frozen, nothing that would change the post.
 */
export class PostPermissions {
  constructor(
    private readonly post: Post,
    private readonly thread: Thread,
  ) {}

  /** Would the reader's actions change the post? Not once the thread's record is frozen. */
  get frozen(): boolean {
    return this.thread.recordFrozen;
  }

  get ownsText(): boolean {
    const post = this.post;
    return (
      post.bodyMarkdown !== undefined && !post.hidden && post.status !== 'superseded' && post.status !== 'withdrawn'
    );
  }

  get mayWithdraw(): boolean {
    const post = this.post;
    return !!post.official && post.status === 'active' && isDelegateOf(post.speaksFor?.id);
  }

  /** The reader's own State, when the statement names it and another delivers it: the reader decides on its name. */
  get ownState(): NamedState | undefined {
    const state = delegateOfAState();
    const post = this.post;
    return state && post.official && post.speaksFor?.id !== state
      ? (post.onBehalfOf ?? []).find((named) => named.id === state)
      : undefined;
  }

  get editable(): boolean {
    return this.ownsText && !this.frozen;
  }

  get withdrawable(): boolean {
    return this.mayWithdraw && !this.frozen;
  }

  /** Named and not yet confirmed: the State's delegate confirms or declines. */
  get awaitsOwnConsent(): boolean {
    return this.ownState?.consent === 'pending' && !this.frozen;
  }

  /** A State confirms only a statement that still stands; it may decline one superseded or withdrawn. */
  get confirmable(): boolean {
    return this.awaitsOwnConsent && this.post.status === 'active';
  }

  /** Confirmed: the State's delegate may still take its name off. */
  get leavable(): boolean {
    return this.ownState?.consent === 'confirmed' && this.post.status === 'active' && !this.frozen;
  }

  /** Frozen, and the reader would otherwise have something to change: the card says why it offers nothing. */
  get frozenForReader(): boolean {
    return this.frozen && (this.ownsText || this.mayWithdraw || this.ownState?.consent === 'confirmed');
  }
}
