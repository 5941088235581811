import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { Post, PostVersion, Thread } from '../app/forum-model';
import { organizationName } from '../app/names';
import { delegateOfAState } from '../app/roles';
import { translatesAutomatically } from '../app/session';
import type { MessageKey } from '../i18n/catalogue';
import { formatDateTime, languageName, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import { postActions, type Panel } from './post-actions';
import { ownNameNote, postByline, postConsentAsked, postKindLabel, postStanding } from './post-facts';
import {
  confirmPanel,
  editForm,
  reasonForm,
  versionList,
  withdrawForm,
  type ModerationStep,
  type PanelControls,
} from './post-panels';
import { PostPermissions } from './post-permissions';
import './machine-translation';
import './problem-alert';

const DONE: Record<ModerationStep, MessageKey> = {
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
          <span class="post__kind">${postKindLabel(post)}</span>
        </h3>
        <p class="post__byline">
          ${postByline(post)}${ownNameNote(this.thread.chathamHouse, post.author?.id)} · <time datetime=${post.createdAt}>${formatDateTime(post.createdAt)}</time>
          ${post.editedAt ? html` · ${t('post.edited', { date: formatDateTime(post.editedAt) })}` : nothing}
          ${(post.version ?? 1) > 1 ? html` · ${t('post.versionNumber', { number: post.version ?? 1 })}` : nothing}
        </p>
        ${postStanding(post)}
        ${postConsentAsked(this.may)}
        ${post.hidden ? html`<p class="notice">${t('post.hidden', { reason: post.hidden.reason ?? '' })}</p>` : nothing}
        ${
          post.bodyHtml
            ? html`<div class="texts">
              <div class="prose" lang=${post.language} dir="auto">${unsafeHTML(post.bodyHtml)}</div>
              <machine-translation resource="posts" subject=${String(post.id)} source=${post.language}
                ?automatic=${translatesAutomatically()}></machine-translation>
            </div>`
            : nothing
        }
        <p class="post__language muted">${t('post.writtenIn', { language: languageName(post.language) })}</p>
        ${postActions(post, this.thread, this.may, {
          open: this.panel,
          flagged: this.flagged,
          toggle: (panel) => void this.toggle(panel),
          reply: () => this.requestReply(),
        })} ${this.panelContent()}
        ${this.done ? html`<p class="status">${this.done}</p>` : nothing}
        <problem-alert .error=${this.action.failure} .dismiss=${() => this.action.dismiss()}></problem-alert>
      </article>
    `;
  }

  /** What the reader may do to the post, read afresh at each render (the post, the thread or the session change). */
  private get may(): PostPermissions {
    return new PostPermissions(this.post, this.thread);
  }

  private panelContent() {
    const controls: PanelControls = { busy: this.action.busy, cancel: () => void this.toggle('none') };
    const id = this.post.id;
    const state = { state: this.ownStateName() };
    switch (this.panel) {
      case 'flag':
      case 'hide':
      case 'restore':
        return reasonForm(id, this.panel, { ...controls, submit: (event, step) => void this.moderate(event, step) });
      case 'edit':
        return editForm(this.post, { ...controls, submit: (event) => void this.saveEdit(event) });
      case 'withdraw':
        return withdrawForm(id, { ...controls, submit: (event) => void this.withdraw(event) });
      case 'leave':
        return confirmPanel(id, 'leave', [t('post.leaveConfirm'), t('post.leaveNow')], {
          ...controls,
          act: () => void this.leave(),
        });
      case 'confirm':
        return confirmPanel(id, 'confirm', [t('post.confirmConfirm', state), t('post.confirmNow')], {
          ...controls,
          act: () => void this.decide('confirm'),
        });
      case 'decline':
        return confirmPanel(id, 'decline', [t('post.declineConfirm', state), t('post.declineNow')], {
          ...controls,
          act: () => void this.decide('decline'),
        });
      case 'history':
        return versionList(this.versions);
      default:
        return nothing;
    }
  }

  private ownStateName(): string {
    const ownState = this.may.ownState;
    return ownState ? organizationName(ownState) : '';
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

  private async moderate(event: SubmitEvent, action: ModerationStep): Promise<void> {
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

  /** The State's delegate takes its name off a statement it had confirmed. */
  private async leave(): Promise<void> {
    const state = delegateOfAState() ?? '';
    await this.run(() => api.delete<Post>(`/posts/${this.post.id}/on-behalf-of/${state}`), 'post.leftDone');
  }

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
