package org.plenary.implementation.domain;

/**
 * The sections of a national report beyond the norms: international law, confidence-building measures,
 * capacity-building, and the two questions of the resolution (A/RES/73/266 para 2: the efforts taken at the
 * national level, and the content of the concepts of the Groups' reports).
 */
public enum Section {
  INTERNATIONAL_LAW("internationalLaw"),
  CONFIDENCE_BUILDING("confidenceBuilding"),
  CAPACITY_BUILDING("capacityBuilding"),
  NATIONAL_EFFORTS("nationalEfforts"),
  CONCEPTS("concepts");

  private final String field;

  Section(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }
}
