package org.plenary.profiles;

import io.vertx.core.Future;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;
import org.plenary.platform.organizations.Organization;
import org.plenary.platform.organizations.OrganizationKind;

/**
 * A State's country profile: one page of each section, read from each context through its port, side by side
 * (a read per section, whatever the number of items). What the reader may see is each context's decision.
 */
public final class ProfileService {

  private final Ports ports;

  public ProfileService(Ports ports) {
    this.ports = ports;
  }

  /**
   * The profile of State {@code id}: every section's first page, or only {@code only}'s page after {@code after}.
   * A section the filter does not apply to is left out and named in {@link Profile#notFiltered()}.
   */
  public Future<Profile> profile(String id, ProfileFilter filter, Optional<Section> only,
                                 Optional<ActivityQuery.After> after, int limit, Optional<Participant> reader) {
    return requireState(id).compose(state -> {
      Set<Section> notFiltered = EnumSet.noneOf(Section.class);
      for (Section section : Section.values()) {
        if (!section.answers(filter)) {
          notFiltered.add(section);
        }
      }
      ActivityQuery query = filter.query(id, after, limit);
      Reads reads = new Reads(only, notFiltered);
      var positions = reads.of(Section.POSITIONS, () -> ports.forum().positionsOf(query, reader));
      var drafts = reads.of(Section.DRAFTS, () -> ports.stances().of(query, reader));
      var reports = reads.of(Section.REPORTS, () -> ports.national().reportsOf(query, reader));
      var practices = reads.of(Section.PRACTICES, () -> ports.national().practicesOf(query));
      var needs = reads.of(Section.NEEDS, () -> ports.capacity().needsOf(query, reader));
      var offers = reads.of(Section.OFFERS, () -> ports.capacity().offersOf(query));
      return Future.all(List.of(positions, drafts, reports, practices, needs, offers))
          .map(all -> new Profile(state, positions.result(), drafts.result(), reports.result(), practices.result(),
              needs.result(), offers.result(), notFiltered));
    });
  }

  /** Which sections are read: those asked for that the filter applies to. */
  private record Reads(Optional<Section> only, Set<Section> notFiltered) {

    <T> Future<Optional<ActivityPage<T>>> of(Section section, Supplier<Future<ActivityPage<T>>> read) {
      boolean asked = only.map(section::equals).orElse(true);
      return asked && !notFiltered.contains(section) ? read.get().map(Optional::of)
          : Future.succeededFuture(Optional.empty());
    }
  }

  /** The State of that id, or a 404 (no such organization) or a 400 (an organization that is not a State). */
  Future<Organization> requireState(String id) {
    return ports.organizations().find(id).map(found -> {
      Organization organization = found.orElseThrow(() -> Failure.notFound("no-such-organization",
          "No such organization", "No organization has the id '" + id + "'; States are named by their ISO 3166-1"
              + " alpha-3 code, such as FRA."));
      if (organization.kind() != OrganizationKind.STATE) {
        throw Failure.invalid("not-a-state", "Country profiles are of States", organization.name() + " ("
            + organization.id() + ") is " + article(organization.kind()) + ", not a State: country profiles and their"
            + " comparisons are of States. Its page is /organizations/" + organization.id() + ".");
      }
      return organization;
    });
  }

  private static String article(OrganizationKind kind) {
    return switch (kind) {
      case INTERGOVERNMENTAL -> "an intergovernmental organization";
      case PRIVATE_SECTOR -> "a private-sector organization";
      case ACADEMIA -> "an academic institution";
      case CIVIL_SOCIETY -> "a civil-society organization";
      case UN_BODY -> "a United Nations body";
      case STATE -> "a State";
    };
  }
}
