import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { LiveSpeakersList } from '../app/live-speakers';
import { session } from '../app/session';
import { speakersPath, type SpeakersList, type SpeakingGroup } from '../app/speakers-model';
import { t } from '../i18n/i18n';
import { entryLine } from './speakers-entry';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/**
 * The speakers list of an agenda item as a delegation reads it, live: who has the floor, the statements in speaking
 * order with their time limits, and the rights of reply of the day. A delegate inscribes its own organization
 * (nationally, or for a group it speaks for), withdraws the inscription while waiting, and inscribes a right of reply.
 */
@customElement('speakers-list')
export class SpeakersListElement extends PlenaryElement {
  @property({ attribute: 'session-id' }) sessionId = '';
  @property({ attribute: 'item-id' }) itemId = '';
  @state() private groups: SpeakingGroup[] = [];
  @state() private group = '';
  private readonly live = new LiveSpeakersList(this, () => ({ sessionId: this.sessionId, itemId: this.itemId }));
  private readonly action = new ActionController(this, { context: () => this.itemId });

  override connectedCallback(): void {
    super.connectedCallback();
    void api
      .get<{ items: SpeakingGroup[] }>('/speaking-groups')
      .then((groups) => (this.groups = groups.items))
      .catch(() => (this.groups = []));
  }

  private shown: SpeakersList | null = null;

  protected override updated(): void {
    if (this.live.list !== this.shown) {
      this.shown = this.live.list;
      this.dispatchEvent(new CustomEvent('list-changed', { detail: this.shown }));
    }
  }

  private get me() {
    return session.participant();
  }

  private get myGroups(): SpeakingGroup[] {
    const organization = this.me?.organization.id;
    return this.groups.filter((group) => group.speaker !== undefined && group.speaker === organization);
  }

  protected override render() {
    const list = this.live.list;
    return html`<section class="speakers" aria-labelledby="speakers-heading-${this.itemId}">
      <h2 id="speakers-heading-${this.itemId}">${t('speakers.title')}</h2>
      <problem-alert .error=${this.live.failure} .retry=${() => void this.live.load()}></problem-alert>
      ${list ? this.renderList(list) : this.live.failure ? nothing : html`<p class="loading">${t('shell.loading')}</p>`}
      <problem-alert .error=${this.action.failure}></problem-alert>
      ${list ? this.renderActions(list) : nothing}
    </section>`;
  }

  private renderList(list: SpeakersList) {
    return html`<p class="speakers__floor" role="status" aria-live="polite" data-floor=${list.floor?.organization.id ?? ''}>
        ${list.floor ? t('speakers.floor', { name: list.floor.organization.name }) : t('speakers.floorNobody')}
      </p>
      ${list.next ? html`<p class="muted">${t('speakers.next', { name: list.next.organization.name })}</p>` : nothing}
      ${this.live.state === 'live' ? html`<p class="live-status live-status--live">${t('speakers.count', { count: list.statements.length })}</p>` : nothing}
      ${
        list.statements.length === 0
          ? html`<p class="muted">${t('speakers.empty')}</p>`
          : html`<ol class="speakers__list">
            ${list.statements.map(
              (entry) => html`<li class="speaker speaker--${entry.status}" data-organization=${entry.organization.id}
                aria-current=${entry.status === 'on-floor' ? 'true' : 'false'}>${entryLine(entry)}</li>`,
            )}
          </ol>`
      }
      ${
        list.repliesOfTheDay.length > 0
          ? html`<h3>${t('speakers.replies')}</h3>
            <ol class="speakers__list">
              ${list.repliesOfTheDay.map(
                (entry) => html`<li class="speaker speaker--${entry.status}" data-organization=${entry.organization.id}>
                  ${entryLine(entry)}</li>`,
              )}
            </ol>`
          : nothing
      }`;
  }

  private renderActions(list: SpeakersList) {
    const me = this.me;
    if (!me || !me.roles.includes('delegate')) {
      return nothing;
    }
    const mine = list.statements.find((entry) => entry.organization.id === me.organization.id);
    const busy = this.action.busy;
    if (mine) {
      return mine.status === 'waiting'
        ? html`<p><button class="button button--secondary" ?disabled=${busy} @click=${() => this.withdraw(mine.id)}>
            ${t('speakers.withdraw')}</button></p>`
        : this.replyButton();
    }
    const groups = this.myGroups;
    return html`<form class="speakers__inscribe" @submit=${this.inscribe}>
      ${
        groups.length > 0
          ? html`<label for="speak-as-${this.itemId}">${t('speakers.speakAs')}</label>
            <select id="speak-as-${this.itemId}" @change=${(e: Event) => (this.group = (e.target as HTMLSelectElement).value)}>
              <option value="">${t('speakers.nationally')}</option>
              ${groups.map(
                (group) => html`<option value=${group.id} ?selected=${this.group === group.id}>
                ${t('speakers.onBehalfOf', { group: group.name })}</option>`,
              )}
            </select>`
          : nothing
      }
      <button class="button" type="submit" ?disabled=${busy}>
        ${t('speakers.inscribe', { organization: me.organization.name })}</button>
    </form>`;
  }

  private replyButton() {
    if (this.me?.organization.kind !== 'state') {
      return nothing;
    }
    return html`<p><button class="button button--secondary" ?disabled=${this.action.busy} @click=${this.reply}>
      ${t('speakers.reply')}</button></p>`;
  }

  private readonly inscribe = (event: Event): void => {
    event.preventDefault();
    const body = this.group ? { onBehalfOf: this.group } : {};
    void this.action.run(() => api.create<SpeakersList>(speakersPath(this.sessionId, this.itemId), body), {
      apply: (list) => this.live.show(list),
      announce: (list) => {
        const entry = list.statements.find((e) => e.id === list.entryId);
        return entry
          ? t('speakers.inscribed', { organization: entry.organization.name, position: entry.position })
          : '';
      },
    });
  };

  private readonly reply = (): void => {
    const path = `/sessions/${encodeURIComponent(this.sessionId)}/items/${encodeURIComponent(this.itemId)}/rights-of-reply`;
    void this.action.run(() => api.create<SpeakersList>(path, {}), {
      apply: (list) => this.live.show(list),
      announce: t('speakers.replyInscribed'),
    });
  };

  private withdraw(entryId: string): void {
    void this.action.run(() => api.post<SpeakersList>(`/speakers/${encodeURIComponent(entryId)}/withdrawal`), {
      apply: (list) => this.live.show(list),
      announce: t('speakers.withdrawn'),
    });
  }
}
