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

interface Named {
  id: string;
  name: string;
}

/**
 * Chooses several States (those a joint statement is delivered on behalf of) with ONE control, an editable
 * combobox over a multi-select listbox as the ARIA Authoring Practices describe it: typing narrows the list,
 * the arrow keys move through it, Enter ticks or unticks the State under the cursor, Escape closes the list,
 * and Tab leaves. Focus stays in the text field throughout (the options are reached by aria-activedescendant),
 * so crossing the picker costs a keyboard user one Tab, not one per State. Written by hand because no
 * well-kept Lit combobox renders into the light DOM that the one stylesheet and the labels here rely on.
 * The chosen States stay chosen while the filter hides them, and are read out as a list.
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
  @state() private expanded = false;
  /** The option under the cursor, by State id. */
  @state() private active: string | null = null;

  /** The ids (ISO alpha-3) of the chosen States. */
  get selected(): string[] {
    return [...this.chosen];
  }

  clear(): void {
    this.chosen = [];
    this.filter = '';
    this.expanded = false;
    this.active = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected override render() {
    const id = this.pickerId;
    const named = this.named();
    const shown = this.shown(named);
    const chosenNames = named.filter((option) => this.chosen.includes(option.id)).map((option) => option.name);
    const active = shown.find((option) => option.id === this.active);
    return html`<div class="state-picker" role="group" aria-labelledby="${id}-legend">
      <p class="state-picker__legend" id="${id}-legend">${this.legend}</p>
      <p class="muted hint" id="${id}-hint">${t('picker.hint')}</p>
      <div class="field">
        <label for="${id}-filter">${t('picker.filter')}</label>
        <input id="${id}-filter" type="text" role="combobox" autocomplete="off" spellcheck="false"
          aria-autocomplete="list" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="${id}-options"
          aria-describedby="${id}-hint ${id}-chosen" aria-activedescendant=${active && this.expanded ? `${id}-${active.id}` : nothing}
          .value=${this.filter} @input=${this.typed} @keydown=${this.key} @blur=${this.left} @click=${() => (this.expanded = true)} />
      </div>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      <ul class="state-picker__options" id="${id}-options" role="listbox" aria-multiselectable="true"
        aria-labelledby="${id}-legend" ?hidden=${!this.expanded || shown.length === 0}>
        ${shown.map(
          (
            option,
          ) => html`<li role="option" id="${id}-${option.id}" aria-selected=${this.chosen.includes(option.id) ? 'true' : 'false'}
            class="state-picker__option ${option.id === this.active ? 'state-picker__option--active' : ''}"
            @mousedown=${(event: Event) => event.preventDefault()} @click=${() => this.toggle(option.id)}>${option.name}</li>`,
        )}
      </ul>
      ${this.filter.trim() && shown.length === 0 ? html`<p>${t('picker.noMatch')}</p>` : nothing}
      <p class="state-picker__chosen" id="${id}-chosen" aria-live="polite">
        ${chosenNames.length ? t('picker.chosen', { count: chosenNames.length, list: formatList(chosenNames) }) : t('picker.none')}
      </p>
    </div>`;
  }

  private named(): Named[] {
    const collator = new Intl.Collator(language());
    return this.options
      .map((option) => ({ id: option.id, name: organizationName(option) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }

  /** The States the filter lets through: by a part of the name (in the reader's language) or the exact code. */
  private shown(named: Named[]): Named[] {
    const needle = this.filter.trim().toLocaleLowerCase(language());
    return named.filter(
      (option) =>
        !needle || option.name.toLocaleLowerCase(language()).includes(needle) || option.id.toLowerCase() === needle,
    );
  }

  private readonly typed = (event: Event): void => {
    this.filter = (event.target as HTMLInputElement).value;
    this.expanded = true;
    this.active = this.shown(this.named())[0]?.id ?? null;
  };

  private readonly left = (): void => {
    this.expanded = false;
  };

  private readonly key = (event: KeyboardEvent): void => {
    const shown = this.shown(this.named());
    const at = shown.findIndex((option) => option.id === this.active);
    const move = (index: number) => {
      event.preventDefault();
      this.expanded = true;
      this.active = shown[Math.max(0, Math.min(shown.length - 1, index))]?.id ?? null;
      void this.updateComplete.then(() =>
        this.querySelector(`[id="${this.pickerId}-${this.active}"]`)?.scrollIntoView({ block: 'nearest' }),
      );
    };
    switch (event.key) {
      case 'ArrowDown':
        move(this.expanded ? at + 1 : Math.max(at, 0));
        break;
      case 'ArrowUp':
        move(at <= 0 ? 0 : at - 1);
        break;
      case 'PageDown':
        move(at + 10);
        break;
      case 'PageUp':
        move(at - 10);
        break;
      case 'Enter':
        // Enter in the field ticks the State under the cursor; it never submits the surrounding form.
        event.preventDefault();
        if (this.expanded && this.active) {
          this.toggle(this.active);
        }
        break;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.expanded = false;
        } else if (this.filter) {
          event.preventDefault();
          this.filter = '';
        }
        break;
    }
  };

  private toggle(id: string): void {
    this.active = id;
    this.chosen = this.chosen.includes(id) ? this.chosen.filter((other) => other !== id) : [...this.chosen, id];
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
