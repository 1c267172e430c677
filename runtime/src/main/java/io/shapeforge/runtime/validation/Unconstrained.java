package io.shapeforge.runtime.validation;

import java.util.List;

/** The constraint of a value that has none; see {@link ValueConstraint#none()}. */
enum Unconstrained implements ValueConstraint<Object> {
  PLAIN,
  SENSITIVE;

  @Override
  public boolean accepts(Object value) {
    return true;
  }

  @Override
  public void report(Violations violations, String member, Object value) {
    // nothing can be broken
  }

  @Override
  public List<String> texts() {
    return List.of();
  }

  @Override
  public boolean isSensitive() {
    return this == SENSITIVE;
  }
}
