import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { bdi } from '../app/bidi';
import {
  fileSize,
  isSecretariat,
  submitsInputs,
  type AgendaItemReference,
  type WrittenInput,
} from '../app/documents-model';
import type { Page } from '../app/model';
import { saveFile } from '../app/save-file';
import { agendaOf } from '../app/session-choice';
import { formatDateTime, formatNumber, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import './written-input-form';

/**
 * The written inputs of a session, for its page: `<written-inputs session-id="...">`. Everyone reads the published
 * ones; the Secretariat also reviews those submitted (publish, or return with a reason); a delegate of an
 * accredited stakeholder submits one and sees its organization's own, a returned one with the reason, to change
 * and submit again.
 */
@customElement('written-inputs')
export class WrittenInputs extends PlenaryElement {
  @property({ attribute: 'session-id' }) sessionId = '';
  @state() private published: WrittenInput[] = [];
  @state() private pending: WrittenInput[] = [];
  @state() private own: WrittenInput[] = [];
  @state() private agenda: AgendaItemReference[] = [];
  @state() private returning: string | null = null;
  @state() private failure: unknown = null;
  private readonly reviewing = new ActionController(this, { context: () => this.sessionId });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sessionId') && this.sessionId) {
      void this.load();
      void agendaOf(this.sessionId)
        .then((agenda) => (this.agenda = agenda))
        .catch(() => (this.agenda = []));
    }
  }

  protected override render() {
    const heading = `written-inputs-${this.sessionId}`;
    return html`<section aria-labelledby=${heading}>
      <h2 id=${heading}>${t('inputs.title')}</h2>
      <problem-alert .error=${this.failure ?? this.reviewing.failure} .retry=${() => void this.load()}></problem-alert>
      ${this.published.length ? html`<ul class="plain">${this.published.map((input) => this.entry(input))}</ul>` : html`<p>${t('inputs.none')}</p>`}
      ${isSecretariat() ? this.review() : nothing} ${submitsInputs() ? this.stakeholder() : nothing}
    </section>`;
  }

  private entry(input: WrittenInput, actions: unknown = nothing) {
    return html`<li class="written-input">
      <article aria-labelledby="input-${input.id}">
        <h3 id="input-${input.id}" dir="auto">${bdi(input.title)}</h3>
        <p class="muted">
          ${bdi(input.organization.name)} · ${t(`kind.${input.organization.kind}`)}
          ${input.agendaItem ? html` · ${t('inputs.onItem', { number: input.agendaItem.number })}` : nothing}
          · <time datetime=${input.publishedAt ?? input.submittedAt}>${formatDateTime(input.publishedAt ?? input.submittedAt)}</time>
          ${input.status !== 'published' ? html`<span class="badge">${t(`inputStatus.${input.status}`)}</span>` : nothing}
        </p>
        ${input.returnReason && input.status === 'returned' ? html`<p><strong>${t('inputs.reason')}</strong> ${bdi(input.returnReason)}</p>` : nothing}
        ${
          input.file
            ? html`<p>
              <a href=${input.file.href} @click=${(event: Event) => this.download(event, input)}>${input.file.filename}</a>
              <span class="muted">· ${fileSize(input.file.size, formatNumber)}</span>
            </p>`
            : nothing
        }
        <details><summary>${t('inputs.read')}</summary><p class="written-input__text" lang=${input.language} dir="auto">${input.text}</p></details>
        ${actions}
      </article>
    </li>`;
  }

  private review() {
    return html`<h3>${t('inputs.awaitingReview', { count: this.pending.length })}</h3>
      ${this.pending.length ? html`<ul class="plain">${this.pending.map((input) => this.entry(input, this.decisions(input)))}</ul>` : nothing}`;
  }

  private decisions(input: WrittenInput) {
    const returning = this.returning === input.id;
    return html`<div class="button-row">
        <button type="button" class="button" ?disabled=${this.reviewing.busy} @click=${() => void this.decide(input, 'publication')}>
          ${t('inputs.publish')}
        </button>
        <button type="button" class="button button--secondary" aria-expanded=${returning}
          @click=${() => (this.returning = returning ? null : input.id)}>${t('inputs.return')}</button>
      </div>
      ${
        returning
          ? html`<form class="form" @submit=${(event: SubmitEvent) => this.returnInput(event, input)}>
            <div class="field field--wide">
              <label for="reason-${input.id}">${t('inputs.reasonLabel')}</label>
              <textarea id="reason-${input.id}" name="reason" rows="3" required maxlength="2000"></textarea>
            </div>
            <button type="submit" class="button" ?disabled=${this.reviewing.busy}>${t('inputs.returnNow')}</button>
          </form>`
          : nothing
      }`;
  }

  private stakeholder() {
    return html`<h3>${t('inputs.ours')}</h3>
      ${
        this.own.length
          ? html`<ul class="plain">
            ${this.own.map((input) =>
              this.entry(
                input,
                input.status === 'returned'
                  ? html`<written-input-form .sessionId=${this.sessionId} .agenda=${this.agenda} .input=${input}
                      @input-submitted=${() => void this.load()}></written-input-form>`
                  : nothing,
              ),
            )}
          </ul>`
          : html`<p class="muted">${t('inputs.noneOurs')}</p>`
      }
      <written-input-form .sessionId=${this.sessionId} .agenda=${this.agenda} @input-submitted=${() => void this.load()}></written-input-form>`;
  }

  private async decide(input: WrittenInput, step: 'publication' | 'return', body?: unknown): Promise<void> {
    await this.reviewing.run(() => api.post<WrittenInput>(`/written-inputs/${input.id}/${step}`, body), {
      announce: t(step === 'publication' ? 'inputs.publishedOne' : 'inputs.returnedOne', { title: input.title }),
      refresh: () => this.load(),
      focus: () => this.querySelector<HTMLElement>(`#written-inputs-${this.sessionId}`),
    });
    this.returning = null;
  }

  private returnInput(event: SubmitEvent, input: WrittenInput): void {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    void this.decide(input, 'return', { reason });
  }

  /** One not yet published is downloaded with the reader's token: a plain link cannot send it. */
  private async download(event: Event, input: WrittenInput): Promise<void> {
    if (input.status === 'published' || !input.file) {
      return;
    }
    event.preventDefault();
    try {
      const { blob } = await api.download(input.file.href.replace(/^\/api\/v1/, ''));
      saveFile(blob, input.file.filename);
    } catch (error) {
      this.failure = error;
    }
  }

  private async load(): Promise<void> {
    const session = encodeURIComponent(this.sessionId);
    const list = (query: string) => api.get<Page<WrittenInput>>(`/written-inputs?session=${session}&limit=100${query}`);
    this.failure = null;
    try {
      this.published = (await list('&status=published')).items;
      this.pending = isSecretariat() ? (await list('&status=submitted')).items : [];
      this.own = submitsInputs() ? (await list('&mine=true')).items.filter((i) => i.status !== 'published') : [];
    } catch (error) {
      this.failure = error;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'written-inputs': WrittenInputs;
  }
}
