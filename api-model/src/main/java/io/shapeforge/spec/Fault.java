package io.shapeforge.spec;

/** Who is to blame for an {@link ErrorShape}. */
public enum Fault {
  /** The caller sent something wrong; retrying the same request will not help. */
  CLIENT,
  /** The service failed. */
  SERVER
}
