import type { OrganizationKind, RegionalGroup } from './model';

/** Summaries for the Chair, as /api/v1/openapi.yaml describes them (modules/summary). */

export type SummaryStatus = 'draft' | 'submitted' | 'published';
export const SUMMARY_STATUSES: readonly SummaryStatus[] = ['submitted', 'draft', 'published'];

export interface Summary {
  id: string;
  threadId: string;
  status: SummaryStatus;
  label: string;
  notice: string;
  issuedOnChairsResponsibility?: boolean;
  chathamHouse?: boolean;
  version: number;
  markdown: string;
  bodyHtml?: string;
  generated: Generated;
  preparedBy?: string;
  createdAt?: string;
  editedAt?: string;
  submittedAt?: string;
  publishedAt?: string;
}

export interface SummaryVersion {
  version: number;
  markdown: string;
  editedBy?: string;
  editedAt: string;
  note?: string;
}

/**
 * Who said it: a name, or under the Chatham House Rule a constituency ("a civil society participant"). A post
 * that no longer stands (a position superseded or withdrawn) says so, and which post superseded it.
 */
export interface Cited {
  postId: number;
  by: string;
  language?: string;
  status?: 'superseded' | 'withdrawn';
  supersededBy?: number;
}

/**
 * Contributions and organizations of a constituency or regional group. Under the Chatham House Rule a count of
 * one or two is not sent: `postsFewerThan` or `organizationsFewerThan` (3) stands in its place.
 */
export interface Count {
  posts?: number;
  postsFewerThan?: number;
  organizations?: number;
  organizationsFewerThan?: number;
  /** How many key points came from the constituency. */
  keyPoints?: number;
}

export interface Generated {
  threadTitle?: string;
  threadKind?: string;
  chathamHouse?: boolean;
  generatedAt?: string;
  participation?: {
    posts: number;
    organizations: number;
    byConstituency?: (Count & { constituency: OrganizationKind })[];
    byRegionalGroup?: (Count & { regionalGroup: RegionalGroup })[];
    statesThatSpoke?: string[];
    alignments?: { statement: Cited; alignedBy: Cited[] }[];
    jointStatements?: { postId: number; deliveredBy: string; onBehalfOf?: string[]; onBehalfOfCount: number }[];
  };
  positions?: { question?: string; index?: number; positions: (Cited & { excerpt?: string })[] }[];
  /** Positions that no longer stand, oldest first. */
  positionChanges?: Cited[];
  citations?: Record<string, { seq: number; by: string; at: string; language?: string }>;
}
