import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api } from '../app/api';
import type { Organization, Page } from '../app/model';
import { organizationName } from '../app/names';
import { formatList, language, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

let states: Promise<Organization[]> | null = null;

/** Every State by name (the API sorts by English name; the picker sorts again in the reader's language). */
function allStates(): Promise<Organization[]> {
  states ??= (async () => {
    const all: Organization[] = [];
    let cursor: string | undefined;
    do {
      const query = new URLSearchParams({ kind: 'state', sort: 'name', limit: '500' });
      if (cursor) {
        query.set('cursor', cursor);
      }
      const page = await api.get<Page<Organization>>(`/organizations?${query}`);
      all.push(...page.items);
      cursor = page.next;
    } while (cursor);
    return all;
  })().catch((error) => {
    states = null;
    throw error;
  });
  return states;
}

/**
 * Chooses several States (those a joint statement is delivered on behalf of): a group of checkboxes, one per
 * State, narrowed by a filter field, with the choice so far read out as a list. Checkboxes are native, so
 * keyboard and screen readers work as everywhere; the chosen States stay chosen while the filter hides them.
 */
@customElement('state-picker')
export class StatePicker extends PlenaryElement {
  @property() legend = '';
  @property() pickerId = 'states';
  /** Only the member States of this intergovernmental organization (whose positions speak for its members only). */
  @property() memberOf = '';
  @state() private options: Organization[] = [];
  @state() private filter = '';
  @state() private chosen: string[] = [];
  @state() private failure: unknown = null;

  /** The ids (ISO alpha-3) of the chosen States. */
  get selected(): string[] {
    return [...this.chosen];
  }

  clear(): void {
    this.chosen = [];
    this.filter = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected override render() {
    const id = this.pickerId;
    const collator = new Intl.Collator(language());
    const named = this.options
      .map((option) => ({ id: option.id, name: organizationName(option) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const needle = this.filter.trim().toLocaleLowerCase(language());
    const shown = new Set(
      named.filter(
        (option) =>
          !needle || option.name.toLocaleLowerCase(language()).includes(needle) || option.id.toLowerCase() === needle,
      ),
    );
    const chosenNames = named.filter((option) => this.chosen.includes(option.id)).map((option) => option.name);
    return html`<fieldset class="state-picker">
      <legend>${this.legend}</legend>
      <p class="muted hint" id="${id}-hint">${t('picker.hint')}</p>
      <div class="field">
        <label for="${id}-filter">${t('picker.filter')}</label>
        <input id="${id}-filter" type="search" autocomplete="off" aria-describedby="${id}-hint" aria-controls="${id}-options"
          .value=${this.filter} @input=${(event: Event) => (this.filter = (event.target as HTMLInputElement).value)} />
      </div>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      <div class="state-picker__options" id="${id}-options">
        ${named.map(
          (option) => html`<div class="state-picker__option" ?hidden=${!shown.has(option)}>
            <input type="checkbox" id="${id}-${option.id}" .checked=${this.chosen.includes(option.id)}
              @change=${(event: Event) => this.toggle(option.id, (event.target as HTMLInputElement).checked)} />
            <label for="${id}-${option.id}">${option.name}</label>
          </div>`,
        )}
      </div>
      ${needle && shown.size === 0 ? html`<p>${t('picker.noMatch')}</p>` : nothing}
      <p class="state-picker__chosen" aria-live="polite">
        ${chosenNames.length ? t('picker.chosen', { count: chosenNames.length, list: formatList(chosenNames) }) : t('picker.none')}
      </p>
    </fieldset>`;
  }

  private toggle(id: string, checked: boolean): void {
    this.chosen = checked
      ? [...this.chosen.filter((other) => other !== id), id]
      : this.chosen.filter((other) => other !== id);
  }

  private async load(): Promise<void> {
    this.failure = null;
    try {
      const [states, organization] = await Promise.all([
        allStates(),
        this.memberOf
          ? api.get<Organization>(`/organizations/${encodeURIComponent(this.memberOf)}`)
          : Promise.resolve(null),
      ]);
      const members = organization?.members ? new Set(organization.members) : null;
      this.options = members ? states.filter((state) => members.has(state.id)) : states;
    } catch (error) {
      this.failure = error;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'state-picker': StatePicker;
  }
}
