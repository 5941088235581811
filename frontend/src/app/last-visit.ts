/**
 * When this browser last opened Plenary before the current visit, kept in localStorage (nothing is stored on the
 * server). A visit is a browser tab's session: the time read at its start stays the reference while the person
 * moves around, so coming back to the home page does not empty "new since your last visit".
 */
const LAST_VISIT = 'plenary.lastVisit';
const THIS_VISIT_SINCE = 'plenary.previousVisit';

export function previousVisit(now = new Date()): Date | null {
  try {
    const kept = sessionStorage.getItem(THIS_VISIT_SINCE);
    if (kept !== null) {
      return kept ? new Date(kept) : null;
    }
    const stored = localStorage.getItem(LAST_VISIT);
    const previous = stored && !Number.isNaN(Date.parse(stored)) ? new Date(stored) : null;
    sessionStorage.setItem(THIS_VISIT_SINCE, previous ? previous.toISOString() : '');
    localStorage.setItem(LAST_VISIT, now.toISOString());
    return previous;
  } catch {
    return null; // storage disabled: every visit is a first one
  }
}
