package org.plenary.profiles;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.http.ApiRoutes;
import org.plenary.platform.http.Cursor;
import org.plenary.platform.http.RequestInput;
import org.plenary.platform.http.Responses;
import org.plenary.platform.identity.Caller;
import org.plenary.platform.organizations.ActivityQuery;
import org.plenary.platform.wire.WireEnum;

/** {@code /organizations/{id}/profile} and {@code /profiles/comparison}. */
final class ProfilesApi implements ApiModule {

  private static final int DEFAULT_SECTION = 20;

  private final ProfileService profiles;
  private final Comparison comparison;

  ProfilesApi(ProfileService profiles, Comparison comparison) {
    this.profiles = profiles;
    this.comparison = comparison;
  }

  @Override
  public String openApiFragment() {
    return "openapi/profiles.yaml";
  }

  @Override
  public void mount(ApiRoutes routes) {
    routes.on("getCountryProfile", this::profile)
        .on("compareStates", this::compare);
  }

  private void profile(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    ProfileFilter filter = new ProfileFilter(in.query("topic"), in.query("norm"), in.dayQuery("since"), in.dayQuery("until"));
    Optional<Section> section = in.query("section").map(wire -> WireEnum.parse(Section.class, wire));
    Optional<ActivityQuery.After> after = in.query("cursor").map(cursor -> after(cursor, section));
    profiles.profile(in.path("id"), filter, section, after, in.limit(DEFAULT_SECTION), Caller.of(rc))
        .onSuccess(profile -> Responses.ok(rc, ProfilesJson.profile(profile)))
        .onFailure(rc::fail);
  }

  private void compare(RoutingContext rc) {
    RequestInput in = RequestInput.of(rc);
    var states = Comparison.parseStates(in.query("states").orElseThrow());
    Optional<String> norm = in.query("norm");
    Optional<UUID> paragraph = in.uuidQuery("paragraph");
    if (norm.isPresent() == paragraph.isPresent()) {
      throw Failure.invalid("norm-or-paragraph", "A norm or a paragraph",
          "States are compared on one norm (norm=norm-f) or on one paragraph of a draft (paragraph=<its id>):"
              + " give exactly one of the two.");
    }
    if (norm.isPresent()) {
      comparison.onNorm(states, norm.get(), Caller.of(rc))
          .onSuccess(columns -> Responses.ok(rc, ComparisonJson.onNorm(norm.get(), columns)))
          .onFailure(rc::fail);
    } else {
      comparison.onParagraph(states, paragraph.get(), Caller.of(rc))
          .onSuccess(found -> Responses.ok(rc, ComparisonJson.onParagraph(found)))
          .onFailure(rc::fail);
    }
  }

  /** A cursor is a section's: it is read back only with that section named. */
  private static ActivityQuery.After after(String cursor, Optional<Section> section) {
    if (section.isEmpty()) {
      throw Failure.invalid("cursor-without-section", "Which section's page?",
          "A cursor is the next page of one section: name it with section= (positions, drafts, ...).");
    }
    Cursor.Keys keys = Cursor.decode(cursor, Cursor.Key.TEXT, Cursor.Key.TIME, Cursor.Key.TEXT);
    if (!keys.text(0).equals(section.get().wire())) {
      throw Failure.invalid("cursor-of-another-section", "A cursor of another section",
          "This cursor is the next page of " + keys.text(0) + ", not of " + section.get().wire() + ".");
    }
    return new ActivityQuery.After(keys.instant(1), keys.text(2));
  }
}
