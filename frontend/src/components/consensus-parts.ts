import { html, nothing, svg } from 'lit';
import type { Draft, ParagraphConsensus, ParagraphStatus, StanceEntry } from '../app/draft-model';
import { REGIONAL_GROUPS } from '../app/model';
import { organizationName } from '../app/names';
import { formatList, t } from '../i18n/i18n';

const STATUS_MARK: Record<ParagraphStatus, string> = { agreed: '✓', contested: '✕', open: '○' };

/** A paragraph's standing as a badge that says it in words and shape, not colour alone. */
export function statusBadge(status: ParagraphStatus) {
  return html`<span class="consensus-badge consensus-badge--${status}">
    <span aria-hidden="true">${STATUS_MARK[status]}</span> ${t(`consensus.status.${status}`)}
  </span>`;
}

/** The draft at a glance: how many paragraphs are agreed, contested and open, as a bar and in words. */
export function consensusOverview(draft: Draft) {
  const c = draft.consensus;
  if (!c || c.paragraphs === 0) {
    return nothing;
  }
  let offset = 0;
  const parts = (['agreed', 'contested', 'open'] as const).map((status) => {
    const width = (c[status] / c.paragraphs) * 100;
    const part = svg`<rect class="overview-bar__${status}" x=${offset} y="0" width=${width} height="10"></rect>`;
    offset += width;
    return part;
  });
  return html`<div class="consensus-overview">
    <p class="consensus-overview__counts">
      ${t('consensus.overview', { total: c.paragraphs, agreed: c.agreed, contested: c.contested, open: c.open })}
    </p>
    <svg class="overview-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${parts}</svg>
    <p class="muted hint">${t('consensus.rule', { groups: c.requiredGroups })}</p>
  </div>`;
}

/** How broad the support is: the five regional groups, those with a supporting State marked. */
export function groupBreadth(consensus: ParagraphConsensus) {
  const supporting = new Set(consensus.supportingGroups);
  const names = consensus.supportingGroups.map((group) => t(`group.${group}`));
  return html`<div class="group-breadth">
    <p class="visually-hidden">
      ${t('consensus.breadth', { count: consensus.supportingGroupCount, required: consensus.requiredGroups })}
      ${names.length ? formatList(names) : ''}
    </p>
    <ul class="group-breadth__groups" aria-hidden="true">
      ${REGIONAL_GROUPS.map(
        (group) => html`<li class="group-chip ${supporting.has(group) ? 'group-chip--on' : ''}">
          <span class="group-chip__mark">${supporting.has(group) ? '✓' : ''}</span>${t(`groupShort.${group}`)}
        </li>`,
      )}
    </ul>
    <p class="group-breadth__count" aria-hidden="true">
      ${t('consensus.breadthShort', { count: consensus.supportingGroupCount, required: consensus.requiredGroups })}
    </p>
  </div>`;
}

/**
 * Who stands where: objections always named, support and reservations as counts that open into names. The
 * counts take every State into account; under the Chatham House Rule the API names only the reader's own
 * State, so the others are counted, never named here.
 */
export function stanceLists(consensus: ParagraphConsensus) {
  const supportCount = consensus.supportCount ?? consensus.support.length;
  const objectionCount = consensus.objectionCount ?? consensus.objections.length;
  const reservationCount = consensus.reservationCount ?? consensus.reservations.length;
  const dissociated = consensus.dissociatedBy ?? [];
  const dissociationCount = consensus.dissociationCount ?? dissociated.length;
  return html`<ul class="stance-lists">
    ${
      objectionCount
        ? html`<li class="stance-lists__objections"><strong>${t('consensus.objectedBy', {
            states: named(
              consensus.objections.map((e) => e.state),
              objectionCount,
            ),
          })}</strong>
          ${explanations(consensus.objections)}</li>`
        : nothing
    }
    ${
      reservationCount
        ? html`<li>${t('consensus.reservedBy', {
            states: named(
              consensus.reservations.map((e) => e.state),
              reservationCount,
            ),
          })}
          ${explanations(consensus.reservations)}</li>`
        : nothing
    }
    <li>
      ${
        supportCount
          ? html`<details>
            <summary>${t('consensus.supportCount', { count: supportCount })}</summary>
            <p>${named(
              consensus.support.map((e) => e.state),
              supportCount,
            )}</p>
          </details>`
          : t('consensus.noSupport')
      }
    </li>
    ${
      dissociationCount
        ? html`<li class="stance-lists__dissociations">${t('consensus.dissociatedBy', { states: named(dissociated, dissociationCount) })}</li>`
        : nothing
    }
  </ul>`;
}

/** The States the API named, then how many more it counted without naming them. */
function named(states: readonly { id?: string; name: string }[], count: number): string {
  const names = states.map((state) => organizationName(state));
  const unnamed = count - names.length;
  return formatList(unnamed > 0 ? [...names, t('consensus.unnamed', { count: unnamed })] : names);
}

function explanations(entries: StanceEntry[]) {
  const explained = entries.filter((entry) => entry.explanation);
  if (explained.length === 0) {
    return nothing;
  }
  return html`<ul class="stance-explanations">
    ${explained.map((entry) => html`<li><strong>${organizationName(entry.state)}:</strong> <q dir="auto">${entry.explanation}</q></li>`)}
  </ul>`;
}
