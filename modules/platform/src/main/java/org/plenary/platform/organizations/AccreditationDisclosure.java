package org.plenary.platform.organizations;

import io.vertx.ext.web.RoutingContext;

/**
 * Whether the caller of a request may see a stakeholder's accreditation while it is not accredited
 * (pending, objected, withdrawn). The accreditation context decides; anyone it does not let see learns no
 * more than its public list of accredited organizations says.
 */
@FunctionalInterface
public interface AccreditationDisclosure {

  /** Nobody but the public list: what a server without the accreditation context would show. */
  AccreditationDisclosure ACCREDITED_ONLY = (rc, organizationId) -> false;

  boolean seesProcedureOf(RoutingContext rc, String organizationId);
}
