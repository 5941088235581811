import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { translatesAutomatically } from '../app/session';
import type { GoodPractice, PracticeMark } from '../app/practice-model';
import '../components/machine-translation';
import { practiceLink } from '../components/practice-parts';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { LANGUAGE_NAMES } from '../i18n/catalogue';
import { formatDateTime, t } from '../i18n/i18n';

/**
 * The Markdown that cites the practice in a post or a summary (the server names the link as the practice is, its title
 * and who shared it).
 */
function practiceCitation(p: GoodPractice): string {
  return `[${p.title.replace(/[[\]\\]/g, '\\$&')}](/practices/${p.id})`;
}

/**
 * One good practice: what, who, lessons (with "Translate": an unofficial machine translation of its title and texts
 * beside them), documents, how to cite it, the States that endorse it, and the reader's State's marks.
 */
@customElement('practice-page')
export class PracticePage extends PageElement {
  @state() private practice: GoodPractice | null = null;
  private readonly action = new ActionController(this, { context: () => this.params.practiceId });

  pageTitle(): string {
    return this.practice?.title ?? t('practices.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) {
      this.practice = null;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    await this.action.run(
      () => api.get<GoodPractice>(`/good-practices/${encodeURIComponent(this.params.practiceId ?? '')}`),
      {
        apply: (practice) => (this.practice = practice),
      },
    );
  }

  protected override render() {
    const p = this.practice;
    return html`
      <p><a href="/practices">${t('practice.back')}</a></p>
      <h1 lang=${p?.language ?? nothing} dir=${p ? 'auto' : nothing}>${p ? p.title : t('shell.loading')}</h1>
      <problem-alert .error=${this.action.failure} .retry=${() => void this.load()}></problem-alert>
      ${p ? this.body(p) : nothing}
    `;
  }

  private body(p: GoodPractice) {
    const text = (heading: string, id: string, value: string) =>
      value
        ? html`<section aria-labelledby="practice-${id}">
            <h2 id="practice-${id}">${heading}</h2>
            <p lang=${p.language} dir="auto" class="preserve-lines">${value}</p>
          </section>`
        : nothing;
    return html`<p class="muted">
        ${t('practice.by', { organization: p.organization.name, date: formatDateTime(p.sharedAt, { dateStyle: 'medium' }) })}
      </p>
      <dl class="facts">
        <dt>${t('practice.norms')}</dt>
        <dd>${p.norms.map((n) => t(`tagName.${n}`)).join(', ')}</dd>
        <dt>${t('practice.regions')}</dt>
        <dd>${p.regions.map((g) => t(`group.${g}`)).join(', ') || '—'}</dd>
        <dt>${t('practice.language')}</dt>
        <dd lang=${p.language}>${LANGUAGE_NAMES[p.language]}</dd>
      </dl>
      <div class="texts">
        <div class="practice-texts">
          ${text(t('practice.what'), 'what', p.what)} ${text(t('practice.who'), 'who', p.who)}
          ${text(t('practice.lessons'), 'lessons', p.lessons)}
        </div>
        <machine-translation resource="good-practices" subject=${p.id} source=${p.language}
          ?automatic=${translatesAutomatically()}></machine-translation>
      </div>
      ${
        p.links.length
          ? html`<section aria-labelledby="practice-links">
              <h2 id="practice-links">${t('practice.links')}</h2>
              <ul>
                ${p.links.map((link) => html`<li>${practiceLink(link)}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      <section aria-labelledby="practice-cite">
        <h2 id="practice-cite">${t('practice.cite')}</h2>
        <label for="practice-citation">${t('practice.citeHint')}</label>
        <input id="practice-citation" class="practice-citation" readonly dir="ltr" .value=${practiceCitation(p)}
          @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
      </section>
      <section aria-labelledby="practice-marks">
        <h2 id="practice-marks">${t('practice.endorsedBy')}</h2>
        <p>${t('practices.marks', { endorsements: p.endorsements, useful: p.useful })}</p>
        ${p.endorsedBy.length ? html`<ul>${p.endorsedBy.map((name) => html`<li>${name}</li>`)}</ul>` : nothing}
        ${p.mayMark ? this.buttons(p) : nothing}
      </section>`;
  }

  private buttons(p: GoodPractice) {
    const button = (mark: PracticeMark, give: string, withdraw: string) => {
      const given = p.myMarks.includes(mark);
      return html`<button type="button" class="button ${given ? 'button--secondary' : ''}" aria-pressed=${given ? 'true' : 'false'}
        aria-disabled=${this.action.busy ? 'true' : 'false'} @click=${() => void this.toggle(mark, given)}>
        ${given ? withdraw : give}
      </button>`;
    };
    return html`<p class="button-row">
      ${button('endorse', t('practice.endorse'), t('practice.withdrawEndorse'))}
      ${button('useful', t('practice.useful'), t('practice.withdrawUseful'))}
    </p>`;
  }

  private async toggle(mark: PracticeMark, given: boolean): Promise<void> {
    if (this.action.busy) {
      return;
    }
    const path = `/good-practices/${this.params.practiceId}/marks/${mark}`;
    await this.action.run(() => (given ? api.delete<GoodPractice>(path) : api.put<GoodPractice>(path, undefined)), {
      apply: (practice) => (this.practice = practice),
      announce: given
        ? t('practice.withdrawn')
        : mark === 'endorse'
          ? t('practice.endorsed')
          : t('practice.markedUseful'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-page': PracticePage;
  }
}
