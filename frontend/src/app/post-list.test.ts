import { describe, expect, it } from 'vitest';
import type { Post } from './forum-model';
import { placePage, repliesByParent, statementsAffectedBy, topLevel, withPost } from './post-list';

function post(id: number, extra: Partial<Post> = {}): Post {
  return {
    id,
    threadId: 't',
    seq: id,
    kind: 'comment',
    language: 'en',
    constituency: 'state',
    createdAt: '2025-01-01T00:00:00Z',
    ...extra,
  };
}

function position(id: number, organization: string, extra: Partial<Post> = {}): Post {
  return post(id, {
    kind: 'position',
    official: true,
    status: 'active',
    speaksFor: { id: organization, name: organization },
    ...extra,
  });
}

const ids = (posts: Post[]) => posts.map((p) => p.id);

describe('placePage', () => {
  const shown = { posts: [post(3), post(4)], next: 'n1', previous: 'p1' };

  it('replaces what is shown with a new start, its cursors too', () => {
    const placed = placePage(shown, { items: [post(1), post(2)], next: 'n2' }, 'replace');
    expect(ids(placed.shown.posts)).toEqual([1, 2]);
    expect(placed.shown).toMatchObject({ next: 'n2', previous: undefined });
    expect(placed.added).toBe(2);
  });

  it('appends only posts not shown yet, and moves the next cursor', () => {
    const placed = placePage(shown, { items: [post(4), post(5)], next: 'n2' }, 'append');
    expect(ids(placed.shown.posts)).toEqual([3, 4, 5]);
    expect(placed.shown).toMatchObject({ next: 'n2', previous: 'p1' });
    expect(placed.added).toBe(1);
  });

  it('prepends only posts not shown yet, and moves the previous cursor', () => {
    const placed = placePage(shown, { items: [post(1), post(2), post(3)] }, 'prepend');
    expect(ids(placed.shown.posts)).toEqual([1, 2, 3, 4]);
    expect(placed.shown).toMatchObject({ next: 'n1', previous: undefined });
    expect(placed.added).toBe(2);
  });
});

describe('withPost', () => {
  it('puts a post in its place by number, replacing an earlier copy', () => {
    const edited = post(2, { bodyHtml: 'edited' });
    expect(withPost([post(1), post(3)], post(2)).map((p) => p.id)).toEqual([1, 2, 3]);
    expect(withPost([post(1), post(2), post(3)], edited)).toEqual([post(1), edited, post(3)]);
  });
});

describe('replies', () => {
  const posts = [post(1), post(2, { parentId: 1 }), post(3, { parentId: 1 }), post(4, { parentId: 9 })];

  it('groups the replies under the post they answer', () => {
    const byParent = repliesByParent(posts);
    expect(ids(byParent.get(1) ?? [])).toEqual([2, 3]);
    expect(byParent.has(2)).toBe(false);
  });

  it('shows at the top level the posts that answer none, or one not loaded', () => {
    expect(ids(topLevel(posts))).toEqual([1, 4]);
  });
});

describe('statementsAffectedBy', () => {
  it('names the organization’s earlier active position and the statement aligned with', () => {
    const earlier = position(1, 'FRA');
    const withdrawn = position(2, 'FRA', { status: 'withdrawn' });
    const other = position(3, 'DEU');
    const aligned = position(4, 'BRA');
    const comment = post(5);
    const fresh = position(6, 'FRA', { alignsWith: { postId: 4 } });
    expect(ids(statementsAffectedBy([earlier, withdrawn, other, aligned, comment, fresh], fresh))).toEqual([1, 4]);
  });
});
