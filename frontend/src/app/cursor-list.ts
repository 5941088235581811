import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Page } from './model';

/**
 * A list read page by page from one of the API's keyset-paginated endpoints, for the element that shows it:
 * the items so far, the cursor of the next page, whether a page is on its way and why the last one failed.
 * Starting again (new filters) makes any page still on its way stale: it is ignored when it comes, so a
 * slow answer to an earlier question never lands in the list of the new one.
 */
export class CursorList<T> implements ReactiveController {
  items: T[] = [];
  next: string | undefined;
  loading = false;
  failure: unknown = null;
  private generation = 0;

  /**
   * @param fetchPage reads the page after {@code cursor} (the first without one)
   * @param loaded called with each page that lands, and whether it was the first
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
    private readonly loaded: (page: Page<T>, first: boolean) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** From the first page again, forgetting what is shown. */
  restart(): Promise<void> {
    this.items = [];
    this.next = undefined;
    return this.load(undefined);
  }

  /** Shows nothing, and ignores a page still on its way. */
  clear(): void {
    this.generation++;
    this.items = [];
    this.next = undefined;
    this.loading = false;
    this.failure = null;
    this.host.requestUpdate();
  }

  /** The next page, or the first again after it failed. */
  more(): Promise<void> {
    return this.load(this.next);
  }

  private async load(cursor: string | undefined): Promise<void> {
    const generation = ++this.generation;
    this.loading = true;
    this.failure = null;
    this.host.requestUpdate();
    try {
      const page = await this.fetchPage(cursor);
      if (generation === this.generation) {
        this.items = [...this.items, ...page.items];
        this.next = page.next;
        this.loaded(page, !cursor);
      }
    } catch (error) {
      if (generation === this.generation) {
        this.failure = error;
      }
    } finally {
      if (generation === this.generation) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }
}
