import { nothing } from 'lit';
import { t } from '../i18n/i18n';

const CITATION = /^\/threads\/[0-9a-f-]+#post-\d+$/;
const PRACTICE = /^\/practices\/[0-9a-f-]{36}$/;

/**
 * Sanitised HTML from the server (a summary's text) made fit for its place in a page: headings moved
 * down so the page keeps its one h1 and a sound outline, and each citation link ("#7") named as a post, and each
 * link to a good practice as one, for screen-reader users. Returns a fragment to render once; build a new one when the HTML changes.
 */
export function richText(html: string, options: { headingOffset?: number } = {}): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const offset = options.headingOffset ?? 0;
  if (offset > 0) {
    template.content.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((heading) => {
      const level = Math.min(6, Number(heading.localName[1]) + offset);
      const moved = document.createElement(`h${level}`);
      moved.append(...heading.childNodes);
      heading.replaceWith(moved);
    });
  }
  template.content.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((link) => {
    if (CITATION.test(link.getAttribute('href') ?? '')) {
      link.classList.add('citation');
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = `${t('summary.citedPost')} `;
      link.prepend(label);
    } else if (PRACTICE.test(link.getAttribute('href') ?? '')) {
      link.classList.add('citation', 'citation--practice');
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = `${t('practice.cited')} `;
      link.prepend(label);
    }
  });
  return template.content;
}

/** The text of sanitised HTML, without its markup (for excerpts). */
export function plainText(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return (template.content.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The rich text an element shows again at every render, built once per text and language (a summary's citations
 * carry words in the reader's language).
 */
export class RenderedText {
  private last: { html: string; language: string; fragment: DocumentFragment } | null = null;

  constructor(private readonly options: { headingOffset?: number } = {}) {}

  of(html: string): DocumentFragment | typeof nothing {
    if (!html) {
      return nothing;
    }
    const language = document.documentElement.lang;
    if (!this.last || this.last.html !== html || this.last.language !== language) {
      this.last = { html, language, fragment: richText(html, this.options) };
    }
    return this.last.fragment;
  }
}
