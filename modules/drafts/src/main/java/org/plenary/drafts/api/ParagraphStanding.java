package org.plenary.drafts.api;

import java.util.List;

/**
 * Where one paragraph of a draft's latest version stands in the consensus tracker, every State named (the
 * reader applies the Chatham House Rule to what it shows).
 *
 * @param status agreed, contested or open
 * @param supportingStates the names of the States supporting it, in the order they recorded their stance
 * @param objectingStates the names of the States objecting to it, in the same order
 */
public record ParagraphStanding(int number, String status, int supportingGroupCount, int requiredGroups,
                                List<String> supportingStates, List<String> objectingStates) {

  public ParagraphStanding {
    supportingStates = List.copyOf(supportingStates);
    objectingStates = List.copyOf(objectingStates);
  }
}
