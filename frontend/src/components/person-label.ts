import type { Participant } from '../app/model';
import { language, t } from '../i18n/i18n';

/** "Camille Laurent — France, delegate": who a participant is and for whom they speak. */
export function personLabel(participant: Participant): string {
  return t('session.signedInAs', {
    name: participant.name,
    organization: participant.organization.name,
    roles: rolesLabel(participant),
  });
}

export function rolesLabel(participant: Participant): string {
  const roles = participant.roles.map((role) => t(`role.${role}`));
  return new Intl.ListFormat(language(), { style: 'long', type: 'conjunction' }).format(roles);
}
