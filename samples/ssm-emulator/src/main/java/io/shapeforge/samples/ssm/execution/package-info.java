/**
 * Maintenance window executions: the scheduler that turns a due window into an execution and runs
 * its tasks on a {@link java.time.Clock}, the outcome rules that script what an invocation does,
 * and the seven execution operations that read and cancel what ran.
 *
 * <p>One execution is one stored {@link io.shapeforge.samples.ssm.execution.WindowRun}, keyed by
 * its window and scheduled start, so that of several nodes sharing a store exactly one inserts it
 * ({@code insertIfAbsent}); every later change to it is a transaction that locks that one record.
 * Its progress is a pure function of the record, the time and the outcome rules ({@link
 * io.shapeforge.samples.ssm.execution.RunProgress}), so a node that advances it after another does
 * nothing twice. The seed operation's tables are written from it in the same transaction ({@link
 * io.shapeforge.samples.ssm.execution.ExecutionRecordWriter}).
 */
package io.shapeforge.samples.ssm.execution;
