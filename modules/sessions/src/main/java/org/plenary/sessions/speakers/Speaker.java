package org.plenary.sessions.speakers;

import org.plenary.platform.organizations.OrganizationKind;

/** The organization an entry speaks for, as the list shows it. */
public record Speaker(String id, String name, OrganizationKind kind) {
}
