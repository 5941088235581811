import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import { ActionController } from '../app/action-controller';
import { CursorList } from '../app/cursor-list';
import type { Flag } from '../app/moderation-model';
import type { Page } from '../app/model';
import { organizationNameById, loadStates } from '../app/names';
import { moderates } from '../app/roles';
import { session, signIn } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatDateTime, isolate, t } from '../i18n/i18n';
import { bdi } from '../app/bidi';

type View = 'open' | 'resolved';
const VIEWS: readonly View[] = ['open', 'resolved'];
type Action = { flagId: number; kind: 'hide' | 'dismiss' };

/**
 * The moderators' queue: posts participants flagged, oldest first. A moderator reads the excerpt (or opens
 * the post in its thread) and either hides the post, giving the reason readers will see, or dismisses the
 * flag. Both go to the audit log. Resolved flags are listed on their own tab.
 */
@customElement('moderation-page')
export class ModerationPage extends PageElement {
  private readonly list = new CursorList<Flag>(
    this,
    (cursor) => this.page(cursor),
    () => announce(t('moderation.shown', { count: this.list.items.length })),
  );
  @state() private action: Action | null = null;
  @state() private status = '';
  /** Hiding a post or dismissing a flag; its failure is shown before the list's own. */
  private readonly resolving = new ActionController(this, { context: () => this.view });

  private get failure(): unknown {
    return this.resolving.failure ?? this.list.failure;
  }

  pageTitle(): string {
    return t('moderation.title');
  }

