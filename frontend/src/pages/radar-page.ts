import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { LatestLoad } from '../app/latest-load';
import { REGIONAL_GROUPS } from '../app/model';
import { RADAR_CONSTITUENCIES, place, type Radar, type RadarGroup, type RadarRounds } from '../app/radar-model';
import { navigate, withFilters } from '../app/router';
import { saveFile } from '../app/save-file';
import { session } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import '../components/radar-chart';
import '../components/radar-forms';
import '../components/radar-table';
import { formatDateTime, t } from '../i18n/i18n';

/**
 * The horizon-scanning radar of a round: a likelihood × impact chart and its table, placed by the medians of the
 * group chosen (all raters, a constituency, a regional group of States); the round and the group live in the address.
 */
@customElement('radar-page')
export class RadarPage extends PageElement {
  @state() private rounds: RadarRounds | null = null;
  @state() private radar: Radar | null = null;
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();
  private readonly exporting = new ActionController(this);

  pageTitle(): string {
    return t('radar.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    if (!session.participant()) {
      return;
    }
    try {
      const rounds = await api.get<RadarRounds>('/radar/rounds');
      const id = this.query.get('round') ?? rounds.items[0]?.id;
      const radar = id ? await api.get<Radar>(`/radar/rounds/${id}`) : null;
      if (current()) {
        this.rounds = rounds;
        this.radar = radar;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  private get group(): RadarGroup {
    return (this.query.get('group') as RadarGroup | null) ?? 'all';
  }

  protected override render() {
    return html`
      <h1>${t('radar.title')}</h1>
      <p class="lead">${t('radar.intro')}</p>
      ${session.participant() ? nothing : html`<p>${t('radar.signInToRead')}</p>`}
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${this.rounds ? this.body(this.rounds) : nothing}
    `;
  }

  private body(rounds: RadarRounds) {
    const radar = this.radar;
    return html`${rounds.items.length ? this.filters(rounds) : html`<p>${t('radar.noRound')}</p>`}
      ${radar ? this.picture(radar) : nothing}
      <radar-forms
        .round=${radar?.round}
        .signals=${radar?.signals.map((f) => f.signal) ?? []}
        ?mayRate=${rounds.mayRate}
        ?mayRunRounds=${rounds.mayRunRounds}
        ?mayMerge=${rounds.mayMerge}
        @radar-changed=${(e: CustomEvent<{ round?: string }>) => this.changedRound(e.detail.round)}
      ></radar-forms>`;
  }

  private changedRound(round?: string): Promise<void> | void {
    if (round) {
      navigate(`/radar?${withFilters(this.query, { round })}`, { moveFocus: false });
      return;
    }
    return this.load();
  }

  private filters(rounds: RadarRounds) {
    const current = this.radar?.round.id;
    return html`<div class="filter" role="group" aria-label=${t('radar.filters')}>
      <div class="field">
        <label for="radar-round">${t('radar.round')}</label>
        <select id="radar-round" @change=${(e: Event) => this.filter('round', (e.target as HTMLSelectElement).value)}>
          ${rounds.items.map(
            (r) => html`<option value=${r.id} ?selected=${r.id === current}>
              ${r.title} (${r.open ? t('radar.open') : t('radar.closedOn', { date: formatDateTime(r.closedAt ?? '', { dateStyle: 'medium' }) })})
            </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="radar-group">${t('radar.group')}</label>
        <select id="radar-group" @change=${(e: Event) => this.filter('group', (e.target as HTMLSelectElement).value)}>
          <option value="all">${t('radar.groupAll')}</option>
          <optgroup label=${t('radar.constituencies')}>
            ${RADAR_CONSTITUENCIES.map(
              (c) => html`<option value=${c} ?selected=${this.group === c}>${t(`radarConstituency.${c}`)}</option>`,
            )}
          </optgroup>
          <optgroup label=${t('radar.regionalGroups')}>
            ${REGIONAL_GROUPS.map((g) => html`<option value=${g} ?selected=${this.group === g}>${t(`group.${g}`)}</option>`)}
          </optgroup>
        </select>
      </div>
    </div>`;
  }

  private filter(name: string, value: string): void {
    navigate(`/radar?${withFilters(this.query, { [name]: value === 'all' ? '' : value })}`, { moveFocus: false });
  }

  private picture(radar: Radar) {
    const placed = place(radar, this.group);
    const hidden = placed.filter((p) => !p.figure.shown).length;
    const caption = t('radar.caption', { round: radar.round.title, group: this.groupName() });
    return html`<section class="radar" aria-labelledby="radar-picture-title">
      <h2 id="radar-picture-title">${caption}</h2>
      ${radar.previousRound ? html`<p class="muted">${t('radar.comparedWith', { round: radar.previousRound.title })}</p>` : nothing}
      ${hidden ? html`<p class="muted" role="note">${t('radar.hiddenSignals', { count: hidden })}</p>` : nothing}
      <div class="radar__layout">
        <radar-chart .placed=${placed} ?movements=${this.group === 'all'}></radar-chart>
        <radar-table
          .placed=${placed}
          caption=${caption}
          .mostDisputed=${radar.mostDisputed}
          .citeRound=${this.rounds?.mayCite && !radar.round.open ? radar.round.id : undefined}
          .highlighted=${this.query.get('signal') ?? undefined}
        ></radar-table>
      </div>
      <p class="muted">${t('radar.aggregatesOnly', { minimum: radar.minimumRaters })}</p>
      <problem-alert .error=${this.exporting.failure}></problem-alert>
      <p class="actions">
        <button type="button" class="button button--secondary" @click=${() => void this.export(radar, 'svg')}>
          ${t('radar.exportSvg')}
        </button>
        <button type="button" class="button button--secondary" @click=${() => void this.export(radar, 'png')}>
          ${t('radar.exportPng')}
        </button>
        <button type="button" class="button button--secondary" @click=${() => void this.export(radar, 'csv')}>
          ${t('radar.exportCsv')}
        </button>
      </p>
    </section>`;
  }

  private groupName(): string {
    const group = this.group;
    if (group === 'all') {
      return t('radar.groupAll');
    }
    return (RADAR_CONSTITUENCIES as readonly string[]).includes(group)
      ? t(`radarConstituency.${group as (typeof RADAR_CONSTITUENCIES)[number]}`)
      : t(`group.${group as (typeof REGIONAL_GROUPS)[number]}`);
  }

  private async export(radar: Radar, format: 'svg' | 'png' | 'csv'): Promise<void> {
    await this.exporting.run(() => api.download(`/radar/rounds/${radar.round.id}/radar.${format}`), {
      apply: (file) => saveFile(file.blob, file.fileName),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'radar-page': RadarPage;
  }
}
