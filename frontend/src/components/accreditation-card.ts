import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../app/action-controller';
import { api } from '../app/api';
import { organizationName } from '../app/names';
import { session } from '../app/session';
import { formatDateTime, isolate, t } from '../i18n/i18n';
import type { Application } from '../app/accreditation-model';
import { applicationObjections, applicationWindow } from './accreditation-facts';
import { PlenaryElement } from './plenary-element';
import './problem-alert';
import { bdi } from '../app/bidi';

type Panel = 'none' | 'object' | 'move' | 'withdraw' | 'ecosoc';

/**
 * One application for accreditation: who applies, from where, why, and where the non-objection window
 * stands. State delegates object (or withdraw their State's objection) while the window is open; the
 * Secretariat closes the window, moves its end, or withdraws an accreditation. Objections are shown only to
 * those the API sends them to (States and the Secretariat). Fires `application-changed`.
 */
@customElement('accreditation-card')
export class AccreditationCard extends PlenaryElement {
  @property({ attribute: false }) application!: Application;
  @state() private panel: Panel = 'none';
  private readonly action = new ActionController(this, { context: () => this.application.id });

  protected override render() {
    const a = this.application;
    const headingId = `application-${a.id}`;
    return html`<article class="application" aria-labelledby=${headingId}>
      <h3 id=${headingId} tabindex="-1" dir="auto">${bdi(a.name)}</h3>
      <p>
        <span class="badge badge--${a.status}">${t(`accreditation.${a.status}`)}</span>
        <span class="badge">${t(`kind.${a.kind}`)}</span>
        ${
          a.ecosocStatus
            ? html`<span class="badge">${t('accreditationPage.ecosoc')}</span>`
            : a.ecosocClaimed
              ? html`<span class="badge">${t('accreditationPage.ecosocClaimed')}</span>`
              : nothing
        }
      </p>
      <dl class="facts">
        <dt>${t('accreditationPage.country')}</dt>
        <dd>${organizationName(a.country)}</dd>
        <dt>${t('accreditationPage.website')}</dt>
        <dd><a href=${a.website} rel="noopener noreferrer" target="_blank">${a.website}</a></dd>
        <dt>${t('accreditationPage.appliedAt')}</dt>
        <dd>${formatDateTime(a.appliedAt)}</dd>
        ${applicationWindow(a)}
        ${a.withdrawalReason ? html`<dt>${t('accreditationPage.withdrawalReason')}</dt><dd>${a.withdrawalReason}</dd>` : nothing}
      </dl>
      <details>
        <summary>${t('accreditationPage.purpose')}</summary>
        <p dir="auto">${a.purpose}</p>
      </details>
      ${applicationObjections(a)} ${this.actions(a)} ${this.panelContent(a)}
      <problem-alert .error=${this.action.failure} .dismiss=${() => this.action.dismiss()}></problem-alert>
    </article>`;
  }

  private actions(a: Application) {
    const participant = session.participant();
    const stateDelegate = participant?.roles.includes('delegate') && participant.organization.kind === 'state';
    const secretariat = participant?.roles.includes('secretariat') ?? false;
    const ownObjection =
      a.objections?.some((objection) => objection.state.id === participant?.organization.id) ?? false;
    const toggle = (
      panel: Panel,
      label: string,
    ) => html`<button type="button" class="button button--small button--secondary"
      data-panel=${panel} aria-expanded=${this.panel === panel} @click=${() => void this.toggle(panel)}>${label}</button>`;
    const buttons = [];
    if (a.windowOpen && stateDelegate && !ownObjection) {
      buttons.push(toggle('object', t('accreditationPage.object')));
    }
    if (a.windowOpen && stateDelegate && ownObjection) {
      buttons.push(html`<button type="button" class="button button--small button--secondary" ?disabled=${this.action.busy}
        @click=${this.withdrawObjection}>${t('accreditationPage.withdrawObjection')}</button>`);
    }
    if (a.windowOpen && secretariat) {
      buttons.push(html`<button type="button" class="button button--small" ?disabled=${this.action.busy} @click=${this.close}>
        ${t('accreditationPage.closeNow')}</button>`);
      buttons.push(toggle('move', t('accreditationPage.move')));
    }
    if (a.status === 'pending' && a.ecosocClaimed && !a.ecosocStatus && secretariat) {
      buttons.push(toggle('ecosoc', t('accreditationPage.confirmEcosoc')));
    }
    if (a.status === 'accredited' && secretariat) {
      buttons.push(toggle('withdraw', t('accreditationPage.withdraw')));
    }
    return buttons.length ? html`<div class="button-row">${buttons}</div>` : nothing;
  }