  private get view(): View {
    return this.query.get('status') === 'resolved' ? 'resolved' : 'open';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('query') || changed.has('params')) && moderates()) {
      this.action = null;
      this.resolving.dismiss();
      void loadStates().catch(() => {});
      void this.list.restart();
    }
  }

  protected override render() {
    return html`
      <h1>${t('moderation.title')}</h1>
      ${
        moderates()
          ? this.content()
          : session.participant()
            ? html`<p>${t('moderation.moderatorsOnly')}</p>`
            : html`<p>${t('moderation.signIn')}</p>
              <button type="button" class="button" @click=${() => void signIn()}>${t('session.signIn')}</button>`
      }
    `;
  }

  private content() {
    return html`
      <p class="lead">${t('moderation.intro')}</p>
      <nav class="tabs" aria-label=${t('moderation.views')}>
        <ul>
          ${VIEWS.map(
            (view) => html`<li>
              <a href="/moderation?status=${view}" aria-current=${view === this.view ? 'page' : nothing}>${t(`moderation.tab.${view}`)}</a>
            </li>`,
          )}
        </ul>
      </nav>
      <p role="status" class="status">${this.status}</p>
      <problem-alert .error=${this.failure} .dismiss=${() => this.dismissFailure()}></problem-alert>
      <section aria-labelledby="moderation-list" aria-busy=${this.list.loading ? 'true' : 'false'}>
        <h2 id="moderation-list" class="visually-hidden">${t(`moderation.tab.${this.view}`)}</h2>
        ${this.list.items.length ? html`<ul class="flag-list">${this.list.items.map((flag) => this.entry(flag))}</ul>` : nothing}
        ${!this.list.loading && this.list.items.length === 0 ? html`<p>${t(`moderation.empty.${this.view}`)}</p>` : nothing}
        ${this.list.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        ${
          this.list.next && !this.list.loading
            ? html`<button type="button" class="button button--secondary" @click=${() => this.showMore()}>
              ${t('directory.showMore')}
            </button>`
            : nothing
        }
      </section>
      <p><a href="/audit?subjectType=post">${t('moderation.auditLink')}</a></p>
    `;
  }

  private entry(flag: Flag) {
    const headingId = `flag-${flag.id}`;
    return html`<li class="flag">
      <article aria-labelledby=${headingId}>
        <h3 id=${headingId} tabindex="-1">
          <a href="/threads/${flag.post.threadId}#post-${flag.post.id}">${t('moderation.postIn', { thread: isolate(flag.post.threadTitle) })}</a>
        </h3>
        <blockquote class="flag__excerpt" dir="auto">${flag.post.excerpt}</blockquote>
        <dl class="facts">
          <dt>${t('moderation.reason')}</dt>
          <dd>${flag.reason}</dd>
          <dt>${t('moderation.flaggedBy')}</dt>
          <dd>${bdi(flag.flaggedBy.name)} — ${bdi(organizationNameById(flag.flaggedBy.organization))}</dd>
          <dt>${t('moderation.flaggedAt')}</dt>
          <dd><time datetime=${flag.createdAt}>${formatDateTime(flag.createdAt)}</time></dd>
          ${
            flag.resolution
              ? html`<dt>${t('moderation.resolution')}</dt>
                <dd>${t(`moderation.resolution.${flag.resolution}`)}${flag.resolvedAt ? html`, ${formatDateTime(flag.resolvedAt)}` : nothing}</dd>`
              : flag.post.hidden
                ? html`<dt>${t('moderation.resolution')}</dt><dd>${t('moderation.alreadyHidden')}</dd>`
                : nothing
          }
        </dl>
        ${flag.resolution ? nothing : this.actions(flag)}
      </article>
    </li>`;
  }

  private actions(flag: Flag) {
    const open = this.action?.flagId === flag.id ? this.action.kind : null;
    return html`<div class="button-row">
        ${
          flag.post.hidden
            ? nothing
            : html`<button type="button" class="button" aria-expanded=${open === 'hide'} @click=${() => void this.choose(flag, 'hide')}>
              ${t('moderation.hide')}
            </button>`
        }
        <button type="button" class="button button--secondary" aria-expanded=${open === 'dismiss'}
          @click=${() => void this.choose(flag, 'dismiss')}>${t('moderation.dismiss')}</button>
      </div>
      ${open ? this.reasonForm(flag, open) : nothing}`;
  }

  private reasonForm(flag: Flag, kind: Action['kind']) {
    const id = `flag-${flag.id}-reason`;
    return html`<form class="form moderation-form" @submit=${(event: SubmitEvent) => void this.resolve(event, flag, kind)}>
      <div class="field field--wide">
        <label for=${id}>${t(kind === 'hide' ? 'moderation.hideReason' : 'moderation.dismissReason')}</label>
        <textarea id=${id} name="reason" rows="3" maxlength="1000" ?required=${kind === 'hide'} minlength=${kind === 'hide' ? 3 : 0}
          aria-describedby="${id}-hint"></textarea>
        <p id="${id}-hint" class="muted hint">${t(kind === 'hide' ? 'moderation.hideHint' : 'moderation.dismissHint')}</p>
      </div>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.resolving.busy}>
          ${t(kind === 'hide' ? 'moderation.hideConfirm' : 'moderation.dismissConfirm')}
        </button>
        <button type="button" class="button button--secondary" @click=${() => (this.action = null)}>${t('action.cancel')}</button>
      </div>
    </form>`;
  }

  private async choose(flag: Flag, kind: Action['kind']): Promise<void> {
    const same = this.action?.flagId === flag.id && this.action.kind === kind;
    this.action = same ? null : { flagId: flag.id, kind };
    await this.updateComplete;
    if (!same) {
      this.querySelector<HTMLTextAreaElement>(`#flag-${flag.id}-reason`)?.focus();
    }
  }

  /** Hiding resolves every open flag on the post; dismissing resolves this one. Focus goes to what is next. */
  private async resolve(event: SubmitEvent, flag: Flag, kind: Action['kind']): Promise<void> {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    const index = this.list.items.indexOf(flag);
    await this.resolving.run(
      () =>
        kind === 'hide'
          ? api.post(`/posts/${flag.post.id}/hide`, { reason })
          : api.post(`/moderation/flags/${flag.id}/dismiss`, reason ? { reason } : {}),
      {
        apply: () => {
          this.list.items = this.list.items.filter((other) =>
            kind === 'hide' ? other.post.id !== flag.post.id : other.id !== flag.id,
          );
          this.action = null;
          this.status = t(kind === 'hide' ? 'moderation.hidden' : 'moderation.dismissed', {
            thread: flag.post.threadTitle,
          });
        },
        focus: () => {
          const next = this.list.items[Math.min(index, this.list.items.length - 1)];
          return next ? this.querySelector<HTMLElement>(`#flag-${next.id}`) : this.querySelector<HTMLElement>('h1');
        },
      },
    );
  }

  private showMore(): void {
    this.resolving.dismiss();
    void this.list.more();
  }

  private dismissFailure(): void {
    this.resolving.dismiss();
    this.list.failure = null;
    this.requestUpdate();
  }

  private page(cursor: string | undefined): Promise<Page<Flag>> {
    const query = new URLSearchParams({ status: this.view, limit: '25' });
    if (cursor) {
      query.set('cursor', cursor);
    }
    return api.get<Page<Flag>>(`/moderation/flags?${query}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'moderation-page': ModerationPage;
  }
}
