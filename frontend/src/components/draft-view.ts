import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { Amendment, Draft, ParagraphConsensus } from '../app/draft-model';
import { LatestLoad } from '../app/latest-load';
import type { Page } from '../app/model';
import { loadStates } from '../app/names';
import { runsTheDialogue } from '../app/roles';
import { t } from '../i18n/i18n';
import { consensusOverview } from './consensus-parts';
import {
  paragraphFilters,
  removedParagraphs,
  strandedAmendments,
  versionLabel,
  versionPicker,
  type Filter,
} from './draft-view-parts';
import './draft-dissociation';
import type { DraftDissociation } from './draft-dissociation';
import './draft-paragraph';
import type { DraftParagraph } from './draft-paragraph';
import './draft-proposals';
import type { DraftProposals } from './draft-proposals';
import './draft-version-editor';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/** The version before the one shown, so revised paragraphs can show what changed. */
interface PreviousVersion {
  label: string;
  texts: Map<string, string>;
}

/**
 * A draft in one of its versions (the latest by default): the consensus tracker at a glance, then its
 * paragraphs, each beside its comments and amendments, with stance buttons for delegates; revised paragraphs
 * show their change against the version before. Older versions are read-only. Moderators, the Chair and the
 * Secretariat prepare and publish the next version here; below come the dissociations and the proposals.
 * `refresh()` re-reads what the thread's stream says changed (a stance, a new version, a comment, a proposal).
 */
