import type { RegionalGroup } from './model';
import type { NormId } from './report-model';

/** The horizon-scanning radar as the API sends it (openapi/radar.yaml). */
export const RADAR_CATEGORIES = [
  'ransomware-critical-infrastructure',
  'ai-enabled-operations',
  'quantum',
  'supply-chain',
  'commercial-intrusion-tools',
  'other',
] as const;
export type RadarCategory = (typeof RADAR_CATEGORIES)[number];
export const RADAR_HORIZONS = ['now', '1-3-years', '3-10-years'] as const;
export type RadarHorizon = (typeof RADAR_HORIZONS)[number];
export const RADAR_CONSTITUENCIES = [
  'states',
  'stakeholders',
  'private-sector',
  'academia',
  'civil-society',
  'intergovernmental',
] as const;
export type RadarConstituency = (typeof RADAR_CONSTITUENCIES)[number];
/** The group whose medians place the signals: everyone, a constituency or a regional group of States. */
export type RadarGroup = 'all' | RadarConstituency | RegionalGroup;

export interface RadarSignal {
  id: string;
  title: string;
  description: string;
  category: RadarCategory;
  norms: NormId[];
  horizon: RadarHorizon;
  sources: string[];
  threadId?: string;
  proposedBy: { id: string; name: string };
  proposedAt: string;
  mergedInto?: string;
  mergedAt?: string;
  mergedFrom: string[];
}

export interface RadarRound {
  id: string;
  title: string;
  openedAt: string;
  closedAt?: string;
  open: boolean;
}

export interface RadarRounds {
  items: RadarRound[];
  mayRate: boolean;
  mayRunRounds: boolean;
  mayMerge: boolean;
  /** Whether the reader writes summaries, which cite a closed round's figures. */
  mayCite: boolean;
}

/** A group's medians; a group of fewer than three raters is not shown (no count, no figures). */
export interface RadarFigure {
  group: string;
  shown: boolean;
  raters?: number;
  likelihood?: number;
  impact?: number;
  likelihoodIqr?: number;
  impactIqr?: number;
}

export interface RadarSignalFigures {
  signal: RadarSignal;
  all: RadarFigure;
  constituencies: RadarFigure[];
  regionalGroups: RadarFigure[];
  statesVsStakeholders?: { likelihood: number; impact: number; widest: 'likelihood' | 'impact' };
  movement?: { likelihood: number; impact: number };
}

export interface Radar {
  round: RadarRound;
  previousRound?: RadarRound;
  minimumRaters: number;
  mostDisputed?: string;
  signals: RadarSignalFigures[];
}

export interface RadarAssessment {
  roundId: string;
  signalId: string;
  organizationId: string;
  likelihood: number;
  impact: number;
  ratedAt: string;
}

/** The figure of {@code group} for a signal: all raters, a constituency or a regional group. */
export function figureOf(figures: RadarSignalFigures, group: RadarGroup): RadarFigure {
  if (group === 'all') {
    return figures.all;
  }
  const found = [...figures.constituencies, ...figures.regionalGroups].find((f) => f.group === group);
  return found ?? { group, shown: false };
}

/** A placed signal: its number on the chart and where the selected group's medians put it. */
export interface Placed {
  number: number;
  figures: RadarSignalFigures;
  figure: RadarFigure;
}

/** The signals, numbered in order, each with the figure of the selected group. */
export function place(radar: Radar, group: RadarGroup): Placed[] {
  return radar.signals.map((figures, i) => ({ number: i + 1, figures, figure: figureOf(figures, group) }));
}

/** A movement as the table writes it: +0.5, −1, 0 (a minus sign, not a hyphen). */
export function signed(delta: number): string {
  const rounded = Math.round(delta * 100) / 100;
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${Math.abs(rounded)}` : '0';
}
