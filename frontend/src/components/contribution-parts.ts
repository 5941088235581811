import { html, nothing } from 'lit';
import type { Amendment, ParagraphComment } from '../app/draft-model';
import { organizationName } from '../app/names';
import type { DiffPart } from '../app/word-diff';
import { formatDateTime, t } from '../i18n/i18n';
import { isolated } from '../app/bidi';

/** A text change as a diff: deletions and insertions named for screen readers, not by colour alone. */
export function diffText(parts: readonly DiffPart[]) {
  return html`<p class="diff" dir="auto">${parts.map((part) =>
    part.op === 'equal'
      ? part.text
      : part.op === 'delete'
        ? html`<del><span class="visually-hidden">${t('diff.deleted')} </span>${part.text}<span class="visually-hidden"> ${t('diff.end')}</span></del>`
        : html`<ins><span class="visually-hidden">${t('diff.inserted')} </span>${part.text}<span class="visually-hidden"> ${t('diff.end')}</span></ins>`,
  )}</p>`;
}

/** Who made a contribution: a name and organization when the API sends them, else only the constituency (Chatham House). */
export function contributionBy(contribution: ParagraphComment | Amendment): string {
  if (contribution.author && contribution.organization) {
    return `${isolated(contribution.author.name)} — ${isolated(organizationName(contribution.organization))}`;
  }
  return t('post.byConstituency', { constituency: t(`kind.${contribution.constituency}`) });
}

export function commentList(comments: readonly ParagraphComment[]) {
  return html`<h4>${t('draft.comments', { count: comments.length })}</h4>
    ${comments.length
      ? html`<ol class="contributions">
          ${comments.map(
            (comment) => html`<li>
              <p class="contribution__by">${contributionBy(comment)} · ${formatDateTime(comment.createdAt)}${comment.onCurrentText
                ? nothing
                : html` · <span class="muted">${t('draft.onEarlierText', { version: comment.madeOn.label })}</span>`}</p>
              <p dir="auto">${comment.body}</p>
            </li>`,
          )}
        </ol>`
      : nothing}`;
}

/** The proposed amendments, each against the current text; the proposing organization may withdraw its own. */
export function amendmentList(
  amendments: readonly Amendment[],
  own: string | undefined,
  busy: boolean,
  withdraw: (amendment: Amendment) => void,
) {
  return html`<h4>${t('draft.amendments', { count: amendments.length })}</h4>
    ${amendments.length
      ? html`<ol class="contributions">
          ${amendments.map(
            (amendment) => html`<li class=${amendment.status === 'withdrawn' ? 'contribution--withdrawn' : ''}>
              <p class="contribution__by">${contributionBy(amendment)} · ${formatDateTime(amendment.createdAt)}
                ${amendment.status === 'withdrawn' ? html` · <strong>${t('draft.amendmentWithdrawn')}</strong>` : nothing}</p>
              ${amendment.diff ? diffText(amendment.diff) : html`<p dir="auto">${amendment.text}</p>`}
              ${amendment.explanation ? html`<p class="muted" dir="auto">${amendment.explanation}</p>` : nothing}
              ${amendment.status === 'proposed' && own && amendment.organization?.id === own
                ? html`<button type="button" class="button button--small button--secondary" ?disabled=${busy}
                    @click=${() => withdraw(amendment)}>${t('draft.withdrawAmendment')}</button>`
                : nothing}
            </li>`,
          )}
        </ol>`
      : nothing}`;
}
