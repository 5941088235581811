import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { api } from '../app/api';
import type { Post, PostVersion, Thread } from '../app/forum-model';
import { session } from '../app/session';
import { formatDateTime, formatList, languageName, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

type Panel = 'none' | 'flag' | 'history';

/**
 * One post: who speaks (or, under the Chatham House Rule, only which constituency), an official
 * position's standing (on behalf of, aligns with, superseded, withdrawn), the text in its own language,
 * and the reader's actions: reply (the thread shows the composer), flag, and the edit history.
 * Bodies are HTML sanitised by the server.
 */
@customElement('post-card')
export class PostCard extends PlenaryElement {
  @property({ attribute: false }) post!: Post;
  @property({ attribute: false }) thread!: Thread;
  @state() private panel: Panel = 'none';
  @state() private versions: PostVersion[] | null = null;
  @state() private flagged = false;
  @state() private failure: unknown = null;

  protected override render() {
    const post = this.post;
    const headingId = `post-${post.id}-heading`;
    return html`
      <article class="post post--${post.kind} ${post.official ? 'post--official' : ''}" id="post-${post.id}" aria-labelledby=${headingId}>
        <h3 class="post__heading" id=${headingId} tabindex="-1">
          <span class="post__number">${t('post.number', { number: post.seq })}</span>
          <span class="post__kind">${this.kindLabel()}</span>
        </h3>
        <p class="post__byline">
          ${this.byline()} · <time datetime=${post.createdAt}>${formatDateTime(post.createdAt)}</time>
          ${post.editedAt ? html` · ${t('post.edited', { date: formatDateTime(post.editedAt) })}` : nothing}
        </p>
        ${this.standing()}
        ${post.hidden
          ? html`<p class="notice">${t('post.hidden', { reason: post.hidden.reason ?? '' })}</p>`
          : nothing}
        ${post.bodyHtml ? html`<div class="prose" lang=${post.language}>${unsafeHTML(post.bodyHtml)}</div>` : nothing}
        <p class="post__language muted">${t('post.writtenIn', { language: languageName(post.language) })}</p>
        ${this.actions()} ${this.panelContent()}
        <problem-alert .error=${this.failure} .dismiss=${() => (this.failure = null)}></problem-alert>
      </article>
    `;
  }

  private kindLabel(): string {
    const post = this.post;
    if (post.official && post.speaksFor) {
      return t('post.officialOf', { organization: post.speaksFor.name });
    }
    return t(`post.kind.${post.kind}`);
  }

  private byline(): string {
    const { author, speaksFor, constituency } = this.post;
    if (!author) {
      return t('post.byConstituency', { constituency: t(`kind.${constituency}`) });
    }
    return speaksFor ? `${author.name} — ${speaksFor.name}` : author.name;
  }

  private standing() {
    const post = this.post;
    const notes = [];
    if (post.guidingQuestion !== undefined) {
      notes.push(t('post.guidingQuestion', { number: post.guidingQuestion + 1 }));
    }
    if (post.onBehalfOf?.length) {
      notes.push(t('post.onBehalfOf', { list: formatList(post.onBehalfOf.map((state) => state.name)) }));
    }
    if (post.alignsWith) {
      const organization = post.alignsWith.speaksFor?.name;
      notes.push(organization ? t('post.alignsWith', { organization }) : t('post.alignsWithUnnamed'));
    }
    const alignedBy = (post.alignedBy ?? []).map((reference) => reference.speaksFor?.name).filter((name): name is string => !!name);
    if (alignedBy.length) {
      notes.push(t('post.alignedBy', { list: formatList(alignedBy) }));
    }
    if (post.status === 'superseded') {
      notes.push(t('post.superseded'));
    }
    if (post.status === 'withdrawn') {
      notes.push(t('post.withdrawn', { date: post.withdrawnAt ? formatDateTime(post.withdrawnAt) : '' }));
    }
    return notes.length ? html`<ul class="post__standing">${notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing;
  }

  private actions() {
    const signedIn = session.participant() !== null;
    const canReply = signedIn && this.thread.acceptingPosts && !this.post.hidden;
    const edited = (this.post.version ?? 1) > 1;
    if (!canReply && !signedIn && !edited) {
      return nothing;
    }
    return html`<div class="post__actions">
      ${canReply
        ? html`<button type="button" class="button button--small" @click=${this.requestReply}>${t('post.reply')}</button>`
        : nothing}
      ${signedIn && !this.flagged
        ? html`<button type="button" class="button button--small button--secondary" aria-expanded=${this.panel === 'flag'}
            @click=${() => this.toggle('flag')}>${t('post.flag')}</button>`
        : nothing}
      ${edited
        ? html`<button type="button" class="button button--small button--secondary" aria-expanded=${this.panel === 'history'}
            @click=${() => this.toggle('history')}>${t('post.history')}</button>`
        : nothing}
    </div>`;
  }

  private panelContent() {
    if (this.flagged) {
      return html`<p role="status" class="status">${t('post.flagged')}</p>`;
    }
    if (this.panel === 'flag') {
      const id = `flag-reason-${this.post.id}`;
      return html`<form class="form post__panel" @submit=${this.flag}>
        <div class="field">
          <label for=${id}>${t('post.flagReason')}</label>
          <textarea id=${id} name="reason" required minlength="3" maxlength="1000" rows="3"></textarea>
        </div>
        <div class="button-row">
          <button type="submit" class="button">${t('post.flagSend')}</button>
          <button type="button" class="button button--secondary" @click=${() => this.toggle('none')}>${t('action.cancel')}</button>
        </div>
      </form>`;
    }
    if (this.panel === 'history') {
      return html`<ol class="post__panel versions">
        ${(this.versions ?? []).map(
          (version) => html`<li>
            <p class="muted">${t('post.version', { number: version.version, date: formatDateTime(version.writtenAt) })}</p>
            <div class="prose" lang=${version.language}>${unsafeHTML(version.bodyHtml)}</div>
          </li>`,
        )}
      </ol>`;
    }
    return nothing;
  }

  private async toggle(panel: Panel): Promise<void> {
    this.panel = this.panel === panel ? 'none' : panel;
    this.failure = null;
    if (this.panel === 'history' && this.versions === null) {
      try {
        this.versions = (await api.get<{ items: PostVersion[] }>(`/posts/${this.post.id}/versions`)).items;
      } catch (error) {
        this.failure = error;
      }
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>('.post__panel textarea')?.focus();
  }

  private async flag(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '');
    try {
      await api.post(`/posts/${this.post.id}/flags`, { reason });
      this.flagged = true;
      this.panel = 'none';
    } catch (error) {
      this.failure = error;
    }
  }

  private requestReply(): void {
    this.dispatchEvent(new CustomEvent<Post>('reply-requested', { detail: this.post, bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'post-card': PostCard;
  }
}
