import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import type { Page } from '../app/model';
import { runsSessions, type Agenda, type PlenarySession } from '../app/sessions-model';
import { agendaView, programme, sessionFacts } from '../components/session-parts';
import '../components/session-forms';
import '../components/session-speakers';
import '../components/document-list';
import '../components/written-inputs';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatDateTime, t } from '../i18n/i18n';
import { bdi } from '../app/bidi';

/**
 * A session: its header, its agenda (with every earlier version on request), the programme of work by meeting in the
 * session's time zone and the reader's own, the Secretariat's forms; and the slots where the speakers lists and
 * statements (#session-speakers) and the documents and written inputs (#session-documents) are shown.
 */
@customElement('session-page')
export class SessionPage extends PageElement {
  @state() private session: PlenarySession | null = null;
  @state() private versions: Agenda[] | null = null;
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return this.session?.title ?? t('sessions.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.params.sessionId !== this.session?.id) {
      void this.load();
    }
  }

  protected override render() {
    const s = this.session;
    return html`
      <p><a href="/sessions">${t('sessions.back')}</a></p>
      <h1 dir=${s ? 'auto' : nothing}>${s ? bdi(s.title) : t('shell.loading')}</h1>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${s ? this.body(s) : nothing}
    `;
  }

  private body(s: PlenarySession) {
    return html`
      ${sessionFacts(s)}
      <p>
        <a href="/api/v1/sessions/${s.id}/calendar.ics" download="session-${s.id}.ics">${t('sessions.addToCalendar')}</a>
      </p>
      <section aria-labelledby="session-agenda-heading" id="session-agenda">
        <h2 id="session-agenda-heading">${t('sessions.agenda')}</h2>
        ${this.agenda(s)}
      </section>
      <section aria-labelledby="session-programme-heading" id="session-programme">
        <h2 id="session-programme-heading">${t('sessions.programme')}</h2>
        ${s.seesProgramme ? programme(s.meetings ?? [], s.agenda, s.timeZone) : html`<p>${t('sessions.closed')}</p>`}
      </section>
      ${
        runsSessions()
          ? html`<section aria-labelledby="session-admin-heading" id="session-secretariat">
              <h2 id="session-admin-heading">${t('sessions.secretariat')}</h2>
              <session-admin .session=${s} @session-changed=${() => void this.load()}></session-admin>
            </section>`
          : nothing
      }
      <!-- Slot of the speakers lists and statements (speakers part of the sessions context). -->
      <section id="session-speakers" aria-label=${t('sessions.speakersSlot')}>
        <session-speakers .session=${s}></session-speakers>
      </section>
      <!-- Slot of the session's documents and written inputs (documents context). -->
      <section id="session-documents" aria-label=${t('sessions.documentsSlot')}>
        <session-documents session-id=${s.id}></session-documents>
        <written-inputs session-id=${s.id}></written-inputs>
      </section>
    `;
  }

  private agenda(s: PlenarySession) {
    if (!s.seesProgramme) {
      return html`<p>${t('sessions.closed')}</p>`;
    }
    if (!s.agenda) {
      return html`<p class="muted">${t('sessions.noAgenda')}</p>`;
    }
    return html`
      ${agendaView(s.agenda)}
      <details class="agenda-versions" @toggle=${(event: Event) => this.toggleVersions(event)}>
        <summary>${t('sessions.versions', { count: s.agenda.version })}</summary>
        ${
          this.versions
            ? this.versions.map(
                (
                  v,
                ) => html`<article class="agenda-version" aria-label=${t('sessions.versionLabel', { version: v.version })}>
                  ${agendaView(v)}
                  <p class="muted">${formatDateTime(v.createdAt)}</p>
                </article>`,
              )
            : html`<p class="loading">${t('shell.loading')}</p>`
        }
      </details>
    `;
  }

  private async toggleVersions(event: Event): Promise<void> {
    if (!(event.target as HTMLDetailsElement).open || this.versions || !this.session) {
      return;
    }
    const current = this.loads.continuing();
    try {
      const page = await api.get<Page<Agenda>>(`/sessions/${this.session.id}/agenda/versions?limit=50`);
      if (current()) {
        this.versions = page.items;
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
    this.versions = null;
    try {
      const s = await api.get<PlenarySession>(`/sessions/${this.params.sessionId}`);
      if (current()) {
        this.session = s;
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
    'session-page': SessionPage;
  }
}
