import { match, type RouteMatch } from './routes';

/**
 * Client-side navigation with the History API. Links stay ordinary <a href> elements (so they open in
 * a new tab, can be copied, and work on reload: the server answers every page path with index.html);
 * a plain click on one is handled here without a page load.
 */
export interface Location {
  match: RouteMatch;
  query: URLSearchParams;
  /** A new page (not only a new query on the same page): focus moves to its heading. */
  moveFocus: boolean;
}

type Listener = (location: Location) => void;

// Paths the server answers itself; links to them are real page loads.
const SERVER_PATHS = ['/api/', '/dev-idp/', '/health/', '/metrics'];

let listener: Listener = () => {};
let shown = '';

export function startRouter(onNavigate: Listener): void {
  listener = onNavigate;
  document.addEventListener('click', interceptLinkClick);
  window.addEventListener('popstate', () => {
    // Following an in-page anchor (the skip link) also fires popstate: the page itself has not changed.
    if (location.pathname + location.search !== shown) {
      emit(true);
    }
  });
  emit(false);
}

export function navigate(url: string, options: { replace?: boolean; moveFocus?: boolean } = {}): void {
  const target = new URL(url, location.href);
  if (target.href === location.href) {
    return;
  }
  const samePage = target.pathname === location.pathname;
  history[options.replace ? 'replaceState' : 'pushState'](null, '', target.pathname + target.search + target.hash);
  emit(options.moveFocus ?? !samePage);
}

/** The query with each field set to its value, or dropped when the value is empty: a list's filters in its address. */
export function withFilters(query: string | URLSearchParams, filters: Record<string, string>): URLSearchParams {
  const next = new URLSearchParams(query);
  Object.entries(filters).forEach(([name, value]) => {
    if (value) {
      next.set(name, value);
    } else {
      next.delete(name);
    }
  });
  return next;
}

function emit(moveFocus: boolean): void {
  shown = location.pathname + location.search;
  listener({ match: match(location.pathname), query: new URLSearchParams(location.search), moveFocus });
}

function interceptLinkClick(event: MouseEvent): void {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return;
  }
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || !anchor.href || anchor.target || anchor.hasAttribute('download')) {
    return;
  }
  const target = new URL(anchor.href);
  if (target.origin !== location.origin || SERVER_PATHS.some((prefix) => target.pathname.startsWith(prefix))) {
    return;
  }
  if (target.pathname === location.pathname && target.search === location.search && target.hash) {
    return; // an in-page anchor such as the skip link: the browser moves focus itself
  }
  event.preventDefault();
  navigate(target.href);
}
