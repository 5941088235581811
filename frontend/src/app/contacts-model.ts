import type { Participant } from './model';
import { session } from './session';

/** The Points of Contact directory and its ping exercises as the API sends them (openapi/contacts.yaml). */
export type ContactKind = 'diplomatic' | 'technical';
export const CONTACT_KINDS: readonly ContactKind[] = ['diplomatic', 'technical'];
export type PingStatus = 'acknowledged' | 'late' | 'bounced' | 'no-answer' | 'pending';

export interface PointOfContact {
  kind: ContactKind;
  name: string;
  function?: string;
  email: string;
  phone?: string;
  workingHours?: string;
  languages?: string[];
}

export interface ContactEntry {
  stateId: string;
  stateName: string;
  regionalGroup?: string;
  version: number;
  contacts: PointOfContact[];
  membersMayRead: boolean;
  savedBy?: string;
  savedAt?: string;
  mayEdit: boolean;
}

export interface PingExercise {
  id: string;
  startedAt: string;
  windowHours: number;
  deadline: string;
  states: number;
  closed: boolean;
}

export interface PingShare {
  regionalGroup?: string;
  states: number;
  answered: number;
  acknowledged: number;
  late: number;
  share: number;
}

export interface PingStateResult {
  stateId: string;
  stateName: string;
  regionalGroup?: string;
  status: PingStatus;
  pings: number;
  acknowledged: number;
  late: number;
  bounced: number;
}

export interface PingExerciseResults {
  exercise: PingExercise;
  states: PingStateResult[];
  overall?: PingShare;
  byGroup: PingShare[];
}

export interface PingExerciseSummary {
  exercise: PingExercise;
  overall?: PingShare;
  ownResult?: PingStatus;
}

export interface TrainingOffer {
  stateId: string;
  offered: boolean;
  unansweredExercises: string[];
  boardLink: string;
}

/** Who reads the directory: States' delegates, the moderators and the Secretariat (the server decides). */
export function readsDirectory(participant: Participant | null = session.participant()): boolean {
  if (!participant) {
    return false;
  }
  const roles = participant.roles;
  return (
    roles.includes('moderator') ||
    roles.includes('secretariat') ||
    (roles.includes('delegate') && participant.organization.kind === 'state')
  );
}

/** Who sees the exercises: the directory's readers and any participant of a State (its own results). */
export function readsExercises(participant: Participant | null = session.participant()): boolean {
  return readsDirectory(participant) || participant?.organization.kind === 'state';
}

export function startsExercises(participant: Participant | null = session.participant()): boolean {
  return participant?.roles.includes('secretariat') ?? false;
}
