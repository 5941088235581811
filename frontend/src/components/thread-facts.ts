import { html, nothing } from 'lit';
import type { Thread } from '../app/forum-model';
import { formatDateTime, formatRelative, t } from '../i18n/i18n';

/** The badges every thread shows: kind, status, audience and, when it applies, the Chatham House Rule. */
export function threadBadges(thread: Thread) {
  return html`<span class="badge">${t(`threadKind.${thread.kind}`)}</span>
    <span class="badge badge--status-${thread.status}">${t(`threadStatus.${thread.status}`)}</span>
    ${thread.audience !== 'public' ? html`<span class="badge">${t(`audience.${thread.audience}`)}</span>` : nothing}
    ${thread.chathamHouse ? html`<span class="badge badge--chatham">Chatham House</span>` : nothing}`;
}

/** When a time-boxed thread opens or closes, counted from now ("closes in 3 days"). */
export function threadSchedule(thread: Thread, now = new Date()) {
  if (thread.opensAt && new Date(thread.opensAt) > now) {
    return t('thread.opens', { relative: formatRelative(thread.opensAt, now), date: formatDateTime(thread.opensAt) });
  }
  if (thread.closesAt) {
    return new Date(thread.closesAt) > now
      ? t('thread.closes', { relative: formatRelative(thread.closesAt, now), date: formatDateTime(thread.closesAt) })
      : t('thread.closedAt', { date: formatDateTime(thread.closesAt) });
  }
  return '';
}
