/**
 * Maintenance windows and the targets and tasks registered with them: what AWS does beyond storing
 * them, on the lifecycle handlers the processor generates from their {@code @Resource} declarations
 * in {@code imported.spec}, and the lookups across windows (the windows for a target, the
 * schedule).
 */
package io.shapeforge.samples.ssm.windows;
