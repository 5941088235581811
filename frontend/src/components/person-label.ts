import type { Participant } from '../app/model';
import { organizationName } from '../app/names';
import { formatList, t } from '../i18n/i18n';

/** "Camille Laurent — France, delegate": who a participant is and for whom they speak. */
export function personLabel(participant: Participant): string {
  return t('session.signedInAs', {
    name: participant.name,
    organization: organizationName(participant.organization),
    roles: rolesLabel(participant),
  });
}

export function rolesLabel(participant: Participant): string {
  return formatList(participant.roles.map((role) => t(`role.${role}`)));
}
