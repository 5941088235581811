import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { bdi, isolated } from '../app/bidi';
import { organizationName } from '../app/names';
import { formatDateTime, languageName, message, t } from '../i18n/i18n';

/** A thread, post, position, need or offer found, with the words found marked in its snippet. */
export interface SearchResult {
  id: string;
  kind: 'thread' | 'post' | 'position' | 'need' | 'offer';
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
  createdAt: string;
}

/** One result: what it is, where it is, who wrote it (as the Chatham House Rule allows), in which language, when. */
export function searchEntry(result: SearchResult) {
  const link = resultLink(result);
  const title = result.title ?? result.in?.title ?? t(`search.kind.${result.kind}`);
  const who = result.speaksFor
    ? `${result.author ? `${isolated(result.author.name)} — ` : ''}${isolated(organizationName(result.speaksFor))}`
    : result.constituency
      ? t('post.byConstituency', { constituency: message(`kind.${result.constituency}`) ?? result.constituency })
      : '';
  return html`<li class="search-result">
      <p class="search-result__kind">
        <span class="badge">${t(`search.kind.${result.kind}`)}</span>
        ${result.hidden ? html`<span class="badge badge--objected">${t('search.hidden')}</span>` : nothing}
      </p>
      <h3 class="search-result__title">${link ? html`<a href=${link}>${bdi(title)}</a>` : bdi(title)}</h3>
      <p class="search-result__snippet" lang=${result.language} dir="auto">${unsafeHTML(result.snippet)}</p>
      <p class="muted">
        ${who ? html`${who} · ` : nothing}${languageName(result.language)} · <time datetime=${result.createdAt}>${formatDateTime(result.createdAt)}</time>
      </p>
    </li>`;
}

/** Where a result lives in the web application (the API gives its API address). */
export function resultLink(result: SearchResult): string | undefined {
  const [type, id] = result.id.split(':');
  if (type === 'thread') {
    return `/threads/${id}`;
  }
  if (type === 'post' && result.in?.id.startsWith('thread:')) {
    return `/threads/${result.in.id.slice('thread:'.length)}#post-${id}`;
  }
  if (type === 'need' || type === 'offer') {
    return `/board/${type}s/${id}`;
  }
  return undefined;
}
