package io.github.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.testing.ReportGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RenderingSession} dispatches an element by its type and a section's children in loops, and
 * {@link NodeRendererMap} keeps its renderers in arrays by node type (for speed, issue 19). The plain ways stay
 * the references: {@link NodeRendererContext}'s default methods (a visitor, {@code forEach}) and maps where the
 * first registered renderer wins over later ones and the built-in one.
 */
class RenderingSessionDispatchTest {

    /** A session and a plain context recording the same calls. */
    private static final class Recording extends RenderingSession {
        final List<String> calls;

        Recording(AnnualReport report, List<String> calls) {
            super(report);
            this.calls = calls;
            start(List.of(), recorders(calls));
        }
    }

    private static List<NodeRenderer<?>> recorders(List<String> calls) {
        List<NodeRenderer<?>> out = new ArrayList<>();
        for (NodeType<?> type : NodeType.values()) {
            out.add(recorder(type, calls));
        }
        return out;
    }

    private static <T> NodeRenderer<T> recorder(NodeType<T> type, List<String> calls) {
        return NodeRenderer.of(type, node -> calls.add(type + " " + System.identityHashCode(node)));
    }

    private static NodeRendererContext plain(AnnualReport report, List<String> calls) {
        NodeRendererMap nodes = new NodeRendererMap(List.of(), recorders(calls));
        return new NodeRendererContext() {
            @Override
            public AnnualReport report() {
                return report;
            }

            @Override
            public <T> void render(NodeType<T> type, T node) {
                nodes.render(type, node);
            }

            @Override
            public <T> void renderDefault(NodeType<T> type, T node) {
                nodes.renderDefault(type, node);
            }
        };
    }

    @Test
    void elementsAndASectionsChildrenGoWhereTheDefaultMethodsSendThem() {
        for (AnnualReport report : new ReportGenerator(11).reports(20).toList()) {
            List<String> fast = new ArrayList<>();
            List<String> reference = new ArrayList<>();
            Recording session = new Recording(report, fast);
            NodeRendererContext context = plain(report, reference);
            for (Element e : report.walk().toList()) {
                session.render(e);
                context.render(e);
                if (e instanceof Section s) {
                    session.renderChildren(s);
                    context.renderChildren(s);
                }
            }
            assertThat(fast).isNotEmpty().isEqualTo(reference);
        }
    }

    @Test
    void theTablesAnswerAsMapsWhereTheFirstRegisteredWins() {
        Random random = new Random(19);
        List<NodeType<?>> types = NodeType.values();
        for (int round = 0; round < 300; round++) {
            List<String> calls = new ArrayList<>();
            List<NodeRenderer<?>> custom = new ArrayList<>();
            List<NodeRenderer<?>> defaults = new ArrayList<>();
            Map<NodeType<?>, String> registered = new HashMap<>();
            Map<NodeType<?>, String> builtIn = new HashMap<>();
            for (int i = random.nextInt(15); i > 0; i--) {
                NodeType<?> type = types.get(random.nextInt(types.size()));
                String name = "custom" + i;
                custom.add(named(type, name, calls));
                registered.putIfAbsent(type, name);
            }
            for (int i = random.nextInt(15); i > 0; i--) {
                NodeType<?> type = types.get(random.nextInt(types.size()));
                String name = "default" + i;
                defaults.add(named(type, name, calls));
                builtIn.putIfAbsent(type, name);
            }
            builtIn.forEach(registered::putIfAbsent);
            NodeRendererMap nodes = new NodeRendererMap(custom, defaults);
            AnnualReport report = new ReportGenerator(round).generate(0);
            for (NodeType<?> type : types) {
                calls.clear();
                dispatch(nodes, type, report, false);
                assertThat(calls).hasSizeLessThanOrEqualTo(1);
                assertThat(calls).containsExactlyElementsOf(optional(registered.get(type)));
                calls.clear();
                dispatch(nodes, type, report, true);
                assertThat(calls).containsExactlyElementsOf(optional(builtIn.get(type)));
            }
        }
    }

    @Test
    void eachNodeTypeKnowsItsPlace() {
        for (int i = 0; i < NodeType.values().size(); i++) {
            assertThat(NodeType.values().get(i).index).isEqualTo(i);
        }
    }

    private static List<String> optional(String name) {
        return name == null ? List.of() : List.of(name);
    }

    private static <T> NodeRenderer<T> named(NodeType<T> type, String name, List<String> calls) {
        return NodeRenderer.of(type, node -> calls.add(name));
    }

    /** Renders a node of {@code type} from {@code report}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void dispatch(NodeRendererMap nodes, NodeType type, AnnualReport report, boolean byDefault) {
        Object node = type.javaType() == AnnualReport.class
                ? report
                : SampleReports.everyField()
                        .walk()
                        .filter(type.javaType()::isInstance)
                        .findFirst()
                        .orElseGet(() -> PageFurniture.of("第1页"));
        if (byDefault) {
            nodes.renderDefault(type, node);
        } else {
            nodes.render(type, node);
        }
    }
}
