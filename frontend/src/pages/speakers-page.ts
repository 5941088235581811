import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { session } from '../app/session';
import type { SpeakersList } from '../app/speakers-model';
import '../components/chair-speakers-list';
import '../components/item-statements';
import { PageElement } from '../components/plenary-element';
import '../components/speakers-list';
import { t } from '../i18n/i18n';

interface AgendaItem {
  id: string;
  number: string;
  title: string;
  subItems?: AgendaItem[];
}

/**
 * The speakers list of one agenda item: the Chair and the Secretariat run it here (keyboard-friendly, live); the
 * delegations read it, inscribe and post their statements.
 */
@customElement('speakers-page')
export class SpeakersPage extends PageElement {
  @state() private sessionTitle = '';
  @state() private item: AgendaItem | null = null;
  @state() private list: SpeakersList | null = null;

  pageTitle(): string {
    return t('speakers.pageTitle', { number: this.item?.number ?? '' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private get runsTheFloor(): boolean {
    const roles = session.participant()?.roles ?? [];
    return roles.includes('chair') || roles.includes('secretariat');
  }

  protected override render() {
    const { sessionId, itemId } = this.params;
    return html`
      <p class="muted"><a href="/sessions/${sessionId}">${this.sessionTitle}</a></p>
      <h1>${this.item ? `${this.item.number}. ${this.item.title}` : t('speakers.title')}</h1>
      ${
        this.runsTheFloor
          ? html`<chair-speakers-list session-id=${sessionId} item-id=${itemId}></chair-speakers-list>`
          : html`<speakers-list session-id=${sessionId} item-id=${itemId} @list-changed=${this.listed}></speakers-list>`
      }
      ${this.runsTheFloor ? nothing : html`<item-statements session-id=${sessionId} item-id=${itemId} .list=${this.list}></item-statements>`}
      ${this.runsTheFloor ? html`<item-statements session-id=${sessionId} item-id=${itemId}></item-statements>` : nothing}
    `;
  }

  private readonly listed = (event: CustomEvent<SpeakersList>): void => {
    this.list = event.detail;
  };

  private async load(): Promise<void> {
    try {
      const found = await api.get<{ title: string; agenda?: { items: AgendaItem[] } }>(
        `/sessions/${encodeURIComponent(this.params.sessionId)}`,
      );
      this.sessionTitle = found.title;
      const items = (found.agenda?.items ?? []).flatMap((item) => [item, ...(item.subItems ?? [])]);
      this.item = items.find((item) => item.id === this.params.itemId) ?? null;
    } catch {
      // the lists below show the problem themselves
    }
  }
}
