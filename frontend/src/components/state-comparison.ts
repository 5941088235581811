import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { bdi } from '../app/bidi';
import { LatestLoad } from '../app/latest-load';
import type { Organization } from '../app/model';
import { knownStates, loadStates, organizationName, tagLabel } from '../app/names';
import type { StateColumn, StateComparison } from '../app/profile-model';
import { NORMS } from '../app/report-model';
import { navigate, withFilters } from '../app/router';
import { formatDateTime, language, languageName, message, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { dissociationLine, practiceLine, stanceLine, threadPositions } from './profile-sections';

/**
 * The profile's State beside one or two others, on a norm (`on=norm-f`) or on a draft paragraph (`paragraph=`),
 * the other States in `compare=`: all in the page's address, so a comparison can be shared.
 */
@customElement('state-comparison')
export class StateComparisonView extends PlenaryElement {
  @property({ attribute: false }) organization!: Organization;
  @property({ attribute: false }) query = new URLSearchParams();
  @state() private comparison: StateComparison | null = null;
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();
  private loadedFor = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void loadStates().then(() => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const address = this.address();
    if ((changed.has('query') || changed.has('organization')) && address !== this.loadedFor) {
      this.loadedFor = address;
      void this.load(address);
    }
  }

  /** The comparison the address asks for, or '' when it asks for none. */
  private address(): string {
    const others = this.others();
    const on = this.query.get('on');
    const paragraph = this.query.get('paragraph');
    if (others.length === 0 || (!on && !paragraph)) {
      return '';
    }
    const states = [this.organization.id, ...others].join(',');
    return paragraph
      ? `states=${states}&paragraph=${encodeURIComponent(paragraph)}`
      : `states=${states}&norm=${on ?? ''}`;
  }

  private others(): string[] {
    return (this.query.get('compare') ?? '')
      .split(',')
      .filter((id) => id && id !== this.organization.id)
      .slice(0, 2);
  }

  private async load(address: string): Promise<void> {
    const current = this.loads.start();
    this.failure = null;
    this.comparison = null;
    if (!address) {
      return;
    }
    try {
      const comparison = await api.get<StateComparison>(`/profiles/comparison?${address}`);
      if (current()) {
        this.comparison = comparison;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }

  protected override render() {
    return html`<section id="compare" aria-labelledby="compare-heading" class="state-comparison">
      <h2 id="compare-heading">${t('compare.heading')}</h2>
      <p>${t('compare.intro', { state: organizationName(this.organization) })}</p>
      ${this.form()}
      <problem-alert .error=${this.failure}></problem-alert>
      ${this.comparison ? this.result(this.comparison) : nothing}
    </section>`;
  }

  private form() {
    const collator = new Intl.Collator(language());
    const states = [...knownStates().values()]
      .filter((s) => s.id !== this.organization.id)
      .map((s) => ({ id: s.id, name: organizationName(s) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const others = this.others();
    const pick = (index: number, label: string) => html`<div class="field">
      <label for="compare-state-${index}">${label}</label>
      <select id="compare-state-${index}" name="state${index}">
        <option value="">—</option>
        ${states.map((s) => html`<option value=${s.id} ?selected=${others[index] === s.id}>${s.name}</option>`)}
      </select>
    </div>`;
    const paragraph = this.query.get('paragraph');
    return html`<form class="filter" @submit=${(e: SubmitEvent) => this.submit(e)}>
      ${pick(0, t('compare.other'))} ${pick(1, t('compare.third'))}
      <div class="field">
        <label for="compare-on">${t('compare.on')}</label>
        <select id="compare-on" name="on">
          ${paragraph ? html`<option value="" selected>${t('compare.thisParagraph')}</option>` : nothing}
          ${NORMS.map((norm) => html`<option value=${norm} ?selected=${!paragraph && this.query.get('on') === norm}>${tagLabel(norm)}</option>`)}
        </select>
      </div>
      <button type="submit" class="button">${t('compare.submit')}</button>
    </form>`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const others = [data.get('state0'), data.get('state1')].filter(
      (v): v is string => typeof v === 'string' && v !== '',
    );
    const on = String(data.get('on') ?? '');
    const filters = {
      compare: [...new Set(others)].join(','),
      on,
      paragraph: on ? '' : (this.query.get('paragraph') ?? ''),
    };
    navigate(`/organizations/${this.organization.id}?${withFilters(this.query, filters)}#compare`, {
      moveFocus: false,
    });
  }

  private result(comparison: StateComparison) {
    const p = comparison.paragraph;
    return html`<div role="status">
        <h3>
          ${p ? t('compare.onParagraph', { number: p.number, title: p.title }) : tagLabel(comparison.norm ?? '')}
        </h3>
      </div>
      ${p ? html`<blockquote dir="auto">${bdi(p.text)}</blockquote>` : nothing}
      <div class="comparison-columns">
        ${comparison.states.map(
          (column) => html`<section class="card comparison-column" aria-labelledby="compare-${column.state.id}">
          <h3 id="compare-${column.state.id}">${organizationName(column.state)}</h3>
          ${p ? this.onParagraph(column) : this.onNorm(column)}
        </section>`,
        )}
      </div>`;
  }

  private onParagraph(column: StateColumn) {
    if (column.withheld) {
      return html`<p class="muted">${t('compare.withheld')}</p>`;
    }
    return html`${column.stance ? stanceLine(column.stance, !column.stance.onLatestText) : html`<p>${t('compare.noStance')}</p>`}
    ${column.dissociation ? dissociationLine(column.dissociation) : nothing}`;
  }

  private onNorm(column: StateColumn) {
    const answers = column.answers;
    return html`<h4>${t('compare.answers')}</h4>
      ${
        answers
          ? html`<p class="muted">${t('compare.answersFrom', {
              cycle: answers.cycleTitle,
              language: languageName(answers.language),
              date: formatDateTime(answers.publishedAt, { dateStyle: 'medium' }),
            })}</p>
            <dl lang=${answers.language}>
              ${answers.answers.map((a) => html`<dt>${message(`report.q.${a.question}`) ?? a.question}</dt><dd dir="auto">${bdi(a.text)}</dd>`)}
            </dl>`
          : html`<p>${t('compare.noAnswers')}</p>`
      }
      <h4>${t('compare.positions')}</h4>
      ${column.positions?.length ? column.positions.map((item) => threadPositions(item, column.state.id)) : html`<p>${t('compare.nothing')}</p>`}
      <h4>${t('compare.practices')}</h4>
      ${column.practices?.length ? column.practices.map(practiceLine) : html`<p>${t('compare.nothing')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'state-comparison': StateComparisonView;
  }
}
