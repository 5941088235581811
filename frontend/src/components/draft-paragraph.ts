import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import {
  STANCES,
  type Amendment,
  type Paragraph,
  type ParagraphComment,
  type ParagraphConsensus,
  type StanceKind,
} from '../app/draft-model';
import type { Page } from '../app/model';
import { organizationName } from '../app/names';
import { runsTheDialogue } from '../app/roles';
import { session } from '../app/session';
import { wordDiff } from '../app/word-diff';
import { t } from '../i18n/i18n';
import { groupBreadth, stanceLists, statusBadge } from './consensus-parts';
import { amendmentList, commentList, diffText } from './contribution-parts';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

type Form = 'none' | 'comment' | 'amendment';

/**
 * One paragraph of a draft, side by side with what was said about it. On the left: its number, text and
 * change since the last version, the consensus tracker (agreed, contested or open; the regional groups
 * whose States support it; who objects, by name) and, for delegates of governments, the stance buttons.
 * On the right: the comments and the proposed amendments, each as a diff against the current text, loaded
 * when the paragraph comes into view. Fires `consensus-changed` after a stance.
 */
@customElement('draft-paragraph')
export class DraftParagraph extends PlenaryElement {
  @property({ attribute: false }) paragraph!: Paragraph;
  @property({ attribute: false }) threadId = '';
  /** The latest version, open for stances and contributions. */
  @property({ type: Boolean }) live = false;
  /** Of the zero draft, where every paragraph is new and saying so adds nothing. */
  @property({ type: Boolean }) first = false;
  /** The text in the version before, when this one revised it: the change is shown as a diff. */
  @property({ attribute: false }) previousText: string | null = null;
  /** The version before, by label ("Zero draft"), to say what the change is measured against. */
  @property({ attribute: false }) previousLabel = '';
  @state() private comments: ParagraphComment[] | null = null;
  @state() private amendments: Amendment[] | null = null;
  @state() private form: Form = 'none';
  @state() private status = '';
  private readonly action = new ActionController(this, { context: () => this.threadId });
  private observer: IntersectionObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchForView();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('live')) {
      this.watchForView();
    }
  }

  /** Comments and amendments load when the paragraph comes into view: a long draft costs nothing up front. */
  private watchForView(): void {
    if (!this.live || this.comments !== null || this.observer || !this.isConnected) {
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        this.observer?.disconnect();
        this.observer = null;
        void this.loadContributions();
      }
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Re-reads comments and amendments (another participant added one), if they were shown already. */
  async refreshContributions(): Promise<void> {
    if (this.comments !== null) {
      await this.loadContributions();
    }
  }

  protected override render() {
    const p = this.paragraph;
    const headingId = `paragraph-${p.id}-heading`;
    return html`<article class="draft-paragraph ${p.consensus ? `draft-paragraph--${p.consensus.status}` : ''}" id="paragraph-${p.id}"
      aria-labelledby=${headingId}>
      <div class="draft-paragraph__text">
        <h3 id=${headingId} class="draft-paragraph__number" tabindex="-1">
          ${t('draft.paragraph', { number: p.number })}
          ${p.change && p.change !== 'unchanged' && !this.first ? html`<span class="badge">${t(`draft.change.${p.change}`)}</span>` : nothing}
        </h3>
        <p class="draft-paragraph__body" dir="auto">${p.text}</p>
        ${
          this.previousText !== null && p.change === 'revised'
            ? html`<details class="draft-paragraph__change">
              <summary>${t('draft.showChange', { version: this.previousLabel })}</summary>
              ${diffText(wordDiff(this.previousText, p.text))}
            </details>`
            : nothing
        }
        ${p.consensus ? this.tracker(p.consensus) : nothing}
        ${this.live && p.consensus ? this.stanceButtons(p.consensus) : nothing}
        ${this.status ? html`<p class="status">${this.status}</p>` : nothing}
        <problem-alert .error=${this.action.failure} .dismiss=${() => this.action.dismiss()}></problem-alert>
      </div>
      ${this.live ? this.side() : nothing}
    </article>`;
  }

  private tracker(consensus: ParagraphConsensus) {
    return html`<section class="tracker" aria-label=${t('consensus.trackerOf', { number: this.paragraph.number })}>
      <p class="tracker__status">${statusBadge(consensus.status)}</p>
      ${groupBreadth(consensus)} ${stanceLists(consensus)}
    </section>`;
  }

  /** The caller's government's stance, and buttons to record one (State delegates; intergovernmental delegates for their members). */
  private stanceButtons(consensus: ParagraphConsensus) {
    const participant = session.participant();
    const kind = participant?.organization.kind;
    if (!participant?.roles.includes('delegate') || (kind !== 'state' && kind !== 'intergovernmental')) {
      return nothing;
    }
    const own = participant.organization.id;
    const current: StanceKind | null = consensus.support.some((e) => e.state.id === own)
      ? 'support'
      : consensus.objections.some((e) => e.state.id === own)
        ? 'object'
        : consensus.reservations.some((e) => e.state.id === own)
          ? 'reserve'
          : null;
    const id = `stance-${this.paragraph.id}`;
    return html`<fieldset class="stance-buttons">
      <legend>${
        kind === 'state'
          ? t('stance.legend', { state: organizationName(participant.organization), number: this.paragraph.number })
          : t('stance.legendMembers', { number: this.paragraph.number })
      }</legend>
      ${kind === 'state' ? html`<p class="muted">${current ? t('stance.current', { stance: t(`stance.${current}`) }) : t('stance.none')}</p>` : nothing}
      <div class="button-row">
        ${STANCES.map(
          (
            stance,
          ) => html`<button type="button" class="button button--stance button--stance-${stance}" aria-pressed=${current === stance}
            ?disabled=${this.action.busy} @click=${() => void this.recordStance(stance)}>${t(`stance.${stance}`)}</button>`,
        )}
      </div>
      <details class="stance-explanation">
        <summary>${t('stance.explain')}</summary>
        <div class="field field--wide">
          <label for="${id}-explanation">${t('stance.explanation')}</label>
          <textarea id="${id}-explanation" rows="2" maxlength="5000"></textarea>
        </div>
      </details>
    </fieldset>`;
  }

  private side() {
    const signedIn = session.participant() !== null;
    const delegate = session.participant()?.roles.includes('delegate') ?? false;
    return html`<aside class="draft-paragraph__side" aria-label=${t('draft.sideOf', { number: this.paragraph.number })}>
      ${
        this.comments === null
          ? html`<p class="loading">${t('shell.loading')}</p>`
          : html`${amendmentList(this.amendments ?? [], {
              own: session.participant()?.organization.id,
              busy: this.action.busy,
              withdraw: (a) => void this.withdraw(a),
              notRetain: runsTheDialogue() ? (a) => void this.notRetain(a) : undefined,
            })}
            ${commentList(this.comments)}`
      }
      ${
        signedIn
          ? html`<div class="button-row">
            <button type="button" class="button button--small button--secondary" aria-expanded=${this.form === 'comment'}
              data-form="comment" @click=${() => void this.open('comment')}>${t('draft.comment')}</button>
            ${
              delegate
                ? html`<button type="button" class="button button--small button--secondary" aria-expanded=${this.form === 'amendment'}
                  data-form="amendment" @click=${() => void this.open('amendment')}>${t('draft.amend')}</button>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${this.form === 'comment' ? this.commentForm() : nothing} ${this.form === 'amendment' ? this.amendmentForm() : nothing}
    </aside>`;
  }

  private commentForm() {
    const id = `comment-${this.paragraph.id}`;
    return html`<form class="form draft-form" @submit=${this.comment}>
      <div class="field field--wide">
        <label for=${id}>${t('draft.commentLabel', { number: this.paragraph.number })}</label>
        <textarea id=${id} name="body" rows="3" required maxlength="10000"></textarea>
      </div>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.action.busy}>${t('draft.commentSend')}</button>
        <button type="button" class="button button--secondary" @click=${() => void this.open('none')}>${t('action.cancel')}</button>
      </div>
    </form>`;
  }

  private amendmentForm() {
    const id = `amend-${this.paragraph.id}`;
    return html`<form class="form draft-form" @submit=${this.amend}>
      <div class="field field--wide">
        <label for=${id}>${t('draft.amendLabel', { number: this.paragraph.number })}</label>
        <textarea id=${id} name="text" rows="5" required maxlength="20000" dir="auto" .value=${this.paragraph.text}></textarea>
      </div>
      <div class="field field--wide">
        <label for="${id}-why">${t('draft.amendExplanation')}</label>
        <textarea id="${id}-why" name="explanation" rows="2" maxlength="5000"></textarea>
      </div>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.action.busy}>${t('draft.amendSend')}</button>
        <button type="button" class="button button--secondary" @click=${() => void this.open('none')}>${t('action.cancel')}</button>
      </div>
    </form>`;
  }

  private async open(form: Form): Promise<void> {
    const previous = this.form;
    this.form = this.form === form ? 'none' : form;
    this.status = '';
    await this.updateComplete;
    if (this.form === 'none') {
      this.querySelector<HTMLElement>(`button[data-form='${previous}']`)?.focus();
    } else {
      this.querySelector<HTMLTextAreaElement>('.draft-form textarea')?.focus();
    }
  }

  private async recordStance(stance: StanceKind): Promise<void> {
    const explanation =
      this.querySelector<HTMLTextAreaElement>(`#stance-${this.paragraph.id}-explanation`)?.value.trim() ?? '';
    await this.run(async () => {
      const result = await api.create<{ recordedFor: string[]; consensus: ParagraphConsensus }>(
        `/drafts/${this.threadId}/paragraphs/${this.paragraph.id}/stances`,
        explanation ? { stance, explanation } : { stance },
      );
      this.dispatchEvent(
        new CustomEvent<ParagraphConsensus>('consensus-changed', { detail: result.consensus, bubbles: true }),
      );
      return t('stance.recorded', {
        stance: t(`stance.${stance}`),
        number: this.paragraph.number,
        status: t(`consensus.status.${result.consensus.status}`),
      });
    });
  }

  private async comment(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const body = String(new FormData(event.target as HTMLFormElement).get('body') ?? '').trim();
    await this.run(async () => {
      await api.create(`/drafts/${this.threadId}/paragraphs/${this.paragraph.id}/comments`, { body });
      this.form = 'none';
      await this.loadContributions();
      return t('draft.commentSent', { number: this.paragraph.number });
    });
  }

  private async amend(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const explanation = String(data.get('explanation') ?? '').trim();
    await this.run(async () => {
      await api.create(`/drafts/${this.threadId}/paragraphs/${this.paragraph.id}/amendments`, {
        text: String(data.get('text') ?? ''),
        ...(explanation ? { explanation } : {}),
      });
      this.form = 'none';
      await this.loadContributions();
      return t('draft.amendmentSent', { number: this.paragraph.number });
    });
  }

  private async withdraw(amendment: Amendment): Promise<void> {
    await this.run(async () => {
      await api.post(`/drafts/${this.threadId}/amendments/${amendment.id}/withdraw`);
      await this.loadContributions();
      return t('draft.amendmentWithdrawnDone');
    });
  }

  private async notRetain(amendment: Amendment): Promise<void> {
    await this.run(async () => {
      await api.post(`/drafts/${this.threadId}/amendments/${amendment.id}/not-retained`);
      await this.loadContributions();
      return t('draft.amendment.notRetainedDone');
    });
  }

  private async run(action: () => Promise<string>): Promise<void> {
    await this.action.run(action, { apply: (status) => (this.status = status), announce: (status) => status });
  }

  private async loadContributions(): Promise<void> {
    const base = `/drafts/${this.threadId}/paragraphs/${this.paragraph.id}`;
    try {
      const [comments, amendments] = await Promise.all([
        api.get<Page<ParagraphComment>>(`${base}/comments?limit=100`),
        api.get<Page<Amendment>>(`${base}/amendments?limit=100`),
      ]);
      this.comments = comments.items;
      this.amendments = amendments.items;
    } catch (error) {
      this.comments = this.comments ?? [];
      this.amendments = this.amendments ?? [];
      this.action.fail(error);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'draft-paragraph': DraftParagraph;
  }
}
