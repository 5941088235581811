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
  /** Counts take every stance into account; the lists above may name fewer (the Chatham House Rule). */
  supportCount?: number;
  objectionCount?: number;
  reservationCount?: number;
  dissociatedBy?: { id: string; name: string }[];
  dissociationCount?: number;
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
  /** Paragraphs of the version before that this one leaves out, with how many amendments are still proposed on each. */
  removed?: { id: string; previousNumber: number; text: string; proposedAmendments?: number }[];
  consensus?: { paragraphs: number; agreed: number; contested: number; open: number; requiredGroups: number };
}

/** A version named in an answer: its number and label ("Zero draft", "Rev.1"). */
export interface VersionRef {
  version: number;
  label: string;
}

export interface Contribution {
  id: number;
  paragraphId: string;
  madeOn: VersionRef;
  onCurrentText: boolean;
  /** The version that removed the paragraph, while it is not in the latest version. */
  paragraphRemovedIn?: VersionRef;
  constituency: OrganizationKind;
  author?: { id: string; name: string };
  organization?: { id: string; name: string };
  createdAt: string;
}

export interface ParagraphComment extends Contribution {
  body: string;
}

/** incorporated: a later version took it in; not-retained: those who publish versions did not (a later one still may). */
export type AmendmentStatus = 'proposed' | 'withdrawn' | 'incorporated' | 'not-retained';

export interface Amendment extends Contribution {
  text: string;
  explanation?: string;
  status: AmendmentStatus;
  withdrawnAt?: string;
  incorporatedIn?: VersionRef;
  /** named: the publisher said so; same-wording: the paragraph's new text is its text word for word. */
  incorporation?: 'named' | 'same-wording';
  notRetainedIn?: VersionRef;
  decidedAt?: string;
  diff?: { op: 'equal' | 'delete' | 'insert'; text: string }[];
}

/** One paragraph of a version to publish: a surviving paragraph carries its id, a new one none. */
export interface NewParagraph {
  id?: string;
  heading?: string;
  text: string;
  /** Amendments of this paragraph that its revised text incorporates. */
  incorporates?: number[];
}

export interface NewDraftVersion {
  note?: string;
  paragraphs: NewParagraph[];
  /** Proposed amendments the version does not retain. */
  notRetained?: number[];
}

/** A State's dissociation from paragraphs, as GET /drafts/{id}/consensus lists those the reader may see. */
export interface Dissociation {
  state: { id: string; name: string };
  /** The paragraphs of the latest version it dissociates from. */
  paragraphs: { id: string; number: number }[];
  /** Paragraphs a later version revised: the dissociation from their earlier text ended. */
  ended?: { id: string; number?: number; dissociatedFrom: VersionRef; endedIn: VersionRef }[];
  recordedOn?: VersionRef;
  explanation?: string;
  recordedAt?: string;
}

export interface DraftConsensus {
  threadId: string;
  paragraphs: ParagraphConsensus[];
  dissociations: Dissociation[];
}

export type ProposalStatus = 'circulated' | 'tabled' | 'withdrawn';

export interface ProposalSponsor {
  state: { id: string; name: string };
  joinedAt: string;
}

/** A proposal with its sponsors; under the Chatham House Rule the lists name only the reader's State, the counts all. */
export interface Proposal {
  id: string;
  threadId: string;
  title: string;
  text: string;
  status: ProposalStatus;
  tabledBy?: { id: string; name: string };
  circulatedAt: string;
  tabledAt?: string;
  withdrawnAt?: string;
  originalSponsors: ProposalSponsor[];
  laterSponsors: ProposalSponsor[];
  originalSponsorCount: number;
  laterSponsorCount: number;
  sponsorCount: number;
}
