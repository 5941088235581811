import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { api } from '../app/api';
import type { Post, Tag, Thread } from '../app/forum-model';
import { LatestLoad } from '../app/latest-load';
import { follow, RESYNC, type LiveEvent, type LiveState, type Subscription } from '../app/live';
import { loadStates, organizationName, tagLabel } from '../app/names';
import { moderates } from '../app/roles';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { threadBadges, threadSchedule } from '../components/thread-facts';
import { mayEditThread } from '../components/thread-editor';
import '../components/thread-moderation';
import type { DraftView } from '../components/draft-view';
import '../components/thread-posts';
import type { ThreadPosts } from '../components/thread-posts';
import '../components/thread-summaries';
import '../components/watch-button';
import { ownNameNote } from '../components/post-facts';
import type { ThreadSummaries } from '../components/thread-summaries';
import { formatDateTime, message, t } from '../i18n/i18n';
import { bdi, isolated } from '../app/bidi';
import { translatesAutomatically } from '../app/session';
import '../components/machine-translation';

/**
 * A thread: what it is about (introduction, guiding questions, schedule, the Chatham House Rule when it
 * applies), its summaries, moderators' controls, then its posts and the composer. An address ending in
 * #post-123 opens the thread at that post.
 */
@customElement('thread-page')
export class ThreadPage extends PageElement {
  @state() private thread: Thread | null = null;
  @state() private tags: Map<string, Tag> = new Map();
  @state() private target: number | null = null;
  @state() private failure: unknown = null;
  @state() private liveState: LiveState | null = null;
  private subscription: Subscription | null = null;
  private readonly loads = new LatestLoad();
  private readonly followHash = () => (this.target = targetPost());

