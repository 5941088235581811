import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ActionController } from './action-controller';

/** Just enough of a Lit element: counts the updates asked for, and renders at once. */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
}

/** A server answer the test settles when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function setUp(context?: () => unknown) {
  const host = new FakeHost();
  const said: string[] = [];
  const action = new ActionController(host, { context, say: (message) => said.push(message) });
  return { host, said, action };
}

describe('ActionController', () => {
  it('registers with its host', () => {
    const { host, action } = setUp();
    expect(host.controllers).toEqual([action]);
  });

  it('is busy while the call is on its way, and renders each change', async () => {
    const { host, action } = setUp();
    const answer = deferred<number>();
    const running = action.run(() => answer.promise);
    expect(action.busy).toBe(true);
    expect(host.updates).toBe(1);
    answer.resolve(7);
    expect(await running).toBe(7);
    expect(action.busy).toBe(false);
    expect(host.updates).toBe(2);
  });

  it('applies, announces, refreshes and then moves focus, in that order', async () => {
    const { said, action } = setUp();
    const steps: string[] = [];
    const result = await action.run(async () => 'saved', {
      apply: (value) => steps.push(`apply ${value}`),
      announce: (value) => {
        steps.push('announce');
        return `${value}!`;
      },
      refresh: async () => {
        steps.push('refresh');
      },
      focus: () => ({ focus: () => steps.push('focus') }),
    });
    expect(result).toBe('saved');
    expect(steps).toEqual(['apply saved', 'announce', 'refresh', 'focus']);
    expect(said).toEqual(['saved!']);
  });

  it('announces a fixed text, and nothing when there is none', async () => {
    const { said, action } = setUp();
    await action.run(async () => 1, { announce: 'Done' });
    await action.run(async () => 2);
    await action.run(async () => 3, { announce: () => '' });
    expect(said).toEqual(['Done']);
  });

  it('keeps the failure for rendering, and clears it when the next run starts', async () => {
    const { said, action } = setUp();
    const problem = new Error('refused');
    let focused = false;
    const result = await action.run(() => Promise.reject(problem), {
      announce: 'Done',
      focus: () => ({ focus: () => (focused = true) }),
    });
    expect(result).toBeUndefined();
    expect(action.failure).toBe(problem);
    expect(action.busy).toBe(false);
    expect(said).toEqual([]);
    expect(focused).toBe(false);
    const again = deferred<number>();
    const running = action.run(() => again.promise);
    expect(action.failure).toBeNull();
    again.resolve(1);
    await running;
  });

  it('keeps a failure of a step after the call, as the call itself', async () => {
    const { action } = setUp();
    const problem = new Error('reload failed');
    await action.run(async () => 1, { refresh: () => Promise.reject(problem) });
    expect(action.failure).toBe(problem);
  });

  it('refuses a second submission while the first is on its way', async () => {
    const { action } = setUp();
    const answer = deferred<string>();
    let calls = 0;
    const first = action.run(() => {
      calls++;
      return answer.promise;
    });
    const second = await action.run(async () => {
      calls++;
      return 'twice';
    });
    expect(second).toBeUndefined();
    expect(calls).toBe(1);
    answer.resolve('once');
    expect(await first).toBe('once');
  });

  it('ignores an answer that comes back after the host moved on to something else', async () => {
    let shown = 'thread-1';
    const { said, action } = setUp(() => shown);
    const answer = deferred<string>();
    let applied = false;
    const running = action.run(() => answer.promise, { apply: () => (applied = true), announce: 'Done' });
    shown = 'thread-2';
    answer.resolve('late');
    expect(await running).toBeUndefined();
    expect(applied).toBe(false);
    expect(said).toEqual([]);
    expect(action.busy).toBe(false);
  });

  it('does not keep a failure that comes back after the host moved on', async () => {
    let shown = 1;
    const { action } = setUp(() => shown);
    const answer = deferred<string>();
    const running = action.run(() => answer.promise);
    shown = 2;
    answer.reject(new Error('late'));
    await running;
    expect(action.failure).toBeNull();
  });

  it('lets the new context act while a stale run is still on its way', async () => {
    let shown = 1;
    const { action } = setUp(() => shown);
    const old = deferred<string>();
    const stale = action.run(() => old.promise, { announce: 'old' });
    shown = 2;
    const fresh = deferred<string>();
    const current = action.run(() => fresh.promise);
    old.resolve('old');
    expect(await stale).toBeUndefined();
    expect(action.busy).toBe(true);
    fresh.resolve('new');
    expect(await current).toBe('new');
    expect(action.busy).toBe(false);
  });

  it('does not move focus when the context changed during the refresh', async () => {
    let shown = 1;
    const { action } = setUp(() => shown);
    let focused = false;
    const result = await action.run(async () => 'x', {
      refresh: () => {
        shown = 2;
      },
      focus: () => ({ focus: () => (focused = true) }),
    });
    expect(result).toBeUndefined();
    expect(focused).toBe(false);
  });

  it('forgets an abandoned run: not busy at once, its answer ignored', async () => {
    const { said, action } = setUp();
    const answer = deferred<string>();
    const running = action.run(() => answer.promise, { announce: 'Done' });
    action.abandon();
    expect(action.busy).toBe(false);
    answer.resolve('late');
    expect(await running).toBeUndefined();
    expect(said).toEqual([]);
  });

  it('dismisses a failure, and keeps one of the host own', async () => {
    const { host, action } = setUp();
    const problem = new Error('load');
    action.fail(problem);
    expect(action.failure).toBe(problem);
    const before = host.updates;
    action.dismiss();
    expect(action.failure).toBeNull();
    expect(host.updates).toBe(before + 1);
  });
});
