/**
 * The awsJson1_1 wire conventions: JSON codec configuration, timestamp format, operation dispatch
 * and error envelopes.
 */
package io.shapeforge.runtime.protocol;
