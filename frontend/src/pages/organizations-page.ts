import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { REGIONAL_GROUPS, STAKEHOLDER_KINDS, type RegionalGroup } from '../app/model';
import { navigate } from '../app/router';
import '../components/organization-list';
import { PageElement } from '../components/plenary-element';
import { t } from '../i18n/i18n';

type View = 'states' | 'igos' | 'stakeholders';
const VIEWS: readonly View[] = ['states', 'igos', 'stakeholders'];

/**
 * The directory: States by regional group (filterable), intergovernmental organizations, and
 * stakeholders by constituency. The section and the filter live in the address (?view=&group=), so a
 * filtered directory can be shared and reloaded.
 */
@customElement('organizations-page')
export class OrganizationsPage extends PageElement {
  pageTitle(): string {
    return t('directory.title');
  }

  private get view(): View {
    const requested = this.query.get('view');
    return VIEWS.find((view) => view === requested) ?? 'states';
  }

  private get group(): RegionalGroup | '' {
    const requested = this.query.get('group');
    return REGIONAL_GROUPS.find((group) => group === requested) ?? '';
  }

  protected override render() {
    return html`
      <h1>${t('directory.title')}</h1>
      <p class="lead">${t('directory.intro')}</p>
      <nav class="tabs" aria-label=${t('directory.viewsLabel')}>
        <ul>
          ${VIEWS.map(
            (view) => html`<li>
              <a href="/organizations?view=${view}" aria-current=${view === this.view ? 'page' : nothing}>${t(`directory.${view}`)}</a>
            </li>`,
          )}
        </ul>
      </nav>
      ${this.view === 'states' ? this.states() : nothing}
      ${
        this.view === 'igos'
          ? html`<organization-list kind="intergovernmental" .heading=${t('directory.igos')}></organization-list>`
          : nothing
      }
      ${
        this.view === 'stakeholders'
          ? STAKEHOLDER_KINDS.map(
              (kind) => html`<organization-list .kind=${kind} .heading=${t(`kind.${kind}`)}></organization-list>`,
            )
          : nothing
      }
    `;
  }

  private states() {
    const groups = this.group ? [this.group] : REGIONAL_GROUPS;
    return html`
      <div class="filter">
        <label for="group-filter">${t('directory.groupFilter')}</label>
        <select id="group-filter" @change=${this.filterByGroup}>
          <option value="" ?selected=${this.group === ''}>${t('directory.allGroups')}</option>
          ${REGIONAL_GROUPS.map(
            (group) => html`<option value=${group} ?selected=${group === this.group}>${t(`group.${group}`)}</option>`,
          )}
        </select>
      </div>
      ${groups.map(
        (group) =>
          html`<organization-list kind="state" .group=${group} .heading=${t(`group.${group}`)}></organization-list>`,
      )}
    `;
  }

  private filterByGroup(event: Event): void {
    const group = (event.target as HTMLSelectElement).value;
    navigate(`/organizations?view=states${group ? `&group=${encodeURIComponent(group)}` : ''}`, { moveFocus: false });
  }
}
