package io.shapeforge.importer;

import io.shapeforge.importer.model.ServiceDef;
import io.shapeforge.importer.model.SourceRef;
import io.shapeforge.importer.read.AwsJsonReader;
import io.shapeforge.importer.read.ModelFormat;
import io.shapeforge.importer.read.SmithyReader;
import io.shapeforge.importer.write.SpecWriter;
import io.shapeforge.importer.write.SpecWriter.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The importer in one call, shared by the command line and the Maven plugin: read the models
 * (format told from content), pick the service, write its spec sources.
 *
 * <pre>{@code
 * List<Path> written = Importer.importModels(new Importer.Request(
 *     List.of(Path.of("ssm-2014-11-06.c2j.json")), Path.of("ssm-2014-11-06.paginators.json"),
 *     null, "com.example.ssm.spec", Path.of("target/generated-sources/shapeforge-spec")));
 * }</pre>
 */
public final class Importer {
  /** The first line of every written file; files that start with it are the importer's own. */
  static final String MARKER = "// Imported by shapeforge-import";

  private Importer() {}

  /**
   * What to import.
   *
   * @param models files or directories; a directory contributes its {@code .smithy} and {@code
   *     .json} files (recursively, in path order) whose content is a model
   * @param paginators an AWS paginators file, or {@code null} for one among the models or a {@code
   *     paginators-1.json} beside the service model
   * @param service {@code NAMESPACE#Name}, or {@code null} when the models define one service
   */
  public record Request(
      List<Path> models,
      Path paginators,
      String service,
      String packageName,
      Path outputDirectory) {
    public Request {
      models = List.copyOf(models);
    }
  }

  /** Reads, writes and returns the files written, in path order. */
  public static List<Path> importModels(Request request) throws ModelException, IOException {
    ServiceDef service = read(request.models(), request.paginators(), request.service());
    List<SpecSource> sources = SpecWriter.write(service, request.packageName());
    return write(sources, request.outputDirectory(), request.packageName());
  }

  /** Reads the models into the neutral model, without writing anything. */
  public static ServiceDef read(List<Path> models, Path paginators, String service)
      throws ModelException, IOException {
    Map<Path, ModelFormat> files = classify(models);
    List<Path> smithy = filesOf(files, ModelFormat.SMITHY_IDL, ModelFormat.SMITHY_JSON);
    List<Path> aws = filesOf(files, ModelFormat.AWS_JSON);
    List<Path> pages = filesOf(files, ModelFormat.AWS_PAGINATORS);
    if (!smithy.isEmpty() && !aws.isEmpty()) {
      throw new ModelException(
          new ModelProblem(
              new SourceRef(aws.get(0).toString(), 0),
              ImportMessages.format(
                  ImportMessages.MIXED_FORMATS,
                  aws.get(0),
                  ModelFormat.AWS_JSON.description(),
                  smithy.get(0),
                  files.get(smithy.get(0)).description())));
    }
    if (!smithy.isEmpty()) {
      if (paginators != null || !pages.isEmpty()) {
        Path file = paginators != null ? paginators : pages.get(0);
        throw new ModelException(
            problem(
                file,
                "paginators files belong to AWS JSON service models; a Smithy model declares @paginated"));
      }
      return SmithyReader.read(smithy, service);
    }
    if (aws.isEmpty()) {
      throw new ModelException(
          problem(
              models.isEmpty() ? Path.of("") : models.get(0),
              "no model found: give .smithy files, Smithy JSON ASTs or an AWS JSON service model"));
    }
    if (aws.size() > 1) {
      throw new ModelException(
          problem(
              aws.get(1),
              "a second AWS JSON service model (the first is "
                  + aws.get(0)
                  + "); import one service model at a time"));
    }
    Path model = aws.get(0);
    Path pagination = paginators;
    if (pagination == null && pages.size() > 1) {
      throw new ModelException(
          problem(
              pages.get(1),
              "a second paginators file (the first is "
                  + pages.get(0)
                  + "); name the one to use with --paginators"));
    }
    if (pagination == null && pages.size() == 1) {
      pagination = pages.get(0);
    }
    Path beside = model.toAbsolutePath().resolveSibling("paginators-1.json");
    if (pagination == null && Files.isRegularFile(beside)) {
      pagination = beside;
    }
    return AwsJsonReader.read(model, pagination, service);
  }

  private static ModelProblem problem(Path file, String message) {
    return new ModelProblem(
        new SourceRef(file.toString(), 0), ImportMessages.format(ImportMessages.FORMAT, message));
  }

  /**
   * Each file's format; explicit files must be models, directory entries that are not are left out.
   */
  private static Map<Path, ModelFormat> classify(List<Path> models)
      throws ModelException, IOException {
    Map<Path, ModelFormat> formats = new TreeMap<>();
    for (Path model : models) {
      if (Files.isDirectory(model)) {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(model)) {
          entries =
              walk.filter(Files::isRegularFile)
                  .filter(p -> p.toString().endsWith(".smithy") || p.toString().endsWith(".json"))
                  .sorted()
                  .collect(Collectors.toList());
        }
        for (Path entry : entries) {
          ModelFormat format = ModelFormat.of(entry);
          if (format != ModelFormat.UNKNOWN_JSON) {
            formats.put(entry, format);
          }
        }
      } else if (Files.isRegularFile(model)) {
        ModelFormat format = ModelFormat.of(model);
        if (format == ModelFormat.UNKNOWN_JSON) {
          throw new ModelException(
              problem(
                  model,
                  "JSON of no known model format: neither a Smithy JSON AST"
                      + " (\"smithy\"), an AWS JSON service model (\"metadata\", \"shapes\") nor paginators (\"pagination\")"));
        }
        formats.put(model, format);
      } else {
        throw new ModelException(problem(model, "no such file or directory"));
      }
    }
    return formats;
  }

  private static List<Path> filesOf(Map<Path, ModelFormat> files, ModelFormat... formats) {
    Set<ModelFormat> wanted = Set.of(formats);
    return files.entrySet().stream()
        .filter(e -> wanted.contains(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  /**
   * Writes the sources, leaving a file untouched when its bytes are already right (so build tools
   * see no change), and deletes files in the package that an earlier import wrote but this one did
   * not (a shape the newer model dropped). Files without the importer's first line are never
   * touched.
   */
  static List<Path> write(List<SpecSource> sources, Path outputDirectory, String packageName)
      throws IOException {
    List<Path> written = new ArrayList<>();
    Set<Path> current = new HashSet<>();
    for (SpecSource source : sources) {
      Path file = outputDirectory.resolve(source.path());
      Files.createDirectories(file.getParent());
      byte[] bytes = source.content().getBytes(StandardCharsets.UTF_8);
      if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
        Files.write(file, bytes);
      }
      written.add(file);
      current.add(file.toAbsolutePath().normalize());
    }
    Path packageDirectory = outputDirectory.resolve(packageName.replace('.', '/'));
    if (Files.isDirectory(packageDirectory)) {
      try (Stream<Path> files = Files.list(packageDirectory)) {
        for (Path stale :
            files
                .filter(f -> f.toString().endsWith(".java"))
                .sorted()
                .collect(Collectors.toList())) {
          if (!current.contains(stale.toAbsolutePath().normalize()) && startsWithMarker(stale)) {
            Files.delete(stale);
          }
        }
      }
    }
    return written;
  }

  private static boolean startsWithMarker(Path file) {
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      return first != null && first.startsWith(MARKER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
