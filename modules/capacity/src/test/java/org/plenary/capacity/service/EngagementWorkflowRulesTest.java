package org.plenary.capacity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.plenary.capacity.domain.Confirmations;
import org.plenary.capacity.domain.Engagement;
import org.plenary.capacity.domain.Engagement.Side;
import org.plenary.capacity.domain.EngagementStatus;
import org.plenary.capacity.domain.EngagementStep;
import org.plenary.capacity.domain.Party;
import org.plenary.capacity.domain.Visibility;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.http.ApiProblem;

@DisplayName("An engagement needs both sides: every step, by each side, in each state")
class EngagementWorkflowRulesTest {

  private static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");
  private static final Confirmations.Confirmation CONFIRMED =
      new Confirmations.Confirmation(AT, Optional.of("Done."));

  @Test
  @DisplayName("The side a proposal was made to accepts or declines it; the proposer may only withdraw it")
  void proposed() {
    Engagement byState = engagement(Side.STATE, EngagementStatus.PROPOSED, Confirmations.none(), Confirmations.none());
    assertEquals(List.of(Side.PROVIDER), byState.awaiting());
    assertEquals(EngagementStatus.AGREED, EngagementWorkflow.decide(byState, Side.PROVIDER, EngagementStep.ACCEPTED).next());
    assertEquals(EngagementStatus.DECLINED,
        EngagementWorkflow.decide(byState, Side.PROVIDER, EngagementStep.DECLINED).next());
    assertEquals(EngagementStatus.WITHDRAWN,
        EngagementWorkflow.decide(byState, Side.STATE, EngagementStep.WITHDRAWN).next());

    ApiProblem own = refused(byState, Side.STATE, EngagementStep.ACCEPTED, 403);
    assertEquals("needs-both-sides", own.type());
    assertTrue(own.detail().contains("Malawi proposed this engagement, so Japan (the provider) accepts or declines it"),
        own.detail());
    refused(byState, Side.STATE, EngagementStep.DECLINED, 403);
    assertTrue(refused(byState, Side.PROVIDER, EngagementStep.WITHDRAWN, 403).detail().contains("Only Malawi"));
    refused(byState, Side.STATE, EngagementStep.START_CONFIRMED, 409);
    refused(byState, Side.PROVIDER, EngagementStep.COMPLETION_CONFIRMED, 409);

    Engagement byProvider = engagement(Side.PROVIDER, EngagementStatus.PROPOSED, Confirmations.none(),
        Confirmations.none());
    assertEquals(List.of(Side.STATE), byProvider.awaiting());
    assertEquals(EngagementStatus.AGREED,
        EngagementWorkflow.decide(byProvider, Side.STATE, EngagementStep.ACCEPTED).next());
    refused(byProvider, Side.PROVIDER, EngagementStep.ACCEPTED, 403);
  }

  @Test
  @DisplayName("The start takes effect with the second side's confirmation; a side confirms once")
  void start() {
    Engagement agreed = engagement(Side.STATE, EngagementStatus.AGREED, Confirmations.none(), Confirmations.none());
    assertEquals(List.of(Side.STATE, Side.PROVIDER), agreed.awaiting());
    EngagementWorkflow.Move first = EngagementWorkflow.decide(agreed, Side.STATE, EngagementStep.START_CONFIRMED);
    assertEquals(EngagementStatus.AGREED, first.next(), "waits for the provider");

    Engagement halfway = engagement(Side.STATE, EngagementStatus.AGREED,
        new Confirmations(Optional.of(CONFIRMED), Optional.empty()), Confirmations.none());
    assertEquals(List.of(Side.PROVIDER), halfway.awaiting());
    assertTrue(refused(halfway, Side.STATE, EngagementStep.START_CONFIRMED, 409).detail()
        .contains("Malawi has confirmed the start already; the engagement waits for Japan"));
    assertEquals(EngagementStatus.IN_PROGRESS,
        EngagementWorkflow.decide(halfway, Side.PROVIDER, EngagementStep.START_CONFIRMED).next());
    refused(halfway, Side.PROVIDER, EngagementStep.ACCEPTED, 409);
    refused(halfway, Side.PROVIDER, EngagementStep.COMPLETION_CONFIRMED, 409);
    refused(halfway, Side.STATE, EngagementStep.WITHDRAWN, 409);
  }

  @Test
  @DisplayName("Completion takes effect with the second side's confirmation; final states refuse every step")
  void completion() {
    Confirmations bothStarted = new Confirmations(Optional.of(CONFIRMED), Optional.of(CONFIRMED));
    Engagement running = engagement(Side.PROVIDER, EngagementStatus.IN_PROGRESS, bothStarted, Confirmations.none());
    assertEquals(EngagementStatus.IN_PROGRESS,
        EngagementWorkflow.decide(running, Side.STATE, EngagementStep.COMPLETION_CONFIRMED).next());
    refused(running, Side.STATE, EngagementStep.START_CONFIRMED, 409);

    Engagement waiting = engagement(Side.PROVIDER, EngagementStatus.IN_PROGRESS, bothStarted,
        new Confirmations(Optional.of(CONFIRMED), Optional.empty()));
    assertEquals(List.of(Side.PROVIDER), waiting.awaiting());
    refused(waiting, Side.STATE, EngagementStep.COMPLETION_CONFIRMED, 409);
    assertEquals(EngagementStatus.COMPLETED,
        EngagementWorkflow.decide(waiting, Side.PROVIDER, EngagementStep.COMPLETION_CONFIRMED).next());

    for (EngagementStatus last : List.of(EngagementStatus.COMPLETED, EngagementStatus.DECLINED,
        EngagementStatus.WITHDRAWN)) {
      Engagement done = engagement(Side.STATE, last, Confirmations.none(), Confirmations.none());
      assertEquals(List.of(), done.awaiting());
      for (EngagementStep step : EngagementStep.values()) {
        for (Side side : Side.values()) {
          refused(done, side, step, 409);
        }
      }
    }
  }

  /** The refusal as the client receives it: the edge's problem for the service's failure. */
  private static ApiProblem refused(Engagement engagement, Side side, EngagementStep step, int status) {
    Failure failure = assertThrows(Failure.class, () -> EngagementWorkflow.decide(engagement, side, step),
        side + " " + step + " on " + engagement.status());
    ApiProblem problem = ApiProblem.of(failure);
    assertEquals(status, problem.status(), problem.detail());
    return problem;
  }

  private static Engagement engagement(Side proposer, EngagementStatus status, Confirmations start,
                                       Confirmations completion) {
    return new Engagement(UUID.randomUUID(), UUID.randomUUID(), "A national CERT", Visibility.PUBLIC,
        UUID.randomUUID(), "CERT training", new Party("MWI", "Malawi", "state", Optional.of("african")),
        new Party("JPN", "Japan", "state", Optional.of("asia-pacific")), proposer, status, 90.0, Optional.empty(),
        start, completion, AT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), AT);
  }
}