  pageTitle(): string {
    return this.thread?.title ?? t('thread.posts');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.followHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.followHash);
    this.stopFollowing();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') || changed.has('query')) {
      this.target = targetPost();
    }
    if (changed.has('params') && this.params.threadId !== this.thread?.id) {
      void this.load();
    } else if (changed.has('params')) {
      this.loads.forget(); // back to the thread shown: another one still on its way must not replace it
    }
  }

  protected override render() {
    const thread = this.thread;
    return html`
      ${thread ? this.breadcrumb(thread) : nothing}
      <h1 dir=${thread ? 'auto' : nothing}>${thread ? bdi(thread.title) : t('shell.loading')}</h1>
      ${
        thread
          ? html`<p class="thread__jump"><a href="#thread-take-part" @click=${this.toComposer}>${t('thread.toComposer')}</a></p>`
          : nothing
      }
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${thread ? this.about(thread) : nothing}
      ${
        this.liveState
          ? html`<p class="live-status ${this.liveState === 'live' ? 'live-status--live' : ''}" role="status">
            ${this.liveState === 'live' ? t('live.live') : this.liveState === 'ended' ? t('live.ended') : t('live.reconnecting')}
          </p>`
          : nothing
      }
      ${thread?.kind === 'draft' ? html`<draft-view threadId=${thread.id}></draft-view>` : nothing}
      ${thread ? html`<thread-summaries .thread=${thread}></thread-summaries>` : nothing}
      ${
        thread && mayEditThread(thread)
          ? html`<thread-editor .thread=${thread} .tags=${[...this.tags.values()]} @thread-changed=${this.threadChanged}></thread-editor>`
          : nothing
      }
      ${
        thread && moderates()
          ? html`<thread-moderation .thread=${thread} @thread-changed=${this.threadChanged}></thread-moderation>`
          : nothing
      }
      ${thread ? html`<thread-posts .thread=${thread} .target=${this.target}></thread-posts>` : nothing}
    `;
  }

  /** Up to the topics, and to the thread's own topic (named when the catalogues know it). */
  private breadcrumb(thread: Thread) {
    const topic = message(`topicName.${thread.topicId}.title`) ?? t('thread.backToTopic');
    return html`<nav class="breadcrumb" aria-label=${t('thread.breadcrumb')}>
      <a href="/topics">${t('topic.back')}</a> › <a href="/topics/${encodeURIComponent(thread.topicId)}">${topic}</a>
    </nav>`;
  }

  private about(thread: Thread) {
    const schedule = threadSchedule(thread);
    // under the Chatham House Rule: the Secretariat or the Chair's office by name (an institution, no person),
    // anyone else by constituency
    const openedBy = thread.openedBy.author?.name
      ? `${isolated(thread.openedBy.author.name)}${thread.openedBy.organization ? ` — ${isolated(organizationName(thread.openedBy.organization))}` : ''}`
      : thread.openedBy.organization
        ? isolated(organizationName(thread.openedBy.organization))
        : thread.openedBy.constituency
          ? t('post.byConstituency', { constituency: t(`kind.${thread.openedBy.constituency}`) })
          : '';
    return html`
      <p class="thread__facts">${threadBadges(thread)}</p>
      ${this.standing(thread)}
      <watch-button kind="thread" target=${thread.id}></watch-button>
      ${thread.chathamHouse ? html`<div class="notice notice--chatham" role="note">${t('thread.chathamHouse')}</div>` : nothing}
      ${schedule ? html`<p class="thread__schedule"><strong>${schedule}</strong></p>` : nothing}
      ${
        openedBy
          ? html`<p class="muted">${t('thread.openedBy', { who: openedBy })}${ownNameNote(thread.chathamHouse, thread.openedBy.author?.id)}</p>`
          : nothing
      }
      ${
        thread.bodyHtml
          ? html`<div class="texts">
            <div class="prose" lang=${thread.language ?? nothing} dir="auto">${unsafeHTML(thread.bodyHtml)}</div>
            <machine-translation resource="threads" subject=${thread.id} source=${thread.language ?? ''}
              ?automatic=${translatesAutomatically()}></machine-translation>
          </div>`
          : nothing
      }
      ${
        thread.guidingQuestions?.length
          ? html`<section aria-labelledby="thread-questions">
            <!-- each question isolated by <bdi>, not by dir on the <li>: an LTR item in an RTL list puts its number
                 outside the list, past the screen's left edge on a phone -->
            <h2 id="thread-questions">${t('thread.guidingQuestions')}</h2>
            <ol class="guiding-questions">${thread.guidingQuestions.map((question) => html`<li>${bdi(question)}</li>`)}</ol>
          </section>`
          : nothing
      }
      ${
        thread.tags?.length
          ? html`<p class="tags"><span class="muted">${t('thread.tags')}:</span>
            ${thread.tags.map(
              (tag) =>
                html`<a class="tag" href="/topics/${thread.topicId}?tag=${encodeURIComponent(tag)}">${bdi(tagLabel(tag, this.tags.get(tag)?.label))}</a>`,
            )}</p>`
          : nothing
      }
    `;
  }

  /**
   * Why a locked or closed thread is so, in the moderator's words, for every reader; and, once its record is
   * frozen, that its posts stay as they are (the actions they no longer offer are gone from the posts).
   */
  private standing(thread: Thread) {
    return html`
      ${
        thread.status !== 'open'
          ? html`<div class="notice notice--status" role="note">
            <p><strong>${t(thread.status === 'locked' ? 'thread.lockedNotice' : 'thread.closedNotice')}</strong>
              ${thread.statusChangedAt ? html`<span class="muted">(${formatDateTime(thread.statusChangedAt)})</span>` : nothing}</p>
            ${thread.statusReason ? html`<p class="thread__status-reason" dir="auto">${t('thread.statusReason', { reason: thread.statusReason })}</p>` : nothing}
          </div>`
          : nothing
      }
      ${thread.recordFrozen ? html`<p class="notice notice--frozen" role="note">${t('thread.recordFrozen')}</p>` : nothing}
    `;
  }

  /**
   * "Reply to the thread": straight to the composer's first field, without crossing (or loading) the posts, so a
   * keyboard user reaches it in one Tab from the title, however long the thread.
   */
  private readonly toComposer = (event: Event): void => {
    event.preventDefault();
    this.querySelector<ThreadPosts>('thread-posts')?.focusComposer();
  };

  /** The editor or the moderators' controls changed the thread: show it as the server now sends it. */
  private readonly threadChanged = (event: CustomEvent<Thread>) => (this.thread = event.detail);

  /** New posts, changes and stances arrive through the thread's event stream, which resumes after a drop. */
  private startFollowing(threadId: string): void {
    this.stopFollowing();
    this.subscription = follow(
      `/threads/${threadId}/events`,
      (event) => this.received(event),
      (state) => (this.liveState = state),
    );
  }

  private stopFollowing(): void {
    this.subscription?.close();
    this.subscription = null;
    this.liveState = null;
  }

  private received(event: LiveEvent): void {
    if (event.type === RESYNC) {
      void this.querySelector<ThreadPosts>('thread-posts')?.reload();
      return;
    }
    const post = event.data.post as Post | undefined;
    const thread = event.data.thread as Thread | undefined;
    if (post) {
      this.querySelector<ThreadPosts>('thread-posts')?.receive(post, event.type);
    } else if (thread && thread.id === this.thread?.id) {
      this.thread = thread;
    } else if (event.type.startsWith('draft.') || event.type.startsWith('proposal.')) {
      this.querySelector<DraftView>('draft-view')?.refresh(event.type);
    } else if (event.type.startsWith('summary.')) {
      void this.querySelector<ThreadSummaries>('thread-summaries')?.reload();
    }
  }

  /** Reads the thread the address names; an answer for a thread the reader has since left is dropped, not followed. */
  private async load(): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    try {
      void loadStates().catch(() => {}); // names in the reader's language, when they arrive
      const [thread, tags] = await Promise.all([
        api.get<Thread>(`/threads/${encodeURIComponent(this.params.threadId)}`),
        api.get<{ items: Tag[] }>('/tags').catch(() => ({ items: [] as Tag[] })),
      ]);
      if (thread.kind === 'draft') {
        await import('../components/draft-view');
      }
      if (!current()) {
        return;
      }
      this.tags = new Map(tags.items.map((tag) => [tag.id, tag]));
      this.thread = thread;
      this.startFollowing(thread.id);
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }
}

/** The post the address points at (#post-123), if any. */
function targetPost(): number | null {
  const match = /^#post-(\d+)$/.exec(location.hash);
  return match ? Number(match[1]) : null;
}
