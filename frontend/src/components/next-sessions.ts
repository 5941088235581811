import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import type { Page } from '../app/model';
import type { PlenarySession } from '../app/sessions-model';
import { PlenaryElement } from './plenary-element';
import { sessionCard } from './session-parts';
import { formatRelative, t } from '../i18n/i18n';
import { bdi } from '../app/bidi';

/**
 * For the home page, under its "What comes next": the informal consultations in session now with their deadlines,
 * and the next sessions (in session now, then the soonest), as the calendar orders them; says so when none is
 * scheduled (or the calendar cannot be read: the page stands without).
 */
@customElement('next-sessions')
export class NextSessions extends PlenaryElement {
  @state() private sessions: PlenarySession[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void api
      .get<Page<PlenarySession>>('/sessions?limit=10')
      .then((page) => (this.sessions = page.items.filter((s) => s.status !== 'concluded')))
      .catch(() => {});
  }

  protected override render() {
    const open = this.sessions.filter((s) => s.kind === 'informal-consultation' && s.status === 'in-progress');
    const next = this.sessions.filter((s) => !open.includes(s)).slice(0, 3);
    if (!open.length && !next.length) {
      return html`<p>${t('homeNext.noSession')}</p>`;
    }
    return html`
      ${
        open.length
          ? html`<section aria-labelledby="home-consultations">
              <h3 id="home-consultations">${t('sessions.homeConsultations')}</h3>
              <ul class="link-list">
                ${open.map(
                  (s) => html`<li>
                    <a href="/sessions/${s.id}">${bdi(s.title)}</a>
                    ${s.deadline ? html` — ${t('sessions.homeDeadline', { when: formatRelative(s.deadline) })}` : nothing}
                  </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      ${
        next.length
          ? html`<section aria-labelledby="home-sessions">
              <h3 id="home-sessions">${t('sessions.homeTitle')}</h3>
              ${next.map(sessionCard)}
            </section>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'next-sessions': NextSessions;
  }
}
