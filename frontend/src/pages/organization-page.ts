import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import type { Organization } from '../app/model';
import { loadStates, organizationName } from '../app/names';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import '../components/organization-statements';
import '../components/country-profile';
import '../components/state-comparison';
import { language, t } from '../i18n/i18n';
import { bdi } from '../app/bidi';

/**
 * One organization: its kind, regional group or accreditation, an intergovernmental organization's members, and a
 * State's country profile with the comparison of States; its statements in sessions.
 */
@customElement('organization-page')
export class OrganizationPage extends PageElement {
  @state() private organization: Organization | null = null;
  @state() private members: { id: string; name: string }[] = [];
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return this.organization ? organizationName(this.organization) : (this.params.id ?? t('directory.title'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.params.id !== this.organization?.id) {
      void this.load(this.params.id);
    }
  }

  protected override render() {
    const organization = this.organization;
    return html`
      <p><a href=${this.backLink()}>${t('organization.back')}</a></p>
      <h1 dir="auto">${bdi(organization ? organizationName(organization) : this.params.id)}</h1>
      <problem-alert .error=${this.failure} .retry=${() => void this.load(this.params.id)}></problem-alert>
      ${organization ? this.details(organization) : this.failure ? nothing : html`<p class="loading">${t('shell.loading')}</p>`}
    `;
  }

  private details(organization: Organization) {
    return html`
      <dl class="facts">
        <dt>${t('organization.kind')}</dt>
        <dd>${t(`kind.${organization.kind}`)}${organization.observer ? html` — ${t('directory.observer')}` : nothing}</dd>
        ${organization.kind === 'state' ? html`<dt>${t('organization.code')}</dt><dd>${organization.id}</dd>` : nothing}
        ${
          organization.regionalGroup
            ? html`<dt>${t('organization.group')}</dt><dd>${t(`group.${organization.regionalGroup}`)}</dd>`
            : nothing
        }
        ${
          organization.accreditation
            ? html`<dt>${t('organization.accreditation')}</dt><dd>${t(`accreditation.${organization.accreditation}`)}</dd>`
            : nothing
        }
      </dl>
      ${
        this.members.length > 0
          ? html`<section aria-labelledby="organization-members">
            <h2 id="organization-members">${t('organization.members')}</h2>
            <p class="muted">${t('organization.memberCount', { count: this.members.length })}</p>
            <ul class="columns">
              ${this.sortedMembers().map((member) => html`<li><a href="/organizations/${member.id}">${bdi(member.name)}</a></li>`)}
            </ul>
          </section>`
          : nothing
      }
      ${
        organization.kind === 'state'
          ? html`<country-profile .organization=${organization} .query=${this.query}></country-profile>
              <state-comparison .organization=${organization} .query=${this.query}></state-comparison>`
          : nothing
      }
      <organization-statements organization-id=${organization.id}></organization-statements>
    `;
  }

  /** Member States named and ordered in the reader's language. */
  private sortedMembers(): { id: string; name: string }[] {
    const collator = new Intl.Collator(language());
    return this.members
      .map((member) => ({ id: member.id, name: organizationName(member) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }

  private backLink(): string {
    const kind = this.organization?.kind;
    if (kind === 'intergovernmental') {
      return '/organizations?view=igos';
    }
    return kind && kind !== 'state' ? '/organizations?view=stakeholders' : '/organizations';
  }

  private async load(id: string | undefined): Promise<void> {
    if (!id) {
      return;
    }
    const current = this.loads.start();
    this.failure = null;
    this.organization = null;
    this.members = [];
    try {
      const organization = await api.get<Organization>(`/organizations/${encodeURIComponent(id)}`);
      const states = organization.members?.length ? await loadStates() : new Map();
      if (!current()) {
        return;
      }
      this.members = (organization.members ?? []).map((member) => ({
        id: member,
        name: states.get(member)?.name ?? member,
      }));
      this.organization = organization;
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }
}
