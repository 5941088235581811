import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { api } from '../app/api';
import type { NewPost, Post, PostKind, RightsOfReply, Thread } from '../app/forum-model';
import { organizationName } from '../app/names';
import { offeredKinds } from '../app/post-kinds';
import { session } from '../app/session';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalogue';
import { language, t } from '../i18n/i18n';
import { alignment, characters, guidingQuestion, rightOfReplyLimit, supersedes } from './composer-fields';
import { detectedLanguage } from '../app/detect-language';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import './state-picker';
import type { StatePicker } from './state-picker';

/**
 * Writes a post: a comment or, for a delegate of a State or intergovernmental organization, an official
 * position (optionally aligned with another's, or a joint statement whose States are each asked to
 * confirm); under a post, a reply or a State's right of reply, with the length limit that applies to it
 * today. "Preview" renders the Markdown exactly as the server will. Publishing fires `post-published`.
 */
@customElement('post-composer')
export class PostComposer extends PlenaryElement {
  @property({ attribute: false }) thread!: Thread;
  @property({ attribute: false }) parent: Post | null = null;
  /**
   * The thread's current official positions that the composer knows of from the page (at most the 50 posts
   * loaded); choosing "Official position" reads them all from the server, however long the thread.
   */
  @property({ attribute: false }) positions: Post[] = [];
  @state() private currentPositions: Post[] | null = null;
  /** The language of the post: detected from the text until the author chooses one. */
  @state() private postLanguage: string = language();
  @state() private languageChosen = false;
  @state() private languageDetected = false;
  @state() private kind: PostKind = 'comment';
  @state() private previewHtml: string | null = null;
  @state() private publishing = false;
  @state() private published: number | null = null;
  @state() private failure: unknown = null;
  /** For a right of reply: what the reader's State may still say in this thread today. */
  @state() private rightsOfReply: RightsOfReply | null = null;
  @state() private length = 0;

  protected override render() {
    const id = this.parent ? `reply-${this.parent.id}` : 'composer';
    const kinds = offeredKinds(this.parent);
    const participant = session.participant();
    return html`
      <form class="form composer" @submit=${this.publish} aria-labelledby="${id}-heading">
        <h3 id="${id}-heading" class=${this.parent ? 'composer__heading' : 'visually-hidden'}>
          ${this.parent ? t('composer.replyHeading', { number: this.parent.seq }) : t('composer.heading')}
        </h3>
        ${
          kinds.length > 1
            ? html`<div class="field">
              <label for="${id}-kind">${t('composer.kind')}</label>
              <select id="${id}-kind" name="kind" @change=${(e: Event) => void this.choose((e.target as HTMLSelectElement).value as PostKind)}>
                ${kinds.map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${t(`post.kind.${kind}`)}</option>`)}
              </select>
            </div>`
            : nothing
        }
        ${
          this.kind === 'position' && participant
            ? html`<p class="notice">${t('composer.speaksFor', { organization: organizationName(participant.organization) })}</p>
              ${supersedes(this.currentPositions ?? this.positions)}
              ${alignment(id, this.currentPositions ?? this.positions)}
              <state-picker .pickerId="${id}-behalf" .legend=${t('composer.onBehalfOf')}
                .memberOf=${participant.organization.kind === 'intergovernmental' ? participant.organization.id : ''}></state-picker>
              <p class="muted hint">${t('composer.consentHint')}</p>`
            : nothing
        }
        ${this.kind === 'right-of-reply' ? rightOfReplyLimit(id, this.rightsOfReply) : nothing}
        ${this.thread.chathamHouse ? html`<p class="notice notice--chatham" role="note">${t('composer.chathamHouse')}</p>` : nothing}
        ${this.parent ? nothing : guidingQuestion(id, this.thread)}
        <div class="field">
          <label for="${id}-language">${t('composer.language')}</label>
          <select id="${id}-language" name="language" aria-describedby=${this.languageDetected ? `${id}-detected` : nothing}
            .value=${this.postLanguage} @change=${this.chooseLanguage}>
            ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${code === this.postLanguage}>${LANGUAGE_NAMES[code]}</option>`)}
          </select>
          ${this.languageDetected ? html`<p id="${id}-detected" class="muted hint">${t('composer.languageDetected')}</p>` : nothing}
        </div>
        <div class="field field--wide">
          <label for="${id}-body">${t('composer.body')}</label>
          <textarea id="${id}-body" name="body" rows="6" required maxlength="50000"
            aria-describedby="${id}-hint${this.kind === 'right-of-reply' ? ` ${id}-limit` : ''}"
            @input=${this.typed}></textarea>
          <p id="${id}-hint" class="muted hint">${t('composer.bodyHint')}</p>
          ${
            this.kind === 'right-of-reply' && this.rightsOfReply?.nextMaxChars
              ? html`<p class="hint ${this.length > this.rightsOfReply.nextMaxChars ? 'hint--over' : 'muted'}" aria-live="polite">
                ${t('composer.characters', { count: this.length, limit: this.rightsOfReply.nextMaxChars })}</p>`
              : nothing
          }
        </div>
        <problem-alert .error=${this.failure}></problem-alert>
        <div class="button-row">
          <button type="submit" class="button" ?disabled=${this.publishing || this.noRightOfReplyLeft}>
            ${this.publishing ? t('composer.submitting') : t('composer.submit')}
          </button>
          <button type="button" class="button button--secondary" @click=${this.preview}>${t('composer.preview')}</button>
          ${
            this.parent
              ? html`<button type="button" class="button button--secondary" @click=${this.cancel}>${t('action.cancel')}</button>`
              : nothing
          }
        </div>
        <p role="status" class="status">${this.published ? t('composer.published', { number: this.published }) : ''}</p>
        ${
          this.previewHtml !== null
            ? html`<section class="preview" aria-labelledby="${id}-preview">
              <h4 id="${id}-preview">${t('composer.previewHeading')}</h4>
              <div class="prose" dir="auto">${unsafeHTML(this.previewHtml)}</div>
            </section>`
            : nothing
        }
      </form>
    `;
  }

