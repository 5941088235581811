import { api } from './api';
import type { AgendaItemReference } from './documents-model';
import type { Page } from './model';

/** A session as the documents' forms offer it, from the sessions context's API. */
export interface SessionChoice {
  id: string;
  title: string;
  status: string;
}

interface AgendaEntry extends AgendaItemReference {
  subItems?: AgendaEntry[];
}

/** The sessions to choose from (the first 100, as GET /sessions orders them). */
export async function sessionChoices(): Promise<SessionChoice[]> {
  return (await api.get<Page<SessionChoice>>('/sessions?limit=100')).items;
}

/** A session's current agenda, sub-items after their item. */
export async function agendaOf(sessionId: string): Promise<AgendaItemReference[]> {
  const session = await api.get<{ agenda?: { items: AgendaEntry[] } }>(`/sessions/${encodeURIComponent(sessionId)}`);
  const flat: AgendaItemReference[] = [];
  const add = (items: AgendaEntry[]) =>
    items.forEach((item) => {
      flat.push({ id: item.id, number: item.number, title: item.title });
      add(item.subItems ?? []);
    });
  add(session.agenda?.items ?? []);
  return flat;
}
