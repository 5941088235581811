import type { Language } from '../i18n/catalogue';

/** franc's ISO 639-3 codes for the six UN languages, and the BCP 47 tags posts carry. */
const FROM_FRANC: Record<string, Language> = {
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  rus: 'ru',
  cmn: 'zh',
  arb: 'ar',
};

/** Below this many letters a guess is no better than the interface language. */
const FEWEST_LETTERS = 12;

/**
 * The UN language a post is written in, detected from its text (franc-min, trigram statistics, loaded only
 * once someone writes), or null while the text is too short to tell. Markdown links and addresses are left
 * out so that a URL does not make a Russian text English.
 */
export async function detectedLanguage(text: string): Promise<Language | null> {
  const prose = text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*_`#>[\]-]/g, ' ');
  if ((prose.match(/\p{L}/gu) ?? []).length < FEWEST_LETTERS) {
    return null;
  }
  const { franc } = await import('franc-min');
  const code = franc(prose, { only: Object.keys(FROM_FRANC), minLength: FEWEST_LETTERS });
  return FROM_FRANC[code] ?? null;
}
