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

/** Who stands where: objections always by name, support and reservations as counts that open into names. */
export function stanceLists(consensus: ParagraphConsensus) {
  const names = (entries: StanceEntry[]) => formatList(entries.map((entry) => organizationName(entry.state)));
  return html`<ul class="stance-lists">
    ${consensus.objections.length
      ? html`<li class="stance-lists__objections"><strong>${t('consensus.objectedBy', { states: names(consensus.objections) })}</strong>
          ${explanations(consensus.objections)}</li>`
      : nothing}
    ${consensus.reservations.length
      ? html`<li>${t('consensus.reservedBy', { states: names(consensus.reservations) })} ${explanations(consensus.reservations)}</li>`
      : nothing}
    <li>
      ${consensus.support.length
        ? html`<details>
            <summary>${t('consensus.supportCount', { count: consensus.support.length })}</summary>
            <p>${names(consensus.support)}</p>
          </details>`
        : t('consensus.noSupport')}
    </li>
    ${consensus.dissociatedBy?.length
      ? html`<li>${t('consensus.dissociatedBy', { states: formatList(consensus.dissociatedBy.map(organizationName)) })}</li>`
      : nothing}
  </ul>`;
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
