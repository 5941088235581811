import type { Post } from './forum-model';
import type { Organization } from './model';

/** A State's country profile as the API sends it (modules/profiles, openapi/profiles.yaml). */
export const PROFILE_SECTIONS = ['positions', 'drafts', 'reports', 'practices', 'needs', 'offers'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

export interface SectionPage<T> {
  items: T[];
  next?: string;
}

export interface ProfileThread {
  thread: {
    id: string;
    title: string;
    topicId: string;
    kind: string;
    audience: string;
    tags: string[];
    chathamHouse: boolean;
  };
  latestAt: string;
  /** The State's positions in the thread, newest first: the current one and those it superseded or withdrew. */
  positions: Post[];
}

export interface StanceOnRecord {
  paragraphId: string;
  number: number;
  text: string;
  onLatestText: boolean;
  stance: 'support' | 'object' | 'reserve';
  explanation?: string;
  recordedVia?: string;
  recordedAt: string;
}

export interface DissociationOnRecord {
  paragraphs: number[];
  ended: number[];
  explanation?: string;
  versionNumber: number;
  recordedAt: string;
}

export interface ProfileDraft {
  threadId: string;
  title: string;
  latestAt: string;
  stances: StanceOnRecord[];
  dissociation?: DissociationOnRecord;
}

export interface ProfileReport {
  cycleId: string;
  cycleTitle: string;
  language: string;
  norms: string[];
  answerCount: number;
  audience: 'public' | 'states';
  publishedAt: string;
}

export interface ProfilePractice {
  id: string;
  title: string;
  language: string;
  norms: string[];
  sharedAt: string;
  endorsements: number;
  useful: number;
}

export interface ProfileListing {
  id: string;
  title: string;
  areas: string[];
  status: 'open' | 'closed';
  createdAt: string;
}

export interface CountryProfile {
  state: Organization;
  notFiltered: ProfileSection[];
  positions?: SectionPage<ProfileThread>;
  drafts?: SectionPage<ProfileDraft>;
  reports?: SectionPage<ProfileReport>;
  practices?: SectionPage<ProfilePractice>;
  needs?: SectionPage<ProfileListing>;
  offers?: SectionPage<ProfileListing>;
}

export interface StateColumn {
  state: Organization;
  withheld?: boolean;
  answers?: {
    cycleId: string;
    cycleTitle: string;
    language: string;
    audience: string;
    publishedAt: string;
    answers: { question: string; text: string }[];
  };
  positions?: ProfileThread[];
  practices?: ProfilePractice[];
  stance?: StanceOnRecord;
  dissociation?: DissociationOnRecord;
}

export interface StateComparison {
  norm?: string;
  paragraph?: { threadId: string; title: string; paragraphId: string; number: number; text: string };
  states: StateColumn[];
}

/** The filters of a profile, as its address holds them. */
export const PROFILE_FILTERS = ['topic', 'norm', 'since', 'until'] as const;

/** The profile's query for its filters (and, for a section's next page, that section and its cursor). */
export function profileQuery(address: URLSearchParams, more?: { section: ProfileSection; cursor: string }): string {
  const query = new URLSearchParams({ limit: '20' });
  PROFILE_FILTERS.forEach((name) => {
    const value = address.get(name);
    if (value) {
      query.set(name, value);
    }
  });
  if (more) {
    query.set('section', more.section);
    query.set('cursor', more.cursor);
  }
  return query.toString();
}
