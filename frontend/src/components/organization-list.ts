import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import { CursorList } from '../app/cursor-list';
import type { Organization, OrganizationKind, Page, RegionalGroup } from '../app/model';
import { organizationName } from '../app/names';
import { language, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

// Large enough that every regional group fits on one page, so the name order below is the whole list's.
const PAGE_SIZE = 100;

/**
 * One section of the directory: organizations of a kind (and, for States, a regional group), a page at
 * a time. "Show more" follows the API's cursor, then moves focus to the first newly shown entry so a
 * keyboard user continues reading where the list grew.
 */
@customElement('organization-list')
export class OrganizationList extends PlenaryElement {
  @property() kind: OrganizationKind = 'state';
  @property() group: RegionalGroup | '' = '';
  @property() heading = '';

  private readonly list = new CursorList<Organization>(this, (cursor) => this.page(cursor));

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind') || changed.has('group')) {
      void this.list.restart();
    }
  }

  protected override render() {
    const id = `list-${this.kind}-${this.group || 'all'}`;
    return html`
      <section class="organization-list" aria-labelledby=${id} aria-busy=${this.list.loading ? 'true' : 'false'}>
        <h2 id=${id}>${this.heading}</h2>
        ${
          this.list.items.length > 0
            ? html`<p class="muted">${t('directory.shown', { count: this.list.items.length })}</p>
              <ul class="organization-list__items">
                ${this.sorted().map((organization) => this.entry(organization))}
              </ul>`
            : nothing
        }
        ${!this.list.loading && !this.list.failure && this.list.items.length === 0 ? html`<p>${t('directory.empty')}</p>` : nothing}
        ${this.list.loading ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        <problem-alert .error=${this.list.failure} .retry=${() => void this.list.more()}></problem-alert>
        ${
          this.list.next && !this.list.loading
            ? html`<button type="button" class="button button--secondary" @click=${this.showMore}>
              ${t('directory.showMore')}
            </button>`
            : nothing
        }
      </section>
    `;
  }

  /** The API pages in id order (ISO codes for States); people look for names, in their language. */
  private sorted(): Organization[] {
    const collator = new Intl.Collator(language());
    return this.list.items
      .map((organization) => ({ organization, name: organizationName(organization) }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ organization }) => organization);
  }

  private entry(organization: Organization) {
    return html`<li>
      <a href="/organizations/${encodeURIComponent(organization.id)}">${organizationName(organization)}</a>
      ${organization.kind === 'state' ? html`<span class="code" aria-hidden="true">${organization.id}</span>` : nothing}
      ${organization.observer ? html`<span class="badge">${t('directory.observer')}</span>` : nothing}
      ${
        organization.accreditation
          ? html`<span class="badge badge--${organization.accreditation}">${t(`accreditation.${organization.accreditation}`)}</span>`
          : nothing
      }
    </li>`;
  }

  private async showMore(): Promise<void> {
    const shown = new Set(this.list.items.map((organization) => organization.id));
    await this.list.more();
    const added = this.list.items.filter((organization) => !shown.has(organization.id));
    if (added.length > 0) {
      await this.updateComplete;
      const firstNew = this.sorted().findIndex((organization) => !shown.has(organization.id));
      this.querySelectorAll<HTMLAnchorElement>('.organization-list__items a')[firstNew]?.focus();
      announce(t('directory.loadedMore', { count: added.length, list: this.heading }));
    }
  }

  private page(cursor: string | undefined): Promise<Page<Organization>> {
    const query = new URLSearchParams({ kind: this.kind, limit: String(PAGE_SIZE) });
    if (this.group) {
      query.set('group', this.group);
    }
    if (cursor) {
      query.set('cursor', cursor);
    }
    return api.get<Page<Organization>>(`/organizations?${query}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'organization-list': OrganizationList;
  }
}
