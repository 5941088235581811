import type { Language } from '../i18n/catalogue';
import type { OrganizationKind, Participant } from './model';
import { session } from './session';

/** The document registry and the written inputs of stakeholders, as the API sends them (openapi/documents.yaml). */

export const DOCUMENT_KINDS = ['document', 'conference-room-paper', 'working-paper', 'limited', 'information'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DISTRIBUTIONS = ['general', 'limited', 'restricted'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];
export type DocumentRelation = 'revises' | 'corrects' | 'adds-to';

export interface DocumentReference {
  id: string;
  symbol: string;
  relation?: DocumentRelation;
  predecessorId?: string;
}

export interface DocumentFile {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  href: string;
}

export interface LanguageVersion {
  language: Language;
  original: boolean;
  advanceUnedited: boolean;
  addedAt: string;
  file?: DocumentFile;
}

export interface AgendaItemReference {
  id: string;
  number: string;
  title: string;
}

export interface RegistryDocument {
  id: string;
  symbol: string;
  parts: { body: string; session: string; kind: DocumentKind; number: number };
  title: string;
  issuedOn: string;
  distribution: Distribution;
  session?: { id: string; title: string; number: number; kind: string; status: string };
  agendaItems: AgendaItemReference[];
  predecessor?: DocumentReference;
  successors?: DocumentReference[];
  family?: DocumentReference[];
  draft?: { threadId: string; version: number };
  languages: LanguageVersion[];
  issuedAt: string;
}

export type InputStatus = 'submitted' | 'published' | 'returned';

export interface WrittenInput {
  id: string;
  sessionId: string;
  sessionTitle?: string;
  agendaItem?: AgendaItemReference;
  organization: { id: string; name: string; kind: OrganizationKind };
  title: string;
  text: string;
  language: Language;
  status: InputStatus;
  returnReason?: string;
  submissions: number;
  submittedAt: string;
  publishedAt?: string;
  file?: DocumentFile;
}

/** The Secretariat issues documents and reviews written inputs. */
export function isSecretariat(participant: Participant | null = session.participant()): boolean {
  return participant?.roles.includes('secretariat') ?? false;
}

/** A delegate of an accredited stakeholder: who submits written inputs (the server decides; this chooses what to offer). */
export function submitsInputs(participant: Participant | null = session.participant()): boolean {
  const organization = participant?.organization;
  return (
    !!organization &&
    participant.roles.includes('delegate') &&
    ['private-sector', 'academia', 'civil-society'].includes(organization.kind) &&
    organization.accreditation === 'accredited'
  );
}

/** A file's size for people: 1.2 MB, 340 kB. */
export function fileSize(bytes: number, format: (value: number) => string): string {
  if (bytes >= 1_000_000) {
    return `${format(Math.round(bytes / 100_000) / 10)} MB`;
  }
  return `${format(Math.max(1, Math.round(bytes / 1000)))} kB`;
}
