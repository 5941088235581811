import { html, nothing } from 'lit';
import { localizedName } from '../app/names';
import type { Cited, Count, Summary } from '../app/summary-model';
import { formatList, formatNumber, isolate, t } from '../i18n/i18n';

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
  return html`<a class="citation" href="/threads/${summary.threadId}#post-${postId}">${
    seq !== undefined ? t('post.number', { number: seq }) : t('summary.citedPost')
  }</a>`;
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
      ${countTable(
        'summary-by-constituency',
        t('summary.byConstituency'),
        t('summary.constituency'),
        (p.byConstituency ?? []).map((row) => [t(`kind.${row.constituency}`), row]),
        true,
      )}
      ${
        p.byRegionalGroup?.length
          ? countTable(
              'summary-by-group',
              t('summary.byRegionalGroup'),
              t('organization.group'),
              p.byRegionalGroup.map((row) => [t(`group.${row.regionalGroup}`), row]),
            )
          : nothing
      }
    </div>
    ${
      [...(p.byConstituency ?? []), ...(p.byRegionalGroup ?? [])].some(
        (row) => row.posts === undefined || row.organizations === undefined,
      )
        ? html`<p class="muted">${t('summary.fewerThanNote')}</p>`
        : nothing
    }
    ${
      p.statesThatSpoke?.length
        ? html`<p><strong>${t('summary.statesThatSpoke')}</strong> ${formatList(p.statesThatSpoke.map(localizedName))}</p>`
        : nothing
    }
    ${
      p.alignments?.length || p.jointStatements?.length
        ? html`<ul class="summary-list">
          ${(p.alignments ?? []).map(
            (alignment) => html`<li>
              ${t('summary.alignment', {
                aligned: formatList(alignment.alignedBy.map((a: Cited) => citedBy(a.by))),
                statement: citedBy(alignment.statement.by),
              })}
              (${citation(summary, alignment.statement.postId)}${sinceThen(summary, alignment.statement)})
            </li>`,
          )}
          ${(p.jointStatements ?? []).map(
            (joint) => html`<li>
              ${t('summary.jointStatement', {
                by: citedBy(joint.deliveredBy),
                states: joint.onBehalfOf
                  ? formatList(joint.onBehalfOf.map(localizedName))
                  : t('summary.stateCount', { count: joint.onBehalfOfCount }),
              })}
              (${citation(summary, joint.postId)})
            </li>`,
          )}
        </ul>`
        : nothing
    }
  </section>`;
}

/**
 * Contributions (with a bar), organizations and, by constituency, key points. A count the Chatham House Rule
 * withholds reads "fewer than 3" and draws no bar; the table is the chart, as {@link barTable}'s are.
 */
function countTable(id: string, caption: string, rowHeader: string, rows: [string, Count][], keyPoints = false) {
  if (rows.length === 0) {
    return nothing;
  }
  const most = Math.max(...rows.map(([, count]) => count.posts ?? 0), 1);
  return html`<table class="count-table" id=${id}>
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${rowHeader}</th><th scope="col">${t('summary.posts')}</th><th scope="col">${t('summary.organizations')}</th>
        ${keyPoints ? html`<th scope="col">${t('summary.keyPoints')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([label, count]) => html`<tr>
          <th scope="row">${label}</th>
          <td>
            <span class="count-table__number">${shownCount(count.posts, count.postsFewerThan)}</span>
            ${
              count.posts !== undefined
                ? html`<svg class="count-table__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect x="0" y="0" height="10" width=${count.posts === 0 ? 0 : Math.max(2, (count.posts / most) * 100)}></rect>
                </svg>`
                : nothing
            }
          </td>
          <td>${shownCount(count.organizations, count.organizationsFewerThan)}</td>
          ${keyPoints ? html`<td>${formatNumber(count.keyPoints ?? 0)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function shownCount(value: number | undefined, fewerThan: number | undefined): string {
  return value !== undefined ? formatNumber(value) : t('summary.fewerThan', { count: fewerThan ?? 3 });
}

/** ", since superseded by Post #9" (or withdrawn) after a reference to a post that no longer stands. */
function sinceThen(summary: Summary, cited: Cited) {
  if (cited.status === 'superseded') {
    return cited.supersededBy !== undefined
      ? html`, ${t('summary.sinceSupersededBy')} ${citation(summary, cited.supersededBy)}`
      : html`, ${t('summary.sinceSuperseded')}`;
  }
  return cited.status === 'withdrawn' ? html`, ${t('summary.sinceWithdrawn')}` : nothing;
}

function positions(summary: Summary) {
  const sections = summary.generated.positions ?? [];
  const changes = summary.generated.positionChanges ?? [];
  if (sections.every((section) => section.positions.length === 0) && changes.length === 0) {
    return nothing;
  }
  return html`<section aria-labelledby="summary-positions" class="summary-part">
    <h2 id="summary-positions">${t('summary.positions')}</h2>
    ${sections.map(
      (section, i) => html`<section aria-labelledby="summary-question-${i}">
        <h3 id="summary-question-${i}">
          ${
            section.question !== undefined
              ? t('summary.question', { number: (section.index ?? i) + 1, question: isolate(section.question) })
              : t('summary.generalPositions')
          }
        </h3>
        ${
          section.positions.length
            ? html`<ul class="summary-list">
              ${section.positions.map(
                (position) => html`<li>
                  <strong>${citedBy(position.by)}</strong> (${citation(summary, position.postId)})${
                    position.excerpt
                      ? html`: <q lang=${position.language ?? nothing} dir="auto">${position.excerpt}</q>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
            : html`<p class="muted">${t('summary.noPositions')}</p>`
        }
      </section>`,
    )}
    ${changes.length ? positionChanges(summary, changes) : nothing}
  </section>`;
}

/** Positions superseded or withdrawn: cited, never quoted, with the position that took each one's place. */
function positionChanges(summary: Summary, changes: Cited[]) {
  return html`<section aria-labelledby="summary-position-changes">
    <h3 id="summary-position-changes">${t('summary.positionChanges')}</h3>
    <ul class="summary-list">
      ${changes.map(
        (change) => html`<li>
          ${t(change.status === 'withdrawn' ? 'summary.change.withdrawn' : 'summary.change.superseded', { by: citedBy(change.by) })}
          ${citation(summary, change.postId)}${
            change.supersededBy !== undefined
              ? html`, ${t('summary.change.supersededBy')} ${citation(summary, change.supersededBy)}`
              : nothing
          }
        </li>`,
      )}
    </ul>
    <p class="muted">${t('summary.change.note')}</p>
  </section>`;
}
