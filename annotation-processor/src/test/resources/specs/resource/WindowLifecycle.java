package test.usage;

import io.shapeforge.runtime.page.InvalidNextTokenException;
import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.resource.ResourceStore;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import test.model.CreateWindowRequest;
import test.model.DeleteWindowRequest;
import test.model.DoesNotExist;
import test.model.GetWindowRequest;
import test.model.GetWindowResult;
import test.model.IdempotentParameterMismatch;
import test.model.ListTargetsRequest;
import test.model.ListTargetsResult;
import test.model.RegisterTargetRequest;
import test.model.Target;
import test.model.TargetResource;
import test.model.TaskRunnerResources;
import test.model.UpdateWindowRequest;
import test.model.WindowResource;

/** A window and its target through the generated handlers, each outcome as one line. */
public final class WindowLifecycle implements Supplier<List<String>> {

  @Override
  public List<String> get() {
    List<String> seen = new ArrayList<>();
    ResourceStore store =
        new ResourceStore(
            new InMemoryStore(), NextTokenCodec.withRandomKey(), TaskRunnerResources.DEFINITIONS);
    TaskRunnerResources service = new TaskRunnerResources(store);
    try {
      service.registerTarget(
          RegisterTargetRequest.builder().windowId("mw-0123456789abcdef0").build());
      seen.add("registered under a missing window");
    } catch (DoesNotExist e) {
      seen.add("missing parent: " + e.getMessage());
    }
    CreateWindowRequest nightly =
        CreateWindowRequest.builder().name("nightly").duration(2).clientToken("t-1").build();
    String windowId = service.createWindow(nightly).windowId();
    seen.add("minted mw- and 17 hex digits: " + windowId.matches("mw-[0-9a-f]{17}"));
    seen.add("replayed: " + windowId.equals(service.createWindow(nightly).windowId()));
    try {
      service.createWindow(nightly.toBuilder().name("weekly").build());
      seen.add("token reused with other parameters was accepted");
    } catch (IdempotentParameterMismatch e) {
      seen.add("mismatch: " + e.getMessage());
    }
    Target target =
        service
            .registerTarget(
                RegisterTargetRequest.builder().windowId(windowId).ownerInformation("ops").build())
            .target();
    seen.add(
        "target of "
            + (target.windowId().equals(windowId) ? "the window" : target.windowId())
            + ", uuid: "
            + target.targetId().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    GetWindowResult read = service.getWindow(GetWindowRequest.builder().windowId(windowId).build());
    seen.add("read: " + read.name() + ", " + read.duration() + (windowId.equals(read.windowId()) ? "" : ", other id"));
    service.updateWindow(UpdateWindowRequest.builder().windowId(windowId).name("nightly-2").build());
    read = service.getWindow(GetWindowRequest.builder().windowId(windowId).build());
    seen.add("updated in part: " + read.name() + ", " + read.duration());
    service.updateWindow(
        UpdateWindowRequest.builder().windowId(windowId).name("nightly-3").replace(true).build());
    read = service.getWindow(GetWindowRequest.builder().windowId(windowId).build());
    seen.add("replaced: " + read.name() + ", " + read.duration());
    for (String owner : List.of("ops", "dev", "ops")) {
      service.registerTarget(
          RegisterTargetRequest.builder().windowId(windowId).ownerInformation(owner).build());
    }
    String other = service.createWindow(CreateWindowRequest.builder().name("other").build()).windowId();
    service.registerTarget(
        RegisterTargetRequest.builder().windowId(other).ownerInformation("ops").build());
    ListTargetsResult all = service.listTargets(ListTargetsRequest.builder().windowId(windowId).build());
    seen.add("listed, default page of 10: " + all.targets().size() + ", next: " + all.nextToken());
    List<String> owners = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = null;
    do {
      ListTargetsResult page =
          service.listTargets(
              ListTargetsRequest.builder()
                  .windowId(windowId)
                  .ownerInformation("ops")
                  .maxResults(2)
                  .nextToken(token)
                  .build());
      sizes.add(page.targets().size());
      page.targets().forEach(t -> owners.add(t.ownerInformation() + (t.windowId().equals(windowId) ? "" : "@other")));
      token = page.nextToken();
    } while (token != null);
    seen.add("owner ops by 2: " + sizes + " " + owners);
    String first =
        service
            .listTargets(ListTargetsRequest.builder().windowId(windowId).maxResults(1).build())
            .nextToken();
    try {
      service.listTargets(
          ListTargetsRequest.builder().windowId(windowId).ownerInformation("ops").nextToken(first).build());
      seen.add("a token of another listing was accepted");
    } catch (InvalidNextTokenException e) {
      seen.add("token of another listing: " + e.getMessage());
    }
    try {
      service.listTargets(ListTargetsRequest.builder().windowId(windowId).maxResults(0).build());
      seen.add("a page of 0 was answered");
    } catch (ValidationException e) {
      seen.add("page size 0: " + e.getMessage());
    }
    try {
      service.listTargets(ListTargetsRequest.builder().windowId("mw-0123456789abcdef0").build());
      seen.add("listed under a missing window");
    } catch (DoesNotExist e) {
      seen.add("list of a missing parent: " + e.getMessage());
    }
    service.deleteWindow(DeleteWindowRequest.builder().windowId(windowId).build());
    try {
      service.getWindow(GetWindowRequest.builder().windowId(windowId).build());
      seen.add("read after delete");
    } catch (DoesNotExist e) {
      seen.add("deleted: " + e.getMessage().replace(windowId, "<id>"));
    }
    seen.add(
        "target after delete: "
            + store.find(TargetResource.DEFINITION, Key.of(windowId, target.targetId())));
    seen.add(
        "token replayed after delete: "
            + (windowId.equals(service.createWindow(nightly).windowId()) ? "first id" : "other id")
            + ", stored: "
            + store.find(WindowResource.DEFINITION, Key.of(windowId)).isPresent());
    return seen;
  }
}
