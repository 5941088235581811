import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import type { Organization, OrganizationKind, Page } from '../app/model';
import { loadStates, organizationName } from '../app/names';
import { language, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';

const others = new Map<OrganizationKind, Promise<Organization[]>>();

/** Every organization of a kind other than State, fetched once per visit (States come from loadStates()). */
function organizationsOf(kind: OrganizationKind): Promise<Organization[]> {
  let loading = others.get(kind);
  if (!loading) {
    loading = (async () => {
      const all: Organization[] = [];
      let cursor: string | undefined;
      do {
        const query = new URLSearchParams({ kind, sort: 'name', limit: '500' });
        if (cursor) {
          query.set('cursor', cursor);
        }
        const page = await api.get<Page<Organization>>(`/organizations?${query}`);
        all.push(...page.items);
        cursor = page.next;
      } while (cursor);
      return all;
    })();
    loading.catch(() => others.delete(kind)); // let a later visit try again
    others.set(kind, loading);
  }
  return loading;
}

/**
 * Chooses one organization in a native select (keyboard and screen readers work as everywhere): States named
 * in the reader's language and sorted in it, grouped by kind when several kinds are offered. The select is
 * an ordinary field named `fieldName` of the form around it.
 */
@customElement('organization-select')
export class OrganizationSelect extends PlenaryElement {
  @property() selectId = 'organization';
  @property() fieldName = 'organization';
  @property() label = '';
  /** The first option's text, whose value is empty: "any organization", or "choose one". */
  @property() emptyLabel = '';
  @property() value = '';
  @property({ type: Boolean }) required = false;
  @property({ attribute: false }) kinds: readonly OrganizationKind[] = ['state'];
  @state() private options = new Map<OrganizationKind, { id: string; name: string; iso2?: string }[]>();
  private readonly loads = new LatestLoad();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kinds')) {
      void this.load();
    }
  }

  protected override render() {
    const grouped = this.kinds.length > 1;
    const collator = new Intl.Collator(language());
    const choices = (kind: OrganizationKind) =>
      (this.options.get(kind) ?? [])
        .map((organization) => ({ id: organization.id, name: organizationName(organization) }))
        .sort((a, b) => collator.compare(a.name, b.name))
        .map(
          (organization) =>
            html`<option value=${organization.id} ?selected=${organization.id === this.value}>${organization.name}</option>`,
        );
    return html`<div class="field">
      <label for=${this.selectId}>${this.label}</label>
      <select id=${this.selectId} name=${this.fieldName} ?required=${this.required}>
        <option value="">${this.emptyLabel}</option>
        ${this.kinds.map((kind) =>
          grouped ? html`<optgroup label=${groupLabel(kind)}>${choices(kind)}</optgroup>` : choices(kind),
        )}
        ${this.value && !this.known(this.value) ? html`<option value=${this.value} selected>${this.value}</option>` : nothing}
      </select>
    </div>`;
  }

  /**
   * A select the person has used keeps its choice when the option attributes change, so a new value (the
   * address changed: the back button) or newly loaded options are set on the live field.
   */
  protected override updated(changed: PropertyValues): void {
    const select = this.querySelector('select');
    if (select && (changed.has('value') || changed.has('options')) && select.value !== this.value) {
      select.value = this.value;
    }
  }

  /** Whether the chosen id is among the options (an address may name one that is not, or not yet, loaded). */
  private known(id: string): boolean {
    return [...this.options.values()].some((organizations) =>
      organizations.some((organization) => organization.id === id),
    );
  }

  /** Reads the organizations of the kinds asked for; a reading for kinds asked for before is dropped. */
  private async load(): Promise<void> {
    const current = this.loads.start();
    const loaded = await Promise.all(
      this.kinds.map(async (kind) => {
        try {
          const organizations = kind === 'state' ? [...(await loadStates()).values()] : await organizationsOf(kind);
          return [kind, organizations] as const;
        } catch {
          return [kind, []] as const; // the other kinds still offer their organizations
        }
      }),
    );
    if (!current()) {
      return;
    }
    this.options = new Map(loaded.map(([kind, organizations]) => [kind, [...organizations]]));
  }
}

/** A group's heading in the list: the directory's plural names for States and intergovernmental organizations. */
function groupLabel(kind: OrganizationKind): string {
  return kind === 'state'
    ? t('directory.states')
    : kind === 'intergovernmental'
      ? t('directory.igos')
      : t(`kind.${kind}`);
}

declare global {
  interface HTMLElementTagNameMap {
    'organization-select': OrganizationSelect;
  }
}
