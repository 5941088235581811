import type { OrganizationKind, RegionalGroup } from './model';

/** Drafts negotiated paragraph by paragraph, as /api/v1/openapi.yaml describes them (modules/drafts). */

export type StanceKind = 'support' | 'object' | 'reserve';
export const STANCES: readonly StanceKind[] = ['support', 'object', 'reserve'];
export type ParagraphStatus = 'agreed' | 'contested' | 'open';
export type ParagraphChange = 'new' | 'revised' | 'unchanged' | 'reinstated';

export interface DraftVersion {
  number: number;
  label: string;
  publishedAt: string;
  note?: string;
  latest?: boolean;
}

export interface StanceEntry {
  state: { id: string; name: string; regionalGroup?: RegionalGroup };
  explanation?: string;
  recordedAt?: string;
  recordedVia?: string;
}

export interface ParagraphConsensus {
  paragraphId: string;
  number: number;
  status: ParagraphStatus;
  support: StanceEntry[];
  objections: StanceEntry[];
  reservations: StanceEntry[];
  supportingGroups: RegionalGroup[];
  supportingGroupCount: number;
  requiredGroups: number;
  dissociatedBy?: { id: string; name: string }[];
}

export interface Paragraph {
  id: string;
  number: number;
  heading?: string | null;
  text: string;
  revision: number;
  change?: ParagraphChange;
  consensus?: ParagraphConsensus;
}

export interface Draft {
  threadId: string;
  title: string;
  threadStatus: string;
  acceptingContributions: boolean;
  versions: DraftVersion[];
  version?: DraftVersion;
  paragraphs: Paragraph[];
  removed?: { id: string; previousNumber: number; text: string }[];
  consensus?: { paragraphs: number; agreed: number; contested: number; open: number; requiredGroups: number };
}

export interface Contribution {
  id: number;
  paragraphId: string;
  madeOn: { version: number; label: string };
  onCurrentText: boolean;
  constituency: OrganizationKind;
  author?: { id: string; name: string };
  organization?: { id: string; name: string };
  createdAt: string;
}

export interface ParagraphComment extends Contribution {
  body: string;
}

export interface Amendment extends Contribution {
  text: string;
  explanation?: string;
  status: 'proposed' | 'withdrawn';
  withdrawnAt?: string;
  diff?: { op: 'equal' | 'delete' | 'insert'; text: string }[];
}
