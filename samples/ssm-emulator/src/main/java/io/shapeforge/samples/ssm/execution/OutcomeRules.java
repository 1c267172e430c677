package io.shapeforge.samples.ssm.execution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.RecordCodec;
import io.shapeforge.runtime.store.TableSchema;
import java.util.List;
import java.util.Objects;

/**
 * The scripted outcomes of invocations, as {@code POST /_shapeforge/outcomes} sets them: an ordered
 * list of {@link OutcomeRule}s, the first match winning; an invocation no rule matches succeeds
 * {@value #DEFAULT_DURATION_SECONDS} s of emulator time after it starts. Kept in the store, so that
 * every node sharing it scripts the same outcomes.
 */
public final class OutcomeRules {
  /** How long an invocation runs when no rule says otherwise. */
  public static final long DEFAULT_DURATION_SECONDS = 60;

  /** The outcome of an invocation no rule matches. */
  public static final OutcomeRule DEFAULT =
      OutcomeRule.always(RunStatus.SUCCESS, null, DEFAULT_DURATION_SECONDS);

  private static final String SINGLE_KEY = "rules";

  /** The one-record table the rules live in; public for the demo snapshot, which names it. */
  public static final TableSchema<OutcomeRules> TABLE =
      TableSchema.builder(
              "ShapeforgeOutcomeRules",
              Column.<OutcomeRules>ofString("Name", rules -> SINGLE_KEY).ascending())
          .codec(RecordCodec.json(OutcomeRules.class))
          .build();

  private static final OutcomeRules NONE = new OutcomeRules(List.of());

  private final List<OutcomeRule> rules;

  @JsonCreator
  public OutcomeRules(@JsonProperty("rules") List<OutcomeRule> rules) {
    this.rules = List.copyOf(Objects.requireNonNullElse(rules, List.of()));
  }

  /** No rules: every invocation gets {@link #DEFAULT}. */
  public static OutcomeRules none() {
    return NONE;
  }

  @JsonProperty("rules")
  public List<OutcomeRule> rules() {
    return rules;
  }

  /** The first rule that matches, or {@link #DEFAULT}. */
  OutcomeRule outcomeOf(String taskArn, String instanceId) {
    for (OutcomeRule rule : rules) {
      if (rule.matches(taskArn, instanceId)) {
        return rule;
      }
    }
    return DEFAULT;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutcomeRules that && that.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "OutcomeRules" + rules;
  }
}
