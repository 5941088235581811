import { html } from 'lit';
import { ENGAGEMENT_STATUSES, type Statistics } from '../app/capacity-model';
import { formatNumber, language, t } from '../i18n/i18n';
import { areaLabel } from './capacity-parts';
import { barTable, stackedBar } from './charts';

/**
 * The board's statistics as key figures and charts (each a table with bars): needs by area and by regional
 * group, how many are matched, how fast, where the gaps are, and the engagements by status.
 */
export function boardStatistics(s: Statistics) {
  const percent = new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 0 });
  const engagementRows = ENGAGEMENT_STATUSES.map((status) => ({
    label: t(`engagement.${status}`),
    values: [s.engagements[status] ?? 0],
  }));
  return html`<section aria-labelledby="board-statistics" class="board-statistics">
    <h2 id="board-statistics">${t('board.statistics')}</h2>
    <dl class="key-figures">
      <div><dt>${t('board.stat.needs')}</dt><dd>${formatNumber(s.needs)}</dd></div>
      <div><dt>${t('board.stat.openNeeds')}</dt><dd>${formatNumber(s.openNeeds)}</dd></div>
      <div><dt>${t('board.stat.matched')}</dt>
        <dd>${s.shareMatched === null ? '—' : percent.format(s.shareMatched)} <span class="muted">(${formatNumber(s.matchedNeeds)})</span></dd></div>
      <div><dt>${t('board.stat.median')}</dt>
        <dd>${s.medianDaysToAgreement === null ? '—' : t('board.daysShort', { days: s.medianDaysToAgreement })}</dd></div>
      <div><dt>${t('board.stat.gaps')}</dt><dd>${formatNumber(s.openNeedsWithoutOffer)}</dd></div>
      <div><dt>${t('board.stat.openOffers')}</dt><dd>${formatNumber(s.openOffers)}</dd></div>
    </dl>
    <div class="count-tables">
      ${barTable(
        'board-by-area',
        t('board.byArea'),
        [t('board.area'), t('board.stat.needs')],
        s.byArea.map((row) => ({ label: areaLabel(row.area), values: [row.needs] })),
      )}
      ${barTable(
        'board-by-region',
        t('board.byRegion'),
        [t('organization.group'), t('board.stat.needs')],
        s.byRegion.map((row) => ({ label: t(`group.${row.region as 'african'}`), values: [row.needs] })),
      )}
    </div>
    <div class="engagement-chart">
      ${stackedBar(ENGAGEMENT_STATUSES.map((status) => ({ key: status, value: s.engagements[status] ?? 0 })))}
      ${barTable('board-engagements', t('board.engagements'), [t('topic.status'), t('board.count')], engagementRows)}
    </div>
  </section>`;
}
