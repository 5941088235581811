import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { readsExercises, type ContactEntry } from '../app/contacts-model';
import { LatestLoad } from '../app/latest-load';
import { delegateOfAState } from '../app/roles';
import { session } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { formatDateTime, languageName, t } from '../i18n/i18n';

/**
 * The Points of Contact directory: each State's diplomatic and technical points of contact, one table (a row per
 * contact). Read by States' delegates, the moderators and the Secretariat; a State's own members read its entry
 * when it allows them. For everyone else the server answers 404, shown as such.
 */
@customElement('contacts-page')
export class ContactsPage extends PageElement {
  @state() private entries: ContactEntry[] | null = null;
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return t('contacts.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    try {
      const entries = await this.read();
      if (current()) {
        this.entries = entries;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  /** The whole directory, or a member's own State's entry when the State lets its members read it. */
  private async read(): Promise<ContactEntry[]> {
    const own = session.participant()?.organization;
    try {
      return (await api.get<{ items: ContactEntry[] }>('/contacts')).items;
    } catch (error) {
      if (own?.kind !== 'state') {
        throw error;
      }
      return [await api.get<ContactEntry>(`/contacts/${encodeURIComponent(own.id)}`)];
    }
  }

  protected override render() {
    const ownState = delegateOfAState();
    return html`
      <h1>${t('contacts.title')}</h1>
      <p class="lead">${t('contacts.intro')}</p>
      <ul>
        ${ownState ? html`<li><a href="/contacts/${ownState}/edit">${t('contacts.editOwn')}</a></li>` : nothing}
        ${readsExercises() ? html`<li><a href="/contacts/exercises">${t('contacts.exercises')}</a></li>` : nothing}
      </ul>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${!this.entries && !this.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${this.entries ? this.table(this.entries) : nothing}
    `;
  }

  private table(entries: ContactEntry[]) {
    if (entries.length === 0) {
      return html`<p>${t('contacts.empty')}</p>`;
    }
    return html`<div class="table-scroll">
      <table class="report-table contacts-table">
        <caption>
          ${t('contacts.caption', { count: entries.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('contacts.state')}</th>
            <th scope="col">${t('contacts.kind')}</th>
            <th scope="col">${t('contacts.name')}</th>
            <th scope="col">${t('contacts.function')}</th>
            <th scope="col">${t('contacts.email')}</th>
            <th scope="col">${t('contacts.phone')}</th>
            <th scope="col">${t('contacts.workingHours')}</th>
            <th scope="col">${t('contacts.languages')}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map((entry) =>
            entry.contacts.map(
              (c, i) =>
                html`<tr>
                  ${
                    i === 0
                      ? html`<th scope="rowgroup" rowspan=${entry.contacts.length}>
                        ${entry.stateName}
                        ${
                          entry.savedAt
                            ? html`<br /><small class="muted"
                                >${t('contacts.version', { version: entry.version, at: formatDateTime(entry.savedAt) })}</small
                              >`
                            : nothing
                        }
                      </th>`
                      : nothing
                  }
                  <td>${t(`contacts.kind.${c.kind}`)}</td>
                  <td>${c.name}</td>
                  <td>${c.function ?? ''}</td>
                  <td><a href="mailto:${c.email}" dir="ltr">${c.email}</a></td>
                  <td><span dir="ltr">${c.phone ?? ''}</span></td>
                  <td>${c.workingHours ?? ''}</td>
                  <td>${(c.languages ?? []).map((l) => languageName(l)).join(', ')}</td>
                </tr>`,
            ),
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contacts-page': ContactsPage;
  }
}
