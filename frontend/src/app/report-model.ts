import type { Language } from '../i18n/catalogue';
import type { RegionalGroup } from './model';

/** National reports as the API sends them (openapi/implementation.yaml). */
export const NORMS = [
  'norm-a',
  'norm-b',
  'norm-c',
  'norm-d',
  'norm-e',
  'norm-f',
  'norm-g',
  'norm-h',
  'norm-i',
  'norm-j',
  'norm-k',
] as const;
export type NormId = (typeof NORMS)[number];

/** The survey's questions on each norm; what the State has done comes in four parts. */
export const NORM_QUESTIONS = [
  'understanding',
  'policy',
  'law',
  'institutions',
  'practice',
  'goodPractice',
  'challenges',
  'needs',
] as const;
export type NormQuestion = (typeof NORM_QUESTIONS)[number];

export const SECTIONS = [
  'internationalLaw',
  'confidenceBuilding',
  'capacityBuilding',
  'nationalEfforts',
  'concepts',
] as const;
export type Section = (typeof SECTIONS)[number];

export type NormAnswers = Partial<Record<NormQuestion, string>>;
export type ReportAnswers = { norms?: Partial<Record<NormId, NormAnswers>> } & Partial<Record<Section, string>>;
export type ReportAudience = 'public' | 'states';

export interface ReportingCycle {
  id: string;
  title: string;
  cutOff: string;
  openedAt: string;
}

export interface ReportVersion {
  version: number;
  language: Language;
  answers: ReportAnswers;
  answerCount: number;
  savedBy: string;
  savedAt: string;
}

export interface ReportDraft {
  cycleId: string;
  stateId: string;
  status: 'not-started' | 'draft' | 'submitted' | 'published';
  latestVersion: number;
  submittedVersion?: number;
  publishedVersion?: number;
  audience?: ReportAudience;
  publishedAt?: string;
  mayEdit: boolean;
  latest?: ReportVersion;
  capacityNeeds?: NeedLink[];
}

/** A report's needs on a norm, made a capacity-building need on the board. */
export interface NeedLink {
  norm: NormId;
  needId: string;
  version: number;
}

export interface ListedReport {
  cycleId: string;
  stateId: string;
  stateName: string;
  regionalGroup?: RegionalGroup;
  language: Language;
  audience: ReportAudience;
  publishedVersion: number;
  publishedAt: string;
  norms: NormId[];
  answerCount: number;
}

export interface PublishedReport extends ListedReport {
  answers: ReportAnswers;
  history: { version: number; audience: ReportAudience; publishedAt: string }[];
  capacityNeeds?: NeedLink[];
}

export interface NormCoverage {
  norm: NormId;
  states: number;
  withNeeds: number;
  byGroup: Record<RegionalGroup, number>;
}

export interface ReportCoverage {
  cycleId: string;
  norms: NormCoverage[];
}

export function reportPath(cycleId: string, stateId: string): string {
  return `/reporting-cycles/${encodeURIComponent(cycleId)}/reports/${encodeURIComponent(stateId)}`;
}

/** The text of one answer: a question on a norm, or a section. */
export function answerOf(answers: ReportAnswers, norm: NormId | null, field: string): string {
  if (norm) {
    return answers.norms?.[norm]?.[field as NormQuestion] ?? '';
  }
  return answers[field as Section] ?? '';
}

export function withAnswer(answers: ReportAnswers, norm: NormId | null, field: string, text: string): ReportAnswers {
  if (!norm) {
    return { ...answers, [field]: text };
  }
  const norms = { ...(answers.norms ?? {}) };
  norms[norm] = { ...(norms[norm] ?? {}), [field]: text };
  return { ...answers, norms };
}

export function hasAnswers(answers: ReportAnswers | undefined, norm: NormId): boolean {
  return Object.values(answers?.norms?.[norm] ?? {}).some((text) => !!text?.trim());
}

/** A draft not yet saved, kept in this browser so that a lost connection loses no text. */
export interface UnsavedDraft {
  baseVersion: number;
  language: Language;
  answers: ReportAnswers;
}

function storageKey(cycleId: string, stateId: string): string {
  return `plenary.report-draft.${cycleId}.${stateId}`;
}

export function keptDraft(cycleId: string, stateId: string): UnsavedDraft | null {
  try {
    const kept = localStorage.getItem(storageKey(cycleId, stateId));
    return kept ? (JSON.parse(kept) as UnsavedDraft) : null;
  } catch {
    return null;
  }
}

export function keepDraft(cycleId: string, stateId: string, draft: UnsavedDraft): void {
  try {
    localStorage.setItem(storageKey(cycleId, stateId), JSON.stringify(draft));
  } catch {
    // storage full or disabled: the text stays in the form, only not across a reload
  }
}

export function forgetDraft(cycleId: string, stateId: string): void {
  try {
    localStorage.removeItem(storageKey(cycleId, stateId));
  } catch {
    // nothing kept
  }
}
