import { html, nothing, type TemplateResult } from 'lit';
import { organizationNameById } from '../app/names';
import type { MessageKey } from '../i18n/catalogue';
import { formatList, message, t } from '../i18n/i18n';

/** What a State named in the reader's joint statement did, in words. */
const JOINT_STATEMENT_ANSWERS: Record<string, MessageKey> = {
  'joint-statement-confirmed': 'notifications.jointStatementConfirmed',
  'joint-statement-declined': 'notifications.jointStatementDeclined',
  'joint-statement-left': 'notifications.jointStatementLeft',
};

/**
 * What the event adds in words: a stance and its paragraph, an ended dissociation or a decision on one's own
 * amendment ({@link draftDetail}), a step of an engagement, an accreditation's status, a State's answer to a
 * joint statement.
 */
export function notificationDetail(reason: string, details: Record<string, unknown>) {
  if (reason === 'matching') {
    const step = matchingStep(details);
    return step ? html`<p class="muted">${message(`notifications.matching.${step}`) ?? step}</p>` : nothing;
  }
  if (reason === 'ping' && typeof details.acknowledgeUrl === 'string') {
    // the link's path only: the page acknowledges on this server, whatever address the message was written with
    const path = new URL(details.acknowledgeUrl, location.origin).pathname;
    return html`<p><a href=${path}>${t('notifications.pingLink', { contact: String(details.contactName ?? '') })}</a></p>`;
  }
  if (reason === 'joint-statement-requested') {
    return html`<p class="muted">${t(details.again === true ? 'notifications.jointStatementAskedAgain' : 'notifications.jointStatementAsked')}</p>`;
  }
  const answer = JOINT_STATEMENT_ANSWERS[reason];
  if (answer && typeof details.stateId === 'string') {
    return html`<p class="muted">${t(answer, { state: organizationNameById(details.stateId) })}</p>`;
  }
  const drafting = draftDetail(reason, details);
  if (drafting) {
    return drafting;
  }
  const stance = typeof details.stance === 'string' ? message(`stance.${details.stance}`) : undefined;
  if (stance) {
    return html`<p class="muted">${
      typeof details.organizationId === 'string'
        ? t('notifications.stanceBy', { stance, who: organizationNameById(details.organizationId) })
        : t('notifications.stance', { stance })
    }</p>`;
  }
  const status = [details.status, details.outcome, details.decision].find((value) => typeof value === 'string') as
    string | undefined;
  if (status) {
    return html`<p class="muted">${message(`accreditation.${status}`) ?? status}</p>`;
  }
  return nothing;
}

/**
 * What a notification from the drafts context adds in words: a dissociation a revision ended, or what became
 * of the reader's own amendment. Its details name the version and the amendment only, never who decided, so
 * that nothing here says more than the reader may see under the Chatham House Rule. Undefined for any other.
 */
export function draftDetail(reason: string, details: Record<string, unknown>): TemplateResult | undefined {
  if (typeof details.version !== 'number') {
    return undefined;
  }
  const version = versionLabel(details.version);
  if (reason === 'dissociation-ended' && Array.isArray(details.paragraphNumbers)) {
    const paragraphs = formatList(
      details.paragraphNumbers.map((number) => t('draft.paragraph', { number: Number(number) })),
    );
    return html`<p class="muted">${t('notifications.dissociationEnded', { paragraphs, version })}</p>`;
  }
  if (
    (reason === 'amendment-incorporated' || reason === 'amendment-not-retained') &&
    typeof details.amendmentId === 'number'
  ) {
    const key =
      reason === 'amendment-incorporated'
        ? 'notifications.amendmentIncorporated'
        : 'notifications.amendmentNotRetained';
    return html`<p class="muted">${t(key, { id: details.amendmentId, version })}</p>`;
  }
  return undefined;
}

function versionLabel(number: number): string {
  return number === 0 ? t('draft.zeroDraft') : t('draft.rev', { number });
}

/**
 * The step of a matching notification: what the other side did to an engagement (a confirmation that
 * completed the pair is "started" or "completed"), or "found" for a new match.
 */
export function matchingStep(details: Record<string, unknown>): string | undefined {
  const step = typeof details.step === 'string' ? details.step : undefined;
  if (!step) {
    // notifications from before both sides confirmed each step carry only the status reached
    return {
      proposed: 'proposed',
      agreed: 'accepted',
      declined: 'declined',
      'in-progress': 'started',
      completed: 'completed',
    }[String(details.status)];
  }
  if (step === 'start-confirmed' && details.status === 'in-progress') {
    return 'started';
  }
  if (step === 'completion-confirmed' && details.status === 'completed') {
    return 'completed';
  }
  return step;
}
