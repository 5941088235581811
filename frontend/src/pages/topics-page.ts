import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api } from '../app/api';
import type { Topic } from '../app/forum-model';
import { topicDescription, topicTitle } from '../app/names';
import { PageElement } from '../components/plenary-element';
import '../components/problem-alert';
import { t } from '../i18n/i18n';

/** The topics of the dialogue in their standing order, each with the threads open to the reader. */
@customElement('topics-page')
export class TopicsPage extends PageElement {
  @state() private topics: Topic[] | null = null;
  @state() private failure: unknown = null;

  pageTitle(): string {
    return t('topics.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
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
          </li>`,
        )}
      </ul>
    `;
  }

  private async load(): Promise<void> {
    this.failure = null;
    try {
      this.topics = (await api.get<{ items: Topic[] }>('/topics')).items;
    } catch (error) {
      this.failure = error;
    }
  }
}
