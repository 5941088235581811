import { describe, expect, it } from 'vitest';
import type { Post } from './forum-model';
import type { OrganizationKind, Participant, Role } from './model';
import { offeredKinds } from './post-kinds';

function person(organization: string, kind: OrganizationKind, role: Role = 'delegate'): Participant {
  return {
    id: `${organization}-${role}`,
    username: 'someone',
    name: 'Someone',
    roles: [role],
    organization: { id: organization, kind, name: organization },
  };
}

function post(kind: Post['kind'], organization?: string): Post {
  return {
    id: 1,
    threadId: 't',
    seq: 1,
    kind,
    language: 'en',
    constituency: 'state',
    createdAt: '2025-01-01T00:00:00Z',
    ...(kind === 'position' ? { official: true, status: 'active' as const } : {}),
    ...(organization ? { speaksFor: { id: organization, name: organization } } : {}),
  };
}

const france = person('FRA', 'state');

describe('the kinds of post the composer offers, as the server accepts them', () => {
  it("offers a right of reply to a State delegate under another State or organization's position", () => {
    expect(offeredKinds(post('position', 'RUS'), france)).toEqual(['reply', 'right-of-reply']);
    expect(offeredKinds(post('position', 'EU'), france)).toEqual(['reply', 'right-of-reply']);
  });

  it("offers none under the State's own position, nor under a post that is no position", () => {
    expect(offeredKinds(post('position', 'FRA'), france)).toEqual(['reply']);
    expect(offeredKinds(post('comment', 'RUS'), france)).toEqual(['reply']);
    expect(offeredKinds(post('right-of-reply', 'RUS'), france)).toEqual(['reply']);
  });

  it("offers none to those who are not a State's delegate", () => {
    const russian = post('position', 'RUS');
    expect(offeredKinds(russian, person('FRA', 'state', 'member'))).toEqual(['reply']);
    expect(offeredKinds(russian, person('EU', 'intergovernmental'))).toEqual(['reply']);
    expect(offeredKinds(russian, person('CS', 'civil-society'))).toEqual(['reply']);
    expect(offeredKinds(russian, null)).toEqual(['reply']);
  });

  it("offers none at the top of a thread, where comments and (for governments' delegates) positions start", () => {
    expect(offeredKinds(null, france)).toEqual(['comment', 'position']);
    expect(offeredKinds(null, person('EU', 'intergovernmental'))).toEqual(['comment', 'position']);
    expect(offeredKinds(null, person('FRA', 'state', 'member'))).toEqual(['comment']);
  });

  it("leaves it to the server under the Chatham House Rule, where another delegate's position names no one", () => {
    expect(offeredKinds(post('position'), france)).toEqual(['reply', 'right-of-reply']);
  });
});
