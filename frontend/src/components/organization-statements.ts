import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { bdi } from '../app/bidi';
import type { Statement } from '../app/speakers-model';
import { LANGUAGE_NAMES } from '../i18n/catalogue';
import { formatDateTime, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/**
 * An organization's statements in the sessions of the mechanism, newest first, as part of its history: only those of
 * sessions the reader attends; nothing is shown when there are none.
 */
@customElement('organization-statements')
export class OrganizationStatements extends PlenaryElement {
  @property({ attribute: 'organization-id' }) organizationId = '';
  @state() private statements: Statement[] = [];
  @state() private next: string | undefined;
  @state() private failure: unknown = null;
  private loaded = '';

  protected override willUpdate(): void {
    if (this.organizationId && this.organizationId !== this.loaded) {
      this.loaded = this.organizationId;
      this.statements = [];
      void this.load();
    }
  }

  private async load(cursor?: string): Promise<void> {
    const id = this.organizationId;
    try {
      const query = `limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await api.get<{ items: Statement[]; next?: string }>(
        `/organizations/${encodeURIComponent(id)}/statements?${query}`,
      );
      if (id === this.organizationId) {
        this.statements = [...this.statements, ...page.items];
        this.next = page.next;
        this.failure = null;
      }
    } catch (error) {
      this.failure = error;
    }
  }

  protected override render() {
    if (this.statements.length === 0 && !this.failure) {
      return nothing;
    }
    return html`<section aria-labelledby="organization-statements-heading">
      <h2 id="organization-statements-heading">${t('statements.history')}</h2>
      <problem-alert .error=${this.failure}></problem-alert>
      <ul class="organization-statements">
        ${this.statements.map(
          (s) => html`<li>
            <a href="/sessions/${s.sessionId}/items/${s.agendaItemId}/speakers">${formatDateTime(s.postedAt)}</a>
            <span class="muted">${LANGUAGE_NAMES[s.language]}</span>
            <p dir="auto" lang=${s.language}>${bdi(s.text.length > 200 ? `${s.text.slice(0, 200)}…` : s.text)}</p>
          </li>`,
        )}
      </ul>
      ${
        this.next
          ? html`<button class="button button--secondary" @click=${() => void this.load(this.next)}>
            ${t('statements.more')}
          </button>`
          : nothing
      }
    </section>`;
  }
}
