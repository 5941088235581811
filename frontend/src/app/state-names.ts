import { api } from './api';
import type { Organization, Page } from './model';

let names: Promise<Map<string, string>> | null = null;

/**
 * The names of all States by id, fetched once per visit (about 200 short entries): intergovernmental
 * organizations list their members by id only.
 */
export function stateNames(): Promise<Map<string, string>> {
  names ??= loadAll().catch((error) => {
    names = null; // let a later visit try again
    throw error;
  });
  return names;
}

async function loadAll(): Promise<Map<string, string>> {
  const byId = new Map<string, string>();
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ kind: 'state', limit: '500' });
    if (cursor) {
      query.set('cursor', cursor);
    }
    const page = await api.get<Page<Organization>>(`/organizations?${query}`);
    page.items.forEach((state) => byId.set(state.id, state.name));
    cursor = page.next;
  } while (cursor);
  return byId;
}
