import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { loadHome, type HomeData } from '../app/home-model';
import { previousVisit } from '../app/last-visit';
import { moderates, isChair } from '../app/roles';
import { session } from '../app/session';
import { PageElement } from '../components/plenary-element';
import { desk, waitingForYou } from '../components/home-personal';
import { deadlines, openNow, sinceLastVisit } from '../components/home-open';
import { takePartSection } from '../components/take-part';
import '../components/next-sessions';
import { t } from '../i18n/i18n';

/**
 * The home page opens on what a reader needs to know today, by role: what waits for a signed-in participant (and,
 * for moderators and the Chair, their desk), what is open now, what is new since the last visit, what comes next;
 * for the public, also what they may read and how to take part.
 */
@customElement('home-page')
export class HomePage extends PageElement {
  @state() private data: HomeData | null = null;
  /** Whose home page the data was read for: signing in or out reads it again. */
  private readFor: string | null | undefined = undefined;
  private readonly since = previousVisit();

  pageTitle(): string {
    return t('home.title');
  }

  protected override willUpdate(): void {
    const reader = session.participant()?.id ?? null;
    if (reader !== this.readFor) {
      this.readFor = reader;
      void loadHome(this.since).then((data) => {
        if (this.readFor === reader) {
          this.data = data;
        }
      });
    }
  }

  protected override render() {
    const participant = session.participant();
    const data = this.data;
    const hasDesk = moderates() || isChair();
    return html`
      <h1>${t('home.title')}</h1>
      <p class="lead">${t('home.intro')}</p>
      ${data === null ? html`<p class="loading">${t('shell.loading')}</p>` : nothing}
      ${data && participant ? waitingForYou(data, hasDesk) : nothing}
      ${data && hasDesk ? desk(data) : nothing}
      ${data ? openNow(data) : nothing}
      ${data ? sinceLastVisit(data) : nothing}
      <section aria-labelledby="home-next" class="home-section">
        <h2 id="home-next">${t('homeNext.title')}</h2>
        ${data ? deadlines(data) : nothing}
        <next-sessions></next-sessions>
        <p><a href="/sessions">${t('sessions.homeAll')}</a></p>
      </section>
      ${participant ? nothing : takePartSection()}
      <section aria-labelledby="home-start" class="home-section">
        <h2 id="home-start">${t('home.startTitle')}</h2>
        <ul class="link-list">
          <li><a href="/topics">${t('home.linkTopics')}</a></li>
          <li><a href="/organizations">${t('home.linkDirectory')}</a></li>
          ${participant ? html`<li><a href="/account">${t('home.linkAccount')}</a></li>` : nothing}
        </ul>
      </section>
    `;
  }
}
