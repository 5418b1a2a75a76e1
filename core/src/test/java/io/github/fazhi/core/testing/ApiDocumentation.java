package io.github.fazhi.core.testing;

import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Reporter;

/**
 * Finds the public API a module has left without a doc comment: every package and every public or
 * protected type, constructor, method, field and enum constant outside the {@code .internal} packages
 * needs one. Runs the JDK's javadoc with a doclet of its own that writes nothing. (The build's javadoc
 * runs doclint without its "missing" group, which would also ask for {@code @param} and {@code @return}
 * on every member; this keeps the part that matters: nothing public is undocumented.)
 *
 * <pre>{@code
 * assertThat(ApiDocumentation.undocumented(Path.of("src/main/java"))).isEmpty();
 * }</pre>
 */
public final class ApiDocumentation {

    private static final List<String> FOUND = new ArrayList<>();

    private ApiDocumentation() {}

    /** Every public element below {@code sourceRoot} with no doc comment, as {@code Type.java:line name}. */
    public static synchronized List<String> undocumented(Path sourceRoot) {
        List<File> sources;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !sourceRoot
                            .relativize(f)
                            .toString()
                            .replace('\\', '/')
                            .contains("/internal/"))
                    .map(Path::toFile)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        DiagnosticListener<JavaFileObject> listener = d -> {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        };
        FOUND.clear();
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        try (StandardJavaFileManager files =
                javadoc.getStandardFileManager(listener, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-encoding",
                    "UTF-8",
                    "-classpath",
                    System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
            javadoc.getTask(null, files, listener, Check.class, options, files.getJavaFileObjectsFromFiles(sources))
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("javadoc could not read the sources: " + errors);
        }
        return FOUND.stream().sorted().toList();
    }

    /** The doclet: records each included element without a comment. */
    public static final class Check implements Doclet {

        /** Made by javadoc. */
        public Check() {}

        @Override
        public void init(Locale locale, Reporter reporter) {}

        @Override
        public String getName() {
            return "fazhi-api-documentation";
        }

        @Override
        public Set<? extends Option> getSupportedOptions() {
            return Set.of();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latest();
        }

        @Override
        public boolean run(DocletEnvironment env) {
            DocTrees trees = env.getDocTrees();
            Elements elements = env.getElementUtils();
            Types types = env.getTypeUtils();
            for (Element e : env.getIncludedElements()) {
                if (e instanceof PackageElement || e instanceof TypeElement) {
                    check(e, trees, elements);
                }
                if (e instanceof TypeElement) {
                    for (Element member : e.getEnclosedElements()) {
                        if (env.isIncluded(member)
                                && !(member instanceof TypeElement)
                                && !overrides(member, (TypeElement) e, elements, types)) {
                            check(member, trees, elements);
                        }
                    }
                }
            }
            return true;
        }

        /** Whether {@code member} overrides a method of a supertype, whose comment javadoc then shows. */
        private static boolean overrides(Element member, TypeElement type, Elements elements, Types types) {
            if (!(member instanceof ExecutableElement method) || member.getKind() != ElementKind.METHOD) {
                return false;
            }
            Deque<TypeMirror> supertypes = new ArrayDeque<>(types.directSupertypes(type.asType()));
            while (!supertypes.isEmpty()) {
                TypeMirror t = supertypes.pop();
                if (types.asElement(t) instanceof TypeElement s) {
                    for (Element m : s.getEnclosedElements()) {
                        if (m instanceof ExecutableElement other && elements.overrides(method, other, type)) {
                            return true;
                        }
                    }
                }
                supertypes.addAll(types.directSupertypes(t));
            }
            return false;
        }

        private static void check(Element e, DocTrees trees, Elements elements) {
            if (elements.getOrigin(e) != Elements.Origin.EXPLICIT || trees.getDocCommentTree(e) != null) {
                return; // a default constructor, values() and valueOf(), a record's own accessors
            }
            TreePath path = trees.getPath(e);
            if (path == null) {
                return;
            }
            String file = Path.of(path.getCompilationUnit().getSourceFile().getName())
                    .getFileName()
                    .toString();
            long line = path.getCompilationUnit()
                    .getLineMap()
                    .getLineNumber(
                            trees.getSourcePositions().getStartPosition(path.getCompilationUnit(), path.getLeaf()));
            String name = e.getKind() == ElementKind.PACKAGE
                    ? "package " + e
                    : e.getSimpleName().toString();
            FOUND.add(file + ":" + line + " " + name);
        }
    }
}