@customElement('draft-view')
export class DraftView extends PlenaryElement {
  @property() threadId = '';
  @state() private draft: Draft | null = null;
  @state() private version: number | null = null;
  @state() private filter: Filter = 'all';
  @state() private previous: PreviousVersion | null = null;
  /** Amendments still proposed on paragraphs this version removed, read when their list is opened. */
  @state() private strandedAmendments = new Map<string, Amendment[]>();
  /** Judging an amendment not retained; why the draft could not be read is kept here too, for the same alert. */
  private readonly action = new ActionController(this, { context: () => this.threadId });
  private readonly loads = new LatestLoad();
  private pending: number | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('threadId') && this.threadId) {
      void loadStates().catch(() => {});
      void this.load();
    }
  }

  /** Something changed in the draft's thread: re-read it (a burst of events makes one request). */
  refresh(type: string): void {
    if (type.startsWith('proposal.')) {
      this.querySelector<DraftProposals>('draft-proposals')?.refresh();
      return;
    }
    if (type === 'draft.dissociation-recorded' || type === 'draft.version-published') {
      // a new version ends the dissociations from the paragraphs it revises
      this.querySelector<DraftDissociation>('draft-dissociation')?.refresh();
    }
    if (type.startsWith('draft.amendment-') || type === 'draft.version-published') {
      this.strandedAmendments.forEach((_, paragraphId) => void this.loadStranded(paragraphId));
    }
    window.clearTimeout(this.pending);
    this.pending = window.setTimeout(() => {
      void this.load();
      if (type === 'draft.comment-added' || type.startsWith('draft.amendment-')) {
        this.querySelectorAll<DraftParagraph>('draft-paragraph').forEach(
          (paragraph) => void paragraph.refreshContributions(),
        );
      }
    }, 250);
  }

  protected override render() {
    const draft = this.draft;
    const latest = draft?.version?.latest ?? true;
    return html`<section class="draft" aria-labelledby="draft-heading" @consensus-changed=${this.consensusChanged}
        @version-published=${this.versionPublished}>
        <h2 id="draft-heading" tabindex="-1">${draft?.version ? t('draft.heading', { label: versionLabel(draft.version.number, draft.version.label) }) : t('draft.title')}</h2>
        <problem-alert .error=${this.action.failure} .retry=${() => void this.load()}></problem-alert>
        ${!draft && !this.action.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
        ${
          draft && runsTheDialogue()
            ? html`<draft-version-editor .threadId=${this.threadId} .versionCount=${draft.versions.length}></draft-version-editor>`
            : nothing
        }
        ${draft ? this.body(draft) : nothing}
      </section>
      ${
        draft && latest && draft.paragraphs.length
          ? html`<draft-dissociation .threadId=${this.threadId} .paragraphs=${draft.paragraphs} ?accepting=${draft.acceptingContributions}
            @dissociation-changed=${() => void this.load()}></draft-dissociation>`
          : nothing
      }
      ${draft ? html`<draft-proposals .threadId=${this.threadId} ?accepting=${draft.acceptingContributions}></draft-proposals>` : nothing}`;
  }

  private body(draft: Draft) {
    if (draft.paragraphs.length === 0) {
      return html`<p>${t('draft.noVersion')}</p>`;
    }
    const latest = draft.version?.latest ?? true;
    const previous = this.previous;
    const shown = draft.paragraphs.filter((p) => this.filter === 'all' || p.consensus?.status === this.filter);
    return html`
      ${versionPicker(draft, (event) => this.chooseVersion(event))}
      ${draft.version?.note ? html`<p class="draft__note" dir="auto">${draft.version.note}</p>` : nothing}
      ${latest ? consensusOverview(draft) : html`<p class="notice">${t('draft.olderVersion')}</p>`}
      ${latest && draft.acceptingContributions === false ? html`<p class="notice">${t('draft.notAccepting')}</p>` : nothing}
      ${latest ? paragraphFilters(this.filter, (filter) => (this.filter = filter)) : nothing}
      <p class="visually-hidden" aria-live="polite">${this.filter === 'all' ? '' : t('draft.filtered', { count: shown.length })}</p>
      <div class="draft__paragraphs">
        ${repeat(
          shown,
          (paragraph) => paragraph.id,
          (
            paragraph,
          ) => html`${paragraph.heading ? html`<h3 class="draft__section" dir="auto">${paragraph.heading}</h3>` : nothing}
            <draft-paragraph .paragraph=${paragraph} .threadId=${this.threadId}
              .previousText=${previous?.texts.get(paragraph.id) ?? null} .previousLabel=${previous?.label ?? ''}
              ?live=${latest && draft.acceptingContributions} ?first=${draft.version?.number === 0}></draft-paragraph>`,
        )}
      </div>
      ${removedParagraphs(draft, (id, count) => this.stranded(id, count, latest && draft.acceptingContributions))}
    `;
  }

  /** The amendments still proposed on a paragraph this version removed: they say so, and may be judged not retained. */
  private stranded(paragraphId: string, count: number, decidable: boolean) {
    return strandedAmendments(count, this.strandedAmendments.get(paragraphId), {
      busy: this.action.busy,
      opened: () => void this.loadStranded(paragraphId),
      notRetain: decidable && runsTheDialogue() ? (a) => void this.notRetain(a) : undefined,
    });
  }

  private async loadStranded(paragraphId: string): Promise<void> {
    try {
      const page = await api.get<Page<Amendment>>(
        `/drafts/${this.threadId}/paragraphs/${paragraphId}/amendments?status=proposed&limit=100`,
      );
      this.strandedAmendments = new Map(this.strandedAmendments).set(paragraphId, page.items);
    } catch (error) {
      this.action.fail(error);
    }
  }

  private async notRetain(amendment: Amendment): Promise<void> {
    await this.action.run(() => api.post(`/drafts/${this.threadId}/amendments/${amendment.id}/not-retained`), {
      announce: t('draft.amendment.notRetainedDone'),
      refresh: async () => {
        await this.loadStranded(amendment.paragraphId);
        await this.load();
      },
    });
  }

  private chooseVersion(event: Event): void {
    const number = Number((event.target as HTMLSelectElement).value);
    const latest = this.draft?.versions.at(-1)?.number;
    this.version = number === latest ? null : number;
    this.filter = 'all';
    void this.load();
  }

  /** A stance changed one paragraph's consensus: show it at once; the draft's counts follow from a re-read. */
  private consensusChanged(event: CustomEvent<ParagraphConsensus>): void {
    if (!this.draft) {
      return;
    }
    const consensus = event.detail;
    this.draft = {
      ...this.draft,
      paragraphs: this.draft.paragraphs.map((p) => (p.id === consensus.paragraphId ? { ...p, consensus } : p)),
    };
    this.refresh('draft.stance-recorded');
  }

  /** A new version is out: show it (the latest), its switcher entry and its changes, and move focus to its title. */
  private async versionPublished(): Promise<void> {
    this.version = null;
    this.filter = 'all';
    this.strandedAmendments.forEach((_, paragraphId) => void this.loadStranded(paragraphId));
    this.querySelector<DraftDissociation>('draft-dissociation')?.refresh();
    await this.load();
    await this.updateComplete;
    // the version decided on amendments: the lists beside the paragraphs say what became of them
    this.querySelectorAll<DraftParagraph>('draft-paragraph').forEach(
      (paragraph) => void paragraph.refreshContributions(),
    );
    this.querySelector<HTMLElement>('#draft-heading')?.focus();
  }

  /** Reads the draft in the version chosen; an answer for another thread or version chosen before is dropped. */
  private async load(): Promise<void> {
    const current = this.loads.start();
    this.action.dismiss();
    try {
      const query = this.version === null ? '' : `?version=${this.version}`;
      const draft = await api.get<Draft>(`/drafts/${this.threadId}${query}`);
      const previous = await this.previousOf(draft);
      if (current()) {
        this.previous = previous;
        this.draft = draft;
      }
    } catch (error) {
      if (current()) {
        this.action.fail(error);
      }
    }
  }

  /** The texts of the version before, read only when this version revised a paragraph (a diff needs both texts). */
  private async previousOf(draft: Draft): Promise<PreviousVersion | null> {
    const number = draft.version?.number ?? 0;
    if (number === 0 || !draft.paragraphs.some((p) => p.change === 'revised')) {
      return null;
    }
    if (this.previous && this.draft?.version?.number === number) {
      return this.previous; // a stance or a comment changed, not the texts
    }
    const before = await api.get<Draft>(`/drafts/${this.threadId}?version=${number - 1}`);
    return {
      label: versionLabel(number - 1, before.version?.label ?? ''),
      texts: new Map(before.paragraphs.map((p) => [p.id, p.text])),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'draft-view': DraftView;
  }
}
