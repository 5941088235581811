import { html, nothing } from 'lit';
import { isolated } from '../app/bidi';
import type { Post, RightsOfReply, Thread } from '../app/forum-model';
import { organizationName } from '../app/names';
import { session } from '../app/session';
import { formatDateTime, formatList, t } from '../i18n/i18n';

/**
 * The limit that applies to the State's next right of reply in this thread (two a day, the second
 * shorter), or that none is left today. The server decides; this says so before the reader writes.
 */
export function rightOfReplyLimit(id: string, rights: RightsOfReply | null) {
  if (!rights) {
    return nothing;
  }
  return html`<p id="${id}-limit" class="notice" role="note">${
    rights.nextMaxChars
      ? t(rights.usedToday === 0 ? 'composer.firstRightOfReply' : 'composer.secondRightOfReply', {
          limit: rights.nextMaxChars,
          perDay: rights.perDay,
        })
      : t('composer.noRightOfReplyLeft', { perDay: rights.perDay, date: formatDateTime(rights.nextDayStartsAt) })
  }</p>`;
}

/**
 * What a new position does to the organization's current one: supersedes it; and when that one is a joint
 * statement naming other States, it is replaced for them too.
 */
export function supersedes(positions: Post[]) {
  const own = session.participant()?.organization.id;
  const current = positions.find((position) => position.speaksFor?.id === own);
  if (!current || !own) {
    return nothing;
  }
  const others = (current.onBehalfOf ?? []).filter((state) => state.id !== own).map((state) => organizationName(state));
  return html`<p class="notice notice--supersedes" role="note">
    ${t('composer.supersedes', { organization: organizationName(current.speaksFor ?? { id: own, name: own }), number: current.seq })}
    ${others.length ? html`<br />${t('composer.supersedesJoint', { states: formatList(others) })}` : nothing}
  </p>`;
}

/** Which other organization's position a new position aligns with, if any. */
export function alignment(id: string, positions: Post[]) {
  const own = session.participant()?.organization.id;
  const others = positions.filter((position) => position.speaksFor && position.speaksFor.id !== own);
  if (others.length === 0) {
    return nothing;
  }
  return html`<div class="field">
      <label for="${id}-aligns">${t('composer.alignsWith')}</label>
      <select id="${id}-aligns" name="alignsWith">
        <option value="">${t('composer.noAlignment')}</option>
        ${others.map(
          (position) =>
            html`<option value=${position.id}>${position.speaksFor ? organizationName(position.speaksFor) : ''} (${t('post.number', { number: position.seq })})</option>`,
        )}
      </select>
    </div>`;
}

/** Which of the thread's guiding questions a new post answers, if any. */
export function guidingQuestion(id: string, thread: Thread) {
  const questions = thread.guidingQuestions ?? [];
  if (questions.length === 0) {
    return nothing;
  }
  return html`<div class="field">
      <label for="${id}-question">${t('composer.guidingQuestion')}</label>
      <select id="${id}-question" name="guidingQuestion">
        <option value="">${t('composer.noQuestion')}</option>
        ${questions.map((question, index) => html`<option value=${index}>${index + 1}. ${isolated(question)}</option>`)}
      </select>
    </div>`;
}

/** Characters as the server counts them: code points, without the blanks around the text. */
export function characters(text: string): number {
  return [...text.trim()].length;
}
