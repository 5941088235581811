import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { Engagement, Side } from '../app/capacity-model';
import { organizationName } from '../app/names';
import { session } from '../app/session';
import { formatDateTime, formatList, formatNumber, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { bdi, isolated } from '../app/bidi';

type Step = 'accept' | 'decline' | 'withdraw' | 'start' | 'complete';

const SIDES: readonly Side[] = ['state', 'provider'];

/** What a step did, in words: the new status, or that the reader's confirmation waits for the other side's. */
export function engagementNews(before: Engagement, after: Engagement): string {
  if (after.status === before.status && after.waitingFor.length) {
    const parties = after.waitingFor.map((side) =>
      isolated(organizationName(side === 'state' ? after.state : after.provider)),
    );
    return t('engagement.waitingNow', { party: formatList(parties) });
  }
  return t('engagement.nowStatus', { status: t(`engagement.${after.status}`) });
}

/**
 * One engagement between a requesting State and a provider. It needs both sides: the side that did not
 * propose it accepts or declines it (the proposer may withdraw it), and each side confirms the start and
 * completion (completion with its own outcome note). The card shows where it stands, who has confirmed,
 * whom it waits for, its history, and the steps open to the reader's side. Fires `engagement-changed`.
 */
@customElement('engagement-card')
export class EngagementCard extends PlenaryElement {
  @property({ attribute: false }) engagement!: Engagement;
  @state() private step: Step | null = null;
  private readonly action = new ActionController(this, { context: () => this.engagement.id });

  protected override render() {
    const e = this.engagement;
    const headingId = `engagement-${e.id}`;
    return html`<article class="engagement" aria-labelledby=${headingId}>
      <h3 id=${headingId} tabindex="-1">
        ${t('engagement.between', { state: isolated(organizationName(e.state)), provider: isolated(organizationName(e.provider)) })}
      </h3>
      <p><span class="badge badge--engagement-${e.status}">${t(`engagement.${e.status}`)}</span>
        <span class="muted">${t('engagement.scoreAtProposal', { score: formatNumber(Math.round(e.scoreAtProposal)) })}</span></p>
      <p class="muted">
        <a href="/board/needs/${e.need.id}">${bdi(e.need.title)}</a> · <a href="/board/offers/${e.offer.id}">${bdi(e.offer.title)}</a>
      </p>
      ${e.message ? html`<p dir="auto"><q>${e.message}</q></p>` : nothing}
      ${this.waiting(e)} ${this.confirmations(e)} ${this.outcomes(e)}
      ${
        e.history?.length
          ? html`<ol class="engagement__history">
            ${e.history.map(
              (entry) => html`<li>
                <strong>${t(`engagement.step.${entry.step}`)}</strong> · ${formatDateTime(entry.at)}${
                  entry.by.organization
                    ? html` · ${entry.by.name ? html`${bdi(entry.by.name)} — ` : ''}${bdi(organizationName(entry.by.organization))}`
                    : nothing
                }${entry.note ? html` · <q dir="auto">${entry.note}</q>` : nothing}
              </li>`,
            )}
          </ol>`
          : nothing
      }
      ${this.actions(e)} ${this.stepForm()}
      <problem-alert .error=${this.action.failure} .dismiss=${() => this.action.dismiss()}></problem-alert>
    </article>`;
  }

  private party(side: Side): string {
    return isolated(organizationName(side === 'state' ? this.engagement.state : this.engagement.provider));
  }

  /** Whom the engagement waits for, and for what. */
  private waiting(e: Engagement) {
    if (!e.waitingFor.length || (e.status !== 'proposed' && e.status !== 'agreed' && e.status !== 'in-progress')) {
      return nothing;
    }
    const parties = formatList(e.waitingFor.map((side) => this.party(side)));
    return html`<p class="engagement__waiting">${t(`engagement.waiting.${e.status}`, { parties })}</p>`;
  }

  /** Which side has confirmed the start and completion, and when. */
  private confirmations(e: Engagement) {
    if (e.status === 'proposed' || e.status === 'declined' || e.status === 'withdrawn') {
      return nothing;
    }
    const who = (given: Partial<Record<Side, { at: string }>>) => {
      const sides = SIDES.filter((side) => given[side]);
      return sides.length
        ? formatList(
            sides.map((side) =>
              t('engagement.confirmedOn', { party: this.party(side), date: formatDateTime(given[side]!.at) }),
            ),
          )
        : t('engagement.notYet');
    };
    return html`<dl class="facts engagement__confirmations">
      <dt>${t('engagement.startConfirmedBy')}</dt>
      <dd>${who(e.confirmations.start)}</dd>
      ${
        e.status !== 'agreed'
          ? html`<dt>${t('engagement.completionConfirmedBy')}</dt>
            <dd>${who(e.confirmations.completion)}</dd>`
          : nothing
      }
    </dl>`;
  }

  /** Each side's outcome note, once it has confirmed completion. */
  private outcomes(e: Engagement) {
    return SIDES.map((side) => {
      const outcome = e.confirmations.completion[side]?.outcome;
      return outcome
        ? html`<p class="engagement__outcome" dir="auto"><strong>${t('engagement.outcomeOf', { party: this.party(side) })}</strong> ${outcome}</p>`
        : nothing;
    });
  }

  /** The reader's side, when the reader is a delegate of one of the two organizations. */
  private readerSide(e: Engagement): Side | null {
    const own = session.participant();
    if (!own?.roles.includes('delegate')) {
      return null;
    }
    return own.organization.id === e.state.id ? 'state' : own.organization.id === e.provider.id ? 'provider' : null;
  }

  private actions(e: Engagement) {
    const side = this.readerSide(e);
    if (!side) {
      return nothing;
    }
    const steps: Step[] = [];
    if (e.status === 'proposed') {
      steps.push(...(side === e.initiatedBy ? (['withdraw'] as Step[]) : (['accept', 'decline'] as Step[])));
    }
    if (e.status === 'agreed' && !e.confirmations.start[side]) {
      steps.push('start');
    }
    if (e.status === 'in-progress' && !e.confirmations.completion[side]) {
      steps.push('complete');
    }
    if (steps.length === 0) {
      return nothing;
    }
    return html`<div class="button-row">
      ${steps.map(
        (
          step,
        ) => html`<button type="button" class="button ${step === 'decline' || step === 'withdraw' ? 'button--secondary' : ''}" data-step=${step}
          aria-expanded=${this.step === step} ?disabled=${this.action.busy} @click=${() => void this.choose(step)}>${t(`engagement.do.${step}`)}</button>`,
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
      withdraw: t('engagement.withdrawReason'),
      start: t('engagement.startNote'),
      complete: t('engagement.outcomeLabel'),
    }[this.step];
    const explain =
      this.step === 'start'
        ? t('engagement.startExplain')
        : this.step === 'complete'
          ? t('engagement.completeExplain')
          : '';
    return html`<form class="form engagement__form" @submit=${this.submit}>
      ${
        this.step === 'accept'
          ? html`<p>${t('engagement.acceptConfirm')}</p>`
          : html`${explain ? html`<p>${explain}</p>` : nothing}
            <div class="field field--wide">
              <label for=${id}>${label}</label>
              <textarea id=${id} name="text" rows="3" maxlength=${this.step === 'complete' ? 5000 : 2000} ?required=${this.step === 'complete'}></textarea>
            </div>`
      }
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.action.busy}>${t(`engagement.confirm.${this.step}`)}</button>
        <button type="button" class="button button--secondary" @click=${() => void this.choose(null)}>${t('action.cancel')}</button>
      </div>
    </form>`;
  }

  private async choose(step: Step | null): Promise<void> {
    const previous = this.step;
    this.step = this.step === step ? null : step;
    this.action.dismiss();
    await this.updateComplete;
    (this.step
      ? this.querySelector<HTMLElement>('.engagement__form textarea, .engagement__form button')
      : this.querySelector<HTMLElement>(`button[data-step='${previous}']`)
    )?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const step = this.step;
    if (!step) {
      return;
    }
    const text = String(new FormData(event.target as HTMLFormElement).get('text') ?? '').trim();
    // Accepting takes no body; the server refuses one the contract does not describe.
    const body =
      step === 'complete'
        ? { outcome: text }
        : step === 'decline' || step === 'withdraw'
          ? text
            ? { reason: text }
            : undefined
          : step === 'start' && text
            ? { note: text }
            : undefined;
    const before = this.engagement;
    await this.action.run(() => api.post<Engagement>(`/capacity/engagements/${this.engagement.id}/${step}`, body), {
      apply: () => (this.step = null),
      announce: (changed) => engagementNews(before, changed),
      refresh: (changed) =>
        this.dispatchEvent(new CustomEvent<Engagement>('engagement-changed', { detail: changed, bubbles: true })),
      focus: () => this.querySelector<HTMLElement>('h3'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'engagement-card': EngagementCard;
  }
}
