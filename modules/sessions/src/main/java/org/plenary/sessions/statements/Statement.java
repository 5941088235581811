package org.plenary.sessions.statements;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.plenary.platform.files.StoredFile;
import org.plenary.sessions.speakers.Speaker;
import org.plenary.sessions.speakers.SpeakingGroup;

/** A statement as posted: its text in its language, on its speakers-list entry, with its file if any. */
public record Statement(UUID id, UUID entryId, UUID sessionId, UUID agendaItemId, Speaker speaker,
                        Optional<SpeakingGroup> onBehalfOf, StatementLanguage language, boolean checkAgainstDelivery,
                        String text, Optional<StoredFile> file, Instant postedAt) {
}
