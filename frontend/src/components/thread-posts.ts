import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import type { Post, PostPage, Thread } from '../app/forum-model';
import { LatestLoad, type StillCurrent } from '../app/latest-load';
import { placePage, repliesByParent, statementsAffectedBy, topLevel, withPost, type Placement } from '../app/post-list';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './post-card';
import './post-composer';
import type { PostComposer } from './post-composer';
import './problem-alert';
import { postItem, takePart } from './thread-posts-parts';

/**
 * A thread's posts in order, a page of 50 at a time, replies nested under the post they answer, and the
 * composer: at the end for a new post, or under a post when the reader replies to it. A link to one post
 * (`#post-123`, as a summary's citations are) opens the thread at that post's page, scrolls to it and puts
 * focus on it; "Show earlier posts" then reads back.
 */
@customElement('thread-posts')
export class ThreadPosts extends PlenaryElement {
  @property({ attribute: false }) thread!: Thread;
  /** The post to show and focus (from the address's #post-123), if any. */
  @property({ attribute: false }) target: number | null = null;
  @state() private posts: Post[] = [];
  @state() private next: string | undefined;
  @state() private previous: string | undefined;
  @state() private loading = false;
  @state() private failure: unknown = null;
  @state() private replyingTo: number | null = null;
  @state() private highlighted: number | null = null;
  @state() private freshlyArrived: number | null = null;
  /** Opening the thread (another one, or at another post) drops the pages still on their way. */
  private readonly loads = new LatestLoad();

  protected override willUpdate(changed: PropertyValues<this>): void {
    const threadChanged = changed.has('thread') && changed.get('thread')?.id !== this.thread.id;
    if (threadChanged) {
      this.posts = [];
      this.next = undefined;
      this.previous = undefined;
    }
    if (threadChanged || (changed.has('target') && this.target !== null)) {
      void this.open(this.target);
    }
  }

  protected override render() {
    const byParent = repliesByParent(this.posts);
    const top = topLevel(this.posts);
    const marked = { highlighted: this.highlighted, freshlyArrived: this.freshlyArrived, replyingTo: this.replyingTo };
    return html`
      <section aria-labelledby="thread-posts-heading" aria-busy=${this.loading ? 'true' : 'false'}
        @reply-requested=${this.openReply} @reply-cancelled=${this.closeReply} @post-published=${this.added}
        @post-changed=${this.changed}>
        <h2 id="thread-posts-heading">${t('thread.posts')}</h2>
        ${
          this.previous && !this.loading
            ? html`<button type="button" class="button button--secondary" @click=${this.showEarlier}>${t('thread.showEarlier')}</button>`
            : nothing
        }
        ${top.length ? html`<ol class="posts">${top.map((post) => postItem(post, this.thread, byParent, marked))}</ol>` : nothing}
        ${!this.loading && !this.failure && this.posts.length === 0 ? html`<p>${t('thread.noPosts')}</p>` : nothing}
        ${this.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        <problem-alert .error=${this.failure} .retry=${() => void this.open(this.target)}></problem-alert>
        ${
          this.next && !this.loading
            ? html`<button type="button" class="button button--secondary" @click=${this.showMore}>${t('directory.showMore')}</button>`
            : nothing
        }
      </section>
      <section aria-labelledby="thread-take-part" class="take-part" @post-published=${this.added}>
        <h2 id="thread-take-part" tabindex="-1">${t('composer.heading')}</h2>
        ${takePart(this.thread, this.posts)}
      </section>
    `;
  }

  /** Puts focus in the composer for a new post (its first field), or on the section saying how to take part. */
  focusComposer(): void {
    const composer = this.querySelector<PostComposer>('post-composer:not(.reply-composer)');
    if (composer) {
      composer.focusFirstField();
    } else {
      this.querySelector<HTMLElement>('#thread-take-part')?.focus();
    }
  }

  /** Reads the thread again from the start (or the target post): after the stream said it could not catch up. */
  reload(): Promise<void> {
    return this.open(this.target);
  }

  /** Shows the thread from its first post, or from the target post when it is not loaded yet, then reveals the target. */
  private async open(target: number | null): Promise<void> {
    if (target !== null && this.posts.some((post) => post.id === target)) {
      await this.reveal(target);
      return;
    }
    const current = this.loads.start();
    this.posts = [];
    const query = new URLSearchParams({ limit: '50' });
    if (target !== null) {
      query.set('from', String(target));
    }
    const loaded = await this.fetchPage(query, 'replace', current);
    if (!current()) {
      return;
    }
    if (!loaded && target !== null) {
      // the post is not in this thread (or no longer visible): show the thread from its start instead
      await this.fetchPage(new URLSearchParams({ limit: '50' }), 'replace', current);
      return;
    }
    if (target !== null) {
      await this.reveal(target);
    }
  }

