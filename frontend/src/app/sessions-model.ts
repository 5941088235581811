/**
 * The sessions of the Global Mechanism, as /api/v1/openapi.json describes them (modules/sessions). Not to be
 * confused with app/session.ts, the signed-in participant's session.
 */
import { session } from './session';

export type SessionKind =
  'organizational' | 'substantive' | 'thematic-group' | 'intersessional' | 'informal-consultation';
export const SESSION_KINDS: readonly SessionKind[] = [
  'organizational',
  'substantive',
  'thematic-group',
  'intersessional',
  'informal-consultation',
];
export type SessionStatus = 'planned' | 'in-progress' | 'concluded';
export const SESSION_STATUSES: readonly SessionStatus[] = ['planned', 'in-progress', 'concluded'];
export type SessionAudience = 'states' | 'states-and-stakeholders';

export interface AgendaItem {
  id: string;
  number: string;
  title: string;
  topics: string[];
  threads: string[];
  drafts: string[];
  subItems?: AgendaItem[];
}

export interface Agenda {
  sessionId: string;
  version: number;
  status: 'provisional' | 'adopted';
  reason?: string;
  createdAt: string;
  items: AgendaItem[];
}

export interface Meeting {
  id: string;
  sessionId: string;
  title: string;
  /** In UTC. */
  startsAt: string;
  endsAt: string;
  /** The zone it was announced in (the venue's); date, start and end are in it. */
  timeZone: string;
  date: string;
  start: string;
  end: string;
  agendaItems: string[];
  sequence: number;
}

export interface PlenarySession {
  id: string;
  kind: SessionKind;
  title: string;
  number: number;
  opensOn: string;
  closesOn: string;
  venue?: string;
  virtual: boolean;
  timeZone: string;
  status: SessionStatus;
  audience: SessionAudience;
  deadline?: string;
  sequence: number;
  mayAttend: boolean;
  seesProgramme: boolean;
  agenda?: Agenda;
  meetings?: Meeting[];
}

/** The Secretariat and the Chair create and run sessions (the server decides; this only chooses what to offer). */
export function runsSessions(): boolean {
  const roles = session.participant()?.roles ?? [];
  return roles.includes('secretariat') || roles.includes('chair');
}

/** The status a session may move to next, if any: only forward. */
export function nextStatus(status: SessionStatus): SessionStatus | null {
  return status === 'planned' ? 'in-progress' : status === 'in-progress' ? 'concluded' : null;
}

/** The reader's own time zone, as the browser knows it. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every agenda item, sub-items after their item, by id: to name the items a meeting takes up. */
export function itemsById(agenda: Agenda | undefined): Map<string, AgendaItem> {
  const byId = new Map<string, AgendaItem>();
  for (const item of agenda?.items ?? []) {
    byId.set(item.id, item);
    for (const sub of item.subItems ?? []) {
      byId.set(sub.id, sub);
    }
  }
  return byId;
}
