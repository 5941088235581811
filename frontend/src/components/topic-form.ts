import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import type { Topic } from '../app/forum-model';
import { t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import './problem-alert';

/**
 * The Secretariat adds a topic: its title, what it covers, and the short address it lives at. The address is
 * suggested from the title until the person types one of their own. Fires `topic-added` with the topic.
 */
@customElement('topic-form')
export class TopicForm extends PlenaryElement {
  @state() private slug = '';
  @state() private slugTyped = false;
  @state() private busy = false;
  @state() private failure: unknown = null;
  /** What the last addition did, shown beside the form where the person is looking, and read out (a status region). */
  @state() private status = '';

  protected override render() {
    return html`<section aria-labelledby="topic-form-heading" class="thread-moderation topic-form">
      <h2 id="topic-form-heading">${t('topicForm.heading')}</h2>
      <form class="form" @submit=${this.add}>
        <div class="field field--wide">
          <label for="topic-form-title">${t('topicForm.title')}</label>
          <input id="topic-form-title" name="title" type="text" required maxlength="200" @input=${this.suggestSlug} />
        </div>
        <div class="field field--wide">
          <label for="topic-form-description">${t('topicForm.description')}</label>
          <textarea id="topic-form-description" name="description" rows="3" required maxlength="2000"></textarea>
        </div>
        <div class="field">
          <label for="topic-form-id">${t('topicForm.id')}</label>
          <input id="topic-form-id" name="id" type="text" required dir="ltr" pattern="[a-z0-9][a-z0-9\\-]{1,62}" maxlength="63"
            aria-describedby="topic-form-id-hint" .value=${this.slug}
            @input=${(event: Event) => {
              this.slug = (event.target as HTMLInputElement).value;
              this.slugTyped = this.slug !== '';
            }} />
          <p id="topic-form-id-hint" class="muted hint">${t('topicForm.idHint')}</p>
        </div>
        <problem-alert .error=${this.failure}></problem-alert>
        <button type="submit" class="button" ?disabled=${this.busy}>${t('topicForm.submit')}</button>
      </form>
      <p role="status" class="status">${this.status}</p>
    </section>`;
  }

  private readonly suggestSlug = (event: Event): void => {
    if (!this.slugTyped) {
      this.slug = slugOf((event.target as HTMLInputElement).value);
    }
  };

  private async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    this.busy = true;
    this.failure = null;
    this.status = '';
    try {
      const topic = await api.create<Topic>('/topics', {
        id: text('id'),
        title: text('title'),
        description: text('description'),
      });
      form.reset();
      this.slug = '';
      this.slugTyped = false;
      this.status = t('topicForm.added', { title: topic.title });
      this.dispatchEvent(new CustomEvent<Topic>('topic-added', { detail: topic, bubbles: true }));
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }
}

/** "AI and security" → "ai-and-security": what the API accepts as a topic's id, from a title in Latin letters. */
function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

declare global {
  interface HTMLElementTagNameMap {
    'topic-form': TopicForm;
  }
}
