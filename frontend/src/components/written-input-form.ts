import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { bdi } from '../app/bidi';
import type { AgendaItemReference, WrittenInput } from '../app/documents-model';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalogue';
import { language, t } from '../i18n/i18n';
import { PlenaryElement } from './plenary-element';
import { mediaTypeOf } from './language-version-form';
import './problem-alert';

/**
 * A stakeholder's written input to a session, or to one of its agenda items: a new one, or a returned one changed
 * and submitted again (`input` set). Fires `input-submitted` with the input once the Secretariat has it.
 */
@customElement('written-input-form')
export class WrittenInputForm extends PlenaryElement {
  @property({ attribute: false }) sessionId = '';
  @property({ attribute: false }) agenda: AgendaItemReference[] = [];
  @property({ attribute: false }) input: WrittenInput | null = null;
  private readonly sending = new ActionController(this);

  protected override render() {
    const input = this.input;
    const id = input ? `input-${input.id}` : 'input-new';
    return html`<form class="form" @submit=${this.send} aria-labelledby="${id}-heading">
      <h3 id="${id}-heading">${input ? t('inputs.resubmitTitle') : t('inputs.submitTitle')}</h3>
      <div class="field field--wide">
        <label for="${id}-title">${t('inputs.inputTitle')}</label>
        <input id="${id}-title" name="title" type="text" required maxlength="300" .value=${input?.title ?? ''} />
      </div>
      ${
        this.agenda.length
          ? html`<div class="field">
            <label for="${id}-item">${t('inputs.agendaItem')}</label>
            <select id="${id}-item" name="agendaItemId">
              <option value="">${t('inputs.wholeSession')}</option>
              ${this.agenda.map(
                (item) =>
                  html`<option value=${item.id} ?selected=${input?.agendaItem?.id === item.id}>${item.number}. ${bdi(item.title)}</option>`,
              )}
            </select>
          </div>`
          : nothing
      }
      <div class="field">
        <label for="${id}-language">${t('inputs.language')}</label>
        <select id="${id}-language" name="language">
          ${LANGUAGES.map(
            (code) =>
              html`<option value=${code} lang=${code} ?selected=${code === (input?.language ?? language())}>${LANGUAGE_NAMES[code]}</option>`,
          )}
        </select>
      </div>
      <div class="field field--wide">
        <label for="${id}-text">${t('inputs.text')}</label>
        <textarea id="${id}-text" name="text" rows="10" required maxlength="50000" .value=${input?.text ?? ''}></textarea>
      </div>
      <div class="field field--wide">
        <label for="${id}-file">${t('inputs.file')}</label>
        <input id="${id}-file" name="file" type="file" accept=".pdf,.docx,.odt" aria-describedby="${id}-file-hint" />
        <p id="${id}-file-hint" class="muted hint">${t('documentForm.fileHint')}</p>
      </div>
      <problem-alert .error=${this.sending.failure}></problem-alert>
      <div class="button-row">
        <button type="submit" class="button" ?disabled=${this.sending.busy}>${input ? t('inputs.resubmit') : t('inputs.submit')}</button>
      </div>
    </form>`;
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const request: Record<string, unknown> = { title: text('title'), text: text('text'), language: text('language') };
    if (text('agendaItemId')) {
      request.agendaItemId = text('agendaItemId');
    }
    const input = this.input;
    const file = data.get('file');
    await this.sending.run(
      async () => {
        const sent = input
          ? await api.put<WrittenInput>(`/written-inputs/${input.id}`, request)
          : await api.create<WrittenInput>('/written-inputs', { ...request, sessionId: this.sessionId });
        if (!(file instanceof File) || file.size === 0) {
          return sent;
        }
        // The file is its own request (its bytes are the body), sent once the text is with the Secretariat.
        const query = new URLSearchParams({ filename: file.name });
        return api.upload<WrittenInput>(
          'POST',
          `/written-inputs/${sent.id}/file?${query}`,
          file,
          mediaTypeOf(file) ?? file.type,
        );
      },
      {
        apply: (sent) => {
          form.reset();
          this.dispatchEvent(new CustomEvent('input-submitted', { detail: sent, bubbles: true }));
        },
        announce: t('inputs.submitted'),
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'written-input-form': WrittenInputForm;
  }
}
