import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import type { Topic } from '../app/forum-model';
import { topicDescription, topicTitle } from '../app/names';
import { session } from '../app/session';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { forParticipantsNote } from '../components/take-part';
import { t } from '../i18n/i18n';

/**
 * The topics of the dialogue in their standing order, each with the threads open to the reader. The
 * Secretariat also finds the form to add a topic, loaded only for it so that everyone else's first visit
 * stays light.
 */
@customElement('topics-page')
export class TopicsPage extends PageElement {
  @state() private topics: Topic[] | null = null;
  @state() private failure: unknown = null;
  @state() private formLoaded = false;
  private formRequested = false;

  pageTitle(): string {
    return t('topics.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected override willUpdate(): void {
    if (this.addsTopics && !this.formRequested) {
      this.formRequested = true;
      void import('../components/topic-form').then(() => (this.formLoaded = true));
    }
  }

  private get addsTopics(): boolean {
    return session.participant()?.roles.includes('secretariat') ?? false;
  }

  protected override render() {
    return html`
      <h1>${t('topics.title')}</h1>
      <p class="lead">${t('topics.intro')}</p>
      <problem-alert .error=${this.failure} .retry=${() => void this.load()}></problem-alert>
      ${this.topics === null && !this.failure ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      <ul class="cards">
        ${(this.topics ?? []).map(
          (topic) => html`<li class="card">
            <h2 class="card__title"><a href="/topics/${topic.id}">${topicTitle(topic)}</a></h2>
            <p>${topicDescription(topic)}</p>
            <p class="muted">${t('topics.threadCount', { count: topic.threadCount })}</p>
            ${forParticipantsNote(topic)}
          </li>`,
        )}
      </ul>
      ${this.addsTopics && this.formLoaded ? html`<topic-form @topic-added=${this.added}></topic-form>` : nothing}
    `;
  }

  private readonly added = (event: CustomEvent<Topic>): void => {
    this.topics = [...(this.topics ?? []), event.detail];
  };

  private async load(): Promise<void> {
    this.failure = null;
    try {
      this.topics = (await api.get<{ items: Topic[] }>('/topics')).items;
    } catch (error) {
      this.failure = error;
    }
  }
}
