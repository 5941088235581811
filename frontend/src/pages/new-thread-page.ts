import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import { type Audience, type Tag, type Thread, type ThreadKind, type Topic } from '../app/forum-model';
import { topicTitle } from '../app/names';
import { LatestLoad } from '../app/latest-load';
import { navigate } from '../app/router';
import { openableKinds, runsTheDialogue } from '../app/roles';
import { session, signIn } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { tagChoice } from '../components/tag-choice';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalogue';
import { language, t } from '../i18n/i18n';

const AUDIENCES: readonly Audience[] = ['public', 'participants', 'states'];

/**
 * Opens a thread in a topic. Delegates of States and intergovernmental organizations open discussions;
 * moderators and the Secretariat also open consultations (time-boxed, with guiding questions, optionally
 * under the Chatham House Rule), calls for positions and drafts. Only the fields the chosen kind and the
 * participant's functions allow are shown.
 */
@customElement('new-thread-page')
export class NewThreadPage extends PageElement {
  @state() private topic: Topic | null = null;
  @state() private tags: Tag[] = [];
  @state() private kind: ThreadKind = 'discussion';
  @state() private saving = false;
  @state() private failure: unknown = null;
  private readonly loads = new LatestLoad();

  pageTitle(): string {
    return t('newThread.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.params.topicId !== this.topic?.id) {
      void this.load();
    } else if (changed.has('params')) {
      this.loads.forget(); // back to the topic shown: another one still on its way must not replace it
    }
  }

  protected override render() {
    const kinds = openableKinds();
    return html`
      <p><a href="/topics/${this.params.topicId}">${this.topic ? topicTitle(this.topic) : t('topic.back')}</a></p>
      <h1>${t('newThread.title')}</h1>
      ${
        !session.participant()
          ? html`<p>${t('newThread.signIn')}</p>
            <button type="button" class="button" @click=${() => void signIn()}>${t('session.signIn')}</button>`
          : kinds.length === 0
            ? html`<p>${t('newThread.notAllowed')}</p>`
            : this.form(kinds)
      }
    `;
  }

  private form(kinds: readonly ThreadKind[]) {
    const staff = runsTheDialogue();
    const timeBoxed = this.kind !== 'discussion';
    return html`<form class="form new-thread" @submit=${this.open}>
      ${
        kinds.length > 1
          ? html`<div class="field">
            <label for="thread-kind">${t('newThread.kind')}</label>
            <select id="thread-kind" name="kind" @change=${(event: Event) => (this.kind = (event.target as HTMLSelectElement).value as ThreadKind)}>
              ${kinds.map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${t(`threadKind.${kind}`)}</option>`)}
            </select>
            <p class="muted hint">${t(`newThread.kindHint.${this.kind}`)}</p>
          </div>`
          : nothing
      }
      <div class="field field--wide">
        <label for="thread-title">${t('newThread.threadTitle')}</label>
        <input id="thread-title" name="title" type="text" required minlength="3" maxlength="300" />
      </div>
      <div class="field">
        <label for="thread-language">${t('newThread.language')}</label>
        <select id="thread-language" name="language">
          ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${code === language()}>${LANGUAGE_NAMES[code]}</option>`)}
        </select>
      </div>
      <div class="field field--wide">
        <label for="thread-body">${t('newThread.body')}</label>
        <textarea id="thread-body" name="body" rows="6" maxlength="50000" aria-describedby="thread-body-hint"></textarea>
        <p id="thread-body-hint" class="muted hint">${t('composer.bodyHint')}</p>
      </div>
      <div class="field">
        <label for="thread-audience">${t('newThread.audience')}</label>
        <select id="thread-audience" name="audience" aria-describedby="thread-audience-hint">
          ${AUDIENCES.map((audience) => html`<option value=${audience}>${t(`audience.${audience}`)}</option>`)}
        </select>
        <p id="thread-audience-hint" class="muted hint">${t('newThread.audienceHint')}</p>
      </div>
      ${staff && timeBoxed ? this.schedule() : nothing}
      ${
        staff && timeBoxed
          ? html`<div class="field field--wide">
              <label for="thread-questions">${t('thread.guidingQuestions')}</label>
              <textarea id="thread-questions" name="guidingQuestions" rows="4" aria-describedby="thread-questions-hint"></textarea>
              <p id="thread-questions-hint" class="muted hint">${t('newThread.questionsHint')}</p>
            </div>
            <div class="field field--checkbox">
              <input type="checkbox" id="thread-chatham" name="chathamHouse" aria-describedby="thread-chatham-hint" />
              <label for="thread-chatham">${t('newThread.chathamHouse')}</label>
              <p id="thread-chatham-hint" class="muted hint field__hint">${t('thread.chathamHouse')}</p>
            </div>`
          : nothing
      }
      ${tagChoice(this.tags, 'thread-tag')}
      <problem-alert .error=${this.failure}></problem-alert>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.saving}>${this.saving ? t('composer.submitting') : t('newThread.submit')}</button>
        <a class="button button--secondary" href="/topics/${this.params.topicId}">${t('action.cancel')}</a>
      </div>
    </form>`;
  }

  private schedule() {
    const required = this.kind === 'consultation';
    return html`<fieldset class="field-group">
      <legend>${t('newThread.schedule')}</legend>
      <div class="field">
        <label for="thread-opens">${t('newThread.opensAt')}</label>
        <input id="thread-opens" name="opensAt" type="datetime-local" />
      </div>
      <div class="field">
        <label for="thread-closes">${t('newThread.closesAt')}${required ? html` <span class="muted">(${t('newThread.required')})</span>` : nothing}</label>
        <input id="thread-closes" name="closesAt" type="datetime-local" ?required=${required} />
      </div>
      <p class="muted hint">${t('newThread.timeZone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}</p>
    </fieldset>`;
  }

  private async open(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const request: Record<string, unknown> = {
      kind: openableKinds().includes(this.kind) ? this.kind : 'discussion',
      title: text('title'),
      language: text('language') || language(),
      audience: text('audience') || 'public',
    };
    if (text('body')) {
      request.body = text('body');
    }
    for (const field of ['opensAt', 'closesAt']) {
      if (text(field)) {
        request[field] = new Date(text(field)).toISOString();
      }
    }
    const questions = text('guidingQuestions')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (questions.length) {
      request.guidingQuestions = questions;
    }
    if (data.get('chathamHouse') === 'on') {
      request.chathamHouse = true;
    }
    const tags = data.getAll('tags').map(String);
    if (tags.length) {
      request.tags = tags;
    }
    this.saving = true;
    this.failure = null;
    try {
      const thread = await api.create<Thread>(`/topics/${encodeURIComponent(this.params.topicId)}/threads`, request);
      navigate(`/threads/${thread.id}`);
    } catch (error) {
      this.failure = error;
    } finally {
      this.saving = false;
    }
  }

  private async load(): Promise<void> {
    const current = this.loads.start();
    try {
      const [topic, tags] = await Promise.all([
        api.get<Topic>(`/topics/${encodeURIComponent(this.params.topicId)}`),
        api.get<{ items: Tag[] }>('/tags'),
      ]);
      if (current()) {
        this.topic = topic;
        this.tags = tags.items;
      }
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'new-thread-page': NewThreadPage;
  }
}
