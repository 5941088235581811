import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import type { Tag, Thread } from '../app/forum-model';
import { moderates } from '../app/roles';
import { session } from '../app/session';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { tagChoice } from './tag-choice';

/**
 * Whether the signed-in participant may edit the thread: its author or a moderator. The server sends the
 * Markdown of the introduction to exactly those people, so its presence is the surest sign; the author's id
 * is the fallback for a thread shown before that field existed. Once the record is frozen only moderators
 * and the Secretariat still edit it: the server refuses the author (409 record-frozen).
 */
export function mayEditThread(thread: Thread): boolean {
  const participant = session.participant();
  if (!participant) {
    return false;
  }
  if (moderates(participant)) {
    return true;
  }
  return !thread.recordFrozen && (thread.bodyMarkdown !== undefined || thread.openedBy.author?.id === participant.id);
}

/**
 * Edits a thread's title, introduction, schedule, guiding questions and tags (its author or a moderator).
 * Status changes stay with the moderators' controls, which ask for the reason the audit log keeps. The form
 * works on a copy of the thread taken when it opens, so a change arriving live does not overwrite what the
 * person is typing. Sends only what changed and fires `thread-changed` with the thread the server returns.
 */
@customElement('thread-editor')
export class ThreadEditor extends PlenaryElement {
  @property({ attribute: false }) thread!: Thread;
  @property({ attribute: false }) tags: readonly Tag[] = [];
  @state() private editing: Thread | null = null;
  private readonly action = new ActionController(this, { context: () => this.thread.id });

  protected override render() {
    return html`<section aria-labelledby="thread-editor-heading" class="thread-moderation thread-editor">
      <h2 id="thread-editor-heading">${t('threadEditor.heading')}</h2>
      <p class="muted">${t('threadEditor.intro')}</p>
      <button type="button" class="button button--secondary" id="thread-editor-toggle" aria-expanded=${this.editing !== null}
        aria-controls="thread-editor-form" @click=${() => void this.toggle()}>${t('threadEditor.open')}</button>
      ${this.editing ? this.form(this.editing) : nothing}
    </section>`;
  }

  private form(thread: Thread) {
    return html`<form class="form" id="thread-editor-form" @submit=${this.save}>
      <div class="field field--wide">
        <label for="thread-editor-title">${t('newThread.threadTitle')}</label>
        <input id="thread-editor-title" name="title" type="text" required minlength="3" maxlength="300" .value=${thread.title} />
      </div>
      <div class="field field--wide">
        <label for="thread-editor-body">${t('newThread.body')}</label>
        <textarea id="thread-editor-body" name="body" rows="6" maxlength="50000" aria-describedby="thread-editor-body-hint"
          .value=${thread.bodyMarkdown ?? ''}></textarea>
        <p id="thread-editor-body-hint" class="muted hint">${t('composer.bodyHint')}</p>
      </div>
      <fieldset class="field-group">
        <legend>${t('newThread.schedule')}</legend>
        <div class="field">
          <label for="thread-editor-opens">${t('newThread.opensAt')}</label>
          <input id="thread-editor-opens" name="opensAt" type="datetime-local" .value=${localDateTime(thread.opensAt)} />
        </div>
        <div class="field">
          <label for="thread-editor-closes">${t('newThread.closesAt')}</label>
          <input id="thread-editor-closes" name="closesAt" type="datetime-local" .value=${localDateTime(thread.closesAt)} />
        </div>
        <p class="muted hint">
          ${t('newThread.timeZone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })} ${t('threadEditor.datesHint')}
        </p>
      </fieldset>
      <div class="field field--wide">
        <label for="thread-editor-questions">${t('thread.guidingQuestions')}</label>
        <textarea id="thread-editor-questions" name="guidingQuestions" rows="4" aria-describedby="thread-editor-questions-hint"
          .value=${(thread.guidingQuestions ?? []).join('\n')}></textarea>
        <p id="thread-editor-questions-hint" class="muted hint">${t('newThread.questionsHint')}</p>
      </div>
      ${tagChoice(this.tags, 'thread-editor-tag', thread.tags ?? [])}
      <problem-alert .error=${this.action.failure}></problem-alert>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.action.busy}>${this.action.busy ? t('account.saving') : t('threadEditor.save')}</button>
        <button type="button" class="button button--secondary" @click=${() => void this.toggle()}>${t('action.cancel')}</button>
      </div>
    </form>`;
  }

  private async toggle(): Promise<void> {
    this.editing = this.editing ? null : this.thread;
    this.action.dismiss();
    await this.updateComplete;
    this.querySelector<HTMLElement>(this.editing ? '#thread-editor-title' : '#thread-editor-toggle')?.focus();
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const before = this.editing;
    if (!before) {
      return;
    }
    const form = new FormData(event.target as HTMLFormElement);
    await this.action.run(() => api.patch<Thread>(`/threads/${before.id}`, changes(before, form)), {
      apply: () => (this.editing = null),
      announce: t('threadEditor.saved'),
      refresh: (thread) =>
        this.dispatchEvent(new CustomEvent<Thread>('thread-changed', { detail: thread, bubbles: true })),
      focus: () => this.querySelector<HTMLElement>('#thread-editor-toggle'),
    });
  }
}

/** The fields the form changed, as the API's ThreadChange: an emptied date is sent as null, which removes it. */
function changes(before: Thread, data: FormData): Record<string, unknown> {
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const patch: Record<string, unknown> = {};
  if (text('title') !== before.title) {
    patch.title = text('title');
  }
  if (text('body') !== (before.bodyMarkdown ?? '').trim()) {
    patch.body = text('body');
  }
  for (const field of ['opensAt', 'closesAt'] as const) {
    if (text(field) !== localDateTime(before[field])) {
      patch[field] = text(field) ? new Date(text(field)).toISOString() : null;
    }
  }
  const questions = text('guidingQuestions')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (JSON.stringify(questions) !== JSON.stringify(before.guidingQuestions ?? [])) {
    patch.guidingQuestions = questions;
  }
  const tags = data.getAll('tags').map(String);
  if (JSON.stringify([...tags].sort()) !== JSON.stringify([...(before.tags ?? [])].sort())) {
    patch.tags = tags;
  }
  return patch;
}

/** An instant as a datetime-local field shows it: in the reader's time zone, to the minute. */
function localDateTime(iso: string | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'thread-editor': ThreadEditor;
  }
}
