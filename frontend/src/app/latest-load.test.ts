import { describe, expect, it } from 'vitest';
import { LatestLoad } from './latest-load';

/** A server answer the test settles when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((yes) => (resolve = yes));
  return { promise, resolve };
}

/** How a page uses it: reads what it was asked for and shows the answer only while it is still current. */
class Page {
  shown: string | null = null;
  private readonly loads = new LatestLoad();

  async load(read: Promise<string>): Promise<void> {
    const current = this.loads.start();
    const answer = await read;
    if (current()) {
      this.shown = answer;
    }
  }

  async more(read: Promise<string>): Promise<void> {
    const current = this.loads.continuing();
    const answer = await read;
    if (current()) {
      this.shown = `${this.shown} ${answer}`;
    }
  }

  leave(): void {
    this.loads.forget();
  }
}

describe('LatestLoad', () => {
  it('keeps a check true while no newer load started', () => {
    const loads = new LatestLoad();
    const current = loads.start();
    expect(current()).toBe(true);
    expect(current()).toBe(true);
  });

  it('makes every earlier load stale when a new one starts', () => {
    const loads = new LatestLoad();
    const first = loads.start();
    const second = loads.start();
    const third = loads.start();
    expect([first(), second(), third()]).toEqual([false, false, true]);
  });

  it('shows the newer answer when the older one comes back last', async () => {
    const page = new Page();
    const threadA = deferred<string>();
    const threadB = deferred<string>();
    const a = page.load(threadA.promise);
    const b = page.load(threadB.promise);
    threadB.resolve('B');
    await b;
    threadA.resolve('A');
    await a;
    expect(page.shown).toBe('B');
  });

  it('shows answers that come back in order', async () => {
    const page = new Page();
    await page.load(Promise.resolve('A'));
    expect(page.shown).toBe('A');
    await page.load(Promise.resolve('B'));
    expect(page.shown).toBe('B');
  });

  it('continues the newest load without dropping it', async () => {
    const page = new Page();
    const first = deferred<string>();
    const loading = page.load(first.promise);
    await page.more(Promise.resolve('page 2'));
    first.resolve('page 1');
    await loading;
    expect(page.shown).toBe('page 1');
  });

  it('drops a continuation once a newer load started', async () => {
    const page = new Page();
    await page.load(Promise.resolve('filters A'));
    const next = deferred<string>();
    const more = page.more(next.promise);
    await page.load(Promise.resolve('filters B'));
    next.resolve('more of A');
    await more;
    expect(page.shown).toBe('filters B');
  });

  it('drops everything on its way once forgotten', async () => {
    const page = new Page();
    const answer = deferred<string>();
    const loading = page.load(answer.promise);
    page.leave();
    answer.resolve('A');
    await loading;
    expect(page.shown).toBeNull();
  });
});
