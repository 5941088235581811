import type { Language } from '../i18n/catalogue';

/** The shapes the Plenary API sends (see /api/v1/openapi.yaml). */

export type Role = 'delegate' | 'member' | 'moderator' | 'chair' | 'secretariat';
export type OrganizationKind =
  'state' | 'intergovernmental' | 'private-sector' | 'academia' | 'civil-society' | 'un-body';
export type RegionalGroup =
  'african' | 'asia-pacific' | 'eastern-european' | 'latin-american-caribbean' | 'western-european-others';
export type Accreditation = 'pending' | 'accredited' | 'objected' | 'withdrawn';

export const REGIONAL_GROUPS: readonly RegionalGroup[] = [
  'african',
  'asia-pacific',
  'eastern-european',
  'latin-american-caribbean',
  'western-european-others',
];

export const STAKEHOLDER_KINDS: readonly OrganizationKind[] = ['private-sector', 'academia', 'civil-society'];

export interface Organization {
  id: string;
  kind: OrganizationKind;
  name: string;
  regionalGroup?: RegionalGroup;
  observer?: boolean;
  /** States only: ISO 3166-1 alpha-2, to name the State in any language. */
  iso2?: string;
  accreditation?: Accreditation;
  members?: string[];
}

export interface Page<T> {
  items: T[];
  next?: string;
}

export interface Participant {
  id: string;
  username: string;
  name: string;
  organization: Organization;
  roles: Role[];
}

export interface Preferences {
  /** Null until the person chooses one; the interface then follows the browser. */
  language: Language | null;
  emailDigest: boolean;
  /** Show each text in another language with its machine translation beside it, without asking. */
  translateAutomatically?: boolean;
}

export interface ClientConfig {
  oidc: { issuer: string; clientId: string; scope: string };
  languages: string[];
  environment: string;
}
