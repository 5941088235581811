import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { bdi } from '../app/bidi';
import { saveFile } from '../app/save-file';
import { session } from '../app/session';
import {
  STATEMENT_LANGUAGES,
  statementsPath,
  type SpeakersList,
  type Statement,
  type StatementFile,
} from '../app/speakers-model';
import { LANGUAGE_NAMES } from '../i18n/catalogue';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { mediaTypeOf } from './language-version-form';

/**
 * The statements posted under an agenda item, each in the language it was delivered in; a delegation inscribed on
 * the item's list posts its own, marked "check against delivery" when posted before it spoke.
 */
@customElement('item-statements')
export class ItemStatements extends PlenaryElement {
  @property({ attribute: 'session-id' }) sessionId = '';
  @property({ attribute: 'item-id' }) itemId = '';
  /** The item's speakers list, to find the reader's own inscription. */
  @property({ attribute: false }) list: SpeakersList | null = null;
  @state() private statements: Statement[] | null = null;
  @state() private failure: unknown = null;
  private readonly action = new ActionController(this, { context: () => this.itemId });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.statements = (await api.get<{ items: Statement[] }>(statementsPath(this.sessionId, this.itemId))).items;
      this.failure = null;
    } catch (error) {
      this.failure = error;
    }
  }

  private get ownEntry(): string | undefined {
    const me = session.participant();
    if (!me?.roles.includes('delegate') || !this.list || !this.statements) {
      return undefined;
    }
    const entry = this.list.statements.find((e) => e.organization.id === me.organization.id);
    return entry && !this.statements.some((s) => s.entryId === entry.id) ? entry.id : undefined;
  }

  protected override render() {
    const own = this.ownEntry;
    return html`<section class="statements" aria-labelledby="statements-heading-${this.itemId}">
      <h2 id="statements-heading-${this.itemId}">${t('statements.title')}</h2>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${this.statements?.length === 0 ? html`<p class="muted">${t('statements.empty')}</p>` : nothing}
      ${(this.statements ?? []).map((s) => this.renderStatement(s))}
      ${own ? this.renderForm(own) : nothing}
    </section>`;
  }

  private renderStatement(s: Statement) {
    return html`<article class="card statement" lang=${s.language} data-organization=${s.organization.id}>
      <h3 class="card__title">${t('statements.postFor', { organization: s.organization.name })}</h3>
      <p class="muted">
        ${s.onBehalfOf ? html`${t('speakers.onBehalfOf', { group: s.onBehalfOf.name })} · ` : nothing}
        ${LANGUAGE_NAMES[s.language]}
        ${s.checkAgainstDelivery ? html` · <strong>${t('statements.checkAgainstDelivery')}</strong>` : nothing}
      </p>
      ${s.text.split(/\n\s*\n/).map((paragraph) => html`<p dir="auto">${bdi(paragraph)}</p>`)}
      ${s.file ? this.renderFile(s.file) : this.mayAttach(s) ? this.renderAttach(s) : nothing}
    </article>`;
  }

  private renderFile(file: StatementFile) {
    return html`<p class="statement__file">
      <button class="button button--secondary" @click=${() => void this.download(file)}>
        ${t('statements.file', { name: file.filename })}
      </button>
      <span class="muted">${t('statements.size', { kilobytes: Math.ceil(file.size / 1024) })}</span>
      <span class="muted statement__sha">SHA-256 <code>${file.sha256}</code></span>
    </p>`;
  }

  private mayAttach(s: Statement): boolean {
    const me = session.participant();
    return (
      !!me &&
      ((me.roles.includes('delegate') && me.organization.id === s.organization.id) || me.roles.includes('secretariat'))
    );
  }

  private renderAttach(s: Statement) {
    return html`<form class="statements__form" @submit=${(e: Event) => this.attach(e, s)}>
      <label for="statement-file-${s.id}">${t('statements.attach')}</label>
      <input id="statement-file-${s.id}" name="file" type="file" required accept=".pdf,.docx,.odt" />
      <button class="button button--secondary" type="submit" ?disabled=${this.action.busy}>
        ${t('statements.attachButton')}
      </button>
    </form>`;
  }

  private attach(event: Event, s: Statement): void {
    event.preventDefault();
    const file = new FormData(event.target as HTMLFormElement).get('file');
    if (!(file instanceof File)) {
      return;
    }
    const query = new URLSearchParams({ filename: file.name });
    const path = `/statements/${encodeURIComponent(s.id)}/file?${query}`;
    void this.action.run(() => api.upload<Statement>('POST', path, file, mediaTypeOf(file) ?? file.type), {
      announce: t('statements.attached'),
      refresh: () => this.load(),
    });
  }

  private async download(file: StatementFile): Promise<void> {
    try {
      const { blob } = await api.download(file.href.replace(/^\/api\/v1/, ''));
      saveFile(blob, file.filename);
    } catch (error) {
      this.failure = error;
    }
  }

  private renderForm(entryId: string) {
    return html`<form class="statements__form" @submit=${(e: Event) => this.post(e, entryId)}>
      <problem-alert .error=${this.action.failure}></problem-alert>
      <label for="statement-text-${this.itemId}">${t('statements.text')}</label>
      <textarea id="statement-text-${this.itemId}" name="text" rows="8" maxlength="100000" required dir="auto"></textarea>
      <label for="statement-language-${this.itemId}">${t('statements.language')}</label>
      <select id="statement-language-${this.itemId}" name="language">
        ${STATEMENT_LANGUAGES.map((code) => html`<option value=${code} lang=${code}>${LANGUAGE_NAMES[code]}</option>`)}
      </select>
      <label><input type="checkbox" name="checkAgainstDelivery" /> ${t('statements.checkAgainstDelivery')}</label>
      <button class="button" type="submit" ?disabled=${this.action.busy}>${t('statements.post')}</button>
    </form>`;
  }

  private post(event: Event, entryId: string): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const body = {
      text: String(form.get('text') ?? ''),
      language: String(form.get('language')),
      checkAgainstDelivery: form.get('checkAgainstDelivery') !== null,
    };
    void this.action.run(() => api.create<Statement>(`/speakers/${encodeURIComponent(entryId)}/statement`, body), {
      announce: t('statements.posted'),
      refresh: () => this.load(),
    });
  }
}
