import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import type { Page } from '../app/model';
import { navigate } from '../app/router';
import {
  runsSessions,
  SESSION_KINDS,
  SESSION_STATUSES,
  type PlenarySession,
  type SessionStatus,
} from '../app/sessions-model';
import { sessionCard } from '../components/session-parts';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { t } from '../i18n/i18n';

const FILTERS = ['kind', 'status'] as const;

/**
 * The calendar of the mechanism's sessions: in session now, coming up (soonest first), concluded (latest first), as
 * the server orders them, under filters kept in the address; with the link to subscribe to the .ics feed.
 */
@customElement('sessions-page')
export class SessionsPage extends PageElement {
  @state() private sessions: PlenarySession[] | null = null;
  @state() private next: string | undefined;
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return t('sessions.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('params')) {
      void this.load();
    }
  }

  protected override render() {
    return html`
      <h1>${t('sessions.title')}</h1>
      <p class="lead">${t('sessions.intro')}</p>
      <div class="button-row">
        <a class="button button--secondary" href="/api/v1/sessions.ics" download="sessions.ics">${t('sessions.subscribe')}</a>
        ${runsSessions() ? html`<a class="button" href="/sessions/new">${t('sessions.new')}</a>` : nothing}
      </div>
      ${this.filters()}
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${!this.sessions && !this.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${this.sessions ? this.calendar(this.sessions) : nothing}
    `;
  }

  private filters() {
    const chosen = (name: string) => this.query.get(name) ?? '';
    const select = (name: string, label: string, options: [string, string][]) => html`<div class="field">
      <label for="sessions-${name}">${label}</label>
      <select id="sessions-${name}" name=${name}>
        <option value="">${t('topic.any')}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === chosen(name)}>${text}</option>`)}
      </select>
    </div>`;
    return html`<form class="filters" aria-label=${t('sessions.filters')} @submit=${this.applyFilters}>
      ${select(
        'kind',
        t('sessions.kind'),
        SESSION_KINDS.map((kind) => [kind, t(`sessionKind.${kind}`)]),
      )}
      ${select(
        'status',
        t('sessions.status'),
        SESSION_STATUSES.map((status) => [status, t(`sessionStatus.${status}`)]),
      )}
      <button type="submit" class="button">${t('topic.apply')}</button>
    </form>`;
  }

  /** The sessions by status, in the server's calendar order. */
  private calendar(sessions: PlenarySession[]) {
    if (!sessions.length) {
      return html`<p>${t('sessions.none')}</p>`;
    }
    const group = (status: SessionStatus) => sessions.filter((s) => s.status === status);
    const next = this.next;
    return html`<div class="session-calendar">
      ${SESSION_STATUSES.map((status) => {
        const these = group(status);
        return these.length
          ? html`<section aria-labelledby="sessions-${status}">
              <h2 id="sessions-${status}">${t(`sessions.group.${status}`, { count: these.length })}</h2>
              ${these.map(sessionCard)}
            </section>`
          : nothing;
      })}
      ${
        next
          ? html`<button type="button" class="button button--secondary" @click=${() => void this.more(next)}>${t('directory.showMore')}</button>`
          : nothing
      }
    </div>`;
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
    navigate(`/sessions${search ? `?${search}` : ''}`, { moveFocus: false });
  }

  private filterQuery(): URLSearchParams {
    const query = new URLSearchParams();
    FILTERS.forEach((name) => this.query.get(name) && query.set(name, this.query.get(name) ?? ''));
    query.set('limit', '50');
    return query;
  }

  private async more(cursor: string): Promise<void> {
    const query = this.filterQuery();
    query.set('cursor', cursor);
    const current = this.loads.continuing();
    try {
      const page = await api.get<Page<PlenarySession>>(`/sessions?${query}`);
      if (current()) {
        this.sessions = [...(this.sessions ?? []), ...page.items];
        this.next = page.next;
        announce(t('sessions.loadedMore', { count: page.items.length }));
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    try {
      const page = await api.get<Page<PlenarySession>>(`/sessions?${this.filterQuery()}`);
      if (current()) {
        this.sessions = page.items;
        this.next = page.next;
        announce(t('sessions.shown', { count: page.items.length }));
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sessions-page': SessionsPage;
  }
}
