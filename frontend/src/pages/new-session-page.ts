import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { navigate } from '../app/router';
import { readerTimeZone, runsSessions, SESSION_KINDS, type PlenarySession } from '../app/sessions-model';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { t } from '../i18n/i18n';

/** Time zones of the usual venues, offered first; any IANA zone may be typed. */
const VENUE_ZONES = ['America/New_York', 'Europe/Zurich', 'Europe/Vienna', 'Africa/Nairobi', 'Asia/Bangkok', 'UTC'];

/** The Secretariat's form to put a session on the calendar. */
@customElement('new-session-page')
export class NewSessionPage extends PageElement {
  private readonly action = new ActionController(this);

  pageTitle(): string {
    return t('sessions.new');
  }

  protected override render() {
    if (!runsSessions()) {
      return html`<h1>${t('sessions.new')}</h1>
        <p>${t('sessions.onlySecretariat')}</p>`;
    }
    return html`
      <p><a href="/sessions">${t('sessions.back')}</a></p>
      <h1>${t('sessions.new')}</h1>
      <problem-alert .error=${this.action.failure}></problem-alert>
      <form class="form" @submit=${this.submit}>
        <div class="field">
          <label for="session-kind">${t('sessions.kind')}</label>
          <select id="session-kind" name="kind" required>
            ${SESSION_KINDS.map((kind) => html`<option value=${kind}>${t(`sessionKind.${kind}`)}</option>`)}
          </select>
        </div>
        <div class="field field--wide">
          <label for="session-title">${t('sessions.titleLabel')}</label>
          <input id="session-title" name="title" required minlength="3" maxlength="300" />
        </div>
        <div class="field">
          <label for="session-number">${t('sessions.number')}</label>
          <input id="session-number" name="number" type="number" min="1" max="999" value="1" required />
        </div>
        <div class="field">
          <label for="session-opens">${t('sessions.opensOn')}</label>
          <input id="session-opens" name="opensOn" type="date" required />
        </div>
        <div class="field">
          <label for="session-closes">${t('sessions.closesOn')}</label>
          <input id="session-closes" name="closesOn" type="date" required />
        </div>
        <div class="field field--wide">
          <label for="session-venue">${t('sessions.venue')}</label>
          <input id="session-venue" name="venue" maxlength="300" aria-describedby="session-venue-hint" />
          <p id="session-venue-hint" class="muted hint">${t('sessions.venueHint')}</p>
        </div>
        <div class="field">
          <label for="session-zone">${t('sessions.timeZone')}</label>
          <input id="session-zone" name="timeZone" list="session-zones" required maxlength="64" value="America/New_York" />
          <datalist id="session-zones">${VENUE_ZONES.map((zone) => html`<option value=${zone}></option>`)}</datalist>
        </div>
        <fieldset class="field-group">
          <legend>${t('sessions.audience')}</legend>
          <div class="radio">
            <input type="radio" id="audience-states" name="audience" value="states" />
            <label for="audience-states">${t('sessionAudience.states')}</label>
          </div>
          <div class="radio">
            <input type="radio" id="audience-all" name="audience" value="states-and-stakeholders" checked />
            <label for="audience-all">${t('sessionAudience.states-and-stakeholders')}</label>
          </div>
        </fieldset>
        <div class="field">
          <label for="session-deadline">${t('sessions.deadlineLabel', { zone: readerTimeZone() })}</label>
          <input id="session-deadline" name="deadline" type="datetime-local" />
        </div>
        <button type="submit" class="button" ?disabled=${this.action.busy}>${t('sessions.create')}</button>
      </form>
      ${this.action.busy ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
    `;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const venue = text('venue');
    const deadline = text('deadline');
    const body = {
      kind: text('kind'),
      title: text('title'),
      number: Number(text('number')),
      opensOn: text('opensOn'),
      closesOn: text('closesOn'),
      timeZone: text('timeZone'),
      audience: text('audience'),
      ...(venue ? { venue } : {}),
      // the browser reads the local date and time in the reader's zone
      ...(deadline ? { deadline: new Date(deadline).toISOString() } : {}),
    };
    const made = await this.action.run(() => api.create<PlenarySession>('/sessions', body), {
      announce: t('sessions.created'),
    });
    if (made) {
      navigate(`/sessions/${made.id}`);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'new-session-page': NewSessionPage;
  }
}
