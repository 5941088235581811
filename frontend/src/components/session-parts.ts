import { html, nothing } from 'lit';
import {
  itemsById,
  readerTimeZone,
  type Agenda,
  type AgendaItem,
  type Meeting,
  type PlenarySession,
} from '../app/sessions-model';
import { formatDateTime, formatNumber, t } from '../i18n/i18n';
import { bdi } from '../app/bidi';

/** A calendar day (YYYY-MM-DD) in the reader's language, not shifted by any time zone. */
export function day(date: string, style: 'medium' | 'full' = 'medium'): string {
  return formatDateTime(`${date}T12:00:00Z`, { dateStyle: style, timeZone: 'UTC' });
}

function dates(s: PlenarySession): string {
  return s.opensOn === s.closesOn
    ? day(s.opensOn)
    : t('sessions.fromTo', { from: day(s.opensOn), to: day(s.closesOn) });
}

/** A session in the calendar list: its title as a link, kind, dates, place and status. */
export function sessionCard(s: PlenarySession) {
  const headingId = `session-${s.id}`;
  return html`<article class="listing session-card" aria-labelledby=${headingId}>
    <h3 id=${headingId} class="listing__title"><a href="/sessions/${s.id}">${bdi(s.title)}</a></h3>
    <p class="muted">
      ${t(`sessionKind.${s.kind}`)} · <time datetime=${s.opensOn}>${dates(s)}</time> ·
      ${s.virtual ? t('sessions.virtual') : bdi(s.venue ?? '')}
    </p>
    <p>
      <span class="badge">${t(`sessionStatus.${s.status}`)}</span>
      <span class="badge">${t(`sessionAudience.${s.audience}`)}</span>
      ${s.deadline ? html`<span class="muted">${t('sessions.deadlineOn', { at: formatDateTime(s.deadline) })}</span>` : nothing}
    </p>
  </article>`;
}

/** The session's header facts. */
export function sessionFacts(s: PlenarySession) {
  return html`<dl class="facts session-facts">
    <dt>${t('sessions.kind')}</dt>
    <dd>${t(`sessionKind.${s.kind}`)} (${t('sessions.numberShort', { number: formatNumber(s.number) })})</dd>
    <dt>${t('sessions.dates')}</dt>
    <dd>${dates(s)}</dd>
    <dt>${t('sessions.venue')}</dt>
    <dd>${s.virtual ? t('sessions.virtual') : bdi(s.venue ?? '')}</dd>
    <dt>${t('sessions.timeZone')}</dt>
    <dd>${s.timeZone}</dd>
    <dt>${t('sessions.status')}</dt>
    <dd>${t(`sessionStatus.${s.status}`)}</dd>
    <dt>${t('sessions.audience')}</dt>
    <dd>${t(`sessionAudience.${s.audience}`)}</dd>
    ${s.deadline ? html`<dt>${t('sessions.deadline')}</dt><dd>${formatDateTime(s.deadline)}</dd>` : nothing}
  </dl>`;
}

function links(item: AgendaItem) {
  const all = [
    ...item.topics.map((id) => html`<a href="/topics/${id}">${t('sessions.topicLink', { id })}</a>`),
    ...item.threads.map((id) => html`<a href="/threads/${id}">${t('sessions.threadLink')}</a>`),
    ...item.drafts.map((id) => html`<a href="/threads/${id}">${t('sessions.draftLink')}</a>`),
  ];
  return all.length ? html`<span class="agenda-item__links">${all.map((link) => html` ${link}`)}</span>` : nothing;
}

/** An agenda: its status and version, the items numbered, sub-items under their item. */
export function agendaView(agenda: Agenda, headingLevel: 'h2' | 'h3' = 'h3') {
  const title = t(agenda.status === 'adopted' ? 'sessions.agendaAdopted' : 'sessions.agendaProvisional', {
    version: formatNumber(agenda.version),
  });
  return html`
    ${headingLevel === 'h2' ? html`<h2 class="agenda-title">${title}</h2>` : html`<h3 class="agenda-title">${title}</h3>`}
    ${agenda.reason ? html`<p class="muted">${t('sessions.reasonShown', { reason: agenda.reason })}</p>` : nothing}
    <ol class="agenda" role="list">
      ${agenda.items.map(
        (item) => html`<li class="agenda-item">
          <span class="agenda-item__number">${item.number}.</span> <span dir="auto">${bdi(item.title)}</span>
          ${links(item)}
          ${
            item.subItems?.length
              ? html`<ol class="agenda agenda--sub" role="list">
                  ${item.subItems.map(
                    (sub) => html`<li class="agenda-item">
                      <span class="agenda-item__number">${sub.number}</span> <span dir="auto">${bdi(sub.title)}</span>
                      ${links(sub)}
                    </li>`,
                  )}
                </ol>`
              : nothing
          }
        </li>`,
      )}
    </ol>
  `;
}

function times(meeting: Meeting, zone: string): string {
  const time = (at: string) => formatDateTime(at, { timeStyle: 'short', timeZone: zone });
  const date = formatDateTime(meeting.startsAt, { dateStyle: 'full', timeZone: zone });
  return t('sessions.meetingTimes', { date, start: time(meeting.startsAt), end: time(meeting.endsAt) });
}

/** The programme of work: each meeting in the session's time zone and, when it differs, in the reader's own. */
export function programme(meetings: Meeting[], agenda: Agenda | undefined, sessionZone: string) {
  if (!meetings.length) {
    return html`<p class="muted">${t('sessions.noMeetings')}</p>`;
  }
  const items = itemsById(agenda);
  const own = readerTimeZone();
  return html`<ol class="programme" role="list">
    ${meetings.map(
      (m) => html`<li class="meeting" id="meeting-${m.id}">
        <h3 class="meeting__title" dir="auto">${bdi(m.title)}</h3>
        <p>
          <time datetime=${m.startsAt}>${times(m, m.timeZone || sessionZone)}</time>
          <span class="muted">${t('sessions.inZone', { zone: m.timeZone })}</span>
        </p>
        ${
          own !== m.timeZone
            ? html`<p class="muted">${t('sessions.yourTime', { times: times(m, own), zone: own })}</p>`
            : nothing
        }
        ${
          m.agendaItems.length
            ? html`<p>
                ${t('sessions.takesUp')}
                ${m.agendaItems.map((id) => {
                  const item = items.get(id);
                  return item
                    ? html`<span class="badge" dir="auto">${item.number}. ${bdi(item.title)}</span> `
                    : nothing;
                })}
              </p>`
            : nothing
        }
      </li>`,
    )}
  </ol>`;
}
