package io.shapeforge.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.shapeforge.processor.check.CheckResult;
import io.shapeforge.processor.check.ErrorMessages;
import io.shapeforge.processor.check.Orphan;
import io.shapeforge.processor.check.ResourceCheck;
import io.shapeforge.processor.check.SpecChecker;
import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.GeneratedSource;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.QueryDeclaration;
import io.shapeforge.processor.model.QueryModel;
import io.shapeforge.processor.model.QueryOperation;
import io.shapeforge.processor.model.ResourceDeclaration;
import io.shapeforge.processor.model.ResourceSpec;
import io.shapeforge.processor.model.ServiceModel;
import io.shapeforge.processor.model.ServiceResources;
import io.shapeforge.processor.model.ServiceSpec;
import io.shapeforge.processor.model.ShapeModel;
import io.shapeforge.processor.model.ShapeRef;
import io.shapeforge.processor.model.SpecModel;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.processor.read.Mirrors;
import io.shapeforge.processor.read.ModelPackages;
import io.shapeforge.processor.read.OperationReader;
import io.shapeforge.processor.read.ReferencedShapes;
import io.shapeforge.processor.read.ResourceReader;
import io.shapeforge.processor.read.ShapeReader;
import io.shapeforge.processor.read.ShapeRefs;
import io.shapeforge.processor.write.ResourceWriter;
import io.shapeforge.processor.write.ResourcesWriter;
import io.shapeforge.processor.write.SpecWriter;
import io.shapeforge.spec.EnumShape;
import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.IntEnumShape;
import io.shapeforge.spec.Operation;
import io.shapeforge.spec.Paginated;
import io.shapeforge.spec.Query;
import io.shapeforge.spec.Resource;
import io.shapeforge.spec.Structure;
import io.shapeforge.spec.Union;
import java.io.IOException;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;

/**
 * Generates, for every shape of a spec, a model class with builder and Jackson mapping, its
 * validator, an enum or an exception. Each round runs <em>read, check, write</em>: a shape with a
 * spec error is reported and dropped with whatever depends on it; the rest is still generated.
 *
 * <p>Use it from {@code annotationProcessorPaths}; it needs no options.
 *
 * <p>For each {@code @Query} operation it also writes the query glue: per operation a {@code
 * <Operation>Query} and {@code <Operation>Filters}, per stored shape its {@code <Shape>Columns},
 * and per service {@code <Service>Tables} and {@code <Service>Service} (dispatch). A {@code @Query}
 * may also sit apart from its operation, on an interface of the user's own that names it with
 * {@code operation = X.class}, so that an imported spec, which every import overwrites, gets a
 * query all the same; it generates the same files.
 *
 * <p>Gradle incremental processing: declared <em>aggregating</em> in {@code
 * META-INF/gradle/incremental.annotation.processors}, because the tables and dispatch files span
 * every query operation of a service. Per-shape files still name their one spec type as originating
 * element. The model package is read from the spec package's {@code @Service}, so changing it calls
 * for a clean build.
 */
@AutoService(Processor.class)
public final class ShapeforgeProcessor extends AbstractProcessor {

  private static final List<Class<? extends Annotation>> SHAPE_ANNOTATIONS =
      List.of(Structure.class, ErrorShape.class, Union.class);

  private static final List<Class<? extends Annotation>> SPEC_ANNOTATIONS =
      List.of(
          Structure.class,
          ErrorShape.class,
          Union.class,
          EnumShape.class,
          IntEnumShape.class,
          Operation.class,
          Paginated.class,
          Query.class,
          Resource.class);

  /** Enum shapes read so far, by spec name, so later rounds can refer to them. */
  private final Map<String, EnumShapeModel> enums = new HashMap<>();

  /**
   * Structures with a member type javac cannot resolve yet (say, a class another processor
   * generates), by spec name; read again next round. Any left at the end stay ungenerated, and
   * javac itself reports the missing type.
   */
  private final Set<String> deferred = new TreeSet<>();

  /** Every shape read so far, by spec name, so queries can name shapes of earlier rounds. */
  private final Map<String, ShapeModel> seen = new HashMap<>();

