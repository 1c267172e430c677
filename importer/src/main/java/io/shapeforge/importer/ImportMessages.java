package io.shapeforge.importer;

import java.util.Locale;

/**
 * Every message the importer prints about a model, each with a stable tag so that tests and users
 * can match on it. Formats take the shape name first: the problem is always about a shape.
 */
public final class ImportMessages {
  private ImportMessages() {}

  private static final String PREFIX = "[shapeforge-import:";

  public static final String UNKNOWN_TRAIT =
      PREFIX + "unknown-trait] %s: trait %s has no spec form";
  public static final String UNKNOWN_PROPERTY =
      PREFIX + "unknown-property] %s: property '%s' has no spec form";
  public static final String UNSUPPORTED_SHAPE =
      PREFIX + "unsupported-shape] %s: %s has no spec form";
  public static final String UNSUPPORTED_PROTOCOL =
      PREFIX
          + "unsupported-protocol] %s: protocol %s has no spec form; the spec language speaks awsJson1_1";
  public static final String MISSING_SHAPE =
      PREFIX + "missing-shape] %s: refers to shape %s, which the model does not define";
  public static final String BAD_VALUE = PREFIX + "bad-value] %s: %s";
  public static final String PAGINATION = PREFIX + "pagination] %s: %s";
  public static final String NO_SERVICE = PREFIX + "no-service] the models define no service";
  public static final String SEVERAL_SERVICES =
      PREFIX
          + "several-services] the models define several services (%s); choose one with --service";
  public static final String SERVICE_NOT_FOUND =
      PREFIX + "service-not-found] no service %s in the models; they define %s";
  public static final String SHAPE_NAME_CONFLICT =
      PREFIX + "shape-name-conflict] %s: two shapes of the service are named %s (%s and %s)";
  public static final String OPERATION_NAME_RESERVED =
      PREFIX
          + "operation-name-reserved] %s: an operation's Java name is its wire name, and %s is a name the spec sources use (%s)";
  public static final String SMITHY = PREFIX + "smithy] %s";
  public static final String SYNTAX = PREFIX + "syntax] %s";
  public static final String FORMAT = PREFIX + "format] %s";
  public static final String MIXED_FORMATS =
      PREFIX + "mixed-formats] %s is %s but %s is %s; import one format at a time";

  /** Formats one of the constants above. */
  public static String format(String message, Object... args) {
    return String.format(Locale.ROOT, message, args);
  }
}
