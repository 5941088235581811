import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce } from './announcer';

/** Something focus can move back to: an element, or in tests a stand-in for one. */
export interface Focusable {
  focus(): void;
}

/** What to do once the server has agreed to a change, in the order the steps run. */
export interface ActionSteps<T> {
  /** Shows the answer in the host's own state (closing a panel, keeping a status line). */
  apply?: (result: T) => void;
  /** Said to screen-reader users; nothing is said when it is missing or empty. */
  announce?: string | ((result: T) => string | undefined);
  /** Reads again, or tells the page, what the change affected; awaited before focus moves. */
  refresh?: (result: T) => unknown;
  /** Where focus goes, looked up after the host has rendered the answer (so the element exists). */
  focus?: (result: T) => Focusable | null | undefined;
}

export interface ActionOptions {
  /**
   * What the host is showing (a thread's id, a paragraph): an answer that comes back after it changed
   * belongs to something no longer shown, and is ignored rather than announced or shown there.
   */
  context?: () => unknown;
  /** How announcements are made; the shell's live region unless a test says otherwise. */
  say?: (message: string) => void;
}

/**
 * One change asked of the server from an element, done the same way everywhere: the element is busy
 * meanwhile (its buttons render disabled, and a second submission is refused rather than sent twice),
 * success is announced and followed by a refresh and a move of focus, and a failure is kept for the
 * element's problem-alert. An answer that comes back after the element moved on to something else, or
 * after {@link abandon}, changes nothing.
 */
export class ActionController implements ReactiveController {
  busy = false;
  failure: unknown = null;
  private generation = 0;
  private running: unknown;
  private readonly context: () => unknown;
  private readonly say: (message: string) => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: ActionOptions = {},
  ) {
    this.context = options.context ?? (() => undefined);
    this.say = options.say ?? announce;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Runs {@code call} and the steps after it. Resolves to the server's answer, or to undefined when the
   * call failed (the failure is then kept), was refused as a double submission, or came back stale.
   */
  async run<T>(call: () => Promise<T>, steps: ActionSteps<T> = {}): Promise<T | undefined> {
    const context = this.context();
    // refused while the same change is on its way; a run for what the host showed before does not block
    if (this.busy && Object.is(context, this.running)) {
      return undefined;
    }
    const generation = ++this.generation;
    this.running = context;
    const current = () => generation === this.generation && Object.is(context, this.context());
    this.busy = true;
    this.failure = null;
    this.host.requestUpdate();
    try {
      const result = await call();
      if (!current()) {
        return undefined;
      }
      steps.apply?.(result);
      const message = typeof steps.announce === 'function' ? steps.announce(result) : steps.announce;
      if (message) {
        this.say(message);
      }
      await steps.refresh?.(result);
      if (steps.focus && current()) {
        await this.host.updateComplete;
        steps.focus(result)?.focus();
      }
      return current() ? result : undefined;
    } catch (error) {
      if (current()) {
        this.failure = error;
      }
      return undefined;
    } finally {
      // a stale run leaves busy alone: abandon() already freed it, or a newer run holds it
      if (generation === this.generation) {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Keeps a failure of the host's own (a reload after the change) for the same alert. */
  fail(error: unknown): void {
    this.failure = error;
    this.host.requestUpdate();
  }

  /** The alert's "Dismiss". */
  dismiss(): void {
    this.failure = null;
    this.host.requestUpdate();
  }

  /** Forgets the change on its way (the host shows something else now): its answer will be ignored. */
  abandon(): void {
    this.generation++;
    this.busy = false;
    this.failure = null;
    this.host.requestUpdate();
  }
}
