import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { Consent, NamedState, Post, PostVersion, Thread } from '../app/forum-model';
import { organizationName } from '../app/names';
import { delegateOfAState, isDelegateOf, moderates } from '../app/roles';
import { session } from '../app/session';
import { LANGUAGE_NAMES, LANGUAGES, type MessageKey } from '../i18n/catalogue';
import { formatDateTime, formatList, languageName, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { isolated } from '../app/bidi';

type Panel = 'none' | 'flag' | 'history' | 'edit' | 'withdraw' | 'leave' | 'confirm' | 'decline' | 'hide' | 'restore';

const DONE: Record<'flag' | 'hide' | 'restore', MessageKey> = {
  flag: 'post.flagged',
  hide: 'post.hiddenDone',
  restore: 'post.restoredDone',
};

/**
 * One post: who speaks (or, under the Chatham House Rule, only which constituency), an official
 * position's standing (on behalf of, who confirmed and who has not yet, aligns with, superseded, withdrawn
 * and why), the text in its own language, and the reader's actions: reply (the thread shows the composer),
 * flag, the edit history; for its author, edit; for a delegate of the organization that made a position,
 * withdraw it; for a delegate of a State it names, confirm or decline it, or take the State's name off
 * once confirmed; for moderators, hide or restore. Once the thread's record is frozen, the actions that
 * would change the post are not offered and the card says why. Changes fire `post-changed` with the post
 * as the server now shows it. Bodies are HTML sanitised by the server.
 */
@customElement('post-card')
export class PostCard extends PlenaryElement {
  @property({ attribute: false }) post!: Post;
  @property({ attribute: false }) thread!: Thread;
  /** The post a link pointed at: marked so that sighted readers find it. */
  @property({ type: Boolean }) highlighted = false;
  /** Arrived live while the reader was on the page: marked for a moment so that sighted readers notice it. */
  @property({ type: Boolean }) fresh = false;
  @state() private panel: Panel = 'none';
  @state() private versions: PostVersion[] | null = null;
  @state() private flagged = false;
  @state() private done = '';
  private readonly action = new ActionController(this, { context: () => this.post.id });

  protected override render() {
    const post = this.post;
    const headingId = `post-${post.id}-heading`;
    const classes = [
      'post',
      `post--${post.kind}`,
      post.official ? 'post--official' : '',
      post.hidden ? 'post--hidden' : '',
      this.highlighted ? 'post--cited' : '',
      this.fresh ? 'post--fresh' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`
      <article class=${classes} id="post-${post.id}" aria-labelledby=${headingId}>
        <h3 class="post__heading" id=${headingId} tabindex="-1">
          <span class="post__number">${t('post.number', { number: post.seq })}</span>
          <span class="post__kind">${this.kindLabel()}</span>
        </h3>
        <p class="post__byline">
          ${this.byline()} · <time datetime=${post.createdAt}>${formatDateTime(post.createdAt)}</time>
          ${post.editedAt ? html` · ${t('post.edited', { date: formatDateTime(post.editedAt) })}` : nothing}
          ${(post.version ?? 1) > 1 ? html` · ${t('post.versionNumber', { number: post.version ?? 1 })}` : nothing}
        </p>
        ${this.standing()}
        ${this.consentAsked()}
        ${post.hidden ? html`<p class="notice">${t('post.hidden', { reason: post.hidden.reason ?? '' })}</p>` : nothing}
        ${post.bodyHtml ? html`<div class="prose" lang=${post.language} dir="auto">${unsafeHTML(post.bodyHtml)}</div>` : nothing}
        <p class="post__language muted">${t('post.writtenIn', { language: languageName(post.language) })}</p>
        ${this.actions()} ${this.panelContent()}
        ${this.done ? html`<p class="status">${this.done}</p>` : nothing}
        <problem-alert .error=${this.action.failure} .dismiss=${() => this.action.dismiss()}></problem-alert>
      </article>
    `;
  }

  private kindLabel(): string {
    const post = this.post;
    if (post.official && post.speaksFor) {
      return t('post.officialOf', { organization: organizationName(post.speaksFor) });
    }
    return t(`post.kind.${post.kind}`);
  }

  private byline(): string {
    const { author, speaksFor, constituency } = this.post;
    if (!author) {
      return t('post.byConstituency', { constituency: t(`kind.${constituency}`) });
    }
    return speaksFor ? `${isolated(author.name)} — ${isolated(organizationName(speaksFor))}` : isolated(author.name);
  }

  private standing() {
    const post = this.post;
    const notes = [];
    if (post.guidingQuestion !== undefined) {
      notes.push(t('post.guidingQuestion', { number: post.guidingQuestion + 1 }));
    }
    const named = post.onBehalfOf ?? [];
    if (named.length) {
      const names = (consent: Consent) =>
        formatList(named.filter((state) => state.consent === consent).map(organizationName));
      notes.push(t('post.onBehalfOf', { list: formatList(named.map(organizationName)) }));
      if (named.some((state) => state.consent === 'confirmed')) {
        notes.push(t('post.confirmedBy', { list: names('confirmed') }));
      }
      if (named.some((state) => state.consent === 'pending')) {
        notes.push(t('post.awaitingConfirmation', { list: names('pending') }));
      }
    }
    if (post.alignsWith) {
      const organization = post.alignsWith.speaksFor;
      notes.push(
        organization
          ? t('post.alignsWith', { organization: organizationName(organization) })
          : t('post.alignsWithUnnamed'),
      );
    }
    const alignedBy = (post.alignedBy ?? []).flatMap((reference) =>
      reference.speaksFor ? [organizationName(reference.speaksFor)] : [],
    );
    if (alignedBy.length) {
      notes.push(t('post.alignedBy', { list: formatList(alignedBy) }));
    }
    if (post.status === 'superseded') {
      notes.push(t('post.superseded'));
    }
    if (post.status === 'withdrawn') {
      notes.push(t('post.withdrawn', { date: post.withdrawnAt ? formatDateTime(post.withdrawnAt) : '' }));
      if (post.withdrawalReason) {
        notes.push(t('post.withdrawalReason', { reason: isolated(post.withdrawalReason) }));
      }
    }
    return notes.length
      ? html`<ul class="post__standing">${notes.map((note) => html`<li>${note}</li>`)}</ul>`
      : nothing;
  }

  /** Would the reader's actions change the post? Not once the thread's record is frozen. */
  private get frozen(): boolean {
    return this.thread.recordFrozen;
  }

  private get ownsText(): boolean {
    const post = this.post;
    return (
      post.bodyMarkdown !== undefined && !post.hidden && post.status !== 'superseded' && post.status !== 'withdrawn'
    );
  }

  private get mayWithdraw(): boolean {
    const post = this.post;
    return !!post.official && post.status === 'active' && isDelegateOf(post.speaksFor?.id);
  }

  /** The reader's own State, when the statement names it and another delivers it: the reader decides on its name. */
  private get ownState(): NamedState | undefined {
    const state = delegateOfAState();
    const post = this.post;
    return state && post.official && post.speaksFor?.id !== state
      ? (post.onBehalfOf ?? []).find((named) => named.id === state)
      : undefined;
  }

  private get editable(): boolean {
    return this.ownsText && !this.frozen;
  }

  private get withdrawable(): boolean {
    return this.mayWithdraw && !this.frozen;
  }

  /** Named and not yet confirmed: the State's delegate confirms or declines. */
  private get awaitsOwnConsent(): boolean {
    return this.ownState?.consent === 'pending' && !this.frozen;
  }

  /** A State confirms only a statement that still stands; it may decline one superseded or withdrawn. */
  private get confirmable(): boolean {
    return this.awaitsOwnConsent && this.post.status === 'active';
  }

  /** Confirmed: the State's delegate may still take its name off. */
  private get leavable(): boolean {
    return this.ownState?.consent === 'confirmed' && this.post.status === 'active' && !this.frozen;
  }

  /** A named State's delegate is asked, on the card itself, to confirm or decline. */
  private consentAsked() {
    if (this.ownState?.consent !== 'pending') {
      return nothing;
    }
    return html`<p class="notice notice--consent" role="note">
      ${t(this.frozen ? 'post.consentFrozen' : 'post.consentAsked', { state: organizationName(this.ownState) })}
    </p>`;
  }

  private actions() {
    const post = this.post;
    const signedIn = session.participant() !== null;
    const canReply = signedIn && this.thread.acceptingPosts && !post.hidden;
    const edited = (post.version ?? 1) > 1;
    const moderator = moderates();
    if (!canReply && !signedIn && !edited) {
      return nothing;
    }
    const toggle = (
      panel: Panel,
      label: string,
    ) => html`<button type="button" class="button button--small button--secondary"
      data-panel=${panel} aria-expanded=${this.panel === panel} @click=${() => this.toggle(panel)}>${label}</button>`;
    return html`<div class="post__actions">
      ${canReply ? html`<button type="button" class="button button--small" @click=${this.requestReply}>${t('post.reply')}</button>` : nothing}
      ${this.editable ? toggle('edit', t('post.edit')) : nothing}
      ${this.withdrawable ? toggle('withdraw', t('post.withdraw')) : nothing}
      ${this.confirmable ? toggle('confirm', t('post.confirm')) : nothing}
      ${this.awaitsOwnConsent ? toggle('decline', t('post.decline')) : nothing}
      ${this.leavable ? toggle('leave', t('post.leave')) : nothing}
      ${signedIn && !this.flagged && !moderator ? toggle('flag', t('post.flag')) : nothing}
      ${moderator && !post.hidden ? toggle('hide', t('post.hide')) : nothing}
      ${moderator && post.hidden ? toggle('restore', t('post.restore')) : nothing}
      ${edited ? toggle('history', t('post.history')) : nothing}
    </div>
    ${
      this.frozen && (this.ownsText || this.mayWithdraw || this.ownState?.consent === 'confirmed')
        ? html`<p class="muted post__frozen">${t('post.frozen')}</p>`
        : nothing
    }`;
  }

  private panelContent() {
    switch (this.panel) {
      case 'flag':
        return this.reasonForm('flag', t('post.flagReason'), t('post.flagSend'), true);
      case 'hide':
        return this.reasonForm('hide', t('post.hideReason'), t('post.hideConfirm'), true);
      case 'restore':
        return this.reasonForm('restore', t('post.restoreReason'), t('post.restoreConfirm'), false);
      case 'edit':
        return this.editForm();
      case 'withdraw':
        return html`<form class="form post__panel confirm" aria-labelledby="withdraw-${this.post.id}-text" @submit=${this.withdraw}>
          <p id="withdraw-${this.post.id}-text">${t('post.withdrawConfirm')}</p>
          <div class="field field--wide">
            <label for="withdraw-reason-${this.post.id}">${t('post.withdrawReason')}</label>
            <textarea id="withdraw-reason-${this.post.id}" name="reason" maxlength="500" rows="2"></textarea>
          </div>
          <div class="button-row">
            <button type="submit" class="button" ?disabled=${this.action.busy}>${t('post.withdrawNow')}</button>
            <button type="button" class="button button--secondary" @click=${() => this.toggle('none')}>${t('action.cancel')}</button>
          </div>
        </form>`;
      case 'leave':
        return this.confirmPanel('leave', t('post.leaveConfirm'), t('post.leaveNow'), this.leave);
      case 'confirm':
        return this.confirmPanel(
          'confirm',
          t('post.confirmConfirm', { state: this.ownStateName() }),
          t('post.confirmNow'),
          () => this.decide('confirm'),
        );
      case 'decline':
        return this.confirmPanel(
          'decline',
          t('post.declineConfirm', { state: this.ownStateName() }),
          t('post.declineNow'),
          () => this.decide('decline'),
        );
      case 'history':
        return html`<ol class="post__panel versions">
          ${(this.versions ?? []).map(
            (version) => html`<li>
              <p class="muted">${t('post.version', { number: version.version, date: formatDateTime(version.writtenAt) })}</p>
              <div class="prose" lang=${version.language} dir="auto">${unsafeHTML(version.bodyHtml)}</div>
            </li>`,
          )}
        </ol>`;
      default:
        return nothing;
    }
  }

  private confirmPanel(panel: Panel, question: string, submit: string, act: () => Promise<void>) {
    const id = `${panel}-${this.post.id}-text`;
    return html`<div class="post__panel confirm" role="group" aria-labelledby=${id}>
      <p id=${id}>${question}</p>
      <div class="button-row">
        <button type="button" class="button" ?disabled=${this.action.busy} @click=${act}>${submit}</button>
        <button type="button" class="button button--secondary" @click=${() => this.toggle('none')}>${t('action.cancel')}</button>
      </div>
    </div>`;
  }

  private ownStateName(): string {
    return this.ownState ? organizationName(this.ownState) : '';
  }

  private reasonForm(action: 'flag' | 'hide' | 'restore', label: string, submit: string, required: boolean) {
    const id = `${action}-reason-${this.post.id}`;
    return html`<form class="form post__panel" @submit=${(event: SubmitEvent) => void this.moderate(event, action)}>
      <div class="field field--wide">
        <label for=${id}>${label}</label>
        <textarea id=${id} name="reason" ?required=${required} minlength=${required ? 3 : 0} maxlength="1000" rows="3"></textarea>
      </div>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.action.busy}>${submit}</button>
        <button type="button" class="button button--secondary" @click=${() => this.toggle('none')}>${t('action.cancel')}</button>
      </div>
    </form>`;
  }

  private editForm() {
    const post = this.post;
    const id = `edit-${post.id}`;
    return html`<form class="form post__panel" @submit=${this.saveEdit}>
      <p class="muted">${t('post.editing', { number: post.version ?? 1 })}</p>
      <div class="field">
        <label for="${id}-language">${t('composer.language')}</label>
        <select id="${id}-language" name="language">
          ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${code === post.language}>${LANGUAGE_NAMES[code]}</option>`)}
        </select>
      </div>
      <div class="field field--wide">
        <label for="${id}-body">${t('composer.body')}</label>
        <textarea id="${id}-body" name="body" rows="6" required maxlength="50000" .value=${post.bodyMarkdown ?? ''}></textarea>
      </div>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.action.busy}>${t('post.saveEdit')}</button>
        <button type="button" class="button button--secondary" @click=${() => this.toggle('none')}>${t('action.cancel')}</button>
      </div>
    </form>`;
  }

  private async toggle(panel: Panel): Promise<void> {
    const closing = this.panel === panel || panel === 'none';
    const opener = this.panel;
    this.panel = closing ? 'none' : panel;
    this.action.dismiss();
    this.done = '';
    if (this.panel === 'history' && this.versions === null) {
      try {
        this.versions = (await api.get<{ items: PostVersion[] }>(`/posts/${this.post.id}/versions`)).items;
      } catch (error) {
        this.action.fail(error);
      }
    }
    await this.updateComplete;
    const focus = closing
      ? this.querySelector<HTMLElement>(`.post__actions button[data-panel='${opener}']`)
      : this.querySelector<HTMLElement>('.post__panel textarea, .post__panel button');
    focus?.focus();
  }

  private async moderate(event: SubmitEvent, action: 'flag' | 'hide' | 'restore'): Promise<void> {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    await this.run(async () => {
      if (action === 'flag') {
        await api.create(`/posts/${this.post.id}/flags`, { reason });
        this.flagged = true;
        return null;
      }
      return api.post<Post>(`/posts/${this.post.id}/${action}`, reason || action === 'hide' ? { reason } : {});
    }, DONE[action]);
  }

  private async saveEdit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    await this.run(
      () =>
        api.patch<Post>(`/posts/${this.post.id}`, {
          body: String(data.get('body') ?? ''),
          language: String(data.get('language') ?? ''),
        }),
      'post.editSaved',
    );
  }

  private readonly leave = async (): Promise<void> => {
    const state = delegateOfAState() ?? '';
    await this.run(() => api.delete<Post>(`/posts/${this.post.id}/on-behalf-of/${state}`), 'post.leftDone');
  };

  /** The State's delegate confirms or declines the statement delivered on the State's behalf. */
  private async decide(decision: 'confirm' | 'decline'): Promise<void> {
    const state = delegateOfAState() ?? '';
    await this.run(
      () => api.post<Post>(`/posts/${this.post.id}/on-behalf-of/${state}/${decision}`),
      decision === 'confirm' ? 'post.confirmedDone' : 'post.declinedDone',
    );
  }

  private async withdraw(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    await this.run(
      () => api.post<Post>(`/posts/${this.post.id}/withdraw`, reason ? { reason } : undefined),
      'post.withdrawnDone',
    );
  }

  /** Runs an action on the post; on success closes the panel, says so, and hands the changed post to the thread. */
  private async run(action: () => Promise<Post | null>, done: MessageKey): Promise<void> {
    await this.action.run(action, {
      apply: (changed) => {
        this.panel = 'none';
        this.versions = null;
        this.done = t(done, { number: changed?.version ?? 1 });
      },
      announce: () => this.done,
      refresh: (changed) =>
        changed && this.dispatchEvent(new CustomEvent<Post>('post-changed', { detail: changed, bubbles: true })),
      focus: () => this.querySelector<HTMLElement>(`#post-${this.post.id}-heading`),
    });
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
