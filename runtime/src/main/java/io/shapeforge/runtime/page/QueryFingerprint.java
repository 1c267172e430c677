package io.shapeforge.runtime.page;

import io.shapeforge.runtime.store.ValueType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a next token is bound to: the operation, the scope value and the filters, in a canonical
 * form, hashed with SHA-256. Two requests that mean the same query have the same fingerprint:
 * values within a filter are a set (they are OR-ed, so order and repeats do not matter), and the
 * filters are a multiset (they are AND-ed; order does not matter, a repeated filter is kept). The
 * page size is not part of it: a caller may change it between pages.
 *
 * <pre>{@code
 * QueryFingerprint query = QueryFingerprint.builder("DescribeMaintenanceWindowExecutionTasks")
 *     .scope(windowExecutionId)
 *     .filter("STATUS", List.of("SUCCESS", "FAILED"))
 *     .build();
 * }</pre>
 */
public final class QueryFingerprint {
  private static final byte[] DOMAIN = "shapeforge-query-v1".getBytes(StandardCharsets.US_ASCII);

  /**
   * One digest per thread, reused: a provider look-up per page costs more than the hash itself, and
   * a clone per page allocates the whole hash state.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(QueryFingerprint::sha256);

  private final byte[] digest;

  private QueryFingerprint(byte[] digest) {
    this.digest = digest;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Starts the fingerprint of a query of {@code operation}. */
  public static Builder builder(String operation) {
    return new Builder(Objects.requireNonNull(operation, "operation"));
  }

  /** The SHA-256 digest of the canonical query. */
  byte[] digest() {
    return digest.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QueryFingerprint
        && MessageDigest.isEqual(digest, ((QueryFingerprint) other).digest);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(digest);
  }

  /** Builds a {@link QueryFingerprint}. */
  public static final class Builder {
    private final String operation;
    private ValueType scopeType;
    private Object scope;
    private final List<byte[]> filters = new ArrayList<>();

    private Builder(String operation) {
      this.operation = operation;
    }

    /**
     * Sets the scope value: a value of a {@link ValueType}, or {@code null}.
     *
     * @throws IllegalArgumentException for a value of another type
     */
    public Builder scope(Object value) {
      ValueType type = value == null ? ValueType.STRING : ValueType.of(value);
      if (type == null) {
        throw new IllegalArgumentException(
            "a scope must be a key value type, not " + value.getClass());
      }
      this.scopeType = type;
      this.scope = value;
      return this;
    }

    /** Adds one filter: its key and its values as sent; {@code null}s are allowed. */
    public Builder filter(String key, Collection<String> values) {
      // The values as a sorted set, nulls first; a sorted array, as a filter has a handful.
      String[] sorted = values == null ? new String[0] : values.toArray(new String[0]);
      Arrays.sort(sorted, Comparator.nullsFirst(Comparator.naturalOrder()));
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || !Objects.equals(sorted[i], sorted[distinct - 1])) {
          sorted[distinct++] = sorted[i];
        }
      }
      KeyBytes bytes = new KeyBytes().nullableString(key).int32(distinct);
      for (int i = 0; i < distinct; i++) {
        bytes.nullableString(sorted[i]);
      }
      filters.add(bytes.toByteArray());
      return this;
    }

    /** The fingerprint. */
    public QueryFingerprint build() {
      List<byte[]> sorted = new ArrayList<>(filters);
      sorted.sort(Arrays::compareUnsigned);
      KeyBytes canonical = new KeyBytes().bytes(DOMAIN).string(operation);
      canonical
          .int32(scopeType == null ? -1 : scopeType.ordinal())
          .value(scopeType == null ? ValueType.STRING : scopeType, scope);
      canonical.int32(sorted.size());
      sorted.forEach(canonical::bytes);
      MessageDigest sha256 = SHA_256.get();
      sha256.reset();
      canonical.writeTo(sha256);
      return new QueryFingerprint(sha256.digest());
    }
  }
}
