package org.plenary.implementation.http;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.plenary.implementation.domain.AnswersJson;
import org.plenary.implementation.domain.ReportLanguage;
import org.plenary.implementation.service.OpenCycle;
import org.plenary.implementation.service.SaveReport;
import org.plenary.platform.failure.Failure;
import org.plenary.platform.wire.WireEnum;

/** Request bodies (already checked against the contract's schemas) as the services' commands. */
final class ReportRequestJson {

  private ReportRequestJson() {
  }

  static OpenCycle cycle(JsonObject body) {
    try {
      return new OpenCycle(body.getString("id"), body.getString("title").strip(), LocalDate.parse(body.getString("cutOff")));
    } catch (DateTimeParseException e) {
      throw Failure.invalidAt("request body", "#/cutOff", "must be a date (YYYY-MM-DD) of the calendar");
    }
  }

  /**
   * The save: the version its text starts from comes from If-Match ({@code "3"}, also weak or bare) or
   * {@code baseVersion}; both given, they must agree.
   */
  static SaveReport save(String cycleId, String stateId, JsonObject body, Optional<String> ifMatch) {
    Optional<Integer> fromHeader = ifMatch.map(ReportRequestJson::etag);
    Optional<Integer> fromBody = Optional.ofNullable(body.getInteger("baseVersion"));
    if (fromHeader.isPresent() && fromBody.isPresent() && !fromHeader.equals(fromBody)) {
      throw Failure.invalid("base-version-mismatch", "Two base versions",
          "If-Match names version " + fromHeader.get() + " but baseVersion is " + fromBody.get() + ": send one.");
    }
    return new SaveReport(cycleId, stateId, fromHeader.or(() -> fromBody),
        WireEnum.parse(ReportLanguage.class, body.getString("language")),
        AnswersJson.answers(body.getJsonObject("answers")));
  }

  static int etag(String header) {
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    if (!tag.matches("[0-9]{1,6}")) {
      throw Failure.invalid("invalid-if-match", "If-Match is not a version",
          "The If-Match header must be the ETag of a version of the report (\"3\"), not " + header + ".");
    }
    return Integer.parseInt(tag);
  }
}
