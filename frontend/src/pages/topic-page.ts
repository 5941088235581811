import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import { CursorList } from '../app/cursor-list';
import { THREAD_KINDS, THREAD_STATUSES, type ListedThread, type Tag, type Topic } from '../app/forum-model';
import type { Page } from '../app/model';
import { tagLabel, topicDescription, topicTitle } from '../app/names';
import { openableKinds } from '../app/roles';
import { navigate } from '../app/router';
import { session, signIn } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import '../components/watch-button';
import { threadBadges, threadSchedule } from '../components/thread-facts';
import { closingBadge, threadActivity } from '../components/thread-activity';
import { forParticipantsNote } from '../components/take-part';
import { t } from '../i18n/i18n';
import { bdi } from '../app/bidi';

const FILTERS = ['kind', 'status', 'tag'] as const;

/**
 * A topic's threads, newest activity first, filtered by kind, status and tag. The filters are a form
 * submitted with a button (choosing in a select changes nothing by itself) and live in the address.
 */
@customElement('topic-page')
export class TopicPage extends PageElement {
  @state() private topic: Topic | null = null;
  @state() private tags: Tag[] = [];
  private readonly list = new CursorList<ListedThread>(
    this,
    (cursor) => this.page(cursor),
    (_, first) => {
      if (first) {
        announce(t('topic.shown', { count: this.list.items.length }));
      }
    },
  );
  /** Why the topic itself could not be read; the list of its threads has its own failure. */
  @state() private topicFailure: unknown = null;
  private readonly loads = new LatestLoad();

  private get failure(): unknown {
    return this.topicFailure ?? this.list.failure;
  }

  pageTitle(): string {
    return this.topic ? topicTitle(this.topic) : t('topics.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.params.topicId !== this.topic?.id) {
      void this.loadTopic();
    } else if (changed.has('params')) {
      this.loads.forget(); // back to the topic shown: another one still on its way must not replace it
    }
    if (changed.has('params') || changed.has('query')) {
      this.topicFailure = null;
      void this.list.restart();
    }
  }

  protected override render() {
    return html`
      <p><a href="/topics">${t('topic.back')}</a></p>
      <h1>${this.topic ? topicTitle(this.topic) : this.params.topicId}</h1>
      ${this.topic ? html`<p class="lead">${topicDescription(this.topic)}</p>` : nothing}
      ${
        this.params.topicId === 'needs-resources'
          ? html`<p><a class="button button--secondary" href="/board">${t('board.open')}</a></p>`
          : nothing
      }
      <watch-button kind="topic" target=${this.params.topicId}></watch-button>
      ${
        openableKinds().length
          ? html`<p><a class="button" href="/topics/${encodeURIComponent(this.params.topicId)}/new">${t('topic.openThread')}</a></p>`
          : nothing
      }
      ${this.filters()}
      <section aria-labelledby="topic-threads" aria-busy=${this.list.loading ? 'true' : 'false'}>
        <h2 id="topic-threads">${t('topic.threads')}</h2>
        <problem-alert .error=${this.failure} .retry=${() => this.retry()}></problem-alert>
        <ul class="thread-list">
          ${this.list.items.map((thread) => this.entry(thread))}
        </ul>
        ${!this.list.loading && !this.failure && this.list.items.length === 0 ? this.empty() : nothing}
        ${this.topic ? forParticipantsNote(this.topic) : nothing}
        ${this.list.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        ${
          this.list.next && !this.list.loading
            ? html`<button type="button" class="button button--secondary" @click=${this.showMore}>${t('directory.showMore')}</button>`
            : nothing
        }
      </section>
    `;
  }

  /**
   * No thread to list: with a filter set, none matches it; with none, the topic holds nothing the reader may
   * read yet, and the reader is told how to take part (sign in, apply for accreditation, open or follow).
   */
  private empty() {
    if (FILTERS.some((name) => this.query.get(name))) {
      return html`<p>${t('topic.none')}</p>`;
    }
    if (!session.participant()) {
      return html`<div class="empty-topic">
        <p>${t('topic.emptyPublic')}</p>
        <p>
          <button type="button" class="button button--secondary" @click=${() => void signIn()}>${t('session.signIn')}</button>
          <a href="/accreditation">${t('takePart.howToJoin')}</a>
        </p>
      </div>`;
    }
    return html`<p class="empty-topic">${t(openableKinds().length ? 'topic.emptyOpen' : 'topic.emptyFollow')}</p>`;
  }

  private filters() {
    const chosen = (name: string) => this.query.get(name) ?? '';
    const select = (name: (typeof FILTERS)[number], label: string, options: [string, string][]) => html`
      <div class="field">
        <label for="filter-${name}">${label}</label>
        <select id="filter-${name}" name=${name}>
          <option value="">${t('topic.any')}</option>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === chosen(name)}>${text}</option>`)}
        </select>
      </div>`;
    return html`
      <form class="filters" aria-label=${t('topic.filters')} @submit=${this.applyFilters}>
        ${select(
          'kind',
          t('topic.kind'),
          THREAD_KINDS.map((kind) => [kind, t(`threadKind.${kind}`)]),
        )}
        ${select(
          'status',
          t('topic.status'),
          THREAD_STATUSES.map((status) => [status, t(`threadStatus.${status}`)]),
        )}
        ${select(
          'tag',
          t('topic.tag'),
          this.tags.map((tag) => [tag.id, tagLabel(tag.id, tag.label)]),
        )}
        <button type="submit" class="button">${t('topic.apply')}</button>
      </form>
    `;
  }

  private entry(thread: ListedThread) {
    const schedule = threadSchedule(thread);
    return html`<li class="thread-list__item">
      <h3 class="thread-list__title"><a href="/threads/${thread.id}">${bdi(thread.title)}</a></h3>
      <p class="thread-list__facts">${threadBadges(thread)} ${closingBadge(thread)}</p>
      ${threadActivity(thread)} ${schedule ? html`<p class="muted">${schedule}</p>` : nothing}
    </li>`;
  }

  private applyFilters(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    FILTERS.forEach((name) => {
      const value = String(form.get(name) ?? '');
      if (value) {
        query.set(name, value);
      }
    });
    const search = query.toString();
    navigate(`/topics/${this.params.topicId}${search ? `?${search}` : ''}`, { moveFocus: false });
  }

  private async showMore(): Promise<void> {
    const before = this.list.items.length;
    await this.list.more();
    await this.updateComplete;
    this.querySelectorAll<HTMLAnchorElement>('.thread-list__title a')[before]?.focus();
  }

  private async loadTopic(): Promise<void> {
    const current = this.loads.start();
    try {
      const [topic, tags] = await Promise.all([
        api.get<Topic>(`/topics/${encodeURIComponent(this.params.topicId)}`),
        api.get<{ items: Tag[] }>('/tags'),
      ]);
      if (current()) {
        this.topic = topic;
        this.tags = tags.items;
      }
    } catch (error) {
      if (current()) {
        this.topicFailure = error;
      }
    }
  }

  private page(cursor: string | undefined): Promise<Page<ListedThread>> {
    const query = new URLSearchParams({ limit: '25' });
    FILTERS.forEach((name) => this.query.get(name) && query.set(name, this.query.get(name) ?? ''));
    if (cursor) {
      query.set('cursor', cursor);
    }
    return api.get<Page<ListedThread>>(`/topics/${encodeURIComponent(this.params.topicId)}/threads?${query}`);
  }

  private retry(): void {
    this.topicFailure = null;
    void this.list.more();
  }
}
