import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { Proposal } from '../app/draft-model';
import { LatestLoad } from '../app/latest-load';
import type { Page } from '../app/model';
import { organizationName } from '../app/names';
import { session } from '../app/session';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import { proposalFacts, sponsorLines } from './proposal-parts';
import './problem-alert';

/**
 * The proposals put forward in a draft's thread, newest first, with their sponsors and status. A State's
 * delegate puts one forward for its own State (tabled at once, or circulated for sponsorship first), tables
 * a circulated one, withdraws its own, and sponsors another State's proposal for its own State (or stops
 * sponsoring it). The server decides who may do what; these buttons only offer what it would allow.
 */
@customElement('draft-proposals')
export class DraftProposals extends PlenaryElement {
  @property({ attribute: false }) threadId = '';
  @property({ type: Boolean }) accepting = false;
  @state() private proposals: Proposal[] | null = null;
  @state() private composing = false;
  @state() private status = '';
  private readonly action = new ActionController(this, { context: () => this.threadId });
  private readonly loads = new LatestLoad();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('threadId') && this.threadId) {
      void this.load();
    }
  }

  /** Someone put forward, sponsored, tabled or withdrew a proposal: re-read them. */
  refresh(): void {
    void this.load();
  }

  protected override render() {
    const own = this.ownState();
    return html`<section class="proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">${t('draft.proposals.heading')}</h2>
      ${this.proposals === null ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${this.proposals?.length === 0 ? html`<p>${t('draft.proposals.none')}</p>` : nothing}
      ${this.proposals?.map((proposal) => this.proposal(proposal, own?.id))}
      ${this.status ? html`<p class="status">${this.status}</p>` : nothing}
      <problem-alert .error=${this.action.failure} .dismiss=${() => this.action.dismiss()}></problem-alert>
      ${
        own && this.accepting
          ? html`<p><button type="button" class="button button--secondary" data-action="compose" aria-expanded=${this.composing}
            @click=${() => void this.toggleComposer()}>${t('draft.proposals.new')}</button></p>
            ${this.composing ? this.composer(organizationName(own)) : nothing}`
          : nothing
      }
    </section>`;
  }

  private proposal(proposal: Proposal, own: string | undefined) {
    const headingId = `proposal-${proposal.id}-heading`;
    return html`<article class="proposal proposal--${proposal.status}" id="proposal-${proposal.id}" aria-labelledby=${headingId}>
      <h3 id=${headingId} dir="auto" tabindex="-1">${proposal.title}</h3>
      ${proposalFacts(proposal)}
      <p class="proposal__text" dir="auto">${proposal.text}</p>
      ${sponsorLines(proposal)}
      ${own && this.accepting && proposal.status !== 'withdrawn' ? this.actions(proposal, own) : nothing}
    </article>`;
  }

  /** What the reader's State may do with this proposal: its own one it tables or withdraws; another it (un)sponsors. */
  private actions(proposal: Proposal, own: string) {
    const name = organizationName(this.ownState()!);
    const button = (label: string, action: () => Promise<Proposal>, done: string) => html`<button type="button"
      class="button button--small button--secondary" ?disabled=${this.action.busy} @click=${() => void this.act(proposal, action, done)}>${label}</button>`;
    const base = `/proposals/${proposal.id}`;
    if (proposal.tabledBy?.id === own) {
      return html`<div class="button-row">
        ${
          proposal.status === 'circulated'
            ? button(
                t('draft.proposals.tableIt'),
                () => api.post<Proposal>(`${base}/table`),
                t('draft.proposals.tabledDone'),
              )
            : nothing
        }
        ${button(t('draft.proposals.withdraw'), () => api.post<Proposal>(`${base}/withdraw`), t('draft.proposals.withdrawnDone'))}
      </div>`;
    }
    // The reader's own State is always named to it, whatever the Chatham House Rule hides.
    const sponsoring = [...proposal.originalSponsors, ...proposal.laterSponsors].some((s) => s.state.id === own);
    return html`<div class="button-row">
      ${
        sponsoring
          ? button(
              t('draft.proposals.leave', { state: name }),
              () => api.delete<Proposal>(`${base}/sponsors/${own}`),
              t('draft.proposals.left', { state: name }),
            )
          : button(
              t('draft.proposals.sponsor', { state: name }),
              () => api.post<Proposal>(`${base}/sponsors`),
              t('draft.proposals.sponsored', { state: name }),
            )
      }
    </div>`;
  }

  private composer(state: string) {
    return html`<form class="form proposal-form" @submit=${this.submit}>
      <div class="field field--wide">
        <label for="proposal-title">${t('draft.proposals.title')}</label>
        <input id="proposal-title" name="title" type="text" required minlength="3" maxlength="300" dir="auto" />
      </div>
      <div class="field field--wide">
        <label for="proposal-text">${t('draft.proposals.text')}</label>
        <textarea id="proposal-text" name="text" rows="5" required maxlength="50000" dir="auto"></textarea>
      </div>
      <fieldset class="proposal-form__how">
        <legend>${t('draft.proposals.how')}</legend>
        <label class="radio"><input type="radio" name="how" value="table" checked /> ${t('draft.proposals.tableNow', { state })}</label>
        <label class="radio"><input type="radio" name="how" value="circulate" /> ${t('draft.proposals.circulate')}</label>
      </fieldset>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.action.busy}>${t('draft.proposals.submit')}</button>
        <button type="button" class="button button--secondary" @click=${() => void this.toggleComposer()}>${t('action.cancel')}</button>
      </div>
    </form>`;
  }

  private ownState() {
    const participant = session.participant();
    return participant?.roles.includes('delegate') && participant.organization.kind === 'state'
      ? participant.organization
      : null;
  }

  private async toggleComposer(): Promise<void> {
    this.composing = !this.composing;
    await this.updateComplete;
    this.querySelector<HTMLElement>(this.composing ? '#proposal-title' : '[data-action=compose]')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const circulate = data.get('how') === 'circulate';
    const request = {
      title: String(data.get('title') ?? '').trim(),
      text: String(data.get('text') ?? '').trim(),
      circulate,
    };
    const done = circulate ? t('draft.proposals.circulatedDone') : t('draft.proposals.tabledDone');
    const created = await this.act(
      null,
      () => api.create<Proposal>(`/threads/${this.threadId}/proposals`, request),
      done,
    );
    if (created) {
      this.composing = false;
      await this.updateComplete;
      this.querySelector<HTMLElement>(`#proposal-${created.id}-heading`)?.focus();
    }
  }

  /** Runs one change, shows the proposal as the server now returns it, and says what happened. */
  private async act(
    proposal: Proposal | null,
    action: () => Promise<Proposal>,
    done: string,
  ): Promise<Proposal | null> {
    this.status = '';
    const changed = await this.action.run(action, {
      apply: (changed) => {
        const others = (this.proposals ?? []).filter((p) => p.id !== changed.id);
        this.proposals = proposal
          ? (this.proposals ?? []).map((p) => (p.id === changed.id ? changed : p))
          : [changed, ...others];
        this.status = done;
      },
      announce: done,
    });
    return changed ?? null;
  }

  /** Reads the proposals; those of a thread shown before, or an older reading, come too late and are dropped. */
  private async load(): Promise<void> {
    const current = this.loads.start();
    try {
      const page = await api.get<Page<Proposal>>(`/threads/${this.threadId}/proposals?limit=100`);
      if (current()) {
        this.proposals = page.items;
      }
    } catch (error) {
      if (current()) {
        this.proposals = this.proposals ?? [];
        this.action.fail(error);
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'draft-proposals': DraftProposals;
  }
}
