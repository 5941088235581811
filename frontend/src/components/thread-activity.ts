import { html, nothing } from 'lit';
import type { ListedThread } from '../app/forum-model';
import { isolated } from '../app/bidi';
import { formatList, formatRelative, t } from '../i18n/i18n';

/** How many State codes a list names before it counts the rest: a line, not a roll call. */
const CODES_SHOWN = 8;
/** A time-boxed thread this close to its end shows "Closes soon". */
const CLOSING_SOON_MS = 3 * 86_400_000;

/** True while a thread takes posts and its closing time is less than three days away. */
export function closingSoon(thread: ListedThread, now = new Date()): boolean {
  if (thread.status !== 'open' || !thread.closesAt) {
    return false;
  }
  const left = new Date(thread.closesAt).getTime() - now.getTime();
  return left > 0 && left < CLOSING_SOON_MS;
}

/** The badge a thread closing soon carries beside its kind and status. */
export function closingBadge(thread: ListedThread) {
  return closingSoon(thread) ? html`<span class="badge badge--closing">${t('activity.closingSoon')}</span>` : nothing;
}

/**
 * Where a thread's dialogue stands, in one line: posts, official positions, the last post and who wrote it
 * (only the constituency under the Chatham House Rule, as the server sends it), and the States that spoke.
 */
export function threadActivity(thread: ListedThread) {
  const activity = thread.activity;
  const parts: string[] = [t('activity.posts', { count: thread.postCount ?? 0 })];
  if (activity.positionCount > 0) {
    parts.push(t('activity.positions', { count: activity.positionCount }));
  }
  const last = activity.lastPost;
  if (last) {
    const relative = formatRelative(last.at);
    parts.push(
      last.author
        ? t('activity.lastBy', {
            relative,
            who: last.organization
              ? `${isolated(last.author.name)} (${isolated(last.organization.name)})`
              : isolated(last.author.name),
          })
        : t('activity.lastByConstituency', { relative, constituency: t(`kind.${last.constituency}`) }),
    );
  }
  const states = activity.statesThatSpoke ?? [];
  return html`<p class="thread-activity muted">
    ${parts.join(' · ')}
    ${
      states.length
        ? html`<br /><span class="thread-activity__states">${t('activity.states', {
            count: states.length,
            codes: codesLine(states),
          })}</span>`
        : nothing
    }
  </p>`;
}

function codesLine(codes: string[]): string {
  if (codes.length <= CODES_SHOWN) {
    return formatList(codes);
  }
  return t('activity.moreStates', {
    codes: codes.slice(0, CODES_SHOWN).join(', '),
    count: codes.length - CODES_SHOWN,
  });
}
