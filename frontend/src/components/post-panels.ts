import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Post, PostVersion } from '../app/forum-model';
import { LANGUAGE_NAMES, LANGUAGES, type MessageKey } from '../i18n/catalogue';
import { formatDateTime, t } from '../i18n/i18n';

/** The panels a post card opens under its actions; each submits through the card, and Cancel closes it. */
export interface PanelControls {
  /** A change is on its way: the panel's submit button is disabled. */
  busy: boolean;
  cancel: () => void;
}

function buttons(submit: string, controls: PanelControls, type: 'submit' | 'button' = 'submit', act?: () => void) {
  return html`<div class="button-row">
    <button type=${type} class="button" ?disabled=${controls.busy} @click=${act}>${submit}</button>
    <button type="button" class="button button--secondary" @click=${controls.cancel}>${t('action.cancel')}</button>
  </div>`;
}

export type ModerationStep = 'flag' | 'hide' | 'restore';

const REASONS: Record<ModerationStep, { label: MessageKey; submit: MessageKey; required: boolean }> = {
  flag: { label: 'post.flagReason', submit: 'post.flagSend', required: true },
  hide: { label: 'post.hideReason', submit: 'post.hideConfirm', required: true },
  restore: { label: 'post.restoreReason', submit: 'post.restoreConfirm', required: false },
};

/** Flag, hide or restore, with the reason (required to flag or hide). */
export function reasonForm(
  postId: number,
  action: ModerationStep,
  controls: PanelControls & { submit: (event: SubmitEvent, action: ModerationStep) => void },
) {
  const id = `${action}-reason-${postId}`;
  const { label, submit, required } = REASONS[action];
  return html`<form class="form post__panel" @submit=${(event: SubmitEvent) => controls.submit(event, action)}>
      <div class="field field--wide">
        <label for=${id}>${t(label)}</label>
        <textarea id=${id} name="reason" ?required=${required} minlength=${required ? 3 : 0} maxlength="1000" rows="3"></textarea>
      </div>
      ${buttons(t(submit), controls)}
    </form>`;
}

/** A question answered by one button (leave, confirm, decline). */
export function confirmPanel(
  postId: number,
  panel: string,
  [question, submit]: [string, string],
  controls: PanelControls & { act: () => void },
) {
  const id = `${panel}-${postId}-text`;
  return html`<div class="post__panel confirm" role="group" aria-labelledby=${id}>
      <p id=${id}>${question}</p>
      ${buttons(submit, controls, 'button', controls.act)}
    </div>`;
}

/** Withdrawing a position, with its reason if the delegate gives one. */
export function withdrawForm(postId: number, controls: PanelControls & { submit: (event: SubmitEvent) => void }) {
  return html`<form class="form post__panel confirm" aria-labelledby="withdraw-${postId}-text" @submit=${controls.submit}>
          <p id="withdraw-${postId}-text">${t('post.withdrawConfirm')}</p>
          <div class="field field--wide">
            <label for="withdraw-reason-${postId}">${t('post.withdrawReason')}</label>
            <textarea id="withdraw-reason-${postId}" name="reason" maxlength="500" rows="2"></textarea>
          </div>
          ${buttons(t('post.withdrawNow'), controls)}
        </form>`;
}

/** The author's own text to edit, in its language. */
export function editForm(post: Post, controls: PanelControls & { submit: (event: SubmitEvent) => void }) {
  const id = `edit-${post.id}`;
  return html`<form class="form post__panel" @submit=${controls.submit}>
      <p class="muted">${t('post.editing', { number: post.version ?? 1 })}</p>
      <div class="field">
        <label for="${id}-language">${t('composer.language')}</label>
        <select id="${id}-language" name="language">
          ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${code === post.language}>${LANGUAGE_NAMES[code]}</option>`)}
        </select>
      </div>
      <div class="field field--wide">
        <label for="${id}-body">${t('composer.body')}</label>
        <textarea id="${id}-body" name="body" rows="6" required maxlength="50000" .value=${post.bodyMarkdown ?? ''}></textarea>
      </div>
      ${buttons(t('post.saveEdit'), controls)}
    </form>`;
}

/** The post's earlier versions, oldest first. */
export function versionList(versions: PostVersion[] | null) {
  return html`<ol class="post__panel versions">
          ${(versions ?? []).map(
            (version) => html`<li>
              <p class="muted">${t('post.version', { number: version.version, date: formatDateTime(version.writtenAt) })}</p>
              <div class="prose" lang=${version.language} dir="auto">${unsafeHTML(version.bodyHtml)}</div>
            </li>`,
          )}
        </ol>`;
}
