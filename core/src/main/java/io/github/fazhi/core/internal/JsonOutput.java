package io.github.fazhi.core.internal;

import java.io.StringWriter;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Writes fazhi's JSON documents (the model, findings, SARIF) with jackson-core's streaming generator and
 * fazhi's own layout, so that the bytes are the same whichever jackson-core 3.x the application brings.
 * The layout is the one fazhi has always written: two spaces per object level, {@code "name" : value},
 * arrays on one line with objects inside them opened in place ({@code [ {}), {@code [ ]} and {@code { }}
 * when empty, {@code \n} line ends on every platform. Shared by fazhi's modules; not API.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    private JsonOutput() {}

    /** The document {@code body} writes, laid out as fazhi lays out JSON. */
    public static String write(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(new Layout(), out)) {
            body.accept(g);
        }
        return out.toString();
    }

    /** The write context that supplies a fresh {@link Indenting} printer to each generator. */
    private static final class Layout extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new Indenting();
        }
    }

    /**
     * Objects one entry per line, indented two spaces a level; arrays inline, separated by {@code ", "}.
     * Keeps the nesting of one document, so a new one is made per generator.
     */
    private static final class Indenting implements PrettyPrinter {
        private int nesting;

        private void newLine(JsonGenerator g) {
            g.writeRaw('\n');
            for (int i = 0; i < nesting; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            g.writeRaw(' ');
        }

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
            nesting++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            newLine(g);
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(" : ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(',');
            newLine(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            nesting--;
            if (entries > 0) {
                newLine(g);
            } else {
                g.writeRaw(' ');
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            g.writeRaw(' ');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(", ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            g.writeRaw(" ]");
        }
    }
}
