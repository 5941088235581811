import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { PlenaryElement, type PageElement } from '../components/plenary-element';
import '../components/language-switcher';
import '../components/problem-alert';
import '../components/session-controls';
import { formatNumber, t } from '../i18n/i18n';
import { keepNotificationsCurrent, unreadNotifications } from './notifications';
import { readsExercises } from './contacts-model';
import { isChair, moderates, readsAuditLog } from './roles';
import { navigate, startRouter, type Location } from './router';
import { session } from './session';

/**
 * The application shell: skip link, header (name, navigation, language, session), the page in <main>,
 * and the footer. Shows whichever page the router matched and, on a move to another page, puts focus on
 * that page's heading so keyboard and screen-reader users start reading there.
 */
@customElement('plenary-app')
export class PlenaryApp extends PlenaryElement {
  @state() private page: PageElement | null = null;
  @state() private failure: unknown = null;
  @state() private ready = false;
  /** On a narrow screen the navigation, language and session sit behind a menu button, the search behind an icon. */
  @state() private menuOpen = false;
  @state() private searchOpen = false;
  private navigation = 0;

  /** Called once the language and session are known. */
  start(): void {
    this.ready = true;
    window.addEventListener('unhandledrejection', (event) => (this.failure = event.reason));
    startRouter((location) => void this.show(location));
    keepNotificationsCurrent();
  }

  /** Starting failed (for example the server is unreachable): say so instead of a blank page. */
  fail(error: unknown): void {
    this.failure = error;
  }

  protected override render() {
    const path = typeof location === 'undefined' ? '/' : location.pathname;
    return html`
      <a class="skip-link" href="#main">${t('shell.skipToContent')}</a>
      <header class="site-header ${this.menuOpen ? 'site-header--menu-open' : ''} ${this.searchOpen ? 'site-header--search-open' : ''}">
        <div class="site-header__inner">
          <a class="brand" href="/">
            <svg class="brand__emblem" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" stroke-width="2.5" />
              <circle cx="16" cy="16" r="7" fill="none" stroke="currentColor" stroke-width="2.5" />
            </svg>
            <span class="brand__name">${t('app.name')}</span>
            <span class="brand__tagline">${t('app.tagline')}</span>
          </a>
          <div class="site-header__toggles">
            <button type="button" class="header-toggle" aria-expanded=${this.searchOpen ? 'true' : 'false'}
              aria-controls="site-search" @click=${this.toggleSearch}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.5" />
                <path d="M15 15l6 6" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
              </svg>
              <span class="visually-hidden">${t('shell.showSearch')}</span>
            </button>
            <button type="button" class="header-toggle" aria-expanded=${this.menuOpen ? 'true' : 'false'}
              aria-controls="site-tools site-nav" @click=${() => (this.menuOpen = !this.menuOpen)}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
              </svg>
              <span class="header-toggle__label">${t('shell.menu')}</span>
            </button>
          </div>
          <form id="site-search" class="site-search" role="search" aria-label=${t('search.label')} @submit=${this.search}>
              <label class="visually-hidden" for="site-search-q">${t('search.label')}</label>
              <input id="site-search-q" name="q" type="search" required maxlength="500" placeholder=${t('search.label')} />
              <button type="submit" class="button button--on-dark">${t('nav.search')}</button>
          </form>
          <div class="site-header__tools" id="site-tools">
            <language-switcher></language-switcher>
            ${this.ready ? html`<session-controls></session-controls>` : nothing}
          </div>
        </div>
        <nav class="primary-nav" id="site-nav" aria-label=${t('shell.navLabel')}>
          <ul>
            ${this.navLink('/', t('nav.home'), path === '/')}
            ${this.navLink('/topics', t('nav.topics'), path.startsWith('/topics') || path.startsWith('/threads'))}
            ${this.navLink('/board', t('nav.board'), path.startsWith('/board'))}
            ${this.navLink('/sessions', t('nav.sessions'), path.startsWith('/sessions'))}
            ${this.navLink('/reports', t('nav.reports'), path.startsWith('/reports'))}
            ${this.navLink('/practices', t('nav.practices'), path.startsWith('/practices'))}
            ${session.participant() ? this.navLink('/radar', t('nav.radar'), path.startsWith('/radar')) : nothing}
            ${this.navLink('/organizations', t('nav.organizations'), path.startsWith('/organizations'))}
            ${readsExercises() ? this.navLink('/contacts', t('nav.contacts'), path.startsWith('/contacts')) : nothing}
            ${this.navLink('/documents', t('nav.documents'), path.startsWith('/documents'))}
            ${this.navLink('/summaries', isChair() ? t('nav.chairsInbox') : t('nav.summaries'), path.startsWith('/summaries'))}
            ${moderates() ? this.navLink('/moderation', t('nav.moderation'), path.startsWith('/moderation')) : nothing}
            ${readsAuditLog() ? this.navLink('/audit', t('nav.audit'), path.startsWith('/audit')) : nothing}
            ${session.participant() ? this.navLink('/accreditation', t('nav.accreditation'), path.startsWith('/accreditation')) : nothing}
            ${
              session.participant()
                ? html`<li>
                  <a href="/notifications" aria-current=${path.startsWith('/notifications') ? 'page' : nothing}>
                    ${t('nav.notifications')}${
                      unreadNotifications() > 0
                        ? html` <span class="count-badge" aria-hidden="true">${formatNumber(unreadNotifications())}</span>
                          <span class="visually-hidden">${t('nav.unread', { count: unreadNotifications() })}</span>`
                        : nothing
                    }
                  </a>
                </li>`
                : nothing
            }
            ${this.navLink('/account', t('nav.account'), path === '/account')}
          </ul>
        </nav>
      </header>
      <div class="shell-alerts">
        ${
          session.ended()
            ? html`<div class="alert alert--info" role="alert">
              <p>${t('error.signInAgain')}</p>
              <button type="button" class="button button--secondary" @click=${() => session.acknowledgeEnded()}>
                ${t('action.dismiss')}
              </button>
            </div>`
            : nothing
        }
        <problem-alert .error=${this.failure} .dismiss=${() => (this.failure = null)}></problem-alert>
      </div>
      <main id="main" tabindex="-1">${this.page ?? html`<p class="loading">${t('shell.loading')}</p>`}</main>
      <footer class="site-footer">
        <p>${t('footer.about')}</p>
        <p><a href="/api/v1/openapi.yaml">${t('footer.api')}</a></p>
        ${session.environment() === 'dev' ? html`<p class="site-footer__notice">${t('footer.development')}</p>` : nothing}
      </footer>
      <div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
    `;
  }

