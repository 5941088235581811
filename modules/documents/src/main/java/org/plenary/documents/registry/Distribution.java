package org.plenary.documents.registry;

import org.plenary.platform.wire.WireEnum;

/**
 * Who may read a document. United Nations practice (ST/AI/189/Add.3): {@code general} documents are for everyone;
 * {@code limited} ones (draft resolutions and decisions, mostly under an {@code L.} symbol) are temporary texts of
 * the negotiation, circulated to those taking part: here, signed-in participants whose organization takes part
 * (States, intergovernmental organizations, accredited stakeholders and those who run the dialogue);
 * {@code restricted} ones are confidential: States and those who run the dialogue (the Secretariat, the Chair).
 */
public enum Distribution implements WireEnum {
  GENERAL, LIMITED, RESTRICTED
}
