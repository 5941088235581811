import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api } from '../app/api';
import type { Post, PostPage, Thread } from '../app/forum-model';
import { session, signIn } from '../app/session';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './post-card';
import './post-composer';
import type { PostComposer } from './post-composer';
import './problem-alert';

/**
 * A thread's posts in order, a page of 50 at a time, replies nested under the post they answer, and the
 * composer: at the end for a new post, or under a post when the reader replies to it.
 */
@customElement('thread-posts')
export class ThreadPosts extends PlenaryElement {
  @property({ attribute: false }) thread!: Thread;
  @state() private posts: Post[] = [];
  @state() private next: string | undefined;
  @state() private loading = false;
  @state() private failure: unknown = null;
  @state() private replyingTo: number | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('thread') && changed.get('thread')?.id !== this.thread.id) {
      this.posts = [];
      void this.load(undefined);
    }
  }

  protected override render() {
    const byParent = this.repliesByParent();
    const loaded = new Set(this.posts.map((post) => post.id));
    const top = this.posts.filter((post) => post.parentId === undefined || !loaded.has(post.parentId));
    return html`
      <section aria-labelledby="thread-posts-heading" aria-busy=${this.loading ? 'true' : 'false'}
        @reply-requested=${this.openReply} @reply-cancelled=${this.closeReply} @post-published=${this.added}>
        <h2 id="thread-posts-heading">${t('thread.posts')}</h2>
        ${top.length ? html`<ol class="posts">${top.map((post) => this.item(post, byParent))}</ol>` : nothing}
        ${!this.loading && !this.failure && this.posts.length === 0 ? html`<p>${t('thread.noPosts')}</p>` : nothing}
        ${this.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        <problem-alert .error=${this.failure} .retry=${() => void this.load(this.next)}></problem-alert>
        ${this.next && !this.loading
          ? html`<button type="button" class="button button--secondary" @click=${this.showMore}>${t('directory.showMore')}</button>`
          : nothing}
      </section>
      <section aria-labelledby="thread-take-part" class="take-part" @post-published=${this.added}>
        <h2 id="thread-take-part">${t('composer.heading')}</h2>
        ${this.takePart()}
      </section>
    `;
  }

  private item(post: Post, byParent: Map<number, Post[]>): unknown {
    const replies = byParent.get(post.id) ?? [];
    return html`<li>
      <post-card .post=${post} .thread=${this.thread}></post-card>
      ${this.replyingTo === post.id
        ? html`<post-composer class="reply-composer" .thread=${this.thread} .parent=${post}></post-composer>`
        : nothing}
      ${replies.length
        ? html`<ol class="posts posts--replies" aria-label=${t('post.replies', { number: post.seq })}>
            ${replies.map((reply) => this.item(reply, byParent))}
          </ol>`
        : nothing}
    </li>`;
  }

  private takePart() {
    if (!session.participant()) {
      return html`<p>${t('thread.signInToTakePart')}</p>
        <button type="button" class="button" @click=${() => void signIn()}>${t('session.signIn')}</button>`;
    }
    if (!this.thread.acceptingPosts) {
      return html`<p class="notice">${t('thread.notAccepting', { reason: this.thread.notAcceptingPostsBecause ?? '' })}</p>`;
    }
    const positions = this.posts.filter((post) => post.official && post.status !== 'superseded' && post.status !== 'withdrawn');
    return html`<post-composer .thread=${this.thread} .positions=${positions}></post-composer>`;
  }

  private repliesByParent(): Map<number, Post[]> {
    const byParent = new Map<number, Post[]>();
    for (const post of this.posts) {
      if (post.parentId !== undefined) {
        byParent.set(post.parentId, [...(byParent.get(post.parentId) ?? []), post]);
      }
    }
    return byParent;
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
    this.posts = [...this.posts.filter((existing) => existing.id !== post.id), post].sort((a, b) => a.seq - b.seq);
    if (post.status === 'active' && post.official) {
      // the organization's earlier position is now superseded; the server says so on the next read
      void this.load(undefined, true);
    }
    if (wasReply) {
      this.replyingTo = null;
      await this.updateComplete;
      this.querySelector<HTMLElement>(`#post-${post.id}-heading`)?.focus();
    }
  }

  private async showMore(): Promise<void> {
    await this.load(this.next);
  }

  private async load(cursor: string | undefined, reloadAll = false): Promise<void> {
    const query = new URLSearchParams({ limit: '50' });
    if (cursor && !reloadAll) {
      query.set('cursor', cursor);
    }
    this.loading = !reloadAll;
    this.failure = null;
    try {
      const page = await api.get<PostPage>(`/threads/${this.thread.id}/posts?${query}`);
      const known = reloadAll ? [] : this.posts;
      const merged = new Map([...known, ...page.items].map((post) => [post.id, post]));
      if (reloadAll) {
        this.posts.forEach((post) => merged.has(post.id) || merged.set(post.id, post));
      }
      this.posts = [...merged.values()].sort((a, b) => a.seq - b.seq);
      if (!reloadAll) {
        this.next = page.next;
      }
    } catch (error) {
      this.failure = error;
    } finally {
      this.loading = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thread-posts': ThreadPosts;
  }
}