  private get noRightOfReplyLeft(): boolean {
    return (
      this.kind === 'right-of-reply' && this.rightsOfReply !== null && this.rightsOfReply.nextMaxChars === undefined
    );
  }

  private async choose(kind: PostKind): Promise<void> {
    this.kind = kind;
    if (kind === 'right-of-reply') {
      await this.loadRightsOfReply();
    }
    if (kind === 'position') {
      await this.loadPositions();
    }
  }

  /** Every current position of the thread, not only those among the posts loaded: what a new one may align with or supersede. */
  private async loadPositions(): Promise<void> {
    try {
      const page = await api.get<{ items: Post[] }>(`/threads/${this.thread.id}/positions`);
      this.currentPositions = page.items;
    } catch (error) {
      this.failure = error;
    }
  }

  private readonly typed = (event: Event): void => {
    const text = (event.target as HTMLTextAreaElement).value;
    this.length = characters(text);
    if (!this.languageChosen) {
      void this.detect(text);
    }
  };

  /** The language the text is written in, not the interface's: English typed from the Arabic interface is English. */
  private async detect(text: string): Promise<void> {
    const detected = await detectedLanguage(text);
    if (detected && !this.languageChosen) {
      this.languageDetected = detected !== this.postLanguage || this.languageDetected;
      this.postLanguage = detected;
    }
  }

  private readonly chooseLanguage = (event: Event): void => {
    this.postLanguage = (event.target as HTMLSelectElement).value;
    this.languageChosen = true;
    this.languageDetected = false;
  };

  private async loadRightsOfReply(): Promise<void> {
    try {
      this.rightsOfReply = await api.get<RightsOfReply>(`/threads/${this.thread.id}/rights-of-reply`);
    } catch (error) {
      this.failure = error;
    }
  }

  /** Focus on the composer's first field: the kind of post when there is a choice, else the text box. */
  focusFirstField(): void {
    const first = this.querySelector<HTMLElement>('select[name="kind"]') ?? this.querySelector<HTMLElement>('textarea');
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
  }

  /** Puts the cursor in the text box, where a person who asked to write wants to be. */
  focusText(): void {
    this.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  private async preview(): Promise<void> {
    const form = this.querySelector('form');
    const data = new FormData(form ?? undefined);
    this.failure = null;
    try {
      const rendered = await api.post<{ html: string }>('/markdown/preview', {
        markdown: String(data.get('body') ?? ''),
        language: String(data.get('language') ?? language()),
      });
      this.previewHtml = rendered.html;
    } catch (error) {
      this.failure = error;
    }
  }

  private async publish(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const offered = offeredKinds(this.parent);
    const request: NewPost = {
      kind: offered.includes(this.kind) ? this.kind : offered[0],
      body: String(data.get('body') ?? ''),
      language: String(data.get('language') ?? language()),
    };
    if (this.parent) {
      request.parentId = this.parent.id;
    }
    if (request.kind === 'position' && data.get('alignsWith')) {
      request.alignsWith = Number(data.get('alignsWith'));
    }
    const onBehalfOf =
      request.kind === 'position' ? (this.querySelector<StatePicker>('state-picker')?.selected ?? []) : [];
    if (onBehalfOf.length) {
      request.onBehalfOf = onBehalfOf;
    }
    if (data.get('guidingQuestion')) {
      request.guidingQuestion = Number(data.get('guidingQuestion'));
    }
    this.publishing = true;
    this.failure = null;
    this.published = null;
    try {
      const post = await api.create<Post>(`/threads/${this.thread.id}/posts`, request);
      form.reset();
      this.querySelector<StatePicker>('state-picker')?.clear();
      this.currentPositions = null;
      this.postLanguage = language();
      this.languageChosen = false;
      this.languageDetected = false;
      this.kind = this.parent ? 'reply' : 'comment';
      this.previewHtml = null;
      this.length = 0;
      this.rightsOfReply = null;
      this.published = post.seq;
      this.dispatchEvent(new CustomEvent<Post>('post-published', { detail: post, bubbles: true }));
    } catch (error) {
      this.failure = error;
      if (request.kind === 'right-of-reply') {
        void this.loadRightsOfReply();
      }
    } finally {
      this.publishing = false;
    }
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('reply-cancelled', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'post-composer': PostComposer;
  }
}
