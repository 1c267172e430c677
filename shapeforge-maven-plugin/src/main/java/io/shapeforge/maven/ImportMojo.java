package io.shapeforge.maven;

import io.shapeforge.importer.Importer;
import io.shapeforge.importer.ModelException;
import io.shapeforge.importer.ModelProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Imports a Smithy model or an AWS JSON service model into spec sources, the same as {@code
 * shapeforge-import.jar}, and adds them to the compilation, so the annotation processor runs on the
 * imported spec in the same build.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.shapeforge</groupId>
 *   <artifactId>shapeforge-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions>
 *     <execution>
 *       <goals><goal>import</goal></goals>
 *       <configuration>
 *         <models><model>src/main/smithy</model></models>
 *         <packageName>com.example.weather.spec</packageName>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "import", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class ImportMojo extends AbstractMojo {
  /** Model files or directories; the format of each is told from its content. */
  @Parameter(required = true)
  private List<File> models;

  /** The paginators of an AWS JSON service model, when not among the models or beside them. */
  @Parameter private File paginators;

  /** {@code NAMESPACE#Name} of the service; needed only when the models define several. */
  @Parameter private String service;

  /** The Java package of the spec, such as {@code com.example.weather.spec}. */
  @Parameter(required = true)
  private String packageName;

  /** Where the spec sources go; added as a compile source root. */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-sources/shapeforge-spec",
      required = true)
  private File outputDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<Path> modelPaths = models.stream().map(File::toPath).collect(Collectors.toList());
    Importer.Request request =
        new Importer.Request(
            modelPaths,
            paginators == null ? null : paginators.toPath(),
            service,
            packageName,
            outputDirectory.toPath());
    try {
      List<Path> written = Importer.importModels(request);
      getLog()
          .info(
              "Imported "
                  + written.size()
                  + " spec sources of "
                  + packageName
                  + " into "
                  + outputDirectory);
    } catch (ModelException e) {
      for (ModelProblem problem : e.problems()) {
        getLog().error(problem.toString());
      }
      throw new MojoFailureException(
          "The model has "
              + e.problems().size()
              + (e.problems().size() == 1 ? " error" : " errors")
              + ":\n"
              + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot import the model: " + e.getMessage(), e);
    }
    project.addCompileSourceRoot(outputDirectory.getPath());
  }
}
