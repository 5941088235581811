import { html, nothing } from 'lit';
import { STANCES, type Paragraph, type ParagraphConsensus, type StanceKind } from '../app/draft-model';
import { organizationName } from '../app/names';
import { session } from '../app/session';
import { t } from '../i18n/i18n';

/** The stance a government recorded on a paragraph, read from its consensus. */
function ownStance(consensus: ParagraphConsensus, own: string): StanceKind | null {
  return consensus.support.some((e) => e.state.id === own)
    ? 'support'
    : consensus.objections.some((e) => e.state.id === own)
      ? 'object'
      : consensus.reservations.some((e) => e.state.id === own)
        ? 'reserve'
        : null;
}

/**
 * The caller's government's stance on a paragraph, and buttons to record one, with an optional explanation
 * (`#stance-{paragraph}-explanation`): for State delegates, and intergovernmental delegates for their members.
 */
export function stanceButtons(
  paragraph: Paragraph,
  consensus: ParagraphConsensus,
  controls: { busy: boolean; record: (stance: StanceKind) => void },
) {
  const participant = session.participant();
  const kind = participant?.organization.kind;
  if (!participant?.roles.includes('delegate') || (kind !== 'state' && kind !== 'intergovernmental')) {
    return nothing;
  }
  const current = ownStance(consensus, participant.organization.id);
  const id = `stance-${paragraph.id}`;
  return html`<fieldset class="stance-buttons">
      <legend>${
        kind === 'state'
          ? t('stance.legend', { state: organizationName(participant.organization), number: paragraph.number })
          : t('stance.legendMembers', { number: paragraph.number })
      }</legend>
      ${kind === 'state' ? html`<p class="muted">${current ? t('stance.current', { stance: t(`stance.${current}`) }) : t('stance.none')}</p>` : nothing}
      <div class="button-row">
        ${STANCES.map(
          (
            stance,
          ) => html`<button type="button" class="button button--stance button--stance-${stance}" aria-pressed=${current === stance}
            ?disabled=${controls.busy} @click=${() => controls.record(stance)}>${t(`stance.${stance}`)}</button>`,
        )}
      </div>
      <details class="stance-explanation">
        <summary>${t('stance.explain')}</summary>
        <div class="field field--wide">
          <label for="${id}-explanation">${t('stance.explanation')}</label>
          <textarea id="${id}-explanation" rows="2" maxlength="5000"></textarea>
        </div>
      </details>
    </fieldset>`;
}
