package org.plenary.capacity.service;

import org.plenary.capacity.domain.Engagement;
import org.plenary.capacity.domain.EngagementStatus;
import org.plenary.capacity.domain.EngagementStep;
import org.plenary.platform.failure.Failure;

/**
 * The rules of an engagement's steps once it is proposed: an engagement needs both sides. The side that did
 * not propose it accepts or declines it; the proposer may withdraw it while it is proposed; start and
 * completion each take effect when both sides have confirmed them. Every other step is refused with the
 * rule that forbids it: 403 when it is the other side's to take, 409 when the engagement is not where the
 * step applies.
 */
public final class EngagementWorkflow {

  /** A step allowed: what it is, and the status it leaves the engagement in. */
  public record Move(EngagementStep step, EngagementStatus next) {

    public boolean changesStatus(EngagementStatus from) {
      return next != from;
    }
  }

  private EngagementWorkflow() {
  }

  /** The move {@code side} makes by taking {@code step}, or the refusal naming the rule. */
  public static Move decide(Engagement engagement, Engagement.Side side, EngagementStep step) {
    return switch (step) {
      case ACCEPTED -> decision(engagement, side, step, EngagementStatus.AGREED);
      case DECLINED -> decision(engagement, side, step, EngagementStatus.DECLINED);
      case WITHDRAWN -> withdrawal(engagement, side);
      case START_CONFIRMED -> confirmation(engagement, side, step, EngagementStatus.AGREED, EngagementStatus.IN_PROGRESS);
      case COMPLETION_CONFIRMED ->
          confirmation(engagement, side, step, EngagementStatus.IN_PROGRESS, EngagementStatus.COMPLETED);
      case PROPOSED -> throw conflict(engagement, "interest in a pair is expressed once");
    };
  }

  private static Move decision(Engagement e, Engagement.Side side, EngagementStep step, EngagementStatus next) {
    if (e.status() != EngagementStatus.PROPOSED) {
      throw conflict(e, "only a proposed engagement is accepted or declined");
    }
    if (side == e.initiatedBy()) {
      throw Failure.forbidden("needs-both-sides", "An engagement needs both sides",
          e.party(side).name() + " proposed this engagement, so " + e.otherSide(side).name() + " ("
              + role(side.other()) + ") accepts or declines it: an engagement needs both sides. The side that"
              + " proposed an engagement may withdraw its proposal.");
    }
    return new Move(step, next);
  }

  private static Move withdrawal(Engagement e, Engagement.Side side) {
    if (e.status() != EngagementStatus.PROPOSED) {
      throw conflict(e, "only a proposed engagement is withdrawn; once agreed, both sides carry it through");
    }
    if (side != e.initiatedBy()) {
      throw Failure.forbidden("Only " + e.otherSide(side).name() + ", which proposed this engagement, withdraws"
          + " it; the side it was proposed to declines it.");
    }
    return new Move(EngagementStep.WITHDRAWN, EngagementStatus.WITHDRAWN);
  }

  private static Move confirmation(Engagement e, Engagement.Side side, EngagementStep step, EngagementStatus from,
                                   EngagementStatus to) {
    boolean start = step == EngagementStep.START_CONFIRMED;
    if (e.status() != from) {
      throw conflict(e, start ? "only an agreed engagement starts" : "only an engagement in progress is completed");
    }
    var confirmations = start ? e.start() : e.completion();
    String what = start ? "the start" : "completion";
    if (confirmations.confirmedBy(side)) {
      throw Failure.conflict("needs-both-sides", "An engagement needs both sides",
          e.party(side).name() + " has confirmed " + what + " already; the engagement waits for "
              + e.otherSide(side).name() + " to confirm it: " + what + " takes effect when both sides confirm.");
    }
    return new Move(step, confirmations.confirmedBy(side.other()) ? to : from);
  }

  private static String role(Engagement.Side side) {
    return side == Engagement.Side.STATE ? "the requesting State" : "the provider";
  }

  private static Failure conflict(Engagement e, String rule) {
    return Failure.conflict("The engagement is " + e.status().wire() + "; " + rule + ".");
  }
}
