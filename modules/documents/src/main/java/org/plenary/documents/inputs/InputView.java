package org.plenary.documents.inputs;

import java.util.Optional;
import org.plenary.platform.files.StoredFile;
import org.plenary.sessions.api.AgendaItemRef;
import org.plenary.sessions.api.SessionRef;

/** A written input with its session and agenda item as the sessions context names them, and its file if any. */
public record InputView(WrittenInput input, Optional<SessionRef> session, Optional<AgendaItemRef> agendaItem,
                        Optional<StoredFile> file) {
}
