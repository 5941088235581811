import type { OrganizationKind, RegionalGroup } from './model';

/** The forum's shapes, as /api/v1/openapi.yaml describes them (modules/forum). */

export type ThreadKind = 'discussion' | 'consultation' | 'position-call' | 'draft';
export type ThreadStatus = 'open' | 'closed' | 'locked';
export type Audience = 'public' | 'participants' | 'states';
export type PostKind = 'comment' | 'position' | 'reply' | 'right-of-reply';

export const THREAD_KINDS: readonly ThreadKind[] = ['discussion', 'consultation', 'position-call', 'draft'];
export const THREAD_STATUSES: readonly ThreadStatus[] = ['open', 'closed', 'locked'];

export interface Topic {
  id: string;
  title: string;
  description: string;
  threadCount: number;
  /** Threads open to every accredited participant, counted for every reader: what taking part would open. */
  participantThreadCount?: number;
}

export interface Tag {
  id: string;
  kind: 'norm' | 'region' | 'subject';
  label: string;
  description?: string;
}

export interface Named {
  id: string;
  name: string;
}

export interface Thread {
  id: string;
  topicId: string;
  kind: ThreadKind;
  audience: Audience;
  status: ThreadStatus;
  /** Why a moderator locked or closed the thread, for every reader; absent while it is open. */
  statusReason?: string;
  statusChangedAt?: string;
  /** Closed, locked or past its closing time: no post is edited or withdrawn, no joint statement changes. */
  recordFrozen: boolean;
  recordFrozenBecause?: string;
  title: string;
  bodyHtml?: string;
  /** Sent only to its author and to moderators: those who may edit the thread. */
  bodyMarkdown?: string;
  language?: string;
  opensAt?: string;
  closesAt?: string;
  guidingQuestions?: string[];
  chathamHouse: boolean;
  tags?: string[];
  openedBy: { constituency?: OrganizationKind; author?: Named; organization?: Named };
  postCount?: number;
  acceptingPosts: boolean;
  notAcceptingPostsBecause?: string;
  createdAt?: string;
  lastActivityAt?: string;
}

/** Where a thread's dialogue stands, as lists send it; under the Chatham House Rule no name and no State. */
export interface ThreadActivity {
  positionCount: number;
  statesThatSpoke?: string[];
  lastPost?: { at: string; constituency: OrganizationKind; author?: Named; organization?: Named };
}

/** A thread as the lists (GET /topics/{id}/threads, GET /threads) send it. */
export interface ListedThread extends Thread {
  activity: ThreadActivity;
}

export interface OrganizationReference {
  postId?: number;
  constituency?: OrganizationKind;
  speaksFor?: Named;
}

export interface Post {
  id: number;
  threadId: string;
  seq: number;
  kind: PostKind;
  parentId?: number;
  language: string;
  bodyHtml?: string;
  bodyMarkdown?: string;
  constituency: OrganizationKind;
  author?: Named & { username?: string };
  speaksFor?: Named & { kind?: OrganizationKind; regionalGroup?: RegionalGroup };
  official?: boolean;
  status?: 'active' | 'superseded' | 'withdrawn';
  supersededBy?: number;
  withdrawnAt?: string;
  withdrawalReason?: string;
  /** The States a joint statement names, each confirmed or awaiting its confirmation (declined ones are gone). */
  onBehalfOf?: NamedState[];
  alignsWith?: OrganizationReference;
  alignedBy?: OrganizationReference[];
  guidingQuestion?: number;
  hidden?: { reason?: string; at?: string };
  replyCount?: number;
  version?: number;
  createdAt: string;
  editedAt?: string;
}

export type Consent = 'confirmed' | 'pending';

export interface NamedState extends Named {
  consent: Consent;
  decidedAt?: string;
}

/** What the caller's State may still say in a thread today by rights of reply (GET /threads/{id}/rights-of-reply). */
export interface RightsOfReply {
  perDay: number;
  usedToday: number;
  maxChars: number[];
  /** Absent when none is left today. */
  nextMaxChars?: number;
  nextDayStartsAt: string;
}

export interface PostPage {
  items: Post[];
  next?: string;
  previous?: string;
}

export interface PostVersion {
  version: number;
  language: string;
  bodyHtml: string;
  writtenAt: string;
}

export interface NewPost {
  kind: PostKind;
  body: string;
  language: string;
  parentId?: number;
  alignsWith?: number;
  onBehalfOf?: string[];
  guidingQuestion?: number;
}
