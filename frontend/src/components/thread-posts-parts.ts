import { html, nothing } from 'lit';
import type { Post, Thread } from '../app/forum-model';
import { session, signIn } from '../app/session';
import { t } from '../i18n/i18n';

/** What a thread's list marks: the post a link pointed at, the one that just arrived, the one being replied to. */
export interface Marked {
  highlighted: number | null;
  freshlyArrived: number | null;
  replyingTo: number | null;
}

/** One post with, under it, the reply composer when the reader answers it and the replies loaded, nested. */
export function postItem(post: Post, thread: Thread, byParent: Map<number, Post[]>, marked: Marked): unknown {
  const replies = byParent.get(post.id) ?? [];
  return html`<li>
      <post-card .post=${post} .thread=${thread} .highlighted=${marked.highlighted === post.id}
        .fresh=${marked.freshlyArrived === post.id}></post-card>
      ${
        marked.replyingTo === post.id
          ? html`<post-composer class="reply-composer" .thread=${thread} .parent=${post}></post-composer>`
          : nothing
      }
      ${
        replies.length
          ? html`<ol class="posts posts--replies" aria-label=${t('post.replies', { number: post.seq })}>
            ${replies.map((reply) => postItem(reply, thread, byParent, marked))}
          </ol>`
          : nothing
      }
    </li>`;
}

/** How the reader takes part: sign in, why the thread takes no posts now, or the composer for a new post. */
export function takePart(thread: Thread, posts: Post[]) {
  if (!session.participant()) {
    return html`<p>${t('thread.signInToTakePart')}</p>
        <button type="button" class="button" @click=${() => void signIn()}>${t('session.signIn')}</button>`;
  }
  if (!thread.acceptingPosts) {
    return html`<p class="notice">${t('thread.notAccepting', { reason: thread.notAcceptingPostsBecause ?? '' })}</p>`;
  }
  const positions = posts.filter(
    (post) => post.official && post.status !== 'superseded' && post.status !== 'withdrawn',
  );
  return html`<post-composer .thread=${thread} .positions=${positions}></post-composer>`;
}
