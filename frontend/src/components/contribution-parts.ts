import { html, nothing } from 'lit';
import type { Amendment, ParagraphComment, VersionRef } from '../app/draft-model';
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
    ${
      comments.length
        ? html`<ol class="contributions">
          ${comments.map(
            (comment) => html`<li>
              <p class="contribution__by">${contributionBy(comment)} · ${formatDateTime(comment.createdAt)}${
                comment.onCurrentText
                  ? nothing
                  : html` · <span class="muted">${t('draft.onEarlierText', { version: comment.madeOn.label })}</span>`
              }</p>
              <p dir="auto">${comment.body}</p>
            </li>`,
          )}
        </ol>`
        : nothing
    }`;
}

/** A version in the reader's language: the zero draft, Rev.1, ... */
export function versionName(version: VersionRef): string {
  return version.version === 0 ? t('draft.zeroDraft') : t('draft.rev', { number: version.version });
}

/** What became of an amendment, in words (and a mark that is not colour alone). */
export function amendmentOutcome(amendment: Amendment) {
  if (amendment.status === 'incorporated' && amendment.incorporatedIn) {
    return html`<p class="contribution__outcome contribution__outcome--incorporated">
      <span aria-hidden="true">✓</span> <strong>${t('draft.amendment.incorporated', { version: versionName(amendment.incorporatedIn) })}</strong>
      ${amendment.incorporation === 'same-wording' ? html`<span class="muted">${t('draft.amendment.sameWording')}</span>` : nothing}</p>`;
  }
  if (amendment.status === 'not-retained' && amendment.notRetainedIn) {
    return html`<p class="contribution__outcome contribution__outcome--not-retained">
      <span aria-hidden="true">✕</span> <strong>${t('draft.amendment.notRetained', { version: versionName(amendment.notRetainedIn) })}</strong></p>`;
  }
  if (amendment.status === 'proposed' && amendment.paragraphRemovedIn) {
    return html`<p class="contribution__outcome contribution__outcome--stranded">
      ${t('draft.amendment.onRemoved', { version: versionName(amendment.paragraphRemovedIn) })}</p>`;
  }
  return nothing;
}

export interface AmendmentActions {
  /** The reader's organization, which may withdraw its own proposed amendments. */
  own?: string;
  busy: boolean;
  withdraw: (amendment: Amendment) => void;
  /** For those who publish versions: record that the draft does not retain a proposed amendment. */
  notRetain?: (amendment: Amendment) => void;
}

/** The amendments, each against the current text and with what became of it; the proposing organization may withdraw its own. */
export function amendmentList(amendments: readonly Amendment[], actions: AmendmentActions) {
  const { own, busy, withdraw, notRetain } = actions;
  return html`<h4>${t('draft.amendments', { count: amendments.length })}</h4>
    ${
      amendments.length
        ? html`<ol class="contributions">
          ${amendments.map(
            (amendment) => html`<li class="contribution--${amendment.status}" data-amendment=${amendment.id}>
              <p class="contribution__by">${contributionBy(amendment)} · ${formatDateTime(amendment.createdAt)}
                ${amendment.status === 'withdrawn' ? html` · <strong>${t('draft.amendmentWithdrawn')}</strong>` : nothing}</p>
              ${amendmentOutcome(amendment)}
              ${amendment.diff ? diffText(amendment.diff) : html`<p dir="auto">${amendment.text}</p>`}
              ${amendment.explanation ? html`<p class="muted" dir="auto">${amendment.explanation}</p>` : nothing}
              ${
                amendment.status === 'proposed' && own && amendment.organization?.id === own
                  ? html`<button type="button" class="button button--small button--secondary" ?disabled=${busy}
                    @click=${() => withdraw(amendment)}>${t('draft.withdrawAmendment')}</button>`
                  : nothing
              }
              ${
                amendment.status === 'proposed' && notRetain
                  ? html`<button type="button" class="button button--small button--secondary" ?disabled=${busy}
                    @click=${() => notRetain(amendment)}>${t('draft.amendment.notRetain')}<span class="visually-hidden"> — ${contributionBy(amendment)}</span></button>`
                  : nothing
              }
            </li>`,
          )}
        </ol>`
        : nothing
    }`;
}
