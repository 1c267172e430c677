package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmQueries;

/**
 * The behaviour of all of SSM as imported from AWS's model. {@code
 * DescribeMaintenanceWindowExecutionTasks} is answered from the store by the generated query, which
 * {@code imported.spec.DescribeMaintenanceWindowExecutionTasksBehaviour} declares; every other of
 * its 146 operations decodes and validates its input with AWS's errors and then answers {@code
 * NotImplemented}, naming the operation. Behaviour for another operation is an override here, in
 * plain Java.
 */
final class ImportedSsmBehaviour extends AmazonSsmQueries {

  /**
   * @param store holds the tables of {@code AmazonSsmTables}
   * @param tokens issues and checks next tokens
   */
  ImportedSsmBehaviour(Store store, NextTokenCodec tokens) {
    super(store, tokens);
  }
}
