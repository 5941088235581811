import type { Language } from '../i18n/catalogue';
import type { RegionalGroup } from './model';
import type { NormId } from './report-model';

/** Good practices as the API sends them (openapi/good-practices.yaml). */
export type PracticeMark = 'endorse' | 'useful';
export const PRACTICE_KINDS = ['state', 'private-sector', 'academia', 'civil-society'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

export interface GoodPractice {
  id: string;
  organization: { id: string; name: string; kind: PracticeKind };
  title: string;
  what: string;
  who: string;
  lessons: string;
  links: string[];
  language: Language;
  norms: NormId[];
  regions: RegionalGroup[];
  sharedAt: string;
  endorsements: number;
  useful: number;
  myMarks: PracticeMark[];
  endorsedBy: string[];
  mayMark: boolean;
}

export interface NewGoodPractice {
  title: string;
  what: string;
  who?: string;
  lessons?: string;
  links?: string[];
  language: Language;
  norms: NormId[];
  regions?: RegionalGroup[];
}

/** A link is an address, or a UN document symbol shown as text (the ODS address is not stable enough to build). */
export function isAddress(link: string): boolean {
  return /^https?:\/\//.test(link);
}
