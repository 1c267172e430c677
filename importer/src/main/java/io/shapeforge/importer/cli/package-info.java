/** The command line, {@code java -jar shapeforge-import.jar}: flags in, exit code out. */
package io.shapeforge.importer.cli;
