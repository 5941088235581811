import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import {
  itemsById,
  nextStatus,
  type Agenda,
  type AgendaItem,
  type Meeting,
  type PlenarySession,
} from '../app/sessions-model';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { t } from '../i18n/i18n';

interface ItemDraft {
  id?: string;
  title: string;
  topics?: string[];
  threads?: string[];
  drafts?: string[];
  subItems?: ItemDraft[];
}

/**
 * The agenda as the Secretariat types it, one item per line, a sub-item's line starting with a hyphen. An item whose
 * title is that of an item of the current agenda keeps its id (what refers to it, documents and speakers lists,
 * follows it) and what it takes up (its topics, threads and drafts, set through the API); the server numbers the
 * items by their order.
 */
export function parseAgenda(text: string, current: Agenda | undefined): ItemDraft[] {
  const known = new Map<string, AgendaItem>();
  itemsById(current).forEach((item: AgendaItem) => known.set(item.title, item));
  const items: ItemDraft[] = [];
  for (const raw of text.split('\n')) {
    const sub = /^\s*[-–•]/.test(raw);
    const title = raw.replace(/^\s*[-–•]?\s*/, '').trim();
    if (!title) {
      continue;
    }
    const kept = known.get(title);
    known.delete(title);
    const draft: ItemDraft = kept
      ? { id: kept.id, title, topics: kept.topics, threads: kept.threads, drafts: kept.drafts }
      : { title };
    const parent = items[items.length - 1];
    if (sub && parent) {
      parent.subItems = [...(parent.subItems ?? []), draft];
    } else {
      items.push(draft);
    }
  }
  return items;
}

function agendaText(agenda: Agenda | undefined): string {
  return (agenda?.items ?? [])
    .map((item) => [item.title, ...(item.subItems ?? []).map((sub) => `- ${sub.title}`)].join('\n'))
    .join('\n');
}

/**
 * What the Secretariat and the Chair do with a session: open or conclude it, set its agenda, adopt it at the opening,
 * schedule meetings. Each change fires `session-changed` for the page to read the session again.
 */
@customElement('session-admin')
export class SessionAdmin extends PlenaryElement {
  @property({ attribute: false }) session!: PlenarySession;
  private readonly action = new ActionController(this, { context: () => this.session?.id });

  protected override render() {
    const s = this.session;
    if (s.status === 'concluded') {
      return html`<p class="muted">${t('sessions.frozen')}</p>`;
    }
    const next = nextStatus(s.status);
    const adopted = s.agenda?.status === 'adopted';
    return html`
      <problem-alert .error=${this.action.failure}></problem-alert>
      <div class="button-row">
        ${
          next
            ? html`<button type="button" class="button" ?disabled=${this.action.busy} @click=${() => void this.changeStatus(next)}>
                ${t(next === 'in-progress' ? 'sessions.open' : 'sessions.conclude')}
              </button>`
            : nothing
        }
        ${
          s.status === 'in-progress' && s.agenda && !adopted
            ? html`<button type="button" class="button" ?disabled=${this.action.busy} @click=${() => void this.adopt()}>
                ${t('sessions.adopt')}
              </button>`
            : nothing
        }
      </div>
      <form class="form" @submit=${this.setAgenda} aria-labelledby="agenda-form-title">
        <h3 id="agenda-form-title">${t('sessions.setAgenda')}</h3>
        <div class="field field--wide">
          <label for="agenda-text">${t('sessions.agendaText')}</label>
          <textarea id="agenda-text" name="agenda" rows="8" required aria-describedby="agenda-hint">${agendaText(s.agenda)}</textarea>
          <p id="agenda-hint" class="muted hint">${t('sessions.agendaHint')}</p>
        </div>
        ${
          adopted
            ? html`<div class="field field--wide">
                <label for="agenda-reason">${t('sessions.agendaReason')}</label>
                <input id="agenda-reason" name="reason" required maxlength="2000" />
              </div>`
            : nothing
        }
        <button type="submit" class="button" ?disabled=${this.action.busy}>${t('sessions.saveAgenda')}</button>
      </form>
      ${this.meetingForm(s)}
    `;
  }

  private meetingForm(s: PlenarySession) {
    return html`<form class="form" @submit=${this.scheduleMeeting} aria-labelledby="meeting-form-title">
      <h3 id="meeting-form-title">${t('sessions.scheduleMeeting')}</h3>
      <div class="field field--wide">
        <label for="meeting-title">${t('sessions.meetingTitle')}</label>
        <input id="meeting-title" name="title" required maxlength="300" />
      </div>
      <div class="field">
        <label for="meeting-date">${t('sessions.meetingDate')}</label>
        <input id="meeting-date" name="date" type="date" required min=${s.opensOn} max=${s.closesOn} value=${s.opensOn} />
      </div>
      <div class="field">
        <label for="meeting-start">${t('sessions.meetingStart', { zone: s.timeZone })}</label>
        <input id="meeting-start" name="start" type="time" required value="10:00" />
      </div>
      <div class="field">
        <label for="meeting-end">${t('sessions.meetingEnd', { zone: s.timeZone })}</label>
        <input id="meeting-end" name="end" type="time" required value="13:00" />
      </div>
      ${
        s.agenda
          ? html`<fieldset class="field-group">
              <legend>${t('sessions.meetingItems')}</legend>
              ${[...itemsById(s.agenda).values()].map(
                (item) => html`<div class="field field--checkbox">
                  <input type="checkbox" id="meeting-item-${item.id}" name="item" value=${item.id} />
                  <label for="meeting-item-${item.id}" dir="auto">${item.number}. ${item.title}</label>
                </div>`,
              )}
            </fieldset>`
          : nothing
      }
      <button type="submit" class="button" ?disabled=${this.action.busy}>${t('sessions.schedule')}</button>
    </form>`;
  }

  private changed(announcement: string) {
    return {
      announce: announcement,
      refresh: () => this.dispatchEvent(new CustomEvent('session-changed', { bubbles: true })),
    };
  }

  private async changeStatus(status: string): Promise<void> {
    await this.action.run(
      () => api.post<PlenarySession>(`/sessions/${this.session.id}/status`, { status }),
      this.changed(t(status === 'in-progress' ? 'sessions.openedNow' : 'sessions.concludedNow')),
    );
  }

  private async adopt(): Promise<void> {
    await this.action.run(
      () => api.post<Agenda>(`/sessions/${this.session.id}/agenda/adoption`),
      this.changed(t('sessions.adoptedNow')),
    );
  }

  private async setAgenda(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const reason = String(form.get('reason') ?? '').trim();
    const items = parseAgenda(String(form.get('agenda') ?? ''), this.session.agenda);
    await this.action.run(
      () => api.put<Agenda>(`/sessions/${this.session.id}/agenda`, { items, ...(reason ? { reason } : {}) }),
      this.changed(t('sessions.agendaSaved')),
    );
  }

  private async scheduleMeeting(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const target = event.target as HTMLFormElement;
    const form = new FormData(target);
    const body = {
      title: String(form.get('title') ?? '').trim(),
      date: String(form.get('date') ?? ''),
      start: String(form.get('start') ?? '').slice(0, 5),
      end: String(form.get('end') ?? '').slice(0, 5),
      agendaItems: form.getAll('item').map(String),
    };
    const made = await this.action.run(
      () => api.create<Meeting>(`/sessions/${this.session.id}/meetings`, body),
      this.changed(t('sessions.meetingScheduled')),
    );
    if (made) {
      target.reset();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'session-admin': SessionAdmin;
  }
}
