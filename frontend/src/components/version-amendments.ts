import { api } from '../app/api';
import type { Amendment, NewDraftVersion } from '../app/draft-model';
import type { Page } from '../app/model';
import { effectiveChoice, type AmendmentChoice, type EditedRow } from './version-editor-parts';

/**
 * The draft's amendments still open to a decision (proposed, or not retained earlier) and what the editor of
 * the next version chose for each: what the version's request names under each paragraph and in notRetained.
 */
export class VersionAmendments {
  private amendments: Amendment[] = [];
  private choices = new Map<number, AmendmentChoice>();

  /** Reads every open amendment of the draft, page by page, and forgets earlier choices. */
  async load(threadId: string): Promise<void> {
    const open: Amendment[] = [];
    let cursor: string | undefined;
    do {
      const query = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page: Page<Amendment> = await api.get<Page<Amendment>>(`/drafts/${threadId}/amendments?limit=100${query}`);
      open.push(...page.items.filter((a) => a.status === 'proposed' || a.status === 'not-retained'));
      cursor = page.next;
    } while (cursor);
    this.amendments = open;
    this.choices = new Map();
  }

  clear(): void {
    this.amendments = [];
    this.choices = new Map();
  }

  of(row: EditedRow): Amendment[] {
    return row.id ? this.amendments.filter((a) => a.paragraphId === row.id) : [];
  }

  choice(amendment: Amendment): AmendmentChoice {
    return this.choices.get(amendment.id) ?? 'keep';
  }

  choose(amendment: Amendment, choice: AmendmentChoice): void {
    this.choices.set(amendment.id, choice);
  }

  /** What the row's amendments come to as it stands: changes when an edit turns one incorporated or back. */
  signature(row: EditedRow): string {
    return this.of(row)
      .map((a) => effectiveChoice(a, row, this.choice(a)))
      .join();
  }

  /** The amendments the row's revised text incorporates, named or word for word. */
  incorporatedBy(row: EditedRow): number[] {
    return this.of(row)
      .filter((a) => effectiveChoice(a, row, this.choice(a)) === 'incorporated')
      .map((a) => a.id);
  }

  /** Those to name under the row: chosen so (one the text has word for word is incorporated without it). */
  namedBy(row: EditedRow): number[] {
    return this.incorporatedBy(row).filter((id) => this.choices.get(id) === 'incorporated');
  }

  /** The proposed amendments the version does not retain, of kept paragraphs and of those it leaves out. */
  notRetained(rows: readonly EditedRow[]): number[] {
    const kept = new Map(rows.filter((row) => row.id).map((row) => [row.id, row]));
    return this.amendments
      .filter((a) => effectiveChoice(a, kept.get(a.paragraphId), this.choice(a)) === 'not-retained')
      .map((a) => a.id);
  }

  /** The request that publishes the version: its paragraphs, each naming what it incorporates, and its note. */
  request(rows: EditedRow[], note: string): NewDraftVersion {
    const notRetained = this.notRetained(rows);
    return {
      paragraphs: rows.map((row) => {
        const incorporates = this.namedBy(row);
        return {
          ...(row.id ? { id: row.id } : {}),
          // always sent: left out, the server would keep a heading the editor removed
          heading: row.heading.trim(),
          text: row.text.trim(),
          ...(incorporates.length ? { incorporates } : {}),
        };
      }),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(notRetained.length ? { notRetained } : {}),
    };
  }
}
