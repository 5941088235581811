import { html, nothing } from 'lit';
import {
  NORM_QUESTIONS,
  NORMS,
  SECTIONS,
  answerOf,
  hasAnswers,
  type NormId,
  type ReportAnswers,
  type ReportVersion,
} from '../app/report-model';
import type { Language } from '../i18n/catalogue';
import { t } from '../i18n/i18n';

/** Called with the norm (null for a section), the field and the new text of an answer. */
export type AnswerInput = (norm: NormId | null, field: string, text: string) => void;

function fieldId(norm: NormId | null, field: string): string {
  return `report-${norm ?? 'section'}-${field}`;
}

function answerField(
  answers: ReportAnswers,
  norm: NormId | null,
  field: string,
  label: string,
  language: Language,
  readOnly: boolean,
  onInput: AnswerInput,
) {
  const id = fieldId(norm, field);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <textarea id=${id} rows="3" maxlength="10000" lang=${language} dir="auto" ?readonly=${readOnly}
      .value=${answerOf(answers, norm, field)}
      @input=${(event: Event) => onInput(norm, field, (event.target as HTMLTextAreaElement).value)}></textarea>
  </div>`;
}

/**
 * Every question of the national survey as a labelled field: per norm (a group of its own, open when answered or
 * when the report is new) and the other sections. Every field is an ordinary form control, reached with Tab.
 */
export function reportFields(answers: ReportAnswers, language: Language, readOnly: boolean, onInput: AnswerInput) {
  return html`
    <fieldset class="report-norms">
      <legend>${t('report.norms')}</legend>
      <p class="hint">${t('report.noneMandatory')}</p>
      ${NORMS.map(
        (norm) => html`<details class="report-norm" ?open=${hasAnswers(answers, norm)}>
          <summary>${t(`tagName.${norm}`)}</summary>
          <fieldset>
            <legend class="visually-hidden">${t(`tagName.${norm}`)}</legend>
            ${NORM_QUESTIONS.map((question) =>
              answerField(answers, norm, question, t(`report.q.${question}`), language, readOnly, onInput),
            )}
          </fieldset>
        </details>`,
      )}
    </fieldset>
    <fieldset class="report-sections">
      <legend>${t('report.sections')}</legend>
      ${SECTIONS.map((section) =>
        answerField(answers, null, section, t(`report.s.${section}`), language, readOnly, onInput),
      )}
    </fieldset>
  `;
}

/** A version's answers to read: only what is answered, each under its question. */
export function reportAnswers(version: Pick<ReportVersion, 'answers' | 'language'>, headingLevel: 2 | 3) {
  const answered = NORMS.filter((norm) => hasAnswers(version.answers, norm));
  const sections = SECTIONS.filter((section) => !!version.answers[section]?.trim());
  const heading = (text: string) => (headingLevel === 2 ? html`<h2>${text}</h2>` : html`<h3>${text}</h3>`);
  return html`<div class="report-answers">
    ${answered.map(
      (norm) => html`<section class="report-answer">
        ${heading(t(`tagName.${norm}`))}
        <dl>
          ${NORM_QUESTIONS.filter((q) => !!answerOf(version.answers, norm, q).trim()).map(
            (q) => html`<dt>${t(`report.q.${q}`)}</dt>
              <dd lang=${version.language} dir="auto">${answerOf(version.answers, norm, q)}</dd>`,
          )}
        </dl>
      </section>`,
    )}
    ${sections.length ? heading(t('report.sections')) : nothing}
    <dl>
      ${sections.map(
        (s) => html`<dt>${t(`report.s.${s}`)}</dt>
          <dd lang=${version.language} dir="auto">${version.answers[s]}</dd>`,
      )}
    </dl>
  </div>`;
}
