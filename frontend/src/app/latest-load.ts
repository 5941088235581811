/** Says whether a load may still show its answer. */
export type StillCurrent = () => boolean;

/**
 * The loads of one element, of which only the newest may show its answer: each {@link start} (another thread,
 * other filters, a retry) makes the loads before it stale, so a slow answer to an earlier question that comes
 * after a newer one was asked is dropped instead of shown, announced or followed. {@link CursorList} does the same
 * for a paged list; this is for an element that reads one thing, or a few, at a time.
 */
export class LatestLoad {
  private generation = 0;

  /** A new load: every earlier one is stale from now on; the check stays true until a newer load starts. */
  start(): StillCurrent {
    const generation = ++this.generation;
    return () => generation === this.generation;
  }

  /**
   * A check for more of what the newest load showed (its next page, a part read again): stale, like that load,
   * once a newer load starts, but starting none itself, so it never drops the load it continues.
   */
  continuing(): StillCurrent {
    const generation = this.generation;
    return () => generation === this.generation;
  }

  /** Drops every load on its way (the element shows something else now). */
  forget(): void {
    this.generation++;
  }
}
