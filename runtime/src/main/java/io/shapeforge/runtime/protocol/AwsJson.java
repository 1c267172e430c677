package io.shapeforge.runtime.protocol;

/**
 * The header names and content type of awsJson1_1.
 *
 * <p>Header names are matched without regard to case by the clients that read them: the AWS SDK for
 * Java v2 looks a response header up case-insensitively ({@code
 * SdkHttpHeaders#firstMatchingHeader}, aws-sdk-java-v2 {@code http-client-spi}), and botocore keeps
 * headers in a case-insensitive dict. Transports may therefore change their case (the JDK server
 * writes {@code X-amzn-errortype}).
 */
public final class AwsJson {
  /** The content type of every request and response body. */
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  /** The request header naming the operation, as {@code <TargetPrefix>.<Operation>}. */
  public static final String TARGET_HEADER = "X-Amz-Target";

  /** The response header carrying a fresh request id on every response. */
  public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

  /**
   * The response header naming the error code; the same value as the body's {@code __type}.
   *
   * <p>The AWS SDK for Java v2 reads it before the body ({@code JsonErrorCodeParser}: headers
   * {@code x-amzn-ErrorType}, then {@code :error-code}, then the body's {@code __type} or {@code
   * code}; it keeps what precedes a {@code :} in the header and what follows a {@code #} in the
   * body). botocore (1.43, {@code parsers.py} {@code BaseJSONParser._do_error_parse}) reads only
   * the body's {@code __type}, with the same {@code :} and {@code #} rules, so both places must
   * agree. Shapeforge writes the bare code in both, which every form of the rules leaves unchanged.
   */
  public static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";

  private AwsJson() {}
}
