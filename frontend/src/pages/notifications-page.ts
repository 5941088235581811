import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import type { Post } from '../app/forum-model';
import { loadStates, organizationName } from '../app/names';
import { setUnreadNotifications, unreadNotifications } from '../app/notifications';
import { session, signIn } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { plainText } from '../components/rich-text';
import { formatDateTime, message, t } from '../i18n/i18n';
import { notificationDetail } from './notification-details';
import { notificationHeadline } from './notification-headline';
import { bdi, isolated } from '../app/bidi';

interface Notification {
  id: number;
  reason: string;
  type: string;
  createdAt: string;
  read: boolean;
  thread?: { id: string; title: string; topicId?: string };
  post?: Post;
  details?: Record<string, unknown>;
}

interface NotificationPage {
  items: Notification[];
  next?: string;
  unreadCount: number;
}

/**
 * What happened that concerns the participant: replies, mentions of their organization, news in the
 * threads and topics they follow, stances on drafts, dissociations a revision ended, what became of their own
 * amendments, summaries, accreditation
 * and matching steps, joint statements that name their State (each opens at the statement, to confirm or
 * decline it) and the answers of the States named in their own. New
 * ones arrive while the page is open; opening one marks it read, and all can be marked read at once.
 */
@customElement('notifications-page')
export class NotificationsPage extends PageElement {
  @state() private items: Notification[] = [];
  @state() private next: string | undefined;
  @state() private loading = false;
  @state() private failure: unknown = null;
  private seenUnread = -1;
  /** The first page (again) drops what is on its way; a next page is dropped when the first is read again. */
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return t('notifications.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('query') || changed.has('params')) && session.participant()) {
      // the States named in the entries ("Estonia proposed ...") in the reader's language
      void loadStates().catch(() => undefined);
      this.items = [];
      void this.load(undefined);
    }
    // a notification arrived through the header's stream while the page is open: show it
    if (this.seenUnread >= 0 && unreadNotifications() > this.seenUnread && !this.loading) {
      void this.load(undefined);
    }
    this.seenUnread = unreadNotifications();
  }

  private get unreadOnly(): boolean {
    return this.query.get('unread') === 'true';
  }

  protected override render() {
    if (!session.participant()) {
      return html`<h1>${t('notifications.title')}</h1>
        <p>${t('notifications.signIn')}</p>
        <button type="button" class="button" @click=${() => void signIn()}>${t('session.signIn')}</button>`;
    }
    return html`
      <h1>${t('notifications.title')}</h1>
      <p class="lead">${t('notifications.intro')}</p>
      <nav class="tabs" aria-label=${t('notifications.views')}>
        <ul>
          <li><a href="/notifications" aria-current=${this.unreadOnly ? nothing : 'page'}>${t('notifications.all')}</a></li>
          <li><a href="/notifications?unread=true" aria-current=${this.unreadOnly ? 'page' : nothing}>
            ${t('notifications.unreadTab', { count: unreadNotifications() })}</a></li>
        </ul>
      </nav>
      <div class="button-row notifications__tools">
        ${
          unreadNotifications() > 0
            ? html`<button type="button" class="button button--secondary" @click=${this.markAllRead}>${t('notifications.markAll')}</button>`
            : nothing
        }
        <a class="button button--secondary" href="/account">${t('notifications.preferences')}</a>
      </div>
      <problem-alert .error=${this.failure} .retry=${() => void this.load(this.next)}></problem-alert>
      <section aria-labelledby="notifications-list" aria-busy=${this.loading ? 'true' : 'false'}>
        <h2 id="notifications-list" class="visually-hidden">${t('notifications.title')}</h2>
        ${this.items.length ? html`<ul class="notification-list">${this.items.map((item) => this.entry(item))}</ul>` : nothing}
        ${!this.loading && !this.failure && this.items.length === 0 ? html`<p>${t('notifications.none')}</p>` : nothing}
        ${this.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        ${
          this.next && !this.loading
            ? html`<button type="button" class="button button--secondary" @click=${() => void this.load(this.next)}>
              ${t('directory.showMore')}
            </button>`
            : nothing
        }
      </section>
    `;
  }

  private entry(item: Notification) {
    const href = item.thread
      ? `/threads/${item.thread.id}${item.post ? `#post-${item.post.id}` : ''}`
      : this.elsewhere(item);
    const reason = message(`notifications.reason.${item.reason}`) ?? item.reason;
    // who did what, on what; the thread's title alone when the notification does not say who acted
    const headline = notificationHeadline(item);
    return html`<li class="notification ${item.read ? '' : 'notification--unread'}">
      <p class="notification__reason">
        ${item.read ? nothing : html`<span class="badge badge--pending">${t('notifications.new')}</span>`}
        <strong>${reason}</strong> · <time datetime=${item.createdAt}>${formatDateTime(item.createdAt)}</time>
      </p>
      ${
        href
          ? html`<p class="notification__what"><a href=${href} @click=${() => void this.markRead(item)}>${
              headline ?? (item.thread?.title ? bdi(item.thread.title) : t('notifications.open'))
            }</a></p>`
          : headline
            ? html`<p class="notification__what">${headline}</p>`
            : nothing
      }
      ${
        item.post
          ? html`<p class="notification__excerpt" dir="auto">${headline ? excerpt(item.post) : `${this.by(item.post)}: ${excerpt(item.post)}`}</p>`
          : nothing
      }
      ${notificationDetail(item.reason, item.details ?? {})}
    </li>`;
  }

  private by(post: Post): string {
    if (post.author) {
      return post.speaksFor
        ? `${isolated(post.author.name)} — ${isolated(organizationName(post.speaksFor))}`
        : isolated(post.author.name);
    }
    return t('post.byConstituency', { constituency: t(`kind.${post.constituency}`) });
  }

  private elsewhere(item: Notification): string | undefined {
    const details = item.details ?? {};
    if (item.reason === 'matching' && typeof details.needId === 'string') {
      return `/board/needs/${details.needId}`;
    }
    return item.reason === 'accreditation' || item.reason.startsWith('objection-') ? '/accreditation' : undefined;
  }

  private async markRead(item: Notification): Promise<void> {
    if (item.read) {
      return;
    }
    try {
      const result = await api.post<{ unreadCount: number }>('/me/notifications/read', { ids: [item.id] });
      setUnreadNotifications(result.unreadCount);
    } catch {
      // it stays unread; nothing else depends on it
    }
  }

  private async markAllRead(): Promise<void> {
    const newest = Math.max(0, ...this.items.map((item) => item.id));
    try {
      const result = await api.post<{ unreadCount: number }>(
        '/me/notifications/read',
        newest ? { through: newest } : {},
      );
      this.items = this.unreadOnly ? [] : this.items.map((item) => ({ ...item, read: true }));
      setUnreadNotifications(result.unreadCount);
      this.seenUnread = result.unreadCount;
      announce(t('notifications.allRead'));
    } catch (error) {
      this.failure = error;
    }
  }

  private async load(cursor: string | undefined): Promise<void> {
    const query = new URLSearchParams({ limit: '25' });
    if (this.unreadOnly) {
      query.set('unread', 'true');
    }
    if (cursor) {
      query.set('cursor', cursor);
    }
    const current = cursor ? this.loads.continuing() : this.loads.start();
    this.loading = true;
    this.failure = null;
    try {
      const page = await api.get<NotificationPage>(`/me/notifications?${query}`);
      if (!current()) {
        return;
      }
      const known = cursor ? this.items : [];
      this.items = [...known, ...page.items.filter((item) => !known.some((other) => other.id === item.id))];
      this.next = page.next;
      setUnreadNotifications(page.unreadCount);
      this.seenUnread = page.unreadCount;
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    } finally {
      if (current()) {
        this.loading = false;
      }
    }
  }
}

/** The start of a post, as plain text. */
function excerpt(post: Post): string {
  const text = plainText(post.bodyHtml ?? '');
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}

declare global {
  interface HTMLElementTagNameMap {
    'notifications-page': NotificationsPage;
  }
}
