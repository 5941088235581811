import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api, ApiError } from '../app/api';
import type { Dissociation, DraftConsensus, Paragraph } from '../app/draft-model';
import { LatestLoad } from '../app/latest-load';
import { organizationName } from '../app/names';
import { session } from '../app/session';
import { formatDateTime, formatList, t } from '../i18n/i18n';
import { versionName } from './contribution-parts';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/**
 * Dissociations from paragraphs of the latest version: a State joins consensus on the draft as a whole while
 * dissociating from the paragraphs it names. Lists the dissociations exactly as GET /drafts/{id}/consensus
 * returns them (under the Chatham House Rule only the reader's own State is named there; the paragraphs give
 * the counts), and lets a State's delegate record, change or withdraw its State's. Fires `dissociation-changed`.
 */
@customElement('draft-dissociation')
export class DraftDissociation extends PlenaryElement {
  @property({ attribute: false }) threadId = '';
  /** The latest version's paragraphs, with their consensus (and so the dissociation counts). */
  @property({ attribute: false }) paragraphs: Paragraph[] = [];
  @property({ type: Boolean }) accepting = false;
  @state() private dissociations: Dissociation[] | null = null;
  @state() private status = '';
  private readonly action = new ActionController(this, { context: () => this.threadId });
  private readonly loads = new LatestLoad();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('threadId') && this.threadId) {
      void this.load();
    }
  }

  /** Another State recorded or withdrew a dissociation: re-read them. */
  refresh(): void {
    void this.load();
  }

  protected override render() {
    return html`<section class="dissociation" aria-labelledby="dissociation-heading">
      <h2 id="dissociation-heading">${t('draft.dissociation.heading')}</h2>
      <p class="hint">${t('draft.dissociation.intro')}</p>
      ${this.dissociations === null ? html`<p class="loading">${t('shell.loading')}</p>` : this.list(this.dissociations)}
      ${this.accepting && this.ownState() ? this.form() : nothing}
      ${this.status ? html`<p class="status">${this.status}</p>` : nothing}
      <problem-alert .error=${this.action.failure} .dismiss=${() => this.action.dismiss()}></problem-alert>
    </section>`;
  }

  private list(dissociations: Dissociation[]) {
    const counted = this.paragraphs.reduce((sum, p) => sum + (p.consensus?.dissociationCount ?? 0), 0);
    const named = dissociations.reduce((sum, d) => sum + d.paragraphs.length, 0);
    return html`${
      dissociations.length
        ? html`<ul class="dissociation__list">
            ${dissociations.map((d) =>
              d.paragraphs.length
                ? html`<li>
                    ${t('draft.dissociation.entry', { state: organizationName(d.state), paragraphs: numbers(d) })}
                    ${d.explanation ? html`<q dir="auto">${d.explanation}</q>` : nothing}
                    ${d.recordedAt ? html`<span class="muted">· ${formatDateTime(d.recordedAt)}</span>` : nothing}
                    ${this.ended(d)}
                  </li>`
                : html`<li class="dissociation__only-ended">${this.ended(d)}
                    ${d.explanation ? html`<q dir="auto">${d.explanation}</q>` : nothing}</li>`,
            )}
          </ul>`
        : nothing
    }
      ${counted > named ? html`<p class="muted">${t('draft.dissociation.unnamed')}</p>` : nothing}
      ${counted === 0 && dissociations.length === 0 ? html`<p>${t('draft.dissociation.none')}</p>` : nothing}`;
  }

  /** The dissociations a revision ended: they concerned the earlier text, and the State may dissociate from the new one. */
  private ended(dissociation: Dissociation) {
    const ended = dissociation.ended ?? [];
    if (ended.length === 0) {
      return nothing;
    }
    const state = organizationName(dissociation.state);
    return html`<ul class="dissociation__ended">
      ${ended.map(
        (entry) =>
          html`<li>${t('draft.dissociation.ended', {
            state,
            paragraph:
              entry.number === undefined
                ? t('draft.dissociation.paragraphGone')
                : t('draft.paragraph', { number: entry.number }),
            from: versionName(entry.dissociatedFrom),
            version: versionName(entry.endedIn),
          })}</li>`,
      )}
      ${this.ownState()?.id === dissociation.state.id && this.accepting ? html`<li class="hint">${t('draft.dissociation.again')}</li>` : nothing}
    </ul>`;
  }

  /** The delegate's State, when the delegate may dissociate it (State delegates only). */
  private ownState() {
    const participant = session.participant();
    return participant?.roles.includes('delegate') && participant.organization.kind === 'state'
      ? participant.organization
      : null;
  }

  private form() {
    const own = this.ownState()!;
    const current = this.dissociations?.find((d) => d.state.id === own.id);
    const chosen = new Set(current?.paragraphs.map((p) => p.id) ?? []);
    const name = organizationName(own);
    return html`<details class="dissociation__form" ?open=${!!current}>
      <summary>${t('draft.dissociation.open', { state: name })}</summary>
      <form class="form" @submit=${this.save}>
        <fieldset class="dissociation__paragraphs">
          <legend>${t('draft.dissociation.legend', { state: name })}</legend>
          ${this.paragraphs.map(
            (p) => html`<div class="field field--checkbox">
              <input type="checkbox" id="dissociate-${p.id}" name="paragraph" value=${p.id} .checked=${chosen.has(p.id)} />
              <label for="dissociate-${p.id}">${t('draft.paragraph', { number: p.number })}</label>
            </div>`,
          )}
        </fieldset>
        <div class="field field--wide">
          <label for="dissociation-explanation">${t('draft.dissociation.explanation')}</label>
          <textarea id="dissociation-explanation" name="explanation" rows="2" maxlength="5000" dir="auto"
            .value=${current?.explanation ?? ''}></textarea>
        </div>
        <div class="button-row">
          <button type="submit" class="button" ?disabled=${this.action.busy}>${t('draft.dissociation.save')}</button>
          ${
            current
              ? html`<button type="button" class="button button--secondary" ?disabled=${this.action.busy} @click=${() => void this.send([], '')}>
                ${t('draft.dissociation.withdraw')}</button>`
              : nothing
          }
        </div>
      </form>
    </details>`;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const chosen = data.getAll('paragraph').map(String);
    if (chosen.length === 0) {
      // An empty list would withdraw: that has its own button, so an empty save is a slip.
      this.action.fail(new ApiError(400, '', t('draft.dissociation.choose')));
      return;
    }
    await this.send(chosen, String(data.get('explanation') ?? '').trim());
  }

  private async send(paragraphIds: string[], explanation: string): Promise<void> {
    this.status = '';
    await this.action.run(
      () =>
        api.put<Dissociation>(
          `/drafts/${this.threadId}/dissociation`,
          explanation ? { paragraphIds, explanation } : { paragraphIds },
        ),
      {
        apply: (result) => {
          const state = organizationName(result.state);
          this.status = result.paragraphs.length
            ? t('draft.dissociation.entry', { state, paragraphs: numbers(result) })
            : t('draft.dissociation.withdrawn', { state });
        },
        announce: () => this.status,
        refresh: async () => {
          await this.load();
          this.dispatchEvent(new CustomEvent('dissociation-changed', { bubbles: true }));
        },
      },
    );
  }

  /** Reads the dissociations; those of a thread shown before, or an older reading, come too late and are dropped. */
  private async load(): Promise<void> {
    const current = this.loads.start();
    try {
      const consensus = await api.get<DraftConsensus>(`/drafts/${this.threadId}/consensus`);
      if (current()) {
        this.dissociations = consensus.dissociations ?? [];
      }
    } catch (error) {
      if (current()) {
        this.dissociations = this.dissociations ?? [];
        this.action.fail(error);
      }
    }
  }
}

/** "paragraphs 2 and 3", in the reader's language. */
function numbers(dissociation: Dissociation): string {
  return formatList(
    [...dissociation.paragraphs]
      .sort((a, b) => a.number - b.number)
      .map((p) => t('draft.paragraph', { number: p.number })),
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'draft-dissociation': DraftDissociation;
  }
}