  private panelContent(a: Application) {
    const id = `application-${a.id}-${this.panel}`;
    switch (this.panel) {
      case 'object':
        return html`<form class="form application__panel" @submit=${this.object}>
          <p>${t('accreditationPage.objectNote', { name: isolate(a.name) })}</p>
          <div class="field field--wide">
            <label for=${id}>${t('accreditationPage.objectReason')}</label>
            <textarea id=${id} name="reason" rows="3" maxlength="5000"></textarea>
          </div>
          ${this.submitRow(t('accreditationPage.objectNow'))}
        </form>`;
      case 'move':
        return html`<form class="form application__panel" @submit=${this.move}>
          <div class="field">
            <label for=${id}>${t('accreditationPage.newEnd')}</label>
            <input id=${id} name="closesAt" type="datetime-local" required />
          </div>
          ${this.submitRow(t('accreditationPage.moveNow'))}
        </form>`;
      case 'withdraw':
        return html`<form class="form application__panel" @submit=${this.withdraw}>
          <div class="field field--wide">
            <label for=${id}>${t('accreditationPage.withdrawReason')}</label>
            <textarea id=${id} name="reason" rows="3" required minlength="3" maxlength="5000"></textarea>
          </div>
          ${this.submitRow(t('accreditationPage.withdrawNow'))}
        </form>`;
      case 'ecosoc':
        // Confirming accredits at once, whatever the window and any objection: the person reads that first.
        return html`<form class="form application__panel" @submit=${this.confirmEcosoc}>
          <p id=${id} tabindex="-1">${t('accreditationPage.confirmEcosocNote', { name: isolate(a.name) })}</p>
          ${this.submitRow(t('accreditationPage.confirmEcosocNow'))}
        </form>`;
      default:
        return nothing;
    }
  }

  private submitRow(label: string) {
    return html`<div class="button-row">
      <button type="submit" class="button" ?disabled=${this.action.busy}>${label}</button>
      <button type="button" class="button button--secondary" @click=${() => void this.toggle('none')}>${t('action.cancel')}</button>
    </div>`;
  }

  private async toggle(panel: Panel): Promise<void> {
    const previous = this.panel;
    this.panel = this.panel === panel || panel === 'none' ? 'none' : panel;
    this.action.dismiss();
    await this.updateComplete;
    (this.panel === 'none'
      ? this.querySelector<HTMLElement>(`button[data-panel='${previous}']`)
      : this.querySelector<HTMLElement>(
          '.application__panel textarea, .application__panel input, .application__panel p[tabindex]',
        )
    )?.focus();
  }

  private async object(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    await this.change(
      () => api.create<Application>(`/accreditations/${this.application.id}/objections`, reason ? { reason } : {}),
      t('accreditationPage.objected'),
    );
  }

  private async withdrawObjection(): Promise<void> {
    const state = session.participant()?.organization.id ?? '';
    await this.change(
      () => api.delete<Application>(`/accreditations/${this.application.id}/objections/${state}`),
      t('accreditationPage.objectionWithdrawn'),
    );
  }

  private async close(): Promise<void> {
    await this.change(
      () => api.post<Application>(`/accreditations/${this.application.id}/close`),
      t('accreditationPage.closed'),
    );
  }

  private async move(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const closesAt = new Date(String(new FormData(event.target as HTMLFormElement).get('closesAt'))).toISOString();
    await this.change(
      () => api.patch<Application>(`/accreditations/${this.application.id}`, { closesAt }),
      t('accreditationPage.moved'),
    );
  }

  private async confirmEcosoc(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.change(
      () => api.post<Application>(`/accreditations/${this.application.id}/ecosoc-confirmation`),
      t('accreditationPage.ecosocConfirmed', { name: this.application.name }),
    );
  }

  private async withdraw(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    await this.change(async () => {
      await api.post(`/accredited-organizations/${encodeURIComponent(this.application.organization.id)}/withdrawal`, {
        reason,
      });
      return api.get<Application>(`/accreditations/${this.application.id}`);
    }, t('accreditationPage.withdrawn'));
  }

  private async change(action: () => Promise<Application>, done: string): Promise<void> {
    await this.action.run(action, {
      apply: () => (this.panel = 'none'),
      announce: done,
      refresh: (changed) =>
        this.dispatchEvent(
          new CustomEvent<{ application: Application; done: string }>('application-changed', {
            detail: { application: changed, done },
            bubbles: true,
          }),
        ),
      focus: () => this.querySelector<HTMLElement>('h3'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'accreditation-card': AccreditationCard;
  }
}
