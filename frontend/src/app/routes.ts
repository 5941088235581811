/**
 * The pages, each loaded on first visit so the first page downloads only what it shows. A path
 * segment written `:name` becomes a parameter.
 */
export interface Route {
  path: string;
  tag: string;
  load: () => Promise<unknown>;
}

export const ROUTES: readonly Route[] = [
  { path: '/', tag: 'home-page', load: () => import('../pages/home-page') },
  { path: '/topics', tag: 'topics-page', load: () => import('../pages/topics-page') },
  { path: '/topics/:topicId', tag: 'topic-page', load: () => import('../pages/topic-page') },
  { path: '/topics/:topicId/new', tag: 'new-thread-page', load: () => import('../pages/new-thread-page') },
  { path: '/threads/:threadId', tag: 'thread-page', load: () => import('../pages/thread-page') },
  { path: '/summaries', tag: 'summaries-page', load: () => import('../pages/summaries-page') },
  { path: '/summaries/:summaryId', tag: 'summary-page', load: () => import('../pages/summary-page') },
  { path: '/moderation', tag: 'moderation-page', load: () => import('../pages/moderation-page') },
  { path: '/audit', tag: 'audit-page', load: () => import('../pages/audit-page') },
  { path: '/notifications', tag: 'notifications-page', load: () => import('../pages/notifications-page') },
  { path: '/search', tag: 'search-page', load: () => import('../pages/search-page') },
  { path: '/board', tag: 'board-page', load: () => import('../pages/board-page') },
  { path: '/board/new', tag: 'new-listing-page', load: () => import('../pages/new-listing-page') },
  { path: '/board/needs/:needId', tag: 'need-page', load: () => import('../pages/listing-page') },
  { path: '/board/offers/:offerId', tag: 'offer-page', load: () => import('../pages/listing-page') },
  { path: '/accreditation', tag: 'accreditation-page', load: () => import('../pages/accreditation-page') },
  { path: '/organizations', tag: 'organizations-page', load: () => import('../pages/organizations-page') },
  { path: '/organizations/:id', tag: 'organization-page', load: () => import('../pages/organization-page') },
  { path: '/sessions', tag: 'sessions-page', load: () => import('../pages/sessions-page') },
  { path: '/sessions/new', tag: 'new-session-page', load: () => import('../pages/new-session-page') },
  { path: '/sessions/:sessionId', tag: 'session-page', load: () => import('../pages/session-page') },
  { path: '/account', tag: 'account-page', load: () => import('../pages/account-page') },
  { path: '/reports', tag: 'reports-page', load: () => import('../pages/reports-page') },
  { path: '/reports/:cycleId/edit', tag: 'report-editor-page', load: () => import('../pages/report-editor-page') },
  { path: '/reports/:cycleId/coverage', tag: 'coverage-page', load: () => import('../pages/coverage-page') },
  { path: '/reports/:cycleId/:stateId', tag: 'report-page', load: () => import('../pages/report-page') },
  { path: '/documents', tag: 'documents-page', load: () => import('../pages/documents-page') },
  { path: '/documents/new', tag: 'new-document-page', load: () => import('../pages/new-document-page') },
  { path: '/documents/:documentId', tag: 'document-page', load: () => import('../pages/document-page') },
  { path: '/written-inputs', tag: 'written-inputs-page', load: () => import('../pages/written-inputs-page') },
  { path: '/practices', tag: 'practices-page', load: () => import('../pages/practices-page') },
  { path: '/practices/new', tag: 'share-practice-page', load: () => import('../pages/share-practice-page') },
  { path: '/practices/:practiceId', tag: 'practice-page', load: () => import('../pages/practice-page') },
  { path: '/radar', tag: 'radar-page', load: () => import('../pages/radar-page') },
  { path: '/contacts', tag: 'contacts-page', load: () => import('../pages/contacts-page') },
  { path: '/contacts/exercises', tag: 'ping-exercises-page', load: () => import('../pages/ping-exercises-page') },
  {
    path: '/contacts/exercises/:exerciseId',
    tag: 'ping-results-page',
    load: () => import('../pages/ping-results-page'),
  },
  {
    path: '/contacts/acknowledge/:token',
    tag: 'acknowledge-ping-page',
    load: () => import('../pages/acknowledge-ping-page'),
  },
  { path: '/contacts/:stateId/edit', tag: 'contacts-edit-page', load: () => import('../pages/contacts-edit-page') },
  { path: '/callback', tag: 'callback-page', load: () => import('../pages/callback-page') },
  {
    path: '/sessions/:sessionId/items/:itemId/speakers',
    tag: 'speakers-page',
    load: () => import('../pages/speakers-page'),
  },
];

export const NOT_FOUND: Route = { path: '*', tag: 'not-found-page', load: () => import('../pages/not-found-page') };

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export function match(pathname: string): RouteMatch {
  const segments = split(pathname);
  for (const route of ROUTES) {
    const pattern = split(route.path);
    if (pattern.length !== segments.length) {
      continue;
    }
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = decodeURIComponent(segments[i]);
        return true;
      }
      return part === segments[i];
    });
    if (matches) {
      return { route, params };
    }
  }
  return { route: NOT_FOUND, params: {} };
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}
