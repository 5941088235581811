import { api } from './api';
import type { Application } from './accreditation-model';
import type { Engagement } from './capacity-model';
import type { DraftConsensus } from './draft-model';
import type { ListedThread } from './forum-model';
import type { Page } from './model';
import type { TrainingOffer } from './contacts-model';
import type { Flag } from './moderation-model';
import { delegateOfAState, isChair, moderates, runsTheDialogue, speaksForAGovernment } from './roles';
import { session } from './session';
import type { Summary } from './summary-model';

/** How many of each the home page shows: a glance, with a link to the whole list. */
const FEW = 5;
/**
 * Unread notifications read to find the joint statements waiting for the reader's State among them (the list has
 * no filter by reason); the page lists the first few of the others.
 */
const UNREAD_READ = 100;
/** Without a previous visit, "new" means the last week. */
const WEEK_MS = 7 * 86_400_000;

/** A draft under negotiation with its consensus at a glance and, for a State's delegate, what it has not yet said. */
export interface DraftGlance {
  thread: ListedThread;
  consensus?: { paragraphs: number; agreed: number; contested: number; open: number };
  /** Paragraphs on which the reader's State recorded no stance (for a State's delegate). */
  withoutOwnStance?: number;
}

export interface HomeNotification {
  id: number;
  reason: string;
  createdAt: string;
  thread?: { id: string; title: string };
  post?: { id: number };
}

/** What the home page shows, each part read once; a part that cannot be read is empty and the page stands. */
export interface HomeData {
  since: Date;
  firstVisit: boolean;
  consultations: ListedThread[];
  positionCalls: ListedThread[];
  drafts: DraftGlance[];
  /** Threads with posts since the last visit, newest activity first. */
  recent: ListedThread[];
  summaries: Summary[];
  decisions: Application[];
  /** Engagements of the reader's organization agreed since: needs matched with an offer. */
  matched: Engagement[];
  unread: number;
  notifications: HomeNotification[];
  engagements: Engagement[];
  objectionWindows: Application[];
  flags: Flag[];
  summariesWaiting: Summary[];
  /** The State's points of contact missed two ping exercises in a row: it is offered to post a training need. */
  trainingOffer: TrainingOffer | null;
}

const none = <T>(): T[] => [];
const items = <T>(path: string): Promise<T[]> => api.get<Page<T>>(path).then((page) => page.items, none<T>);

/**
 * Everything the home page needs, read in parallel: a fixed number of requests whatever the role (the drafts'
 * consensus for at most five drafts), each from the endpoint that owns it and applies its own rules of who may see.
 */
export async function loadHome(previous: Date | null, now = new Date()): Promise<HomeData> {
  const signedIn = session.participant() !== null;
  const since = previous ?? new Date(now.getTime() - WEEK_MS);
  const open = (kind: string) => items<ListedThread>(`/threads?kind=${kind}&status=open&limit=${FEW}`);
  const [consultations, positionCalls, draftThreads, latest, summaries, decisions] = await Promise.all([
    open('consultation'),
    open('position-call'),
    open('draft'),
    items<ListedThread>('/threads?limit=25'),
    items<Summary>(`/summaries?status=published&limit=${FEW}`),
    speaksForAGovernment() || runsTheDialogue() ? items<Application>('/accreditations?limit=25') : none<Application>(),
  ]);
  const state = delegateOfAState();
  const [drafts, notifications, engagements, flags, summariesWaiting, trainingOffer] = await Promise.all([
    Promise.all(draftThreads.map((thread) => glance(thread))),
    signedIn
      ? api
          .get<{ items: HomeNotification[]; unreadCount: number }>(`/me/notifications?unread=true&limit=${UNREAD_READ}`)
          .catch(() => ({ items: [], unreadCount: 0 }))
      : { items: [], unreadCount: 0 },
    signedIn && session.participant()?.roles.includes('delegate')
      ? items<Engagement>('/capacity/engagements?limit=25')
      : none<Engagement>(),
    moderates() ? items<Flag>(`/moderation/flags?limit=25`) : none<Flag>(),
    isChair()
      ? items<Summary>(`/summaries?status=submitted&limit=${FEW}`)
      : moderates()
        ? items<Summary>(`/summaries?status=draft&limit=${FEW}`)
        : none<Summary>(),
    state
      ? api.get<TrainingOffer>(`/contacts/${encodeURIComponent(state)}/training-offer`).catch(() => null)
      : Promise.resolve(null),
  ]);
  const after = (at: string | undefined) => !!at && new Date(at) > since;
  return {
    since,
    firstVisit: previous === null,
    consultations: byClosing(consultations),
    positionCalls: byClosing(positionCalls),
    drafts,
    // What "Open now" shows already is not repeated.
    recent: latest
      .filter((thread) => after(thread.activity.lastPost?.at))
      .filter(
        (thread) => ![...consultations, ...positionCalls, ...draftThreads].some((shown) => shown.id === thread.id),
      )
      .slice(0, FEW),
    summaries: summaries.filter((summary) => after(summary.publishedAt)),
    decisions: decisions.filter((application) => application.status !== 'pending' && after(application.decidedAt)),
    unread: notifications.unreadCount,
    notifications: notifications.items,
    matched: engagements.filter((e) => (e.status === 'agreed' || e.status === 'in-progress') && after(e.updatedAt)),
    engagements: engagements.filter((engagement) => waitsForMe(engagement)),
    objectionWindows: delegateOfAState() ? decisions.filter((application) => application.windowOpen) : [],
    flags,
    summariesWaiting,
    trainingOffer: trainingOffer?.offered ? trainingOffer : null,
  };
}

async function glance(thread: ListedThread): Promise<DraftGlance> {
  try {
    const tracker = await api.get<DraftConsensus & { summary?: DraftGlance['consensus'] }>(
      `/drafts/${thread.id}/consensus`,
    );
    const state = delegateOfAState();
    const spoke = (entries: { state: { id: string } }[]) => entries.some((entry) => entry.state.id === state);
    return {
      thread,
      consensus: tracker.summary,
      withoutOwnStance: state
        ? tracker.paragraphs.filter((p) => !spoke(p.support) && !spoke(p.objections) && !spoke(p.reservations)).length
        : undefined,
    };
  } catch {
    return { thread };
  }
}

/** An engagement waiting for the side the reader's organization takes in it. */
function waitsForMe(engagement: Engagement): boolean {
  const organization = session.participant()?.organization.id;
  const side =
    engagement.state.id === organization ? 'state' : engagement.provider.id === organization ? 'provider' : null;
  return side !== null && engagement.waitingFor.includes(side);
}

/** Time-boxed threads closing first, then the others by their latest activity as the server sent them. */
function byClosing(threads: ListedThread[]): ListedThread[] {
  const closes = (thread: ListedThread) => (thread.closesAt ? Date.parse(thread.closesAt) : Number.POSITIVE_INFINITY);
  return [...threads].sort((a, b) => closes(a) - closes(b));
}
