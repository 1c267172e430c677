package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile requests, sent over loopback HTTP to the SSM emulator, each with the exact
 * status, {@code __type} and message expected back. The rows live in {@code bad-input-catalog.json}
 * beside this class (see {@link CatalogCase} for its columns).
 */
class BadInputCatalogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static LoopbackSsm ssm;

  @BeforeAll
  static void start() {
    ssm = LoopbackSsm.start();
  }

  @AfterAll
  static void stop() {
    ssm.close();
  }

  static List<CatalogCase> catalog() throws IOException {
    try (InputStream in = BadInputCatalogTest.class.getResourceAsStream("bad-input-catalog.json")) {
      List<CatalogCase> cases = new ArrayList<>();
      for (JsonNode row : JSON.readTree(in)) {
        cases.add(CatalogCase.from(row));
      }
      return cases;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void answersExactly(CatalogCase request) throws Exception {
    HttpResponse<byte[]> response =
        ssm.send(request.method(), request.path(), request.target(), request.body());
    JsonNode body = JSON.readTree(response.body());
    assertAll(
        () -> assertEquals(request.status(), response.statusCode(), body::toString),
        () -> assertEquals(request.type(), body.path("__type").asText(null), body::toString),
        () -> assertEquals(request.message(), body.path("message").asText(null)),
        () ->
            assertEquals(
                request.type(), response.headers().firstValue("x-amzn-ErrorType").orElse(null)),
        () ->
            assertEquals(
                "application/x-amz-json-1.1",
                response.headers().firstValue("Content-Type").orElse(null)));
  }

  @Test
  void catalogHasAtLeastSixtyDistinctCases() throws IOException {
    List<CatalogCase> cases = catalog();
    Set<String> names = new HashSet<>();
    cases.forEach(c -> assertTrue(names.add(c.name()), "duplicate name " + c.name()));
    assertTrue(cases.size() >= 60, "only " + cases.size() + " cases");
  }
}
