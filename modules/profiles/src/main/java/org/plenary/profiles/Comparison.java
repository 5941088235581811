package org.plenary.profiles;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.drafts.api.ParagraphComparison;
import org.plenary.forum.api.ThreadPositions;
import org.plenary.implementation.api.NormAnswers;
import org.plenary.implementation.api.PracticeOnRecord;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.identity.Participant;
import org.plenary.platform.organizations.ActivityPage;
import org.plenary.platform.organizations.ActivityQuery;
import org.plenary.platform.organizations.Organization;

/**
 * Two or three States side by side on one norm (their report answers on it, their positions in threads tagged
 * with it, their practices on it) or on one paragraph of a draft (their stances and dissociations). Reports,
 * practices and stances are one read for all the States; positions one per State (three at most).
 */
public final class Comparison {

  /** How many States are compared at most: more do not fit side by side. */
  public static final int MOST_STATES = 3;
  /** How many threads and practices of each State a comparison on a norm shows. */
  public static final int EACH = 5;

  private final Ports ports;
  private final ProfileService profiles;

  public Comparison(Ports ports, ProfileService profiles) {
    this.ports = ports;
    this.profiles = profiles;
  }

  /** A State's column on a norm. */
  public record OnNorm(Organization state, Optional<NormAnswers> answers, List<ThreadPositions> positions,
                       List<PracticeOnRecord> practices) {
  }

  /** The States on one paragraph, in the order named. */
  public record OnParagraph(List<Organization> states, ParagraphComparison paragraph) {
  }

  public Future<List<OnNorm>> onNorm(List<String> ids, String norm, Optional<Participant> reader) {
    return requireStates(ids).compose(states -> {
      Future<List<NormAnswers>> answers = ports.national().answersOn(norm, ids, reader);
      Future<List<PracticeOnRecord>> practices = ports.national().practicesOn(norm, ids, EACH);
      List<Future<ActivityPage<ThreadPositions>>> positions = ids.stream()
          .map(id -> ports.forum().positionsOf(ActivityQuery.of(id, EACH).withNorm(norm), reader)).toList();
      List<Future<?>> all = new ArrayList<>(List.of(answers, practices));
      all.addAll(positions);
      return Future.all(all).map(done -> {
        List<OnNorm> columns = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
          String id = ids.get(i);
          columns.add(new OnNorm(states.get(i),
              answers.result().stream().filter(a -> a.stateId().equals(id)).findFirst(),
              positions.get(i).result().items(),
              practices.result().stream().filter(p -> p.organizationId().equals(id)).toList()));
        }
        return columns;
      });
    });
  }

  public Future<OnParagraph> onParagraph(List<String> ids, UUID paragraphId, Optional<Participant> reader) {
    return requireStates(ids).compose(states -> ports.stances().on(paragraphId, ids, reader)
        .map(paragraph -> new OnParagraph(states, paragraph)));
  }

  /** Two or three distinct States, in the order named; anything else is a 400 (or a 404 for an unknown id). */
  public static List<String> parseStates(String list) {
    Set<String> ids = new LinkedHashSet<>(List.of(list.split(",", -1)));
    if (ids.size() != list.split(",", -1).length) {
      throw Failure.invalid("state-named-twice", "A State is named twice",
          "Each State is compared once: states=" + list + " names one twice.");
    }
    if (ids.size() > MOST_STATES) {
      throw Failure.invalid("too-many-states", "At most three States",
          "At most " + MOST_STATES + " States are compared side by side; states=" + list + " names " + ids.size()
              + ". Leave out " + (ids.size() - MOST_STATES) + ".");
    }
    if (ids.size() < 2) {
      throw Failure.invalid("too-few-states", "Two or three States",
          "A comparison sets two or three States side by side; states=" + list + " names one.");
    }
    return List.copyOf(ids);
  }

  private Future<List<Organization>> requireStates(List<String> ids) {
    List<Future<Organization>> found = ids.stream().map(profiles::requireState).toList();
    return Future.all(found).map(all -> found.stream().map(Future::result).toList());
  }
}
