import type { Post, PostPage } from './forum-model';

/** The part of a thread a reader has loaded: its posts in order, and the cursors to read on either side. */
export interface LoadedPosts {
  posts: Post[];
  next?: string;
  previous?: string;
}

/** Where a page of posts goes: instead of what is shown (a new start), after it, or before it. */
export type Placement = 'replace' | 'append' | 'prepend';

/**
 * The posts shown once a page is placed, and how many it added: a page read after or before keeps what is shown
 * and adds only posts not shown yet (one may have arrived live meanwhile).
 */
export function placePage(
  shown: LoadedPosts,
  page: PostPage,
  placement: Placement,
): { shown: LoadedPosts; added: number } {
  if (placement === 'replace') {
    return { shown: { posts: page.items, next: page.next, previous: page.previous }, added: page.items.length };
  }
  const known = new Set(shown.posts.map((post) => post.id));
  const fresh = page.items.filter((post) => !known.has(post.id));
  return placement === 'append'
    ? { shown: { ...shown, posts: [...shown.posts, ...fresh], next: page.next }, added: fresh.length }
    : { shown: { ...shown, posts: [...fresh, ...shown.posts], previous: page.previous }, added: fresh.length };
}

/** The posts with this one in its place by number, replacing an earlier copy of it. */
export function withPost(posts: Post[], post: Post): Post[] {
  return [...posts.filter((existing) => existing.id !== post.id), post].sort((a, b) => a.seq - b.seq);
}

/** The replies loaded under each post, by the id of the post they answer. */
export function repliesByParent(posts: Post[]): Map<number, Post[]> {
  const byParent = new Map<number, Post[]>();
  for (const post of posts) {
    if (post.parentId !== undefined) {
      byParent.set(post.parentId, [...(byParent.get(post.parentId) ?? []), post]);
    }
  }
  return byParent;
}

/** The posts shown at the top level: those that answer none, or a post not loaded. */
export function topLevel(posts: Post[]): Post[] {
  const loaded = new Set(posts.map((post) => post.id));
  return posts.filter((post) => post.parentId === undefined || !loaded.has(post.parentId));
}

/**
 * The statements a new or withdrawn position changes: the same organization's earlier position, now superseded,
 * and the statement it aligns with, which gains or loses an "aligned with by".
 */
export function statementsAffectedBy(posts: Post[], post: Post): Post[] {
  return posts.filter(
    (other) =>
      other.id !== post.id &&
      other.official &&
      ((other.speaksFor?.id !== undefined && other.speaksFor.id === post.speaksFor?.id && other.status === 'active') ||
        other.id === post.alignsWith?.postId),
  );
}
