package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.PaginationModel;
import io.shapeforge.processor.model.ResourceSpec;
import io.shapeforge.processor.model.ResourceSpec.Lifecycle;
import io.shapeforge.processor.model.ServiceResources;
import io.shapeforge.processor.model.StructureShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Resources}: a {@code <Service>Handler} whose create, read, update, delete
 * and list methods of every declared resource run on a {@code ResourceStore}, each a few lines a
 * reader can follow. Members map by name: a create copies input members into the record (through an
 * overridable {@code new<Record>} hook, for members the input lacks) and passes its
 * {@code @IdempotencyToken} member as the client token; outputs take the whole record in a member
 * of its type, or its members of the same names. Every other operation is left to a subclass.
 */
public final class ResourcesWriter extends GeneratedFileWriter<ServiceResources> {

  @Override
  protected TypeSpec.Builder type(ServiceResources service) {
    TypeSpec.Builder type =
        classBuilder(ResourceNames.resources(service))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The lifecycle operations of the resources of service $L, on a {@link $T}. Extend it to\n"
                    + "serve the service's other operations, or to fill record members a create's input\n"
                    + "lacks (override the {@code new...} methods).\n",
                service.service().name(),
                Types.RESOURCE_STORE)
            .addField(definitions(service))
            .addField(
                FieldSpec.builder(
                        Types.RESOURCE_STORE, "resources", Modifier.PRIVATE, Modifier.FINAL)
                    .build());
    if (service.withQueries()) {
      // A dispatcher takes one handler: this base answers the queries too, by inheriting them.
      type.superclass(ResourceNames.queries(service))
          .addJavadoc(
              "\n<p>It extends {@link $T}, so one handler answers the service's queries too.\n",
              ResourceNames.queries(service));
    } else {
      type.addSuperinterface(ResourceNames.handler(service));
    }
    if (service.withQueries()) {
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("Serves {@link #DEFINITIONS} and the queries' tables on {@code store}.\n")
              .addParameter(Types.STORE, "store")
              .addParameter(Types.NEXT_TOKEN_CODEC, "tokens")
              .addStatement(
                  "this(store, tokens, new $T(store, tokens, DEFINITIONS))", Types.RESOURCE_STORE)
              .build());
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(
                  "Serves the queries' tables on {@code store} and the resources on {@code resources}.\n"
                      + "\n@param resources a store on {@code store} serving at least {@link #DEFINITIONS}\n")
              .addParameter(Types.STORE, "store")
              .addParameter(Types.NEXT_TOKEN_CODEC, "tokens")
              .addParameter(Types.RESOURCE_STORE, "resources")
              .addStatement("super(store, tokens)")
              .addStatement(
                  "this.resources = $T.requireNonNull(resources, $S)", Types.OBJECTS, "resources")
              .build());
    } else {
      type.addMethod(
              MethodSpec.constructorBuilder()
                  .addModifiers(Modifier.PUBLIC)
                  .addJavadoc("@param resources a store serving at least {@link #DEFINITIONS}\n")
                  .addParameter(Types.RESOURCE_STORE, "resources")
                  .addStatement(
                      "this.resources = $T.requireNonNull(resources, $S)",
                      Types.OBJECTS,
                      "resources")
                  .build())
          .addMethod(
              MethodSpec.constructorBuilder()
                  .addModifiers(Modifier.PUBLIC)
                  .addJavadoc("Serves {@link #DEFINITIONS} on {@code store}.\n")
                  .addParameter(Types.STORE, "store")
                  .addParameter(Types.NEXT_TOKEN_CODEC, "tokens")
                  .addStatement("this(new $T(store, tokens, DEFINITIONS))", Types.RESOURCE_STORE)
                  .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("resources")
            .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
            .addJavadoc(
                "The store the generated handlers use, for hand-written ones beside them.\n")
            .returns(Types.RESOURCE_STORE)
            .addStatement("return resources")
            .build());
    for (ResourceSpec resource : service.resources()) {
      resource
          .create()
          .ifPresent(
              create -> {
                type.addMethod(create(resource, create));
                type.addMethod(newRecord(resource, create));
              });
      resource.read().ifPresent(read -> type.addMethod(byKey(resource, read, "get")));
      resource
          .update()
          .ifPresent(
              update -> {
                type.addMethod(update(resource, update));
                type.addMethod(changedRecord(resource, update));
              });
      resource
          .delete()
          .ifPresent(
              delete -> {
                type.addMethod(delete(resource, delete));
                type.addMethod(deleteCheck(resource, delete));
              });
      resource
          .list()
          .ifPresent(
              list -> {
                type.addMethod(list(resource, list));
                type.addMethod(listQuery(resource, list));
                listItem(resource, list).ifPresent(type::addMethod);
              });
    }
    return type;
  }

  private static FieldSpec definitions(ServiceResources service) {
    List<CodeBlock> each = new ArrayList<>();
    service
        .resources()
        .forEach(r -> each.add(CodeBlock.of("$T.DEFINITION", ResourceNames.resource(r))));
    return FieldSpec.builder(
            ParameterizedTypeName.get(
                Types.LIST,
                ParameterizedTypeName.get(
                    Types.RESOURCE_DEFINITION, WildcardTypeName.subtypeOf(Object.class))),
            "DEFINITIONS",
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("Every resource of the service, parents first.\n")
        .initializer("$T.of($L)", Types.LIST, CodeBlock.join(each, ", "))
        .build();
  }

  private static MethodSpec create(ResourceSpec resource, Lifecycle create) {
    ClassName input = MemberTypes.className(create.input().ref());
    Optional<MemberModel> token =
        create.input().members().stream().filter(m -> m.traits().idempotencyToken()).findFirst();
    MethodSpec.Builder method = handlerMethod(create);
    method.addStatement(
        "$T parentKey = $L",
        Types.KEY,
        keyOf(resource.key().subList(0, resource.key().size() - 1)));
    if (token.isPresent()) {
      // The token itself is not a parameter; "" keeps the builder from minting a fresh one.
      method.addStatement(
          "byte[] parameters = $T.of(request.toBuilder().$N($S).build())",
          Types.CREATE_PARAMETERS,
          token.get().name(),
          "");
    }
    method
        .addStatement(
            "$T created = resources.create($T.DEFINITION, parentKey, $L, $L, $N -> $N(request, $N))",
            Types.CREATED,
            ResourceNames.resource(resource),
            token.map(t -> CodeBlock.of("request.$N()", t.name())).orElse(CodeBlock.of("null")),
            token.isPresent() ? "parameters" : "null",
            resource.identifier(),
            ResourceNames.newRecordMethod(resource),
            resource.identifier())
        // A replayed token answers as the first create did, also once the resource is gone since
        // (as the hand-written SSM windows did): then the record is the one the request makes.
        .addStatement(
            "$T $N = resources.find($T.DEFINITION, created.key())"
                + ".orElseGet(() -> $N(request, created.identifier()))",
            MemberTypes.className(resource.record().ref()),
            ResourceNames.recordVariable(resource),
            ResourceNames.resource(resource),
            ResourceNames.newRecordMethod(resource));
    return method.addStatement("return $L", output(resource, create)).build();
  }

  /** The hook that builds the record a create stores. */
  private static MethodSpec newRecord(ResourceSpec resource, Lifecycle create) {
    ClassName record = MemberTypes.className(resource.record().ref());
    CodeBlock.Builder build =
        CodeBlock.builder()
            .add("$T.builder()", record)
            .add("\n    .$N($N)", resource.identifier(), resource.identifier());
    for (MemberModel member : create.input().members()) {
      if (!member.name().equals(resource.identifier()) && has(resource.record(), member.name())) {
        build.add("\n    .$N(request.$N())", member.name(), member.name());
      }
    }
    build.add("\n    .build()");
    return MethodSpec.methodBuilder(ResourceNames.newRecordMethod(resource))
        .addModifiers(Modifier.PROTECTED)
        .addJavadoc(
            "The record {@code $L} stores under a new identifier: the input's members of the record's\n"
                + "names. Override it to fill members the input does not carry.\n"
                + "\n@param request the create's input\n@param $L the minted identifier\n",
            create.operation().name(),
            resource.identifier())
        .returns(record)
        .addParameter(MemberTypes.className(create.input().ref()), "request")
        .addParameter(String.class, resource.identifier())
        .addStatement("return $L", build.build())
        .build();
  }

  /**
   * A partial update, compare-and-set in the store: each record member the input names and the
   * caller sent replaces the stored one; with a {@code replace} input member sent as true, one left
   * out is cleared.
   */
  private static MethodSpec update(ResourceSpec resource, Lifecycle update) {
    ClassName record = MemberTypes.className(resource.record().ref());
    Optional<MemberModel> replace =
        update.input().members().stream()
            .filter(m -> m.name().equals("replace") && m.type().is(MemberType.ScalarKind.BOOLEAN))
            .filter(m -> !has(resource.record(), m.name()))
            .findFirst();
    MethodSpec.Builder method = handlerMethod(update);
    replace.ifPresent(
        r ->
            method.addStatement(
                "boolean replace = $T.TRUE.equals(request.$N())", Boolean.class, r.name()));
    method.addCode(
        "$T $N = resources.update($T.DEFINITION, $L, current -> {\n$>",
        record,
        ResourceNames.recordVariable(resource),
        ResourceNames.resource(resource),
        keyOf(resource.key()));
    method.addStatement("$T updated = current.toBuilder()", record.nestedClass("Builder"));
    for (MemberModel member : update.input().members()) {
      if (resource.key().contains(member.name()) || !has(resource.record(), member.name())) {
        continue;
      }
      method
          .beginControlFlow(
              replace.isPresent()
                  ? "if (replace || request.$N() != null)"
                  : "if (request.$N() != null)",
              member.name())
          .addStatement("updated.$N(request.$N())", member.name(), member.name())
          .endControlFlow();
    }
    method.addStatement(
        "return $N(request, current, updated.build())",
        ResourceNames.changedRecordMethod(resource));
    method.addCode("$<});\n");
    return method.addStatement("return $L", output(resource, update)).build();
  }

  /** The hook an update passes its change through, before the compare-and-set writes it. */
  private static MethodSpec changedRecord(ResourceSpec resource, Lifecycle update) {
    ClassName record = MemberTypes.className(resource.record().ref());
    return MethodSpec.methodBuilder(ResourceNames.changedRecordMethod(resource))
        .addModifiers(Modifier.PROTECTED)
        .addJavadoc(
            "The record {@code $L} stores: {@code changed} as the input's members made it. Override\n"
                + "it to derive members (a modification time), keep one the update must not clear, or\n"
                + "refuse the change by throwing. It runs inside a compare-and-set, maybe more than\n"
                + "once, so it should have no effect but the record it returns.\n"
                + "\n@param request the update's input\n@param current the stored record"
                + "\n@param changed the stored record with the input's members applied\n",
            update.operation().name())
        .returns(record)
        .addParameter(MemberTypes.className(update.input().ref()), "request")
        .addParameter(record, "current")
        .addParameter(record, "changed")
        .addStatement("return changed")
        .build();
  }

  /**
   * A delete: the record found by the input's key members, and its descendants, if the check lets
   * it.
   */
  private static MethodSpec delete(ResourceSpec resource, Lifecycle delete) {
    return handlerMethod(delete)
        .addStatement(
            "$T $N = resources.delete($T.DEFINITION, $L, (tx, found) -> $N(request, tx, found))",
            MemberTypes.className(resource.record().ref()),
            ResourceNames.recordVariable(resource),
            ResourceNames.resource(resource),
            keyOf(resource.key()),
            deleteCheckMethod(delete))
        .addStatement("return $L", output(resource, delete))
        .build();
  }

  /** The hook a delete asks first, in its transaction. */
  private static MethodSpec deleteCheck(ResourceSpec resource, Lifecycle delete) {
    return MethodSpec.methodBuilder(deleteCheckMethod(delete))
        .addModifiers(Modifier.PROTECTED)
        .addJavadoc(
            "Checks that {@code $L} may delete {@code found}; it does nothing here. Override it to\n"
                + "refuse by throwing (a resource still in use): it reads through {@code tx}, the\n"
                + "delete's transaction, so what it checked still holds when the delete happens.\n"
                + "\n@param request the delete's input\n@param tx the delete's transaction"
                + "\n@param found the record about to be deleted with its descendants\n",
            delete.operation().name())
        .addParameter(MemberTypes.className(delete.input().ref()), "request")
        .addParameter(Types.TRANSACTION, "tx")
        .addParameter(MemberTypes.className(resource.record().ref()), "found")
        .build();
  }

  private static String deleteCheckMethod(Lifecycle delete) {
    return "check" + delete.operation().name();
  }

  /** A read: the record found by the input's key members. */
  private static MethodSpec byKey(ResourceSpec resource, Lifecycle lifecycle, String storeMethod) {
    return handlerMethod(lifecycle)
        .addStatement(
            "$T $N = resources.$L($T.DEFINITION, $L)",
            MemberTypes.className(resource.record().ref()),
            ResourceNames.recordVariable(resource),
            storeMethod,
            ResourceNames.resource(resource),
            keyOf(resource.key()))
        .addStatement("return $L", output(resource, lifecycle))
        .build();
  }

  /** A list: one page of the query {@link #listQuery} builds, in the output's paging members. */
  private static MethodSpec list(ResourceSpec resource, Lifecycle list) {
    PaginationModel pagination = list.operation().pagination().orElseThrow();
    ClassName record = MemberTypes.className(resource.record().ref());
    CodeBlock items =
        itemsOfOtherShape(resource, list).isPresent()
            ? CodeBlock.of("page.items().stream().map(this::$N).toList()", listItemMethod(list))
            : CodeBlock.of("page.items()");
    CodeBlock.Builder output =
        CodeBlock.builder()
            .add("$T.builder()", MemberTypes.className(list.output().ref()))
            .add("\n    .$N($L)", pagination.items(), items);
    if (!pagination.outputToken().isEmpty()) {
      output.add("\n    .$N(page.nextToken())", pagination.outputToken());
    }
    return handlerMethod(list)
        .addStatement(
            "$T page = resources.list($T.DEFINITION, $N(request).build())",
            ParameterizedTypeName.get(Types.PAGE, record),
            ResourceNames.resource(resource),
            listQueryMethod(list))
        .addStatement("return $L", output.add("\n    .build()").build())
        .build();
  }

  /**
   * The hook that turns a record into an item of a list whose items are another structure (a
   * summary, as DescribeMaintenanceWindows' identities are of the window): its members of the
   * record's names.
   */
  private static Optional<MethodSpec> listItem(ResourceSpec resource, Lifecycle list) {
    return itemsOfOtherShape(resource, list)
        .map(
            item -> {
              ClassName itemType = MemberTypes.className(item.ref());
              String variable = ResourceNames.recordVariable(resource);
              CodeBlock.Builder build = CodeBlock.builder().add("$T.builder()", itemType);
              for (MemberModel member : item.members()) {
                if (has(resource.record(), member.name())) {
                  build.add("\n    .$N($N.$N())", member.name(), variable, member.name());
                }
              }
              return MethodSpec.methodBuilder(listItemMethod(list))
                  .addModifiers(Modifier.PROTECTED)
                  .addJavadoc(
                      "An item of {@code $L}: the record's members of the item's names. Override it to\n"
                          + "fill members the record has under another name, or derives.\n"
                          + "\n@param $L a record of the page\n",
                      list.operation().name(),
                      variable)
                  .returns(itemType)
                  .addParameter(MemberTypes.className(resource.record().ref()), variable)
                  .addStatement("return $L", build.add("\n    .build()").build())
                  .build();
            });
  }

  /** The items' structure when it is not the record itself. */
  private static Optional<StructureShape> itemsOfOtherShape(ResourceSpec resource, Lifecycle list) {
    return list.items().filter(item -> !item.ref().equals(resource.record().ref()));
  }

  private static String listItemMethod(Lifecycle list) {
    String name = list.operation().name();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "Item";
  }

  /**
   * The query a list runs, a hook: the records under the parent the input names, equal to each
   * input member of a record member's name the caller sent, a page of the size asked for after the
   * token sent.
   */
  private static MethodSpec listQuery(ResourceSpec resource, Lifecycle list) {
    PaginationModel pagination = list.operation().pagination().orElseThrow();
    ClassName record = MemberTypes.className(resource.record().ref());
    ParameterizedTypeName builder =
        ParameterizedTypeName.get(Types.RESOURCE_QUERY.nestedClass("Builder"), record);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(listQueryMethod(list))
            .addModifiers(Modifier.PROTECTED)
            .addJavadoc(
                "The query {@code $L} pages through. Override it to add the conditions of input\n"
                    + "members it does not map (and {@code filter} them, so that the next token is\n"
                    + "bound to them too).\n"
                    + "\n@param request the list's input\n@return the query, not built yet\n",
                list.operation().name())
            .returns(builder)
            .addParameter(MemberTypes.className(list.input().ref()), "request")
            .addStatement(
                "$T query = $T.builder($S, $T.TABLE.primaryKey(), $L)",
                builder,
                Types.RESOURCE_QUERY,
                list.operation().name(),
                ResourceNames.resource(resource),
                keyOf(resource.parentKey()));
    if (resource.parent().isPresent()) {
      method.addStatement("query.parent($L)", keyOf(resource.parentKey()));
    }
    for (MemberModel filter :
        ResourceSpec.listFilters(list, resource.record(), resource.parentKey())) {
      method
          .beginControlFlow("if (request.$N() != null)", filter.name())
          .addStatement(
              "query.where($T.in($T.$L($S, $T::$N), $T.of(request.$N())))",
              Types.CONDITION,
              Types.COLUMN,
              columnFactory(filter),
              filter.name(),
              record,
              filter.name(),
              Types.LIST,
              filter.name())
          .addStatement(
              "query.filter($S, $T.of($T.valueOf(request.$N())))",
              filter.name(),
              Types.LIST,
              String.class,
              filter.name())
          .endControlFlow();
    }
    // The check allows a default in one place at most: the model's, or the declaration's.
    int defaultPageSize =
        pagination.defaultPageSize() != 0
            ? pagination.defaultPageSize()
            : resource.declaration().defaultPageSize();
    if (!pagination.pageSize().isEmpty()) {
      method
          .beginControlFlow("if (request.$N() != null)", pagination.pageSize())
          .addStatement(
              "query.pageSize(request.$N(), $S)", pagination.pageSize(), pageSizePath(list));
      if (defaultPageSize != 0) {
        method.nextControlFlow("else").addStatement("query.pageSize($L)", defaultPageSize);
      }
      method.endControlFlow();
    } else if (defaultPageSize != 0) {
      method.addStatement("query.pageSize($L)", defaultPageSize);
    }
    return method
        .addStatement("return query.nextToken(request.$N())", pagination.inputToken())
        .build();
  }

  /** The page size member's AWS member path, which a page size below 1 is reported at. */
  private static String pageSizePath(Lifecycle list) {
    String member = list.operation().pagination().orElseThrow().pageSize();
    return list.input().members().stream()
        .filter(m -> m.name().equals(member))
        .findFirst()
        .map(MemberModel::validationPath)
        .orElse(member);
  }

  private static String listQueryMethod(Lifecycle list) {
    String name = list.operation().name();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "Query";
  }

  /** The {@code Column} factory for a filterable member: {@code ofString}, {@code ofInteger}... */
  private static String columnFactory(MemberModel member) {
    if (member.type().is(MemberType.ScalarKind.INTEGER)) {
      return "ofInteger";
    }
    if (member.type().is(MemberType.ScalarKind.LONG)) {
      return "ofLong";
    }
    if (member.type().is(MemberType.ScalarKind.BOOLEAN)) {
      return "ofBoolean";
    }
    return "ofString";
  }

  private static MethodSpec.Builder handlerMethod(Lifecycle lifecycle) {
    String name = lifecycle.operation().name();
    return MethodSpec.methodBuilder(Character.toLowerCase(name.charAt(0)) + name.substring(1))
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(MemberTypes.className(lifecycle.output().ref()))
        .addParameter(MemberTypes.className(lifecycle.input().ref()), "request");
  }

  /** {@code Key.of(request.a(), request.b())}, or {@code Key.empty()} for no members. */
  private static CodeBlock keyOf(List<String> members) {
    if (members.isEmpty()) {
      return CodeBlock.of("$T.empty()", Types.KEY);
    }
    List<CodeBlock> values = new ArrayList<>();
    members.forEach(member -> values.add(CodeBlock.of("request.$N()", member)));
    return CodeBlock.of("$T.of($L)", Types.KEY, CodeBlock.join(values, ", "));
  }

  /** The output: the record in a member of its type, or its members of the output's names. */
  private static CodeBlock output(ResourceSpec resource, Lifecycle lifecycle) {
    String variable = ResourceNames.recordVariable(resource);
    CodeBlock.Builder output =
        CodeBlock.builder().add("$T.builder()", MemberTypes.className(lifecycle.output().ref()));
    for (MemberModel member : lifecycle.output().members()) {
      if (ResourceSpec.holdsRecord(member, resource.record())) {
        output.add("\n    .$N($N)", member.name(), variable);
      } else if (has(resource.record(), member.name())) {
        output.add("\n    .$N($N.$N())", member.name(), variable, member.name());
      }
    }
    return output.add("\n    .build()").build();
  }

  private static boolean has(StructureShape shape, String member) {
    return shape.members().stream().anyMatch(m -> m.name().equals(member));
  }
}
