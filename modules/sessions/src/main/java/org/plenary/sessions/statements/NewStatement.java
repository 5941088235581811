package org.plenary.sessions.statements;

import java.util.UUID;

/** What a delegation posts of an intervention: its text, the language it was delivered in, and whether to check it against delivery. */
public record NewStatement(UUID entryId, String text, StatementLanguage language, boolean checkAgainstDelivery) {
}
