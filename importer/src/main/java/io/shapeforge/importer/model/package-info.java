/**
 * The importer's neutral model: plain immutable records that both readers produce and the one
 * writer consumes. Names are the model's own (shape names without namespace, wire member names);
 * Java names are chosen only when writing, so the readers never guess at Java rules and a
 * cross-check can compare two imports record by record.
 */
package io.shapeforge.importer.model;
