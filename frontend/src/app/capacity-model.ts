/** The capacity-building context, as /api/v1/openapi.yaml describes it (modules/capacity). */

export type Modality = 'in-person' | 'remote' | 'hybrid';
export const MODALITIES: readonly Modality[] = ['in-person', 'remote', 'hybrid'];
export type EngagementStatus = 'proposed' | 'agreed' | 'in-progress' | 'completed' | 'declined' | 'withdrawn';
export const ENGAGEMENT_STATUSES: readonly EngagementStatus[] = [
  'proposed',
  'agreed',
  'in-progress',
  'completed',
  'declined',
  'withdrawn',
];
/** What one side did: a confirmation leaves the status as it was until the other side's arrives. */
export type EngagementStep =
  'proposed' | 'accepted' | 'declined' | 'withdrawn' | 'start-confirmed' | 'completion-confirmed';
export type Side = 'state' | 'provider';

export interface CapacityArea {
  id: string;
  label: string;
  description: string;
}

export interface Party {
  id: string;
  name: string;
  kind: string;
  regionalGroup?: string;
}

export interface Listing {
  id: string;
  title: string;
  description: string;
  areas: string[];
  regions: string[];
  languages: string[];
  modalities: Modality[];
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
  postedBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

export interface Need extends Listing {
  state: Party;
  visibility: 'public' | 'states-and-providers';
  matchedAt?: string;
}

export interface Offer extends Listing {
  provider: Party;
  capacity: number;
  committed: number;
  remaining: number;
}

export interface ScorePart {
  part: 'area' | 'language' | 'region' | 'modality' | 'timeframe' | 'capacity';
  weight: number;
  value: number;
  points: number;
  reason: string;
  detail: string;
  shared?: string[];
  missing?: string[];
  required?: string[];
  offered?: string[];
  accepted?: string[];
  served?: string[];
  overlapDays?: number;
  needDays?: number;
  remaining?: number;
  capacity?: number;
}

export interface Match<T> {
  score: number;
  parts: ScorePart[];
  offer?: Offer;
  need?: Need;
  item: T;
}

export interface Engagement {
  id: string;
  need: { id: string; title: string };
  offer: { id: string; title: string };
  state: Party;
  provider: Party;
  initiatedBy: Side;
  status: EngagementStatus;
  /** The sides whose step the engagement waits for. */
  waitingFor: Side[];
  /** Each side's confirmation of the start and of completion (with its outcome note), once given. */
  confirmations: {
    start: Partial<Record<Side, { at: string }>>;
    completion: Partial<Record<Side, { at: string; outcome?: string }>>;
  };
  scoreAtProposal: number;
  message?: string;
  proposedAt: string;
  updatedAt: string;
  history?: {
    step: EngagementStep;
    status: EngagementStatus;
    at: string;
    by: { name?: string; organization?: Party };
    note?: string;
  }[];
}

export interface Statistics {
  needs: number;
  openNeeds: number;
  matchedNeeds: number;
  shareMatched: number | null;
  medianDaysToAgreement: number | null;
  openNeedsWithoutOffer: number;
  openOffers: number;
  byArea: { area: string; label: string; needs: number }[];
  byRegion: { region: string; needs: number }[];
  engagements: Partial<Record<EngagementStatus, number>>;
}

export interface Board {
  filters: Record<string, string>;
  needs: { items: Need[]; next?: string };
  offers: { items: Offer[]; next?: string };
  statistics: Statistics;
}

/**
 * Each part's points as whole numbers that add up to the score shown (rounded the same way): the largest
 * remainders are rounded up. Rounded one by one to a decimal, the parts said 23.3 + 17.5 + ... while the score
 * said 73, and a reader adding them up found another total.
 */
export function wholePoints(points: readonly number[], score: number): number[] {
  const total = Math.round(score);
  const floors = points.map((p) => Math.floor(p));
  let left = total - floors.reduce((sum, p) => sum + p, 0);
  const order = points.map((p, i) => ({ i, rest: p - Math.floor(p) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const whole = [...floors];
  for (const { i } of order) {
    if (left <= 0) {
      break;
    }
    whole[i] += 1;
    left -= 1;
  }
  return whole;
}
