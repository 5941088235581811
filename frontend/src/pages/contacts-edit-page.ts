import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api, ApiError } from '../app/api';
import { CONTACT_KINDS, type ContactEntry, type ContactKind, type PointOfContact } from '../app/contacts-model';
import { LatestLoad } from '../app/latest-load';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { t } from '../i18n/i18n';

const FIELDS = ['name', 'function', 'email', 'phone', 'workingHours'] as const;

/**
 * A State's delegate nominates its points of contact: each save is a new version. A save from an older version
 * than the latest (another delegate saved meanwhile) is refused; the form keeps what was typed and shows the newer
 * version beside it, and the next save starts from that version.
 */
@customElement('contacts-edit-page')
export class ContactsEditPage extends PageElement {
  @state() private entry: ContactEntry | null = null;
  @state() private contacts: PointOfContact[] = [];
  @state() private membersMayRead = false;
  @state() private newer: ContactEntry | null = null;
  @state() private failure: unknown = null;
  private baseVersion = 0;
  private readonly loads = new LatestLoad();
  private readonly action = new ActionController(this);

  pageTitle(): string {
    return t('contacts.edit.title', { state: this.entry?.stateName ?? this.params.stateId ?? '' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    try {
      const entry = await api.get<ContactEntry>(`/contacts/${encodeURIComponent(this.params.stateId)}`);
      if (current()) {
        this.show(entry);
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  private show(entry: ContactEntry): void {
    this.entry = entry;
    this.baseVersion = entry.version;
    this.membersMayRead = entry.membersMayRead;
    this.contacts =
      entry.contacts.length > 0 ? entry.contacts.map((c) => ({ ...c })) : [blank('diplomatic'), blank('technical')];
  }

  protected override render() {
    return html`
      <p><a href="/contacts">${t('contacts.back')}</a></p>
      <h1>${this.pageTitle()}</h1>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      <problem-alert .error=${this.action.failure}></problem-alert>
      ${this.newer ? this.newerVersion(this.newer) : nothing}
      ${this.entry && !this.entry.mayEdit ? html`<p>${t('contacts.edit.notAllowed')}</p>` : nothing}
      ${this.entry?.mayEdit ? this.form() : nothing}
    `;
  }

  private form() {
    return html`<form class="form" @submit=${this.submit}>
      ${this.contacts.map((c, i) => this.contactFields(c, i))}
      <p>
        <button type="button" class="button button--secondary" @click=${() => this.addContact()}>
          ${t('contacts.edit.add')}
        </button>
      </p>
      <div class="field field--checkbox">
        <input
          type="checkbox"
          id="contacts-members"
          .checked=${this.membersMayRead}
          @change=${(e: Event) => (this.membersMayRead = (e.target as HTMLInputElement).checked)}
        />
        <label for="contacts-members">${t('contacts.edit.membersMayRead')}</label>
      </div>
      <button type="submit" class="button" ?disabled=${this.action.busy}>${t('contacts.edit.save')}</button>
    </form>`;
  }

  private contactFields(c: PointOfContact, i: number) {
    const id = (field: string) => `contact-${i}-${field}`;
    const set = (field: keyof PointOfContact) => (e: Event) => {
      const value = (e.target as HTMLInputElement | HTMLSelectElement).value;
      this.contacts = this.contacts.map((old, j) =>
        j !== i ? old : { ...old, [field]: field === 'languages' ? value.split(/[\s,]+/).filter(Boolean) : value },
      );
    };
    return html`<fieldset class="field-group">
      <legend>${t('contacts.edit.contact', { number: i + 1 })}</legend>
      <div class="field">
        <label for=${id('kind')}>${t('contacts.kind')}</label>
        <select id=${id('kind')} @change=${set('kind')}>
          ${CONTACT_KINDS.map((k) => html`<option value=${k} ?selected=${k === c.kind}>${t(`contacts.kind.${k}`)}</option>`)}
        </select>
      </div>
      ${FIELDS.map(
        (field) => html`<div class="field">
          <label for=${id(field)}>${t(`contacts.${field}`)}</label>
          <input
            id=${id(field)}
            type=${field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
            dir=${field === 'email' || field === 'phone' ? 'ltr' : 'auto'}
            ?required=${field === 'name' || field === 'email'}
            maxlength=${field === 'email' ? 254 : field === 'phone' ? 40 : 200}
            .value=${c[field] ?? ''}
            @input=${set(field)}
          />
        </div>`,
      )}
      <div class="field">
        <label for=${id('languages')}>${t('contacts.languages')}</label>
        <input
          id=${id('languages')}
          dir="ltr"
          aria-describedby=${id('languages-hint')}
          .value=${(c.languages ?? []).join(' ')}
          @input=${set('languages')}
        />
        <p id=${id('languages-hint')} class="muted hint">${t('contacts.edit.languagesHint')}</p>
      </div>
      ${
        this.contacts.length > 1
          ? html`<button type="button" class="button button--secondary" @click=${() => this.removeContact(i)}>
            ${t('contacts.edit.remove', { number: i + 1 })}
          </button>`
          : nothing
      }
    </fieldset>`;
  }

  private newerVersion(newer: ContactEntry) {
    return html`<section class="notice" aria-labelledby="contacts-newer">
      <h2 id="contacts-newer">${t('contacts.edit.newer', { version: newer.version, by: newer.savedBy ?? '' })}</h2>
      <ul>
        ${newer.contacts.map((c) => html`<li>${t(`contacts.kind.${c.kind}`)}: ${c.name} (<span dir="ltr">${c.email}</span>)</li>`)}
      </ul>
    </section>`;
  }

  private addContact(): void {
    this.contacts = [...this.contacts, blank('technical')];
  }

  private removeContact(i: number): void {
    this.contacts = this.contacts.filter((_, j) => j !== i);
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const body = {
      baseVersion: this.baseVersion,
      membersMayRead: this.membersMayRead,
      contacts: this.contacts.map(clean),
    };
    try {
      const saved = await this.action.run(
        () => api.put<ContactEntry>(`/contacts/${encodeURIComponent(this.params.stateId)}`, body),
        { announce: t('contacts.edit.saved') },
      );
      if (saved) {
        this.newer = null;
        this.show(saved);
      }
    } finally {
      this.keepNewer(this.action.failure);
    }
  }

  /** A stale save: the newer version is shown, the text typed kept, and the next save starts from the newer one. */
  private keepNewer(failure: unknown): void {
    if (failure instanceof ApiError && failure.type === '/problems/stale-contacts-version') {
      this.newer = failure.problem.latestVersion as ContactEntry;
      this.baseVersion = this.newer.version;
    }
  }
}

function blank(kind: ContactKind): PointOfContact {
  return { kind, name: '', email: '', languages: [] };
}

/** What the contract takes: blank optional fields left out. */
function clean(c: PointOfContact): PointOfContact {
  const out: PointOfContact = {
    kind: c.kind,
    name: c.name.trim(),
    email: c.email.trim(),
    languages: c.languages ?? [],
  };
  for (const field of ['function', 'phone', 'workingHours'] as const) {
    const value = c[field]?.trim();
    if (value) {
      out[field] = value;
    }
  }
  return out;
}

declare global {
  interface HTMLElementTagNameMap {
    'contacts-edit-page': ContactsEditPage;
  }
}
