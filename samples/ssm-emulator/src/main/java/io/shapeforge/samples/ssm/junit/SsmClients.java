package io.shapeforge.samples.ssm.junit;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Builds an AWS SDK {@link SsmClient} for an emulator. Only this class names SDK types, and it is
 * loaded only once the extension has seen that the SDK is on the class path, so the extension works
 * without the SDK.
 */
final class SsmClients {
  private SsmClients() {}

  /**
   * A client for {@code endpoint} in us-east-1 with dummy static credentials (the emulator does not
   * check signatures). Its HTTP client is whichever the SDK finds on the class path.
   */
  static SsmClient create(URI endpoint) {
    return SsmClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .build();
  }
}
