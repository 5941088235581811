import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import { STAKEHOLDER_KINDS, type Page } from '../app/model';
import { organizationName } from '../app/names';
import { navigate } from '../app/router';
import { runsTheDialogue } from '../app/roles';
import { session, signIn } from '../app/session';
import '../components/accreditation-card';
import { accreditedList, allAccredited, type Accredited } from '../components/accredited-list';
import '../components/accreditation-form';
import type { Application } from '../app/accreditation-model';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { t } from '../i18n/i18n';

const STATUSES = ['pending', 'accredited', 'objected', 'withdrawn'] as const;

/**
 * Accreditation of stakeholders by non-objection. A stakeholder's delegate applies for its organization and
 * follows its application. States see the applications with their objections and object while a window is
 * open; the Secretariat registers stakeholders, closes or moves windows and withdraws accreditations.
 * Everyone sees the list of accredited organizations.
 */
@customElement('accreditation-page')
export class AccreditationPage extends PageElement {
  @state() private applications: Application[] = [];
  @state() private next: string | undefined;
  @state() private accredited: Accredited[] = [];
  @state() private loading = false;
  @state() private status = '';
  @state() private failure: unknown = null;
  /** Applications of the tab shown: another tab drops what is on its way, and so does reading the first page again. */
  private readonly loads = new LatestLoad();
  private readonly accreditedLoads = new LatestLoad();

  pageTitle(): string {
    return t('accreditationPage.title');
  }

  private get view(): (typeof STATUSES)[number] {
    const requested = this.query.get('status');
    return STATUSES.find((status) => status === requested) ?? 'pending';
  }

  private get stakeholder(): boolean {
    const kind = session.participant()?.organization.kind;
    return !!kind && (STAKEHOLDER_KINDS as readonly string[]).includes(kind);
  }

  private get seesAll(): boolean {
    return session.participant()?.organization.kind === 'state' || runsTheDialogue();
  }

  /** As the server decides: States and the Secretariat see which States object; the Chair and moderators do not. */
  private get seesObjectors(): boolean {
    const participant = session.participant();
    return participant?.organization.kind === 'state' || (participant?.roles.includes('secretariat') ?? false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('params')) {
      this.applications = [];
      void this.load(undefined);
      void this.loadAccredited();
    }
  }

  protected override render() {
    const participant = session.participant();
    return html`
      <h1>${t('accreditationPage.title')}</h1>
      <p class="lead">${t('accreditationPage.intro')}</p>
      <p role="status" class="status">${this.status}</p>
      ${
        !participant
          ? html`<p>${t('accreditationPage.signIn')}</p>
            <button type="button" class="button" @click=${() => void signIn()}>${t('session.signIn')}</button>`
          : nothing
      }
      ${this.stakeholder ? this.ownApplications() : nothing}
      ${this.seesAll ? this.allApplications() : nothing}
      ${
        participant?.roles.includes('secretariat')
          ? html`<accreditation-form secretariat @application-received=${this.received}></accreditation-form>`
          : nothing
      }
      ${accreditedList(this.accredited)}
    `;
  }

  private ownApplications() {
    const organization = session.participant()?.organization;
    const applications = this.applications;
    const open = applications.some((a) => a.status === 'pending' || a.status === 'accredited');
    return html`<section aria-labelledby="accreditation-own">
      <h2 id="accreditation-own">${t('accreditationPage.ownTitle', { organization: organization ? organizationName(organization) : '' })}</h2>
      <problem-alert .error=${this.failure} .retry=${() => void this.load(undefined)}></problem-alert>
      ${
        applications.length
          ? html`<div class="applications">${this.cards(applications)}</div>`
          : this.loading
            ? html`<p class="loading">${t('shell.loading')}</p>`
            : html`<p>${t('accreditationPage.noneYet')}</p>`
      }
      ${open ? nothing : html`<accreditation-form @application-received=${this.received}></accreditation-form>`}
    </section>`;
  }

  private allApplications() {
    return html`<section aria-labelledby="accreditation-all" aria-busy=${this.loading ? 'true' : 'false'}>
      <h2 id="accreditation-all">${t('accreditationPage.allTitle')}</h2>
      <p class="muted">${t(this.seesObjectors ? 'accreditationPage.allIntro' : 'accreditationPage.objectorsWithheld')}</p>
      <nav class="tabs" aria-label=${t('accreditationPage.views')}>
        <ul>
          ${STATUSES.map(
            (
              status,
            ) => html`<li><a href="/accreditation?status=${status}" aria-current=${status === this.view ? 'page' : nothing}>
              ${t(`accreditationPage.tab.${status}`)}</a></li>`,
          )}
        </ul>
      </nav>
      <problem-alert .error=${this.failure} .retry=${() => void this.load(this.next)}></problem-alert>
      ${this.applications.length ? html`<div class="applications">${this.cards(this.applications)}</div>` : nothing}
      ${!this.loading && !this.failure && this.applications.length === 0 ? html`<p>${t('accreditationPage.noneHere')}</p>` : nothing}
      ${this.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${
        this.next && !this.loading
          ? html`<button type="button" class="button button--secondary" @click=${() => void this.load(this.next)}>${t('directory.showMore')}</button>`
          : nothing
      }
    </section>`;
  }

  private cards(applications: Application[]) {
    return repeat(
      applications,
      (application) => application.id,
      (application) =>
        html`<accreditation-card .application=${application} @application-changed=${this.changed}></accreditation-card>`,
    );
  }

  /** A new application (the form empties itself): said aloud, and shown where it now belongs. */
  private readonly received = (event: CustomEvent<Application>): void => {
    const application = event.detail;
    this.status = t(
      application.status === 'accredited' ? 'accreditationPage.accreditedNow' : 'accreditationPage.applied',
      {
        name: application.name,
      },
    );
    announce(this.status);
    if (session.participant()?.roles.includes('secretariat')) {
      navigate(`/accreditation?status=${application.status}`, { moveFocus: false });
    } else {
      this.applications = [application, ...this.applications];
    }
  };

  private changed(event: CustomEvent<{ application: Application; done: string }>): void {
    const { application, done } = event.detail;
    this.status = done;
    this.applications = this.applications.map((other) => (other.id === application.id ? application : other));
    void this.loadAccredited();
  }

  private async load(cursor: string | undefined): Promise<void> {
    if (!session.participant() || (!this.stakeholder && !this.seesAll)) {
      return;
    }
    const query = new URLSearchParams({ limit: '25' });
    if (this.seesAll) {
      query.set('status', this.view);
    }
    if (cursor) {
      query.set('cursor', cursor);
    }
    const current = cursor ? this.loads.continuing() : this.loads.start();
    this.loading = true;
    this.failure = null;
    try {
      const page = await api.get<Page<Application>>(`/accreditations?${query}`);
      if (!current()) {
        return;
      }
      this.applications = cursor ? [...this.applications, ...page.items] : page.items;
      this.next = page.next;
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

  private async loadAccredited(): Promise<void> {
    const current = this.accreditedLoads.start();
    try {
      const all = await allAccredited();
      if (current()) {
        this.accredited = all;
      }
    } catch {
      if (current()) {
        this.accredited = [];
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'accreditation-page': AccreditationPage;
  }
}
