import { html, nothing, type PropertyValues } from 'lit';
import { customElement } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import { CursorList } from '../app/cursor-list';
import { AUDIT_ACTIONS, AUDIT_SUBJECTS, type AuditEntry } from '../app/moderation-model';
import type { Page } from '../app/model';
import { loadStates, organizationNameById } from '../app/names';
import { navigate } from '../app/router';
import { readsAuditLog } from '../app/roles';
import { session, signIn } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatDateTime, message, t } from '../i18n/i18n';
import { bdi } from '../app/bidi';

const FILTERS = ['action', 'subjectType', 'subjectId'] as const;

/**
 * The append-only audit log, newest first: when, who, what (and on what), and why. Filters by action and
 * subject live in the address, so a moderator can link to the history of one post or thread. The Chair reads
 * it too; a delegation's own acts reach the Chair without saying who (the server withholds it).
 */
@customElement('audit-page')
export class AuditPage extends PageElement {
  private readonly list = new CursorList<AuditEntry>(
    this,
    (cursor) => this.page(cursor),
    () => announce(t('audit.shown', { count: this.list.items.length })),
  );

  pageTitle(): string {
    return t('audit.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('query') || changed.has('params')) && readsAuditLog()) {
      void loadStates().catch(() => {});
      void this.list.restart();
    }
  }

  protected override render() {
    return html`
      <h1>${t('audit.title')}</h1>
      ${
        readsAuditLog()
          ? this.content()
          : session.participant()
            ? html`<p>${t('audit.moderatorsOnly')}</p>`
            : html`<p>${t('audit.signIn')}</p>
              <button type="button" class="button" @click=${() => void signIn()}>${t('session.signIn')}</button>`
      }
    `;
  }

  private content() {
    return html`
      <p class="lead">${t('audit.intro')}</p>
      ${this.filters()}
      <problem-alert .error=${this.list.failure} .retry=${() => void this.list.more()}></problem-alert>
      <section aria-labelledby="audit-entries" aria-busy=${this.list.loading ? 'true' : 'false'}>
        <h2 id="audit-entries">${t('audit.entries')}</h2>
        ${this.list.items.length ? this.table() : nothing}
        ${!this.list.loading && !this.list.failure && this.list.items.length === 0 ? html`<p>${t('audit.none')}</p>` : nothing}
        ${this.list.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        ${
          this.list.next && !this.list.loading
            ? html`<button type="button" class="button button--secondary" @click=${this.showMore}>${t('directory.showMore')}</button>`
            : nothing
        }
      </section>
    `;
  }

  private filters() {
    const chosen = (name: string) => this.query.get(name) ?? '';
    return html`<form class="filters" aria-label=${t('audit.filters')} @submit=${this.applyFilters}>
      <div class="field">
        <label for="audit-action">${t('audit.action')}</label>
        <select id="audit-action" name="action">
          <option value="">${t('topic.any')}</option>
          ${AUDIT_ACTIONS.map((action) => html`<option value=${action} ?selected=${action === chosen('action')}>${actionLabel(action)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="audit-subject-type">${t('audit.subjectType')}</label>
        <select id="audit-subject-type" name="subjectType">
          <option value="">${t('topic.any')}</option>
          ${AUDIT_SUBJECTS.map(
            (subject) =>
              html`<option value=${subject} ?selected=${subject === chosen('subjectType')}>${t(`audit.subject.${subject}`)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="audit-subject-id">${t('audit.subjectId')}</label>
        <input id="audit-subject-id" name="subjectId" type="text" maxlength="100" .value=${chosen('subjectId')} />
      </div>
      <button type="submit" class="button">${t('topic.apply')}</button>
    </form>`;
  }

  private table() {
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="audit-entries">
      <table class="audit-table">
        <thead>
          <tr>
            <th scope="col">${t('audit.when')}</th>
            <th scope="col">${t('audit.who')}</th>
            <th scope="col">${t('audit.what')}</th>
            <th scope="col">${t('audit.why')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.list.items.map(
            (entry) => html`<tr>
              <td><time datetime=${entry.at}>${formatDateTime(entry.at)}</time></td>
              <td>${
                entry.withheld
                  ? html`<span class="muted">${t('audit.withheld')}</span>`
                  : entry.actor
                    ? html`${bdi(entry.actor.name)}<br /><span class="muted">${bdi(organizationNameById(entry.actor.organization))}</span>`
                    : html`<span class="muted">${entry.actorWithheld ? t('audit.actorWithheld') : t('audit.system')}</span>`
              }</td>
              <td><strong>${actionLabel(entry.action)}</strong><br />${this.subject(entry)}${this.details(entry)}</td>
              <td>${
                entry.reason
                  ? entry.reason
                  : html`<span class="muted">${t(entry.withheld ? 'audit.withheld' : 'audit.noReason')}</span>`
              }</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** What the entry is about, linked where the web application has a page for it. */
  private subject(entry: AuditEntry) {
    const { type, id } = entry.subject;
    const label = t('audit.subjectLine', { subject: message(`audit.subject.${type}`) ?? type, id });
    const threadId = typeof entry.details.threadId === 'string' ? entry.details.threadId : undefined;
    const postId = typeof entry.details.postId === 'number' ? entry.details.postId : undefined;
    let href: string | undefined;
    if (type === 'post' && threadId) {
      href = `/threads/${threadId}#post-${id}`;
    } else if (type === 'thread') {
      href = `/threads/${id}`;
    } else if (type === 'summary') {
      href = `/summaries/${id}`;
    } else if (type === 'organization') {
      href = `/organizations/${encodeURIComponent(id)}`;
    } else if (type === 'flag' && postId !== undefined) {
      href = `/audit?subjectType=post&subjectId=${postId}`;
    }
    return href ? html`<a href=${href}>${label}</a>` : label;
  }

  private details(entry: AuditEntry) {
    const { from, to } = entry.details;
    if (typeof from === 'string' && typeof to === 'string') {
      return html`<br /><span class="muted">${t('audit.change', { from: valueLabel(from), to: valueLabel(to) })}</span>`;
    }
    return nothing;
  }

  private applyFilters(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    FILTERS.forEach((name) => {
      const value = String(form.get(name) ?? '').trim();
      if (value) {
        query.set(name, value);
      }
    });
    const search = query.toString();
    navigate(`/audit${search ? `?${search}` : ''}`, { moveFocus: false });
  }

  private async showMore(): Promise<void> {
    const before = this.list.items.length;
    await this.list.more();
    await this.updateComplete;
    this.querySelectorAll<HTMLElement>('.audit-table tbody tr')[before]?.querySelector<HTMLElement>('a')?.focus();
  }

  private page(cursor: string | undefined): Promise<Page<AuditEntry>> {
    const query = new URLSearchParams({ limit: '50' });
    FILTERS.forEach((name) => this.query.get(name) && query.set(name, this.query.get(name) ?? ''));
    if (cursor) {
      query.set('cursor', cursor);
    }
    return api.get<Page<AuditEntry>>(`/audit?${query}`);
  }
}

/** An action in the reader's language ("Post hidden"); an action this version does not know, as recorded. */
function actionLabel(action: string): string {
  return message(`audit.action.${action}`) ?? action;
}

/** A status or audience named in a change ("open" to "locked"), in the reader's language where known. */
function valueLabel(value: string): string {
  return message(`threadStatus.${value}`) ?? message(`audience.${value}`) ?? value;
}

declare global {
  interface HTMLElementTagNameMap {
    'audit-page': AuditPage;
  }
}
