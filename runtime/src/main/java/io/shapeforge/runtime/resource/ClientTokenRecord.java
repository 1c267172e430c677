package io.shapeforge.runtime.resource;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.RecordCodec;
import io.shapeforge.runtime.store.TableSchema;
import java.util.Objects;

/**
 * A client token already used to create a resource: what was created, and a digest of the
 * parameters it was created with. Kept in the store beside the resources, so a retry reaching
 * another node sharing the store gets the same answer.
 *
 * @param resource the resource name ({@link ResourceDefinition#name()})
 * @param token the client token as sent
 * @param parametersDigest the SHA-256 of the create parameters, base64
 * @param identifier the identifier minted by the first create
 */
public record ClientTokenRecord(
    String resource, String token, String parametersDigest, String identifier) {

  static final Column<ClientTokenRecord, String> RESOURCE =
      Column.ofString("Resource", ClientTokenRecord::resource);
  static final Column<ClientTokenRecord, String> TOKEN =
      Column.ofString("Token", ClientTokenRecord::token);

  /** The table of used client tokens, one row per (resource, token). */
  public static final TableSchema<ClientTokenRecord> TABLE =
      TableSchema.builder("ShapeforgeClientToken", RESOURCE.ascending(), TOKEN.ascending())
          .codec(RecordCodec.json(ClientTokenRecord.class))
          .build();

  public ClientTokenRecord {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(parametersDigest, "parametersDigest");
    Objects.requireNonNull(identifier, "identifier");
  }
}
