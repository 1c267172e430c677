package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import io.shapeforge.processor.model.GeneratedNames;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.QueryOperation;
import io.shapeforge.processor.model.ServiceSpec;
import io.shapeforge.processor.model.ShapeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * The names of the query glue: {@code AmazonSsmTables}, {@code <Operation>Query}, {@code
 * <Operation>Filters}, {@code <Shape>Columns}, and the Java names derived from wire names.
 */
final class QueryNames {

  private QueryNames() {}

  /**
   * The service name as an UpperCamel prefix: {@code AmazonSSM} becomes {@code AmazonSsm}. A final
   * word {@code Service} is dropped, so that {@code OrdersService} names {@code OrdersService} and
   * {@code OrdersTables}, not {@code OrdersServiceService}.
   */
  static String servicePrefix(String serviceName) {
    StringBuilder out = new StringBuilder();
    List<String> words = words(serviceName);
    if (words.size() > 1 && words.get(words.size() - 1).equalsIgnoreCase("Service")) {
      words = words.subList(0, words.size() - 1);
    }
    for (String word : words) {
      out.append(Character.toUpperCase(word.charAt(0)))
          .append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    String prefix = out.toString();
    return prefix.isEmpty() || !Character.isJavaIdentifierStart(prefix.charAt(0))
        ? "Service" + prefix
        : prefix;
  }

  /**
   * Splits at non-alphanumerics, at lower-to-upper ({@code nameId}) and at upper-to-UpperLower
   * ({@code SSMService}) boundaries.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) || c > 127) {
        flush(words, word);
        continue;
      }
      boolean lowerToUpper =
          i > 0
              && Character.isUpperCase(c)
              && !Character.isUpperCase(text.charAt(i - 1))
              && Character.isLetterOrDigit(text.charAt(i - 1));
      boolean acronymEnd =
          i > 0
              && i + 1 < text.length()
              && Character.isUpperCase(c)
              && Character.isUpperCase(text.charAt(i - 1))
              && Character.isLowerCase(text.charAt(i + 1));
      if (lowerToUpper || acronymEnd) {
        flush(words, word);
      }
      word.append(c);
    }
    flush(words, word);
    return words;
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  static ClassName tables(ServiceSpec service) {
    return ClassName.get(
        service.modelPackage(), servicePrefix(service.service().name()) + "Tables");
  }

  static ClassName handler(ServiceSpec service) {
    return ClassName.get(
        service.modelPackage(), servicePrefix(service.service().name()) + "Handler");
  }

  static ClassName queries(ServiceSpec service) {
    return ClassName.get(
        service.modelPackage(), servicePrefix(service.service().name()) + "Queries");
  }

  /** The handler method of an operation: {@code describeMaintenanceWindowExecutionTasks}. */
  static String handlerMethod(OperationModel operation) {
    return Character.toLowerCase(operation.name().charAt(0)) + operation.name().substring(1);
  }

  static ClassName serviceClass(ServiceSpec service) {
    return ClassName.get(
        service.modelPackage(), servicePrefix(service.service().name()) + "Service");
  }

  static ClassName query(QueryOperation operation) {
    return ClassName.get(operation.modelPackage(), operation.operation().name() + "Query");
  }

  static ClassName filters(QueryOperation operation) {
    return ClassName.get(operation.modelPackage(), operation.operation().name() + "Filters");
  }

  static ClassName columns(ShapeRef shape) {
    return ClassName.get(shape.modelPackage(), shape.simpleName() + "Columns");
  }

  static ClassName validator(ShapeRef shape) {
    return ValidatorWriter.validatorName(shape);
  }

  /** {@code MaintenanceWindowExecution} becomes {@code MAINTENANCE_WINDOW_EXECUTION}. */
  static String upperSnake(String name) {
    return String.join("_", words(name)).toUpperCase(Locale.ROOT);
  }

  /**
   * The builder method of a filter key: {@code STATUS} becomes {@code status}, {@code TASK_TYPE}
   * {@code taskType}.
   */
  static String filterMethod(String key) {
    String camel = lowerCamel(key);
    return SourceVersion.isKeyword(camel) || camel.isEmpty() ? camel + "Filter" : camel;
  }

  /** The nested enum of a filter key's values: {@code STATUS} becomes {@code Status}. */
  static String filterEnum(String key) {
    String camel = lowerCamel(key);
    return camel.isEmpty() ? "Values" : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
  }

  /**
   * A constant for an allowed value: {@code IN_PROGRESS} stays, {@code in-progress} becomes {@code
   * IN_PROGRESS}.
   */
  static String valueConstant(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c < 128 && Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    String constant = out.toString();
    return constant.isEmpty() || Character.isDigit(constant.charAt(0)) ? "_" + constant : constant;
  }

  /** The getter of a member's column value: the raw string getter for an enum. */
  static String columnGetter(MemberModel member) {
    return GeneratedNames.rawAccessor(member).orElse(member.name());
  }

  private static String lowerCamel(String key) {
    List<String> words = words(key);
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      out.append(
          out.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    String camel = out.toString();
    return !camel.isEmpty() && Character.isDigit(camel.charAt(0)) ? "_" + camel : camel;
  }
}
