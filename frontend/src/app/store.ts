/**
 * One change signal for the state every view reads (language, session). Views re-render on any
 * change: the state is small and changes rarely, so finer subscriptions would only add bookkeeping.
 */
const changes = new EventTarget();

export function notifyChange(): void {
  changes.dispatchEvent(new Event('change'));
}

export function onChange(listener: () => void): () => void {
  changes.addEventListener('change', listener);
  return () => changes.removeEventListener('change', listener);
}
