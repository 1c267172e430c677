package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the service that the shapes and operations of a spec package belong to.
 *
 * <pre>{@code
 * @Service(name = "AmazonSSM", targetPrefix = "AmazonSSM")
 * package com.example.ssm.spec;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface Service {
  /** The service name, such as {@code AmazonSSM}. */
  String name();

  /** The prefix of the {@code X-Amz-Target} header, such as {@code AmazonSSM}. */
  String targetPrefix();

  /** The wire protocol. */
  Protocol protocol() default Protocol.AWS_JSON_1_1;

  /**
   * The package that generated code lands in. Empty means the sibling package {@code model}: a spec
   * in {@code com.example.ssm.spec} generates into {@code com.example.ssm.model}.
   */
  String modelPackage() default "";
}
