/** Speakers lists and statements, as /api/v1/openapi.yaml describes them (modules/sessions, speakers.yaml). */

export type SpeakerStatus = 'waiting' | 'on-floor' | 'done' | 'absent';
export type FloorAction = 'floor' | 'done' | 'absent';
export const STATEMENT_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type StatementLanguage = (typeof STATEMENT_LANGUAGES)[number];

export interface SpeakingGroup {
  id: string;
  name: string;
  regionalGroup?: string;
  speaker?: string;
}

export interface SpeakerOrganization {
  id: string;
  name: string;
  kind: string;
}

export interface SpeakersEntry {
  id: string;
  position: number;
  organization: SpeakerOrganization;
  onBehalfOf?: SpeakingGroup;
  category: 'group' | 'state' | 'observer' | 'stakeholder';
  kind: 'statement' | 'right-of-reply';
  replyNumber?: number;
  status: SpeakerStatus;
  seconds: number;
  inscribedAt: string;
  move?: { position: number; reason: string; at: string };
}

export interface SpeakersTimeLimits {
  nationalSeconds: number;
  groupSeconds: number;
  firstReplySeconds: number;
  secondReplySeconds: number;
}

export interface SpeakersList {
  id?: string;
  sessionId: string;
  agendaItemId: string;
  meetingId?: string;
  version: number;
  entryId?: string;
  limits: SpeakersTimeLimits;
  floor?: SpeakersEntry;
  next?: SpeakersEntry;
  statements: SpeakersEntry[];
  repliesOfTheDay: SpeakersEntry[];
}

export interface Statement {
  id: string;
  entryId: string;
  sessionId: string;
  agendaItemId: string;
  organization: SpeakerOrganization;
  onBehalfOf?: { id: string; name: string };
  language: StatementLanguage;
  checkAgainstDelivery: boolean;
  text: string;
  postedAt: string;
  file?: StatementFile;
}

export interface StatementFile {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  href: string;
}

/** The events of a session's stream that change a speakers list or its statements (SpeakerEvents). */
export const SPEAKER_EVENT_TYPES = [
  'speakers.inscribed',
  'speakers.reply-inscribed',
  'speakers.withdrawn',
  'speakers.moved',
  'speakers.floor-changed',
  'speakers.limits-set',
  'statement.posted',
  'statement.file-attached',
];

export function speakersPath(sessionId: string, itemId: string): string {
  return `/sessions/${encodeURIComponent(sessionId)}/items/${encodeURIComponent(itemId)}/speakers`;
}

export function statementsPath(sessionId: string, itemId: string): string {
  return `/sessions/${encodeURIComponent(sessionId)}/items/${encodeURIComponent(itemId)}/statements`;
}

/** Whether an event of the session's stream is about this item's list and newer than what the page holds. */
export function changesList(data: Record<string, unknown>, itemId: string, version: number): boolean {
  return data.agendaItemId === itemId && (typeof data.version !== 'number' || data.version > version);
}

/** Every entry of the list, statements then replies. */
export function allEntries(list: SpeakersList): SpeakersEntry[] {
  return [...list.statements, ...list.repliesOfTheDay];
}
