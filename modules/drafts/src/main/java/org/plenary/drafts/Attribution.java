package org.plenary.drafts;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.plenary.forum.api.ThreadInfo;
import org.plenary.platform.identity.Participant;

/**
 * Whose entries a reader sees attributed: stances, dissociations, sponsorships, comments and amendments. Under
 * the Chatham House Rule, as for posts, only moderators and the Secretariat see which State or organization
 * made each entry; any other reader sees its constituency and the counts, and by name only the entries of
 * their own organization. Every rendering of a draft or a proposal takes one.
 */
public final class Attribution {

  private static final Attribution UNRESTRICTED = new Attribution(true, Optional.empty());

  private final boolean namesEveryone;
  private final Optional<String> ownOrganization;

  private Attribution(boolean namesEveryone, Optional<String> ownOrganization) {
    this.namesEveryone = namesEveryone;
    this.ownOrganization = ownOrganization;
  }

  /** What {@code reader} (empty: anonymous) sees of the entries in {@code thread}. */
  public static Attribution of(ThreadInfo thread, Optional<Participant> reader) {
    return of(thread.chathamHouse(), reader);
  }

  /** What {@code reader} sees of the entries in a thread with this Chatham House flag. */
  public static Attribution of(boolean chathamHouse, Optional<Participant> reader) {
    return new Attribution(!chathamHouse || DraftRules.seesBehindTheRule(reader), reader.map(p -> p.organization().id()));
  }

  /** Every name, for another context that applies the rule itself (summaries) and never shows this as is. */
  public static Attribution unrestricted() {
    return UNRESTRICTED;
  }

  /** Whether every entry is shown with its State or organization. */
  public boolean namesEveryone() {
    return namesEveryone;
  }

  /**
   * Whether an entry of these organizations is shown with them: always outside the Chatham House Rule, and
   * under it to those behind the rule and to the reader's own organization (the State an entry is for, or the
   * organization that recorded it on the State's behalf). Null ids are ignored.
   */
  public boolean sees(String... organizationIds) {
    return namesEveryone || ownOrganization.map(own -> Stream.of(organizationIds).filter(Objects::nonNull)
        .anyMatch(own::equals)).orElse(false);
  }
}
