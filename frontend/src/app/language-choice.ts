import type { Language } from '../i18n/catalogue';
import { language, rememberedLanguage, useLanguage } from '../i18n/i18n';
import { savePreferences, session } from './session';

/** A person chose a language: apply it, remember it in this browser, and store it with their account. */
export async function chooseLanguage(next: Language): Promise<void> {
  await useLanguage(next, { remember: true });
  const stored = session.preferences();
  if (stored && stored.language !== next) {
    await savePreferences({ ...stored, language: next });
  }
}

/**
 * After sign-in, reconcile this browser's language with the account's. A choice made in this browser
 * wins and is stored with the account. Without one, the account's language applies; an account that never
 * chose one (null) leaves the browser's own languages in charge.
 */
export async function reconcileLanguageAfterSignIn(): Promise<void> {
  const stored = session.preferences();
  if (!stored) {
    return;
  }
  const chosenHere = rememberedLanguage();
  if (chosenHere && chosenHere !== stored.language) {
    await savePreferences({ ...stored, language: chosenHere });
  } else if (!chosenHere && stored.language !== null && stored.language !== language()) {
    await useLanguage(stored.language, { remember: false });
  }
}