  /**
   * Services whose handler, tables and dispatch are written. Those files span all operations of a
   * service, so they are written once, in the round that reads its operations.
   */
  private final Set<String> writtenServices = new TreeSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return SPEC_ANNOTATIONS.stream()
        .map(Class::getCanonicalName)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver() || (annotations.isEmpty() && deferred.isEmpty())) {
      return false;
    }
    Elements elements = processingEnv.getElementUtils();
    Mirrors mirrors = new Mirrors(elements);
    ModelPackages packages = new ModelPackages(mirrors);
    ShapeRefs shapeRefs = new ShapeRefs(elements, packages);
    ShapeReader shapes = new ShapeReader(elements, mirrors, shapeRefs);
    OperationReader operations = new OperationReader(elements, mirrors, shapeRefs, packages);

    List<TypeElement> annotated = annotated(round);
    SpecModel model = deferUnresolved(read(annotated, elements, packages, shapes, operations));
    model.shapes().forEach(shape -> seen.put(shape.ref().specName(), shape));
    Map<String, ShapeModel> referenced =
        new ReferencedShapes(elements, shapes).with(seen, withDeclaredQueries(model));
    CheckResult checked = new SpecChecker().check(model, referenced, orphans(annotated, model));
    Messager messager = processingEnv.getMessager();
    DiagnosticPrinter printer = new DiagnosticPrinter(elements, messager);
    checked.diagnostics().forEach(printer::print);
    Map<String, EnumShapeModel> known = knownEnums(checked.valid(), elements, shapes);
    SpecWriter writer = new SpecWriter(checked.valid(), known);
    List<JavaFile> files =
        new ArrayList<>(
            writer.write(shape -> List.of(elements.getTypeElement(shape.ref().specName()))));
    List<ServiceSpec> services = new ArrayList<>();
    for (ServiceSpec service : checked.services()) {
      if (writtenServices.add(service.specName())) {
        services.add(service);
      } else {
        service
            .operations()
            .forEach(
                operation ->
                    messager.printMessage(
                        Kind.ERROR,
                        ErrorMessages.operationInLaterRound(operation.name()),
                        elements.getTypeElement(operation.specName())));
      }
    }
    files.addAll(writer.writeServices(services, source -> origins(source, elements)));
    files.addAll(resources(annotated, model, services, referenced, printer, elements));
    for (JavaFile file : files) {
      try {
        writeSource(file);
      } catch (IOException e) {
        messager.printMessage(
            Kind.ERROR,
            ErrorMessages.writeFailed(
                file.packageName() + "." + file.typeSpec().name(), e.getMessage()));
      }
    }
    return false;
  }

  /**
   * Reads, checks and writes the {@code @Resource} declarations of this round: per resource its
   * {@code <Record>Resource}, per service whose operations this round reads its {@code
   * <Service>Resources} handler base.
   */
  private List<JavaFile> resources(
      List<TypeElement> annotated,
      SpecModel model,
      List<ServiceSpec> services,
      Map<String, ShapeModel> shapes,
      DiagnosticPrinter printer,
      Elements elements) {
    ResourceReader reader = new ResourceReader(new Mirrors(elements));
    List<ResourceDeclaration> declarations = new ArrayList<>();
    for (TypeElement type : carrying(annotated, List.of(Resource.class))) {
      reader.read(type).ifPresent(declarations::add);
    }
    if (declarations.isEmpty()) {
      return List.of();
    }
    Map<String, OperationModel> operations = new HashMap<>();
    model.operations().forEach(operation -> operations.put(operation.specName(), operation));
    // A record the query engine stores has its table already; a resource would write another.
    Set<String> queried = new TreeSet<>();
    services.forEach(service -> queried.addAll(service.storedShapes().keySet()));
    ResourceCheck.Result checked =
        new ResourceCheck(shapes, operations, queried).check(declarations);
    checked.diagnostics().forEach(printer::print);
    List<JavaFile> files = new ArrayList<>();
    ResourceWriter resourceWriter = new ResourceWriter();
    for (ResourceSpec resource : checked.valid()) {
      files.add(resourceWriter.write(resource, resourceOrigins(resource, elements)));
    }
    for (ServiceSpec service : services) {
      List<ResourceSpec> served =
          checked.valid().stream()
              .filter(resource -> resource.modelPackage().equals(service.modelPackage()))
              .toList();
      if (!served.isEmpty()) {
        List<Element> origins = new ArrayList<>();
        served.forEach(resource -> origins.addAll(resourceOrigins(resource, elements)));
        files.add(
            new ResourcesWriter()
                .write(
                    new ServiceResources(service.service(), served, !service.queries().isEmpty()),
                    origins));
      }
    }
    return files;
  }

  /** The declaration of a resource and its record. */
  private static List<Element> resourceOrigins(ResourceSpec resource, Elements elements) {
    return List.of(
        elements.getTypeElement(resource.specName()),
        elements.getTypeElement(resource.record().ref().specName()));
  }

  /**
   * Writes {@code file} through the Filer, rendered to text first: {@link
   * JavaFile#writeTo(javax.annotation.processing.Filer)} would send each of its many small pieces
   * through the file's encoder, a few percent of the processor's time. The text is the same.
   */
  private void writeSource(JavaFile file) throws IOException {
    String text = file.toString();
    String name = file.typeSpec().name();
    JavaFileObject source =
        processingEnv
            .getFiler()
            .createSourceFile(
                file.packageName().isEmpty() ? name : file.packageName() + "." + name,
                file.typeSpec().originatingElements().toArray(new Element[0]));
    try (Writer writer = source.openWriter()) {
      writer.write(text);
    } catch (IOException | RuntimeException e) {
      source.delete();
      throw e;
    }
  }

  /**
   * The spec elements a query file derives from: the operation(s), and for a stored shape's
   * columns, the shape. Aggregating outputs (handler, tables, dispatch) name every operation.
   */
  private static List<Element> origins(GeneratedSource source, Elements elements) {
    List<Element> origins = new ArrayList<>();
    if (source instanceof ServiceSpec service) {
      service.operations().forEach(op -> origins.addAll(elementsOf(op, elements)));
    } else if (source instanceof ServiceSpec.StoredShape stored) {
      origins.add(elements.getTypeElement(stored.specName()));
      stored.queries().forEach(op -> origins.addAll(elementsOf(op.operation(), elements)));
    } else if (source instanceof QueryOperation operation) {
      origins.addAll(elementsOf(operation.operation(), elements));
    }
    return origins;
  }

  /** The operation's spec type, and the type of its query when that is declared apart. */
  private static List<Element> elementsOf(OperationModel operation, Elements elements) {
    List<Element> found = new ArrayList<>();
    found.add(elements.getTypeElement(operation.specName()));
    operation
        .query()
        .filter(QueryModel::isApart)
        .ifPresent(query -> found.add(elements.getTypeElement(query.declaredOn())));
    return found;
  }

  /**
   * The operations of this round, and those that queries declared apart name, with those queries,
   * so that the shapes of every query are read before the check.
   */
  private static List<OperationModel> withDeclaredQueries(SpecModel model) {
    List<OperationModel> operations = new ArrayList<>(model.operations());
    for (QueryDeclaration declaration : model.queries()) {
      model.operations().stream()
          .filter(operation -> operation.specName().equals(declaration.operation()))
          .findFirst()
          .ifPresent(operation -> operations.add(operation.withQuery(declaration.query())));
    }
    return operations;
  }

  /**
   * Types with {@code @Paginated} but no {@code @Operation}, or with {@code @Query} but neither
   * {@code @Operation} nor the operation it answers.
   */
  private static List<Orphan> orphans(List<TypeElement> annotated, SpecModel model) {
    Set<String> declarations = new TreeSet<>();
    model.queries().forEach(declaration -> declarations.add(declaration.specName()));
    List<Orphan> orphans = new ArrayList<>();
    for (TypeElement type : carrying(annotated, List.of(Paginated.class, Query.class))) {
      if (!Mirrors.has(type, Operation.class)) {
        boolean declaration = declarations.contains(type.getQualifiedName().toString());
        List<Class<? extends Annotation>> carried = new ArrayList<>();
        for (Class<? extends Annotation> annotation : List.of(Paginated.class, Query.class)) {
          if (Mirrors.has(type, annotation) && !(declaration && annotation == Query.class)) {
            carried.add(annotation);
          }
        }
        orphans.add(new Orphan(type.getQualifiedName().toString(), carried));
      }
    }
    return orphans;
  }

  /**
   * Takes structures with unresolved member types out of this round and keeps them for the next.
   */
  private SpecModel deferUnresolved(SpecModel model) {
    List<ShapeModel> ready = new ArrayList<>();
    for (ShapeModel shape : model.shapes()) {
      boolean unresolved =
          shape instanceof StructureShape structure
              && structure.members().stream().anyMatch(m -> m.type().isUnresolved());
      if (unresolved) {
        deferred.add(shape.ref().specName());
      } else {
        deferred.remove(shape.ref().specName());
        ready.add(shape);
      }
    }
    return new SpecModel(ready, model.operations(), model.services(), model.queries());
  }

  private SpecModel read(
      List<TypeElement> annotated,
      Elements elements,
      ModelPackages packages,
      ShapeReader shapes,
      OperationReader operations) {
    Map<String, ShapeModel> byName = new TreeMap<>();
    Map<String, PackageElement> specPackages = new TreeMap<>();
    List<TypeElement> structures = carrying(annotated, SHAPE_ANNOTATIONS);
    for (String name : deferred) {
      structures.add(elements.getTypeElement(name));
    }
    for (TypeElement type : structures) {
      byName.put(type.getQualifiedName().toString(), shapes.structure(type));
      specPackages.put(
          elements.getPackageOf(type).getQualifiedName().toString(), elements.getPackageOf(type));
    }
    for (TypeElement type : carrying(annotated, List.of(EnumShape.class, IntEnumShape.class))) {
      byName.put(type.getQualifiedName().toString(), shapes.enumShape(type));
      specPackages.put(
          elements.getPackageOf(type).getQualifiedName().toString(), elements.getPackageOf(type));
    }
    List<OperationModel> operationModels = new ArrayList<>();
    for (TypeElement type : carrying(annotated, List.of(Operation.class))) {
      operationModels.add(operations.read(type, Mirrors.find(type, Operation.class).orElseThrow()));
      specPackages.put(
          elements.getPackageOf(type).getQualifiedName().toString(), elements.getPackageOf(type));
    }
    List<QueryDeclaration> declarations = new ArrayList<>();
    for (TypeElement type : carrying(annotated, List.of(Query.class))) {
      if (!Mirrors.has(type, Operation.class)) {
        operations.declaration(type).ifPresent(declarations::add);
      }
    }
    List<ServiceModel> services = new ArrayList<>();
    specPackages.values().forEach(p -> packages.service(p).ifPresent(services::add));
    return new SpecModel(new ArrayList<>(byName.values()), operationModels, services, declarations);
  }

  /**
   * The types of this round carrying any spec annotation, each once, sorted by name for stable
   * output. One scan of the round: javac walks every element of every root for each call.
   */
  private static List<TypeElement> annotated(RoundEnvironment round) {
    Map<String, TypeElement> types = new TreeMap<>();
    for (Element element : round.getElementsAnnotatedWithAny(Set.copyOf(SPEC_ANNOTATIONS))) {
      if (element instanceof TypeElement type) {
        types.put(type.getQualifiedName().toString(), type);
      }
    }
    return new ArrayList<>(types.values());
  }

  /** Those of {@code types} that carry any of {@code annotations} directly, in their order. */
  private static List<TypeElement> carrying(
      List<TypeElement> types, List<Class<? extends Annotation>> annotations) {
    List<TypeElement> carrying = new ArrayList<>();
    for (TypeElement type : types) {
      if (annotations.stream().anyMatch(annotation -> Mirrors.has(type, annotation))) {
        carrying.add(type);
      }
    }
    return carrying;
  }

  /**
   * Enum shapes the valid structures refer to: those of this round, of earlier rounds, or compiled
   * earlier and read from the class path.
   */
  private Map<String, EnumShapeModel> knownEnums(
      SpecModel valid, Elements elements, ShapeReader shapes) {
    for (ShapeModel shape : valid.shapes()) {
      if (shape instanceof EnumShapeModel enumShape) {
        enums.put(shape.ref().specName(), enumShape);
      }
    }
    for (ShapeModel shape : valid.shapes()) {
      if (shape instanceof StructureShape structure) {
        for (MemberModel member : structure.members()) {
          for (ShapeRef named : member.type().shapesNamed()) {
            TypeElement type = elements.getTypeElement(named.specName());
            if (type != null
                && type.getKind() == ElementKind.ENUM
                && !enums.containsKey(named.specName())) {
              enums.put(named.specName(), shapes.enumShape(type));
            }
          }
        }
      }
    }
    return Map.copyOf(enums);
  }
}
