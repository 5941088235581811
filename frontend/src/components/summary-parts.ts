import { html, nothing } from 'lit';
import { localizedName } from '../app/names';
import type { Cited, Count, Summary } from '../app/summary-model';
import { barTable } from './charts';
import { formatList, isolate, t } from '../i18n/i18n';

/** The phrases a summary uses for who spoke under the Chatham House Rule, by constituency. */
const CONSTITUENCY_PHRASES: Record<string, string> = {
  'a State': 'state',
  'an intergovernmental organization': 'intergovernmental',
  'a private sector participant': 'private-sector',
  'an academic participant': 'academia',
  'a civil society participant': 'civil-society',
  'a United Nations participant': 'un-body',
};

/** Who is cited, in the reader's language: a State's name, or under the Chatham House Rule a constituency. */
export function citedBy(by: string): string {
  const kind = CONSTITUENCY_PHRASES[by];
  return kind ? t('post.byConstituency', { constituency: t(`kind.${kind}` as 'kind.state') }) : localizedName(by);
}

/** A link to a cited post, named by its number in the thread. */
export function citation(summary: Summary, postId: number) {
  const seq = summary.generated.citations?.[String(postId)]?.seq;
  return html`<a class="citation" href="/threads/${summary.threadId}#post-${postId}">${seq !== undefined
    ? t('post.number', { number: seq })
    : t('summary.citedPost')}</a>`;
}

/**
 * The summary's structured parts, in the reader's language: participation in numbers (by constituency and
 * regional group, with a bar for each), alignments and joint statements, and the positions per guiding question.
 */
export function summaryParts(summary: Summary) {
  return html`${participation(summary)} ${positions(summary)}`;
}

function participation(summary: Summary) {
  const p = summary.generated.participation;
  if (!p) {
    return nothing;
  }
  return html`<section aria-labelledby="summary-participation" class="summary-part">
    <h2 id="summary-participation">${t('summary.participation')}</h2>
    <p>${t('summary.contributions', { posts: p.posts, organizations: p.organizations })}</p>
    <div class="count-tables">
      ${countTable('summary-by-constituency', t('summary.byConstituency'), t('summary.constituency'),
        (p.byConstituency ?? []).map((row) => [t(`kind.${row.constituency}`), row]))}
      ${p.byRegionalGroup?.length
        ? countTable('summary-by-group', t('summary.byRegionalGroup'), t('organization.group'),
            p.byRegionalGroup.map((row) => [t(`group.${row.regionalGroup}`), row]))
        : nothing}
    </div>
    ${p.statesThatSpoke?.length
      ? html`<p><strong>${t('summary.statesThatSpoke')}</strong> ${formatList(p.statesThatSpoke.map(localizedName))}</p>`
      : nothing}
    ${p.alignments?.length || p.jointStatements?.length
      ? html`<ul class="summary-list">
          ${(p.alignments ?? []).map(
            (alignment) => html`<li>
              ${t('summary.alignment', {
                aligned: formatList(alignment.alignedBy.map((a: Cited) => citedBy(a.by))),
                statement: citedBy(alignment.statement.by),
              })}
              (${citation(summary, alignment.statement.postId)})
            </li>`,
          )}
          ${(p.jointStatements ?? []).map(
            (joint) => html`<li>
              ${t('summary.jointStatement', {
                by: citedBy(joint.deliveredBy),
                states: joint.onBehalfOf ? formatList(joint.onBehalfOf.map(localizedName)) : t('summary.stateCount', { count: joint.onBehalfOfCount }),
              })}
              (${citation(summary, joint.postId)})
            </li>`,
          )}
        </ul>`
      : nothing}
  </section>`;
}

function countTable(id: string, caption: string, rowHeader: string, rows: [string, Count][]) {
  return barTable(id, caption, [rowHeader, t('summary.posts'), t('summary.organizations')],
    rows.map(([label, count]) => ({ label, values: [count.posts, count.organizations] })));
}

function positions(summary: Summary) {
  const sections = summary.generated.positions ?? [];
  if (sections.every((section) => section.positions.length === 0)) {
    return nothing;
  }
  return html`<section aria-labelledby="summary-positions" class="summary-part">
    <h2 id="summary-positions">${t('summary.positions')}</h2>
    ${sections.map(
      (section, i) => html`<section aria-labelledby="summary-question-${i}">
        <h3 id="summary-question-${i}">
          ${section.question !== undefined
            ? t('summary.question', { number: (section.index ?? i) + 1, question: isolate(section.question) })
            : t('summary.generalPositions')}
        </h3>
        ${section.positions.length
          ? html`<ul class="summary-list">
              ${section.positions.map(
                (position) => html`<li>
                  <strong>${citedBy(position.by)}</strong> (${citation(summary, position.postId)})${position.excerpt
                    ? html`: <q lang=${position.language ?? nothing} dir="auto">${position.excerpt}</q>`
                    : nothing}
                </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t('summary.noPositions')}</p>`}
      </section>`,
    )}
  </section>`;
}
