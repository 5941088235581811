package org.plenary.summary.generate;

import java.util.List;
import java.util.Map;
import org.plenary.forum.api.TranscriptPost;

/** Refuses text that names a State, organization or person of a Chatham House thread. */
public final class ChathamHouseCheck {

  private final Identities identities;

  public ChathamHouseCheck(Map<String, String> organizations, List<TranscriptPost> posts) {
    this.identities = Identities.of(true, organizations, posts);
  }

  public boolean identifies(String text) {
    return text.lines().anyMatch(identities::identifies);
  }
}
