/**
 * Maintenance windows and the targets and tasks registered with them: their tables and the
 * operations that create, read, update, delete and list them.
 */
package io.shapeforge.samples.ssm.windows;
