import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { bdi } from '../app/bidi';
import { LiveSpeakersList } from '../app/live-speakers';
import { session } from '../app/session';
import {
  allEntries,
  speakersPath,
  type FloorAction,
  type SpeakersEntry,
  type SpeakersList,
  type SpeakersTimeLimits,
} from '../app/speakers-model';
import type { MessageKey } from '../i18n/catalogue';
import { t } from '../i18n/i18n';
import { entryLine, minutes } from './speakers-entry';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/** Single keys the Chair runs the floor with, outside fields that take text. */
const KEYS: Record<string, 'next' | 'done' | 'absent'> = { n: 'next', d: 'done', a: 'absent' };

/**
 * The speakers list as the Chair runs it, live: the speaker on the floor and the next, with "next speaker",
 * "done" and "absent" as buttons and as the keys N, D and A; every speaker can be given the floor; the Secretariat
 * also moves a speaker to another place, with the reason shown on the list.
 */
@customElement('chair-speakers-list')
export class ChairSpeakersList extends PlenaryElement {
  @property({ attribute: 'session-id' }) sessionId = '';
  @property({ attribute: 'item-id' }) itemId = '';
  @state() private moving: string | null = null;
  private readonly live = new LiveSpeakersList(this, () => ({ sessionId: this.sessionId, itemId: this.itemId }));
  private readonly action = new ActionController(this, { context: () => this.itemId });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey);
  }

  private get reorders(): boolean {
    return session.participant()?.roles.includes('secretariat') ?? false;
  }

  protected override render() {
    const list = this.live.list;
    return html`<section class="chair-speakers" aria-labelledby="chair-heading-${this.itemId}">
      <h2 id="chair-heading-${this.itemId}">${t('chair.title')}</h2>
      <p class="muted" id="chair-keys-${this.itemId}">${t('chair.keys')}</p>
      <problem-alert .error=${this.live.failure} .retry=${() => void this.live.load()}></problem-alert>
      <problem-alert .error=${this.action.failure}></problem-alert>
      ${list ? this.renderFloor(list) : nothing}
      ${list ? this.renderEntries(list) : html`<p class="loading">${t('shell.loading')}</p>`}
      ${list ? this.renderLimits(list) : nothing}
    </section>`;
  }

  private renderLimits(list: SpeakersList) {
    const field = (name: keyof SpeakersTimeLimits, label: MessageKey) =>
      html`<label for="limit-${name}-${this.itemId}">${t(label)}</label>
        <input id="limit-${name}-${this.itemId}" name=${name} type="number" min="0.5" max="60" step="0.5" required
          value=${list.limits[name] / 60} />`;
    return html`<details class="chair-speakers__limits">
      <summary>${t('chair.limits')}</summary>
      <form class="chair-speakers__move" @submit=${this.setLimits}>
        ${field('nationalSeconds', 'chair.limitNational')} ${field('groupSeconds', 'chair.limitGroup')}
        ${field('firstReplySeconds', 'chair.limitFirstReply')} ${field('secondReplySeconds', 'chair.limitSecondReply')}
        <button class="button" type="submit" ?disabled=${this.action.busy}>${t('chair.limitsSave')}</button>
      </form>
    </details>`;
  }

  private readonly setLimits = (event: Event): void => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const seconds = (name: string) => Math.round(Number(form.get(name)) * 60);
    const body = {
      nationalSeconds: seconds('nationalSeconds'),
      groupSeconds: seconds('groupSeconds'),
      firstReplySeconds: seconds('firstReplySeconds'),
      secondReplySeconds: seconds('secondReplySeconds'),
    };
    void this.action.run(() => api.put<SpeakersList>(`${speakersPath(this.sessionId, this.itemId)}/limits`, body), {
      apply: (list) => this.live.show(list),
      announce: t('chair.limitsSet'),
    });
  };

  private renderFloor(list: SpeakersList) {
    const busy = this.action.busy;
    return html`<div class="chair-speakers__floor">
      <p class="chair-speakers__current" role="status" aria-live="polite">
        ${
          list.floor
            ? html`${t('speakers.floor', { name: list.floor.organization.name })} · ${minutes(list.floor.seconds)}`
            : t('speakers.floorNobody')
        }
      </p>
      <p>${list.next ? t('speakers.next', { name: list.next.organization.name }) : t('chair.noneWaiting')}</p>
      <div class="chair-speakers__keys" role="group" aria-describedby="chair-keys-${this.itemId}">
        <button class="button" data-key="n" aria-keyshortcuts="N" ?disabled=${busy || !list.next}
          @click=${() => this.command('next')}>${t('chair.next')}</button>
        <button class="button button--secondary" data-key="d" aria-keyshortcuts="D" ?disabled=${busy || !list.floor}
          @click=${() => this.command('done')}>${t('chair.done')}</button>
        <button class="button button--secondary" data-key="a" aria-keyshortcuts="A" ?disabled=${busy || !list.floor}
          @click=${() => this.command('absent')}>${t('chair.absent')}</button>
      </div>
    </div>`;
  }

  private renderEntries(list: SpeakersList) {
    const entries = allEntries(list);
    if (entries.length === 0) {
      return html`<p class="muted">${t('speakers.empty')}</p>`;
    }
    return html`<ol class="speakers__list">
      ${entries.map(
        (entry) => html`<li class="speaker speaker--${entry.status}" data-organization=${entry.organization.id}
        aria-current=${entry.status === 'on-floor' ? 'true' : 'false'}>
        ${entryLine(entry)}
        ${
          entry.status === 'waiting' || entry.status === 'absent'
            ? html`<button class="button button--secondary" ?disabled=${this.action.busy}
              @click=${() => this.mark(entry, 'floor')}>${t('chair.give')} <span class="visually-hidden">${bdi(entry.organization.name)}</span></button>`
            : nothing
        }
        ${this.reorders && entry.kind === 'statement' ? this.renderMove(entry) : nothing}
      </li>`,
      )}
    </ol>`;
  }

  private renderMove(entry: SpeakersEntry) {
    if (this.moving !== entry.id) {
      return html`<button class="button button--secondary" @click=${() => (this.moving = entry.id)}>
        ${t('chair.move')} <span class="visually-hidden">${bdi(entry.organization.name)}</span></button>`;
    }
    return html`<form class="chair-speakers__move" @submit=${(e: Event) => this.move(e, entry)}>
      <label for="move-position-${entry.id}">${t('chair.movePosition')}</label>
      <input id="move-position-${entry.id}" name="position" type="number" min="1" max="1000" required value=${entry.position} />
      <label for="move-reason-${entry.id}">${t('chair.moveReason')}</label>
      <input id="move-reason-${entry.id}" name="reason" maxlength="500" required />
      <button class="button" type="submit" ?disabled=${this.action.busy}>${t('chair.move')}</button>
    </form>`;
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement | null;
    if (
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      target?.closest('input, textarea, select, [contenteditable]')
    ) {
      return;
    }
    const command = KEYS[event.key.toLowerCase()];
    if (command) {
      event.preventDefault();
      this.command(command);
    }
  };

  private command(command: 'next' | 'done' | 'absent'): void {
    const list = this.live.list;
    const target = command === 'next' ? list?.next : list?.floor;
    if (target) {
      this.mark(target, command === 'next' ? 'floor' : command);
    }
  }

  private mark(entry: SpeakersEntry, action: FloorAction): void {
    const name = entry.organization.name;
    void this.action.run(() => api.post<SpeakersList>(`/speakers/${encodeURIComponent(entry.id)}/floor`, { action }), {
      apply: (list) => this.live.show(list),
      announce: t(
        action === 'floor' ? 'chair.floorGiven' : action === 'done' ? 'chair.markedDone' : 'chair.markedAbsent',
        { name },
      ),
    });
  }

  private move(event: Event, entry: SpeakersEntry): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const body = { position: Number(form.get('position')), reason: String(form.get('reason') ?? '') };
    void this.action.run(() => api.post<SpeakersList>(`/speakers/${encodeURIComponent(entry.id)}/move`, body), {
      apply: (list) => {
        this.moving = null;
        this.live.show(list);
      },
    });
  }
}
