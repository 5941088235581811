import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { onChange } from '../app/store';
import { t } from '../i18n/i18n';
import { isolated } from '../app/bidi';

/**
 * Base of every Plenary element. Renders into the light DOM, so the one global stylesheet applies,
 * ids and labels connect across components, and accessibility tools see one ordinary document. Re-renders
 * whenever the language or the session changes.
 */
export class PlenaryElement extends LitElement {
  private stopListening?: () => void;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }
}

/** A page the router shows in <main>: it gets the path parameters and the query, and names itself. */
export abstract class PageElement extends PlenaryElement {
  @property({ attribute: false }) params: Record<string, string> = {};
  @property({ attribute: false }) query = new URLSearchParams();

  /** The page's name: the document title starts with it. */
  abstract pageTitle(): string;

  protected override updated(): void {
    // a page left behind still updates when its data arrives late (the home page's many reads): it must not rename
    // the page the reader has moved on to
    if (this.isConnected) {
      document.title = `${isolated(this.pageTitle())} · ${t('app.name')}`;
    }
  }
}
