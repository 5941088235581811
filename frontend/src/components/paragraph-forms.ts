import { html, nothing } from 'lit';
import type { Paragraph } from '../app/draft-model';
import { t } from '../i18n/i18n';

/** The form open beside a paragraph, if any. */
export type Form = 'none' | 'comment' | 'amendment';

/** The buttons that open (or close) the comment form and, for delegates, the amendment form. */
export function contributionButtons(open: Form, delegate: boolean, toggle: (form: Form) => void) {
  return html`<div class="button-row">
            <button type="button" class="button button--small button--secondary" aria-expanded=${open === 'comment'}
              data-form="comment" @click=${() => toggle('comment')}>${t('draft.comment')}</button>
            ${
              delegate
                ? html`<button type="button" class="button button--small button--secondary" aria-expanded=${open === 'amendment'}
                  data-form="amendment" @click=${() => toggle('amendment')}>${t('draft.amend')}</button>`
                : nothing
            }
          </div>`;
}

/** What a paragraph's form submits through, and whether a change is on its way (its button is then disabled). */
export interface FormControls {
  busy: boolean;
  submit: (event: SubmitEvent) => void;
  cancel: () => void;
}

/** A comment on one paragraph. */
export function commentForm(paragraph: Paragraph, controls: FormControls) {
  const id = `comment-${paragraph.id}`;
  return html`<form class="form draft-form" @submit=${controls.submit}>
      <div class="field field--wide">
        <label for=${id}>${t('draft.commentLabel', { number: paragraph.number })}</label>
        <textarea id=${id} name="body" rows="3" required maxlength="10000"></textarea>
      </div>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${controls.busy}>${t('draft.commentSend')}</button>
        <button type="button" class="button button--secondary" @click=${controls.cancel}>${t('action.cancel')}</button>
      </div>
    </form>`;
}

/** An amendment: the paragraph's text to rewrite, and why. */
export function amendmentForm(paragraph: Paragraph, controls: FormControls) {
  const id = `amend-${paragraph.id}`;
  return html`<form class="form draft-form" @submit=${controls.submit}>
      <div class="field field--wide">
        <label for=${id}>${t('draft.amendLabel', { number: paragraph.number })}</label>
        <textarea id=${id} name="text" rows="5" required maxlength="20000" dir="auto" .value=${paragraph.text}></textarea>
      </div>
      <div class="field field--wide">
        <label for="${id}-why">${t('draft.amendExplanation')}</label>
        <textarea id="${id}-why" name="explanation" rows="2" maxlength="5000"></textarea>
      </div>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${controls.busy}>${t('draft.amendSend')}</button>
        <button type="button" class="button button--secondary" @click=${controls.cancel}>${t('action.cancel')}</button>
      </div>
    </form>`;
}
