import { html, nothing } from 'lit';
import { bdi } from '../app/bidi';
import type { SpeakersEntry } from '../app/speakers-model';
import { t } from '../i18n/i18n';

/** The minutes a speaker has, rounded up: limits are set in seconds, shown in minutes. */
export function minutes(seconds: number): string {
  return t('speakers.minutes', { minutes: Math.ceil(seconds / 60) });
}

/** One line of a speakers list: place, speaker, group, time limit, status and the Secretariat's move. */
export function entryLine(entry: SpeakersEntry) {
  const onFloor = entry.status === 'on-floor';
  return html`<span class="speaker__position">${entry.position}.</span>
    <span class="speaker__name">${onFloor ? html`<strong>${bdi(entry.organization.name)}</strong>` : bdi(entry.organization.name)}</span>
    ${
      entry.onBehalfOf
        ? html`<span class="speaker__group">${t('speakers.onBehalfOf', { group: entry.onBehalfOf.name })}</span>`
        : nothing
    }
    ${
      entry.kind === 'right-of-reply'
        ? html`<span class="speaker__group">${t(entry.replyNumber === 1 ? 'speakers.reply1' : 'speakers.reply2')}</span>`
        : nothing
    }
    <span class="speaker__limit muted">${minutes(entry.seconds)}</span>
    <span class="badge badge--speaker-${entry.status}">${t(`speakers.status.${entry.status}`)}</span>
    ${
      entry.move
        ? html`<span class="speaker__move muted">${t('speakers.moved', { reason: entry.move.reason })}</span>`
        : nothing
    }`;
}
