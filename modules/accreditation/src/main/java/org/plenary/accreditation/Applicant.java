package org.plenary.accreditation;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.identity.Role;

/**
 * Who applies for which organization. A stakeholder's delegate applies for its own organization; the
 * Secretariat registers any stakeholder, by id, or by a new id made from its name. ECOSOC consultative status
 * accredits on notification only when the Secretariat registers it: an applicant's own is a claim, and its
 * application enters the non-objection window until the Secretariat confirms the claim.
 */
record Applicant(String organizationId, String kind, String name, boolean registeredByTheSecretariat,
                 boolean ecosocClaimed, int windowDays) {

  static Applicant of(Participant caller, ApplyForAccreditation request, AccreditationConfig config) {
    boolean ecosoc = request.ecosocStatus();
    String kind = request.kind();
    String name = request.name().strip();
    int windowDays = request.windowDays().orElse(config.windowDays());
    if (caller.has(Role.SECRETARIAT)) {
      // The slug is made even when the id is given: a name that yields none is refused either way.
      String id = request.organizationId().orElse(slug(name));
      return new Applicant(id, kind, name, true, ecosoc, windowDays);
    }
    Who.requireMayApplyForItself(caller, request);
    return new Applicant(caller.organization().id(), kind, name, false, ecosoc, windowDays);
  }

  /** Accredited on notification: ECOSOC status that the Secretariat itself registers. */
  boolean accreditedOnNotification() {
    return registeredByTheSecretariat && ecosocClaimed;
  }

  ApplicationStatus status() {
    return accreditedOnNotification() ? ApplicationStatus.ACCREDITED : ApplicationStatus.PENDING;
  }

  /** Only the Secretariat registers an organization Plenary does not know yet. */
  Future<Void> mayCreateOrganization(SqlConnection conn, ApplicationStore store) {
    return registeredByTheSecretariat ? store.insertOrganization(conn, organizationId, kind, name)
        : Future.failedFuture(Failure.notFound("Your organization '" + organizationId + "' is not in the registry."));
  }

  ApplicationStore.NewApplication toApplication(ApplyForAccreditation request, UUID appliedBy) {
    return new ApplicationStore.NewApplication(organizationId, name, kind, request.country(),
        request.website(), request.purpose().strip(), ecosocClaimed, accreditedOnNotification(),
        status(), appliedBy, windowDays, accreditedOnNotification() ? Decided.ECOSOC_NOTIFICATION : null);
  }

  /** "Cyber Peace Institute" becomes "cyber-peace-institute". */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() < 2) {
      throw Failure.invalid("Give the organizationId to register '" + name + "' under: its name yields none.");
    }
    return slug.length() > 63 ? slug.substring(0, 63).replaceAll("-+$", "") : slug;
  }
}
