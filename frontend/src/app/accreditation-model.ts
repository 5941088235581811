/** An application for accreditation, as the API returns it (modules/accreditation). */

export interface Application {
  id: string;
  organization: { id: string; name: string; kind: string; accreditation?: string };
  name: string;
  kind: 'private-sector' | 'academia' | 'civil-society';
  country: { id: string; name: string };
  website: string;
  purpose: string;
  /** As the Secretariat registered or confirmed it. */
  ecosocStatus: boolean;
  /** The application says so: the Secretariat checks it and confirms it. */
  ecosocClaimed?: boolean;
  ecosocConfirmedAt?: string;
  status: 'pending' | 'accredited' | 'objected' | 'withdrawn';
  appliedAt: string;
  windowClosesAt?: string | null;
  windowOpen: boolean;
  decidedAt?: string;
  decidedHow?: 'ecosoc-notification' | 'window-expired' | 'closed-by-secretariat';
  withdrawnAt?: string;
  withdrawalReason?: string;
  objections?: { state: { id: string; name: string }; reason?: string; objectedAt: string }[] | null;
}
