import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { bdi, isolated } from '../app/bidi';
import type { Post } from '../app/forum-model';
import { organizationName, organizationNameById, tagLabel } from '../app/names';
import type {
  DissociationOnRecord,
  ProfileDraft,
  ProfileListing,
  ProfilePractice,
  ProfileReport,
  ProfileThread,
  StanceOnRecord,
} from '../app/profile-model';
import { wordDiff } from '../app/word-diff';
import { formatDateTime, formatList, languageName, t } from '../i18n/i18n';
import { areaLabel } from './capacity-parts';
import { diffText } from './contribution-parts';
import { plainText } from './rich-text';

const DAY: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/** A thread and the State's positions in it, each superseded one with what changed in the one that followed. */
export function threadPositions(item: ProfileThread, stateId: string) {
  const title = html`<a href="/threads/${item.thread.id}" dir="auto">${item.thread.title}</a>`;
  return html`<article class="card profile-thread">
    <h4 class="card__title">${title}</h4>
    <p class="muted">
      ${item.thread.tags.map((tag) => tagLabel(tag)).join(' · ')}
      ${item.thread.chathamHouse ? html`<span class="badge">${t('summaries.chathamHouse')}</span>` : nothing}
    </p>
    <ol class="profile-positions">
      ${item.positions.map((post) => html`<li>${position(post, item.positions, stateId)}</li>`)}
    </ol>
  </article>`;
}

function position(post: Post, all: readonly Post[], stateId: string) {
  const next = post.supersededBy ? all.find((other) => other.id === post.supersededBy) : undefined;
  const status =
    post.status === 'superseded'
      ? t('post.superseded')
      : post.status === 'withdrawn'
        ? t('post.withdrawn', { date: formatDateTime(post.withdrawnAt ?? post.createdAt, DAY) })
        : t('profile.position.current');
  return html`<div class="profile-position profile-position--${post.status ?? 'active'}">
    <p>
      <strong>${status}</strong>
      · <a href="/threads/${post.threadId}#post-${post.id}">${formatDateTime(post.createdAt, DAY)}</a>
      ${speaksFor(post, stateId)}
    </p>
    ${post.bodyHtml ? html`<div class="prose" lang=${post.language} dir="auto">${unsafeHTML(post.bodyHtml)}</div>` : nothing}
    ${alignment(post)}
    ${
      next?.bodyHtml && post.bodyHtml
        ? html`<details class="profile-diff">
            <summary>${t('profile.diff.summary')}</summary>
            ${diffText(wordDiff(plainText(post.bodyHtml), plainText(next.bodyHtml)))}
          </details>`
        : nothing
    }
  </div>`;
}

/** A joint statement: who delivered it when another State did, and on whose behalf. */
function speaksFor(post: Post, stateId: string) {
  const others = (post.onBehalfOf ?? []).filter((state) => state.consent === 'confirmed');
  const deliveredBy =
    post.speaksFor && post.speaksFor.id !== stateId
      ? html` · ${t('profile.position.deliveredBy', { organization: isolated(organizationName(post.speaksFor)) })}`
      : nothing;
  const joint =
    others.length > 1
      ? html` · ${t('profile.position.jointFor', { states: formatList(others.map((s) => isolated(organizationName(s)))) })}`
      : nothing;
  return html`${deliveredBy}${joint}`;
}

function alignment(post: Post) {
  const aligned = post.alignsWith?.speaksFor;
  const by = (post.alignedBy ?? []).flatMap((other) => (other.speaksFor ? [organizationName(other.speaksFor)] : []));
  return html`${
    aligned
      ? html`<p class="muted">
          <a href="/threads/${post.threadId}#post-${post.alignsWith?.postId}"
            >${t('profile.position.alignsWith', { organization: isolated(organizationName(aligned)) })}</a
          >
        </p>`
      : nothing
  }
  ${by.length ? html`<p class="muted">${t('profile.position.alignedBy', { organizations: formatList(by.map(isolated)) })}</p>` : nothing}`;
}

