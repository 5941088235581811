/** The moderators' queue and the audit log, as /api/v1/openapi.yaml describes them. */

export interface Flag {
  id: number;
  reason: string;
  createdAt: string;
  flaggedBy: { name: string; organization: string };
  post: { id: number; threadId: string; threadTitle: string; excerpt: string; hidden: boolean };
  resolution?: 'hidden' | 'dismissed';
  resolvedAt?: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  subject: { type: string; id: string };
  reason?: string;
  details: Record<string, unknown>;
  actor?: { id: string; username: string; name: string; organization: string };
  /** A State's objection to an accreditation, read by someone other than the Secretariat: who and why left out. */
  withheld?: boolean;
  /** The reader (the Chair) is not told who acted: a delegation's own act. */
  actorWithheld?: boolean;
}

/** The actions the audit log records today, in the order the filter offers them. */
export const AUDIT_ACTIONS = [
  'post.hidden',
  'post.restored',
  'post.joint-statement-confirmed',
  'post.joint-statement-declined',
  'post.joint-statement-left',
  'flag.dismissed',
  'thread.locked',
  'thread.closed',
  'thread.reopened',
  'thread.audience-changed',
  'thread.chatham-house-changed',
  'thread.edited',
  'summary.published',
  'accreditation.applied',
  'accreditation.accredited-on-notification',
  'accreditation.objection-raised',
  'accreditation.objection-withdrawn',
  'accreditation.window-changed',
  'accreditation.decided',
  'accreditation.withdrawn',
  'participant.registered',
  'participant.roles-changed',
] as const;

export const AUDIT_SUBJECTS = ['post', 'thread', 'summary', 'flag', 'organization', 'participant'] as const;
