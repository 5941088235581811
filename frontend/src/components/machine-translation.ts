import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ApiError, api } from '../app/api';
import { engineName, type MachineTranslation } from '../app/translation-model';
import { formatList, language, languageName, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';

/**
 * "Translate" on a text written in another language than the reader's: the unofficial machine translation
 * shown beside the original (never instead of it), marked as such with the engine named, and "Show original"
 * to put it away. A pair no engine serves, or an engine that fails, is said in words, never as an error page.
 * With `automatic` (the reader's setting) the translation is asked for as soon as the text is shown.
 */
@customElement('machine-translation')
export class MachineTranslationView extends PlenaryElement {
  /**
   * The resource's path before its id: `posts`, `threads`, `summaries`, `drafts/{threadId}/paragraphs`,
   * `reporting-cycles/{cycleId}/reports` (the id a State's), `good-practices`.
   */
  @property() resource = 'posts';
  @property() subject = '';
  /** The language the original is written in. */
  @property() source = '';
  @property({ type: Boolean }) automatic = false;
  /** Reflected, so that the original and its translation are laid out side by side while it shows. */
  @property({ type: Boolean, reflect: true }) showing = false;
  @state() private translation: MachineTranslation | null = null;
  @state() private busy = false;
  @state() private refusal = '';

  override willUpdate(changed: Map<string, unknown>): void {
    const stale = this.translation !== null && this.translation.to !== language();
    if (changed.has('subject') || changed.has('resource') || stale) {
      // Another text, or the reader switched languages: the translation shown was of something else.
      this.translation = null;
      this.showing = false;
    }
  }

  override updated(): void {
    if (this.automatic && !this.showing && !this.busy && !this.refusal && !this.translation && this.offered) {
      void this.show();
    }
  }

  /** Only for a text in another language than the interface's. */
  private get offered(): boolean {
    return this.source !== '' && this.source !== language();
  }

  protected override render() {
    if (!this.offered) {
      return nothing;
    }
    // A translation into another language than the interface's now (the reader switched) is not shown.
    const current = this.showing && this.translation?.to === language() ? this.translation : null;
    return html`
      <button type="button" class="button button--secondary button--small translate-toggle"
        aria-expanded=${current ? 'true' : 'false'} ?disabled=${this.busy}
        @click=${() => (current ? this.hide() : void this.show())}>
        ${this.busy ? t('translation.busy') : current ? t('translation.showOriginal') : t('translation.translate')}
      </button>
      ${this.refusal ? html`<p class="notice translation__refusal" role="status">${this.refusal}</p>` : nothing}
      ${current ? this.view(current) : nothing}
    `;
  }

  private view(translation: MachineTranslation) {
    const engine = engineName(translation.engine);
    const mark = translation.via.length
      ? t('translation.markVia', { engine, via: formatList(translation.via.map(languageName)) })
      : t('translation.mark', { engine });
    return html`
      <aside class="translation" aria-label=${t('translation.label', { language: languageName(translation.to) })}>
        <p class="translation__mark"><strong>${mark}</strong> ${t('translation.notRecord')}</p>
        <div class="prose translation__text" lang=${translation.to} dir="auto">${unsafeHTML(translation.html)}</div>
      </aside>
    `;
  }

  private hide(): void {
    this.showing = false;
  }

  private async show(): Promise<void> {
    const to = language();
    if (this.translation?.to === to) {
      this.showing = true;
      return;
    }
    this.busy = true;
    this.refusal = '';
    try {
      this.translation = await api.get<MachineTranslation>(`/${this.resource}/${this.subject}/translation?to=${to}`);
      this.showing = true;
    } catch (error) {
      this.refusal = refusalOf(error, this.source, to);
    } finally {
      this.busy = false;
    }
  }
}

/**
 * "Translate" on a paragraph of a draft. Drafts are negotiated on an English text (the server takes the thread's
 * language; the client's draft model does not carry it).
 */
export function paragraphTranslation(threadId: string, paragraphId: string) {
  return html`<machine-translation resource="drafts/${threadId}/paragraphs" subject=${paragraphId} source="en"></machine-translation>`;
}

/** What to tell the reader: no engine for the pair, or no translation just now; never a raw error. */
function refusalOf(error: unknown, from: string, to: string): string {
  if (error instanceof ApiError && error.type.endsWith('translation-pair-unavailable')) {
    return t('translation.pairUnavailable', { from: languageName(from), to: languageName(to) });
  }
  return t('translation.unavailable');
}

declare global {
  interface HTMLElementTagNameMap {
    'machine-translation': MachineTranslationView;
  }
}
