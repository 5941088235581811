import { html, nothing } from 'lit';
import type { HomeData, HomeNotification } from '../app/home-model';
import { bdi } from '../app/bidi';
import { isChair, moderates } from '../app/roles';
import { formatDateTime, formatRelative, message, t } from '../i18n/i18n';

/** Consultations closing within a week are on the Chair's and moderators' desk. */
const CLOSING_WITHIN_MS = 7 * 86_400_000;

/**
 * For a signed-in participant: what waits for them - joint statements naming their State, stances not yet
 * recorded, engagements to answer, objection windows closing, unread notifications.
 */
export function waitingForYou(data: HomeData, quietWhenEmpty = false) {
  const joint = data.notifications.filter((n) => n.reason === 'joint-statement-requested');
  const drafts = data.drafts.filter((draft) => (draft.withoutOwnStance ?? 0) > 0);
  const empty =
    !joint.length &&
    !drafts.length &&
    !data.engagements.length &&
    !data.objectionWindows.length &&
    !data.unread &&
    !data.trainingOffer;
  if (empty && quietWhenEmpty) {
    return nothing; // a desk follows, which says what waits
  }
  return html`<section aria-labelledby="home-waiting" class="home-section home-section--waiting">
    <h2 id="home-waiting">${t('homeWaiting.title')}</h2>
    ${empty ? html`<p>${t('homeWaiting.nothing')}</p>` : nothing}
    <ul class="link-list">
      ${joint.map(
        (n) =>
          html`<li>${t('homeWaiting.jointStatement')} ${n.thread ? html`<a href=${postLink(n)}>${bdi(n.thread.title)}</a>` : nothing}</li>`,
      )}
      ${drafts.map(
        (draft) => html`<li>
          <a href="/threads/${draft.thread.id}">${t('homeWaiting.stances', { count: draft.withoutOwnStance ?? 0 })}</a>:
          ${bdi(draft.thread.title)}
        </li>`,
      )}
      ${data.engagements.map(
        (e) => html`<li>
          <a href="/board/needs/${e.need.id}">${t('homeWaiting.engagement')}</a>: ${bdi(e.need.title)} — ${bdi(e.offer.title)}
        </li>`,
      )}
      ${data.objectionWindows.map(
        (a) => html`<li>
          <a href="/accreditation">${t('homeWaiting.objectionWindow', { organization: a.name })}</a>
          ${a.windowClosesAt ? html` — ${t('homeWaiting.windowCloses', { relative: formatRelative(a.windowClosesAt) })}` : nothing}
        </li>`,
      )}
      ${
        data.trainingOffer
          ? html`<li data-testid="home-training-offer">
              <a href="/contacts/exercises/${data.trainingOffer.unansweredExercises[0]}"
                >${t('homeWaiting.pocTraining', { count: data.trainingOffer.unansweredExercises.length })}</a
              >
            </li>`
          : nothing
      }
      ${
        data.unread
          ? html`<li><a href="/notifications?unread=true">${t('homeWaiting.unread', { count: data.unread })}</a>
              ${notificationList(data.notifications.filter((n) => n.reason !== 'joint-statement-requested').slice(0, 5))}</li>`
          : nothing
      }
    </ul>
  </section>`;
}

function notificationList(items: HomeNotification[]) {
  return items.length
    ? html`<ul class="home-notifications">
        ${items.map(
          (n) => html`<li>
            ${message(`notifications.reason.${n.reason}`) ?? n.reason}${n.thread ? html`: <a href=${postLink(n)}>${bdi(n.thread.title)}</a>` : nothing}
            <span class="muted">(${formatRelative(n.createdAt)})</span>
          </li>`,
        )}
      </ul>`
    : nothing;
}

function postLink(n: HomeNotification): string {
  return `/threads/${n.thread?.id ?? ''}${n.post ? `#post-${n.post.id}` : ''}`;
}

/** For moderators and the Chair: the flag queue, summaries waiting, consultations closing. */
export function desk(data: HomeData, now = new Date()) {
  const closing = [...data.consultations, ...data.positionCalls].filter(
    (thread) => thread.closesAt && new Date(thread.closesAt).getTime() - now.getTime() < CLOSING_WITHIN_MS,
  );
  return html`<section aria-labelledby="home-desk" class="home-section home-section--waiting">
    <h2 id="home-desk">${t('homeDesk.title')}</h2>
    <ul class="link-list">
      ${
        moderates()
          ? html`<li><a href="/moderation">${t('homeDesk.flags', { count: data.flags.length })}</a>
              ${data.flags.length ? html`<ul class="home-notifications">${data.flags.slice(0, 5).map((f) => html`<li>${bdi(f.post.threadTitle)}: <span dir="auto">${f.reason}</span></li>`)}</ul>` : nothing}
            </li>`
          : nothing
      }
      <li>
        <a href="/summaries">${t(isChair() ? 'homeDesk.summariesSubmitted' : 'homeDesk.summariesDraft', { count: data.summariesWaiting.length })}</a>
        ${
          data.summariesWaiting.length
            ? html`<ul class="home-notifications">${data.summariesWaiting.map((s) => html`<li><a href="/summaries/${s.id}">${bdi(s.label)}</a>${s.submittedAt ? html` <span class="muted">(${formatDateTime(s.submittedAt, { dateStyle: 'medium' })})</span>` : nothing}</li>`)}</ul>`
            : nothing
        }
      </li>
      <li>
        ${t('homeDesk.closing', { count: closing.length })}
        ${
          closing.length
            ? html`<ul class="home-notifications">${closing.map((thread) => html`<li><a href="/threads/${thread.id}">${bdi(thread.title)}</a> — ${formatRelative(thread.closesAt ?? '')}</li>`)}</ul>`
            : nothing
        }
      </li>
    </ul>
  </section>`;
}