/** A draft and the State's current stances and dissociation on it; each stance offers a comparison. */
export function draftRecord(draft: ProfileDraft, compare: (stance: StanceOnRecord) => void) {
  return html`<article class="card">
    <h4 class="card__title"><a href="/threads/${draft.threadId}" dir="auto">${draft.title}</a></h4>
    <ul class="profile-stances">
      ${draft.stances.map(
        (stance) => html`<li>
          ${stanceLine(stance)}
          <button type="button" class="button button--secondary button--small" @click=${() => compare(stance)}>
            ${t('profile.draft.compare', { number: stance.number })}
          </button>
        </li>`,
      )}
    </ul>
    ${draft.dissociation ? dissociationLine(draft.dissociation) : nothing}
  </article>`;
}

/** A stance; `withText`: with the paragraph's text it was taken on (a comparison shows the text once). */
export function stanceLine(stance: StanceOnRecord, withText = true) {
  return html`<p>
      <strong>${t('profile.draft.paragraph', { number: stance.number })}: ${t(`stance.${stance.stance}`)}</strong>
      ${stance.onLatestText ? nothing : html`<span class="muted">(${t('profile.draft.earlierText')})</span>`}
      ${stance.recordedVia ? html`<span class="muted">${t('profile.draft.via', { organization: isolated(organizationNameById(stance.recordedVia)) })}</span>` : nothing}
      · ${formatDateTime(stance.recordedAt, DAY)}
    </p>
    ${withText ? html`<blockquote class="muted" dir="auto">${bdi(stance.text)}</blockquote>` : nothing}
    ${stance.explanation ? html`<p dir="auto">${t('profile.draft.reason', { reason: isolated(stance.explanation) })}</p>` : nothing}`;
}

export function dissociationLine(dissociation: DissociationOnRecord) {
  return html`<p>
      ${
        dissociation.paragraphs.length
          ? t('profile.draft.dissociates', {
              count: dissociation.paragraphs.length,
              numbers: formatList(dissociation.paragraphs.map(String)),
            })
          : nothing
      }
      ${
        dissociation.ended.length
          ? html`<span class="muted">${t('profile.draft.ended', { numbers: formatList(dissociation.ended.map(String)) })}</span>`
          : nothing
      }
    </p>
    ${dissociation.explanation ? html`<p dir="auto">${t('profile.draft.reason', { reason: isolated(dissociation.explanation) })}</p>` : nothing}`;
}

export function reportLine(report: ProfileReport, stateId: string) {
  return html`<p>
    <a href="/reports/${encodeURIComponent(report.cycleId)}/${stateId}" dir="auto">${report.cycleTitle}</a>
    — ${t('profile.report.line', {
      language: languageName(report.language),
      count: report.answerCount,
      date: formatDateTime(report.publishedAt, DAY),
    })}
    · ${t(`report.audience.${report.audience}`)}
    <br /><span class="muted">${formatList(report.norms.map((norm) => tagLabel(norm)))}</span>
  </p>`;
}

export function practiceLine(practice: ProfilePractice) {
  return html`<p>
    <a href="/practices/${practice.id}" lang=${practice.language} dir="auto">${practice.title}</a>
    · ${formatDateTime(practice.sharedAt, DAY)}
    <br /><span class="muted">${formatList(practice.norms.map((norm) => tagLabel(norm)))} ·
      ${t('practices.marks', { endorsements: practice.endorsements, useful: practice.useful })}</span>
  </p>`;
}

export function listingLine(listing: ProfileListing, kind: 'needs' | 'offers') {
  return html`<p>
    <a href="/board/${kind}/${listing.id}" dir="auto">${listing.title}</a>
    · ${formatDateTime(listing.createdAt, DAY)}
    ${listing.status === 'closed' ? html`<span class="badge badge--objected">${t('board.closed')}</span>` : nothing}
    <br /><span class="muted">${formatList(listing.areas.map(areaLabel))}</span>
  </p>`;
}
