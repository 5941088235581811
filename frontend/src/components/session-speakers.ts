import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { bdi } from '../app/bidi';
import type { AgendaItem, PlenarySession } from '../app/sessions-model';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';

/**
 * The speakers lists and statements of a session, in the session page's slot: a link to the speakers list (and its
 * statements) of every agenda item and sub-item, where the Chair runs the floor and delegations inscribe.
 */
@customElement('session-speakers')
export class SessionSpeakers extends PlenaryElement {
  @property({ attribute: false }) session: PlenarySession | null = null;

  protected override render() {
    const s = this.session;
    if (!s?.agenda || !s.mayAttend) {
      return nothing;
    }
    const items = s.agenda.items.flatMap((item: AgendaItem) => [item, ...(item.subItems ?? [])]);
    return html`<h2 id="session-speakers-heading">${t('sessions.speakersSlot')}</h2>
      <ul class="session-speakers">
        ${items.map(
          (item) => html`<li>
            <a href="/sessions/${s.id}/items/${item.id}/speakers"
              >${t('speakers.pageTitle', { number: item.number })}</a
            >
            <span class="muted">${bdi(item.title)}</span>
          </li>`,
        )}
      </ul>`;
  }
}
