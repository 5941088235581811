import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { Amendment, Paragraph, ParagraphComment, ParagraphConsensus, StanceKind } from '../app/draft-model';
import type { Page } from '../app/model';
import { runsTheDialogue } from '../app/roles';
import { session } from '../app/session';
import { wordDiff } from '../app/word-diff';
import { t } from '../i18n/i18n';
import { groupBreadth, stanceLists, statusBadge } from './consensus-parts';
import { amendmentList, commentList, diffText } from './contribution-parts';
import { amendmentForm, commentForm, contributionButtons, type Form, type FormControls } from './paragraph-forms';
import { paragraphTranslation } from './machine-translation';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { stanceButtons } from './stance-buttons';

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
  /** Comments and amendments are on their way: only then does the column say "Loading…". */
  @state() private loadingContributions = false;
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
    // a little ahead of the viewport, so that the reader scrolling finds them there rather than loading
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.observer?.disconnect();
          this.observer = null;
          void this.loadContributions();
        }
      },
      { rootMargin: '400px 0px' },
    );
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
        <div class="texts"><p class="draft-paragraph__body" dir="auto">${p.text}</p>${paragraphTranslation(this.threadId, p.id)}</div>
        ${
          this.previousText !== null && p.change === 'revised'
            ? html`<details class="draft-paragraph__change">
              <summary>${t('draft.showChange', { version: this.previousLabel })}</summary>
              ${diffText(wordDiff(this.previousText, p.text))}
            </details>`
            : nothing
        }
        ${p.consensus ? this.tracker(p.consensus) : nothing}
        ${
          this.live && p.consensus
            ? stanceButtons(p, p.consensus, {
                busy: this.action.busy,
                record: (stance) => void this.recordStance(stance),
              })
            : nothing
        }
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

  private side() {
    const signedIn = session.participant() !== null;
    const delegate = session.participant()?.roles.includes('delegate') ?? false;
    return html`<aside class="draft-paragraph__side" aria-label=${t('draft.sideOf', { number: this.paragraph.number })}>
      ${
        this.comments === null
          ? this.loadingContributions
            ? html`<p class="loading">${t('shell.loading')}</p>`
            : nothing
          : html`${amendmentList(this.amendments ?? [], {
              own: session.participant()?.organization.id,
              busy: this.action.busy,
              withdraw: (a) => void this.decide(a, 'withdraw'),
              notRetain: runsTheDialogue() ? (a) => void this.decide(a, 'not-retained') : undefined,
            })}
            ${commentList(this.comments)}`
      }
      ${signedIn ? contributionButtons(this.form, delegate, (form) => void this.open(form)) : nothing}
      ${this.openForm()}
    </aside>`;
  }

  /** The comment or amendment being written, if any. */
  private openForm() {
    if (this.form === 'none') {
      return nothing;
    }
    const comment = this.form === 'comment';
    const controls: FormControls = {
      busy: this.action.busy,
      submit: (event) => void (comment ? this.comment(event) : this.amend(event)),
      cancel: () => void this.open('none'),
    };
    return comment ? commentForm(this.paragraph, controls) : amendmentForm(this.paragraph, controls);
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

  /** Its proposer withdraws an amendment, or those who run the dialogue judge it not retained. */
  private async decide(amendment: Amendment, step: 'withdraw' | 'not-retained'): Promise<void> {
    await this.run(async () => {
      await api.post(`/drafts/${this.threadId}/amendments/${amendment.id}/${step}`);
      await this.loadContributions();
      return t(step === 'withdraw' ? 'draft.amendmentWithdrawnDone' : 'draft.amendment.notRetainedDone');
    });
  }

  private async run(action: () => Promise<string>): Promise<void> {
    await this.action.run(action, { apply: (status) => (this.status = status), announce: (status) => status });
  }

  private async loadContributions(): Promise<void> {
    const base = `/drafts/${this.threadId}/paragraphs/${this.paragraph.id}`;
    this.loadingContributions = true;
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
    } finally {
      this.loadingContributions = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'draft-paragraph': DraftParagraph;
  }
}