  private async reveal(postId: number): Promise<void> {
    this.highlighted = postId;
    await this.updateComplete;
    const card = this.querySelector<HTMLElement>(`#post-${postId}`);
    await (card?.closest('post-card') as PlenaryElement | null)?.updateComplete;
    const heading = this.querySelector<HTMLElement>(`#post-${postId}-heading`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  private async openReply(event: CustomEvent<Post>): Promise<void> {
    this.replyingTo = event.detail.id;
    await this.updateComplete;
    this.querySelector<PostComposer>('post-composer.reply-composer')?.focusText();
  }

  private async closeReply(): Promise<void> {
    const parent = this.replyingTo;
    this.replyingTo = null;
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#post-${parent} .post__actions button`)?.focus();
  }

  private async added(event: CustomEvent<Post>): Promise<void> {
    event.stopPropagation();
    const post = event.detail;
    const wasReply = post.parentId !== undefined;
    this.posts = withPost(this.posts, post);
    if (post.official) {
      void this.refreshStatements(post);
    }
    if (wasReply) {
      this.replyingTo = null;
    }
    // focus goes to the new post, a position or comment as a reply, so the keyboard user does not fall out of the page
    await this.updateComplete;
    const card = this.querySelector<HTMLElement>(`#post-${post.id}`)?.closest('post-card') as PlenaryElement | null;
    await card?.updateComplete;
    const heading = this.querySelector<HTMLElement>(`#post-${post.id}-heading`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  /**
   * A post arrived through the thread's event stream. A new one joins the list when the reader has the end
   * of the thread in view (otherwise "Show more" brings it); a changed one replaces its old self. Screen
   * readers hear of new posts without losing their place.
   */
  receive(post: Post, type: string): void {
    const known = this.posts.some((existing) => existing.id === post.id);
    if (type === 'post.created' && !known) {
      if (this.next !== undefined || this.loading) {
        return;
      }
      this.posts = withPost(this.posts, post);
      this.freshlyArrived = post.id;
      announce(t('live.newPost', { number: post.seq }));
      if (post.official) {
        void this.refreshStatements(post);
      }
    } else if (known) {
      this.posts = this.posts.map((existing) => (existing.id === post.id ? post : existing));
    }
  }

  /** A post changed in place (edited, withdrawn, hidden, restored): show it as the server now does. */
  private changed(event: CustomEvent<Post>): void {
    const post = event.detail;
    this.posts = this.posts.map((existing) => (existing.id === post.id ? post : existing));
    if (post.official) {
      void this.refreshStatements(post);
    }
  }

  /**
   * A new or withdrawn position changes other statements: the organization's earlier position is now
   * superseded, and the statement it aligns with gains or loses an "aligned with by". Re-read those.
   */
  private async refreshStatements(post: Post): Promise<void> {
    const affected = statementsAffectedBy(this.posts, post);
    try {
      const fresh = await Promise.all(affected.map((other) => api.get<Post>(`/posts/${other.id}`)));
      const byId = new Map(fresh.map((other) => [other.id, other]));
      this.posts = this.posts.map((existing) => byId.get(existing.id) ?? existing);
    } catch {
      // the statements show their earlier standing until the next visit; nothing the reader must act on
    }
  }

  private async showMore(): Promise<void> {
    const query = new URLSearchParams({ limit: '50' });
    query.set('cursor', this.next ?? '');
    await this.fetchPage(query, 'append', this.loads.continuing());
  }

  private async showEarlier(): Promise<void> {
    const firstShown = this.posts[0]?.id;
    const query = new URLSearchParams({ limit: '50', before: this.previous ?? '' });
    const added = await this.fetchPage(query, 'prepend', this.loads.continuing());
    if (added > 0) {
      announce(t('thread.earlierLoaded', { count: added }));
      await this.updateComplete;
      // keep the reader where they were: focus stays with the post they were reading
      this.querySelector<HTMLElement>(`#post-${firstShown}-heading`)?.focus();
    }
  }

  /** Fetches a page and places it; resolves to the number of posts added (0 on failure, or when it came too late). */
  private async fetchPage(query: URLSearchParams, placement: Placement, current: StillCurrent): Promise<number> {
    this.loading = true;
    this.failure = null;
    try {
      const page = await api.get<PostPage>(`/threads/${this.thread.id}/posts?${query}`);
      if (!current()) {
        return 0;
      }
      const placed = placePage({ posts: this.posts, next: this.next, previous: this.previous }, page, placement);
      ({ posts: this.posts, next: this.next, previous: this.previous } = placed.shown);
      return placed.added;
    } catch (error) {
      if (current() && (placement !== 'replace' || !query.has('from'))) {
        this.failure = error;
      }
      return 0;
    } finally {
      if (current()) {
        this.loading = false;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thread-posts': ThreadPosts;
  }
}
