import { html, type TemplateResult } from 'lit';

/**
 * People's text (titles, names, tags, questions) must not reorder the text around it: a title that
 * opens a right-to-left override and never closes it would otherwise turn "· 3 posts · France" around.
 * `<bdi>` isolates it in markup (with `unicode-bidi: isolate` in the stylesheet); `isolated()` does the same
 * inside plain strings (messages, document titles, options) with the Unicode isolate characters.
 */

const FSI = '\u2068';
const PDI = '\u2069';
const PDF = '\u202c';

function isEmbedding(c: string): boolean {
  return c >= '\u202a' && c <= '\u202e' && c !== PDF;
}

function isIsolate(c: string): boolean {
  return c >= '\u2066' && c <= '\u2068';
}

/** The text with every embedding and isolate it opens closed at its end, and stray closings dropped. */
export function balanced(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) {
    return text;
  }
  const open: string[] = [];
  let out = '';
  for (const c of text) {
    if (isEmbedding(c) || isIsolate(c)) {
      open.push(c);
      out += c;
    } else if (c === PDF) {
      if (open.length && isEmbedding(open[open.length - 1])) {
        open.pop();
        out += c;
      }
    } else if (c === PDI) {
      const at = open.map(isIsolate).lastIndexOf(true);
      if (at >= 0) {
        open.length = at;
        out += c;
      }
    } else {
      out += c;
    }
  }
  return (
    out +
    open
      .reverse()
      .map((c) => (isIsolate(c) ? PDI : PDF))
      .join('')
  );
}

/** Right-to-left letters, and the marks and controls that change direction. */
const DIRECTIONAL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

/**
 * A person's text inside a string: its direction its own, its effect ending where it ends. In a left-to-right
 * page, text with no right-to-left letter and no directional mark or control cannot reorder anything, and is
 * left as it is (so that copying a title copies no invisible characters).
 */
export function isolated(text: string | undefined | null): string {
  if (!text) {
    return '';
  }
  if (document.documentElement.dir !== 'rtl' && !DIRECTIONAL.test(text)) {
    return text;
  }
  return `${FSI}${balanced(text)}${PDI}`;
}

/** A person's text in markup. */
export function bdi(text: string | undefined | null): TemplateResult {
  return html`<bdi>${balanced(text ?? '')}</bdi>`;
}
