import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { bdi, isolated } from '../app/bidi';
import { organizationName, tagLabel } from '../app/names';
import { formatDateTime, formatList, isolate, languageName, message, t } from '../i18n/i18n';
import './machine-translation';

export const SEARCH_KINDS = ['thread', 'post', 'position', 'need', 'offer', 'report', 'good-practice'] as const;

/**
 * A thread, post, position, need, offer, national report or good practice found, with the words found marked in
 * its snippet.
 */
export interface SearchResult {
  id: string;
  kind: (typeof SEARCH_KINDS)[number];
  href: string;
  title?: string;
  snippet: string;
  language: string;
  topicId?: string;
  constituency?: string;
  in?: { id: string; title: string; href: string };
  author?: { name: string };
  speaksFor?: { id: string; name: string; kind?: string };
  hidden?: boolean;
  /** The norms a national report answers on or a good practice is about. */
  norms?: string[];
  createdAt: string;
}

/** The query's machine translation into one language, also searched for (GET /search with queryLanguage). */
export interface AlsoSearched {
  language: string;
  query: string;
}

/** "Also searched: English “critical infrastructure”, Spanish …", or nothing when no translation was searched. */
export function alsoSearchedLine(also: readonly AlsoSearched[]) {
  if (!also.length) {
    return nothing;
  }
  const terms = also.map((term) => `${languageName(term.language)} ${isolate(`“${term.query}”`)}`);
  return html`<p class="search__also" role="status">${t('search.alsoSearched', { terms: formatList(terms) })}</p>`;
}

/** What of a result can be translated, and where: a thread's introduction, a post. */
function translatable(result: SearchResult) {
  const [type, id] = result.id.split(':');
  const resource = type === 'thread' ? 'threads' : type === 'post' ? 'posts' : undefined;
  return resource
    ? html`<machine-translation resource=${resource} subject=${id} source=${result.language}></machine-translation>`
    : nothing;
}

/**
 * One result: what it is, where it is, who wrote it (as the Chatham House Rule allows) or the State or organization it
 * speaks for, the norms it is about, in which language, when.
 */
export function searchEntry(result: SearchResult) {
  const link = resultLink(result);
  const who = result.speaksFor
    ? `${result.author ? `${isolated(result.author.name)} — ` : ''}${isolated(organizationName(result.speaksFor))}`
    : result.constituency
      ? t('post.byConstituency', { constituency: message(`kind.${result.constituency}`) ?? result.constituency })
      : '';
  // a post has no title of its own: it is named by what it is and who wrote it, its thread on a line of its own,
  // so that the posts found in one thread are not all links with the thread's title
  const post = result.id.startsWith('post:');
  const title = post
    ? who
      ? t('search.postBy', { kind: t(`search.kind.${result.kind}`), who })
      : t(`search.kind.${result.kind}`)
    : (result.title ?? result.in?.title ?? t(`search.kind.${result.kind}`));
  const threadLink =
    post && result.in?.id.startsWith('thread:') ? `/threads/${result.in.id.slice('thread:'.length)}` : undefined;
  return html`<li class="search-result">
      <p class="search-result__kind">
        <span class="badge">${t(`search.kind.${result.kind}`)}</span>
        ${result.hidden ? html`<span class="badge badge--objected">${t('search.hidden')}</span>` : nothing}
      </p>
      <h3 class="search-result__title">${link ? html`<a href=${link}>${bdi(title)}</a>` : bdi(title)}</h3>
      ${
        post && result.in
          ? html`<p class="search-result__in">${t('search.inThread')} ${
              threadLink ? html`<a href=${threadLink}>${bdi(result.in.title)}</a>` : bdi(result.in.title)
            }</p>`
          : nothing
      }
      <p class="search-result__snippet" lang=${result.language} dir="auto">${unsafeHTML(result.snippet)}</p>
      ${
        result.norms?.length
          ? html`<p class="search-result__norms">${t('search.norms', { norms: result.norms.map((norm) => tagLabel(norm)).join('; ') })}</p>`
          : nothing
      }
      <p class="muted">
        ${who ? html`${who} · ` : nothing}${t('search.inLanguage', { language: languageName(result.language) })} ·
        <time datetime=${result.createdAt}>${formatDateTime(result.createdAt)}</time>
      </p>
      ${translatable(result)}
    </li>`;
}

/** Where a result lives in the web application (the API gives its API address). */
export function resultLink(result: SearchResult): string | undefined {
  const [type, id, stateId] = result.id.split(':');
  if (type === 'thread') {
    return `/threads/${id}`;
  }
  if (type === 'post' && result.in?.id.startsWith('thread:')) {
    return `/threads/${result.in.id.slice('thread:'.length)}#post-${id}`;
  }
  if (type === 'need' || type === 'offer') {
    return `/board/${type}s/${id}`;
  }
  if (type === 'report' && stateId) {
    return `/reports/${encodeURIComponent(id)}/${encodeURIComponent(stateId)}`;
  }
  if (type === 'good-practice') {
    return `/practices/${id}`;
  }
  return undefined;
}
