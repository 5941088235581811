package org.plenary.implementation.domain;

/** The questions of the national survey asked about each norm; {@link #field()} is the API's and the record's name. */
public enum NormQuestion {
  UNDERSTANDING("understanding"),
  /** What the State has done, in four parts: policy, law, institutions, practice. */
  POLICY("policy"),
  LAW("law"),
  INSTITUTIONS("institutions"),
  PRACTICE("practice"),
  GOOD_PRACTICE("goodPractice"),
  CHALLENGES("challenges"),
  NEEDS("needs");

  private final String field;

  NormQuestion(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }
}
