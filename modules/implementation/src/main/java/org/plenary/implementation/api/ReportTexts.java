package org.plenary.implementation.api;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.i18n.Language;
import org.plenary.platform.identity.Participant;

/**
 * The texts of published reports and of good practices, for another context to translate: with the rules of
 * {@code GET /reporting-cycles/{cycleId}/reports/{stateId}} (a report is read once published, one for States only
 * by the participants of States and the Secretariat and its own State, with the same refusals) and of
 * {@code GET /good-practices/{practiceId}} (public). Headings are given in {@code headingsIn}, from this context's
 * own catalogue: they are the survey's words, not the State's, and need no machine.
 */
public interface ReportTexts {

  /** The version the State published last, its answers under their headings, the norms first. */
  Future<TextWithHeadings> publishedReport(String cycleId, String stateId, Optional<Participant> reader,
                                           Language headingsIn);

  /** The practice's title, then what was done, who took part and the lessons, under their headings. */
  Future<TextWithHeadings> practice(UUID practiceId, Language headingsIn);
}
