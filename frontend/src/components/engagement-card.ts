import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { announce } from '../app/announcer';
import { api } from '../app/api';
import type { Engagement } from '../app/capacity-model';
import { organizationName } from '../app/names';
import { session } from '../app/session';
import { formatDateTime, formatNumber, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { bdi } from '../app/bidi';

type Step = 'accept' | 'decline' | 'start' | 'complete';

/**
 * One engagement between a requesting State and a provider, where it stands in the workflow (proposed →
 * agreed → in progress → completed, or declined) with its history, and the next steps open to the reader:
 * the requesting State accepts or declines; either party starts and completes. Fires `engagement-changed`.
 */
@customElement('engagement-card')
export class EngagementCard extends PlenaryElement {
  @property({ attribute: false }) engagement!: Engagement;
  @state() private step: Step | null = null;
  @state() private busy = false;
  @state() private failure: unknown = null;

  protected override render() {
    const e = this.engagement;
    const headingId = `engagement-${e.id}`;
    return html`<article class="engagement" aria-labelledby=${headingId}>
      <h3 id=${headingId} tabindex="-1">
        ${t('engagement.between', { state: organizationName(e.state), provider: organizationName(e.provider) })}
      </h3>
      <p><span class="badge badge--engagement-${e.status}">${t(`engagement.${e.status}`)}</span>
        <span class="muted">${t('engagement.scoreAtProposal', { score: formatNumber(Math.round(e.scoreAtProposal)) })}</span></p>
      <p class="muted">
        <a href="/board/needs/${e.need.id}">${bdi(e.need.title)}</a> · <a href="/board/offers/${e.offer.id}">${bdi(e.offer.title)}</a>
      </p>
      ${e.message ? html`<p dir="auto"><q>${e.message}</q></p>` : nothing}
      ${e.outcome ? html`<p dir="auto"><strong>${t('engagement.outcome')}</strong> ${e.outcome}</p>` : nothing}
      ${e.history?.length
        ? html`<ol class="engagement__history">
            ${e.history.map(
              (entry) => html`<li>
                <strong>${t(`engagement.${entry.status}`)}</strong> · ${formatDateTime(entry.at)}${entry.by.organization
                  ? html` · ${entry.by.name ? html`${bdi(entry.by.name)} — ` : ''}${bdi(organizationName(entry.by.organization))}`
                  : nothing}${entry.note ? html` · <q dir="auto">${entry.note}</q>` : nothing}
              </li>`,
            )}
          </ol>`
        : nothing}
      ${this.actions(e)} ${this.stepForm()}
      <problem-alert .error=${this.failure} .dismiss=${() => (this.failure = null)}></problem-alert>
    </article>`;
  }

  private actions(e: Engagement) {
    const own = session.participant();
    const delegate = own?.roles.includes('delegate') ?? false;
    const forState = delegate && own?.organization.id === e.state.id;
    const forProvider = delegate && own?.organization.id === e.provider.id;
    const steps: Step[] = [];
    if (e.status === 'proposed' && forState) {
      steps.push('accept', 'decline');
    }
    if (e.status === 'agreed' && (forState || forProvider)) {
      steps.push('start');
    }
    if (e.status === 'in-progress' && (forState || forProvider)) {
      steps.push('complete');
    }
    if (steps.length === 0) {
      return nothing;
    }
    return html`<div class="button-row">
      ${steps.map(
        (step) => html`<button type="button" class="button ${step === 'decline' ? 'button--secondary' : ''}" data-step=${step}
          aria-expanded=${this.step === step} ?disabled=${this.busy} @click=${() => void this.choose(step)}>${t(`engagement.do.${step}`)}</button>`,
      )}
    </div>`;
  }

  private stepForm() {
    if (!this.step) {
      return nothing;
    }
    const id = `engagement-${this.engagement.id}-${this.step}`;
    const label = {
      accept: t('engagement.acceptNote'),
      decline: t('engagement.declineReason'),
      start: t('engagement.startNote'),
      complete: t('engagement.outcomeLabel'),
    }[this.step];
    return html`<form class="form engagement__form" @submit=${this.submit}>
      ${this.step === 'accept'
        ? html`<p>${t('engagement.acceptConfirm')}</p>`
        : html`<div class="field field--wide">
            <label for=${id}>${label}</label>
            <textarea id=${id} name="text" rows="3" maxlength=${this.step === 'complete' ? 5000 : 2000} ?required=${this.step === 'complete'}></textarea>
          </div>`}
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.busy}>${t(`engagement.confirm.${this.step}`)}</button>
        <button type="button" class="button button--secondary" @click=${() => void this.choose(null)}>${t('action.cancel')}</button>
      </div>
    </form>`;
  }

  private async choose(step: Step | null): Promise<void> {
    const previous = this.step;
    this.step = this.step === step ? null : step;
    this.failure = null;
    await this.updateComplete;
    (this.step
      ? this.querySelector<HTMLElement>('.engagement__form textarea, .engagement__form button')
      : this.querySelector<HTMLElement>(`button[data-step='${previous}']`))?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const step = this.step;
    if (!step) {
      return;
    }
    const text = String(new FormData(event.target as HTMLFormElement).get('text') ?? '').trim();
    // Accepting takes no body; the server refuses one the contract does not describe.
    const body = step === 'complete' ? { outcome: text } : step === 'decline' ? (text ? { reason: text } : {}) : step === 'start' && text ? { note: text } : step === 'accept' ? undefined : {};
    this.busy = true;
    this.failure = null;
    try {
      const changed = await api.post<Engagement>(`/capacity/engagements/${this.engagement.id}/${step}`, body);
      this.step = null;
      announce(t('engagement.nowStatus', { status: t(`engagement.${changed.status}`) }));
      this.dispatchEvent(new CustomEvent<Engagement>('engagement-changed', { detail: changed, bubbles: true }));
      await this.updateComplete;
      this.querySelector<HTMLElement>('h3')?.focus();
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'engagement-card': EngagementCard;
  }
}