  private async toggleSearch(): Promise<void> {
    this.searchOpen = !this.searchOpen;
    if (this.searchOpen) {
      await this.updateComplete;
      this.querySelector<HTMLInputElement>('#site-search-q')?.focus();
    }
  }

  private search(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const q = String(new FormData(form).get('q') ?? '').trim();
    if (q) {
      form.reset();
      this.searchOpen = false;
      navigate(`/search?${new URLSearchParams({ q })}`);
    }
  }

  private navLink(href: string, label: string, current: boolean) {
    return html`<li><a href=${href} aria-current=${current ? 'page' : nothing}>${label}</a></li>`;
  }

  private async show(location: Location): Promise<void> {
    const navigation = ++this.navigation;
    this.menuOpen = false; // a link in the menu was followed: the page, not the menu, is what the reader wants now
    const { route, params } = location.match;
    try {
      await route.load();
    } catch (error) {
      this.failure = error; // the page's code could not be fetched, typically offline
      return;
    }
    if (navigation !== this.navigation) {
      return; // a later navigation overtook this one
    }
    const reuse = this.page?.localName === route.tag;
    const page = reuse && this.page ? this.page : (document.createElement(route.tag) as PageElement);
    page.params = params;
    page.query = location.query;
    this.page = page;
    await this.updateComplete;
    await page.updateComplete;
    if (location.moveFocus) {
      this.focusHeading();
    }
  }

  private focusHeading(): void {
    const heading = this.querySelector<HTMLElement>('main h1');
    const target = heading ?? this.querySelector<HTMLElement>('main');
    if (heading) {
      heading.tabIndex = -1;
    }
    window.scrollTo(0, 0);
    target?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-app': PlenaryApp;
  }
}
