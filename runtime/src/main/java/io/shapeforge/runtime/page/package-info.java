/**
 * Keyset pagination: pages, opaque authenticated next tokens, and client-side iteration over all
 * pages.
 *
 * <p>A next token carries the key of the last item returned, so the next page starts strictly after
 * it: a token never repeats, and writes between pages cause no duplicates and skip no record that
 * stays put. {@link io.shapeforge.runtime.page.NextTokenCodec} binds each token to its query
 * (operation, scope and filters) with an HMAC, so a token that was tampered with, forged or taken
 * from another query fails with {@link io.shapeforge.runtime.page.InvalidNextTokenException}.
 */
package io.shapeforge.runtime.page;
