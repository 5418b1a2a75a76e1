package io.github.fazhi.review;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.SubjectType;
import io.github.fazhi.review.internal.AuditMessages;
import io.github.fazhi.review.internal.IssuerNames;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The units that must report, in the order the list gives them (the order of the roll-up). Read from a
 * text file with one name a line, or from a CSV file (as a spreadsheet exports it, UTF-8 or GB18030) with
 * the columns name, type, level and aliases, with or without a header row:
 *
 * <pre>
 * 序号,单位,类型,层级,别名
 * 1,清河市清河区人民政府,政府,县级,区政府
 * 2,清河市清河区司法局,部门,县级,区司法局
 * 3,清河市清河区人民政府外事办公室,部门,县级,区外事办；外事办
 * </pre>
 *
 * <p>A header names its columns in Chinese or English ({@code 单位}/{@code name}, {@code 类型}/{@code type},
 * {@code 层级}/{@code level}, {@code 别名}/{@code aliases}); other columns ({@code 序号}, a contact…) are
 * ignored. Types are {@link SubjectType} names or {@code 政府}, {@code 部门}, {@code 党委政府}, {@code 党委},
 * {@code 国务院部门}; levels are {@link AdministrativeLevel} names or {@code 省}, {@code 市}, {@code 县}
 * ({@code 区}), {@code 乡镇} ({@code 街道}). Aliases are separated by {@code ;}, {@code ；}, {@code |} or
 * {@code 、}. In either format blank lines and lines starting with {@code #} are skipped.
 *
 * <p>Two units with the same name, or an alias that is also another unit's name or alias (after
 * normalisation), make the list unusable: a report could not be told apart. Immutable.
 *
 * <pre>{@code
 * UnitList units = UnitList.read(Path.of("units.csv"));
 * UnitList inline = UnitList.of(List.of(Unit.of("清河市清河区司法局"), Unit.of("清河市清河区教育局")));
 * units.size();                             // 3
 * units.find("清河市清河区司法局");          // Optional[Unit[…]]
 * }</pre>
 */
public final class UnitList {

    private final String source;
    private final List<Unit> units;
    private final Map<String, Unit> byName;

    private UnitList(String source, List<Unit> units, List<Integer> lines, Locale locale) {
        this.source = source;
        this.units = List.copyOf(units);
        Map<String, Unit> names = new LinkedHashMap<>();
        Map<String, Unit> claimed = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            int line = lines.isEmpty() ? 0 : lines.get(i);
            String key = IssuerNames.normalize(u.name());
            Unit before = claimed.get(key);
            if (before != null) {
                throw new UnitListException(
                        source, line, AuditMessages.get(locale, "units.duplicate", u.name(), before.name()));
            }
            claimed.put(key, u);
            names.put(u.name(), u);
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            int line = lines.isEmpty() ? 0 : lines.get(i);
            for (String alias : u.aliases()) {
                String key = IssuerNames.normalize(alias);
                Unit other = claimed.get(key);
                if (other != null && other != u) {
                    throw new UnitListException(
                            source, line, AuditMessages.get(locale, "units.aliasClash", alias, u.name(), other.name()));
                }
                claimed.put(key, u);
            }
        }
        this.byName = Map.copyOf(names);
    }

    /**
     * A list of {@code units}, in this order.
     *
     * @throws UnitListException when two units share a name, or an alias is another unit's name or alias
     */
    public static UnitList of(List<Unit> units) {
        return new UnitList("units", units, List.of(), Locale.SIMPLIFIED_CHINESE);
    }

    /** A list of units known only by their names. */
    public static UnitList ofNames(List<String> names) {
        return of(names.stream().map(Unit::of).toList());
    }

    /**
     * Reads the list in {@code file}: CSV when the file name ends with {@code .csv} or {@code .tsv} or its
     * first line has a comma or a tab, else one name a line. Messages in Chinese.
     *
     * @throws IOException when the file cannot be read
     * @throws UnitListException when the list cannot be used, naming the file and the line
     */
    public static UnitList read(Path file) throws IOException {
        return read(file, Locale.SIMPLIFIED_CHINESE);
    }

    /** Reads the list in {@code file} with messages in {@code locale}; see {@link #read(Path)}. */
    public static UnitList read(Path file, Locale locale) throws IOException {
        return parse(decode(Files.readAllBytes(file)), file.toString(), locale);
    }

    /**
     * Parses a list given as text; {@code sourceName} names it in messages and decides CSV by its ending.
     *
     * @throws UnitListException when the list cannot be used
     */
    public static UnitList parse(String text, String sourceName, Locale locale) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(locale, "locale");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        String lower = sourceName.toLowerCase(Locale.ROOT);
        String first = lines.stream()
                .filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
                .findFirst()
                .orElse("");
        boolean tsv = lower.endsWith(".tsv") || (first.indexOf('\t') >= 0 && first.indexOf(',') < 0);
        boolean csv = tsv || lower.endsWith(".csv") || first.indexOf(',') >= 0;
        List<Unit> units = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        if (csv) {
            new CsvList(sourceName, locale, tsv ? '\t' : ',').parse(lines, units, numbers);
        } else {
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    units.add(Unit.of(l));
                    numbers.add(i + 1);
                }
            }
        }
        if (units.isEmpty()) {
            throw new UnitListException(sourceName, 0, AuditMessages.get(locale, "units.empty"));
        }
        return new UnitList(sourceName, units, numbers, locale);
    }

    /** The units, in list order. */
    public List<Unit> units() {
        return units;
    }

    /** How many units must report. */
    public int size() {
        return units.size();
    }

    /** The unit with exactly this name. */
    public Optional<Unit> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Where the list came from: its file, or {@code units} for a list built in code. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "UnitList[" + source + ", " + units.size() + " units]";
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // what a spreadsheet on a Chinese Windows exports
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** The CSV form: RFC 4180 quoting, an optional header row. */
    private static final class CsvList {
        private static final List<String> NAME = columnNames("name");
        private static final List<String> TYPE = columnNames("type");
        private static final List<String> LEVEL = columnNames("level");
        private static final List<String> ALIASES = columnNames("aliases");

        /** The headers the column {@code key} may have, from {@code internal/UnitListColumns.properties}. */
        private static List<String> columnNames(String key) {
            java.util.ResourceBundle columns = java.util.ResourceBundle.getBundle(
                    "io.github.fazhi.review.internal.UnitListColumns",
                    Locale.ROOT,
                    java.util.ResourceBundle.Control.getNoFallbackControl(
                            java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            return List.of(columns.getString(key).split(","));
        }

        private final String source;
        private final Locale locale;
        private final char separator;

        CsvList(String source, Locale locale, char separator) {
            this.source = source;
            this.locale = locale;
            this.separator = separator;
        }

        void parse(List<String> lines, List<Unit> units, List<Integer> numbers) {
            int nameCol = 0;
            int typeCol = 1;
            int levelCol = 2;
            int aliasCol = 3;
            boolean header = true;
            for (int i = 0; i < lines.size(); i++) {
                int lineNumber = i + 1;
                String line = lines.get(i);
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                // a quoted cell may run over several lines
                StringBuilder record = new StringBuilder(line);
                while (quotesOpen(record) && i + 1 < lines.size()) {
                    record.append('\n').append(lines.get(++i));
                }
                List<String> cells = cells(record.toString(), lineNumber);
                if (header) {
                    header = false;
                    int n = column(cells, NAME);
                    if (n >= 0) {
                        nameCol = n;
                        typeCol = column(cells, TYPE);
                        levelCol = column(cells, LEVEL);
                        aliasCol = column(cells, ALIASES);
                        continue;
                    }
                }
                String name = cell(cells, nameCol);
                if (name.isEmpty()) {
                    throw new UnitListException(source, lineNumber, AuditMessages.get(locale, "units.noName"));
                }
                List<String> aliases = new ArrayList<>(splitAliases(cell(cells, aliasCol)));
                if (aliasCol == 3) {
                    for (int c = 4; c < cells.size(); c++) {
                        aliases.addAll(splitAliases(cells.get(c)));
                    }
                }
                units.add(new Unit(
                        name,
                        type(cell(cells, typeCol), lineNumber),
                        level(cell(cells, levelCol), lineNumber),
                        aliases));
                numbers.add(lineNumber);
            }
        }

        private static boolean quotesOpen(CharSequence s) {
            int quotes = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '"') {
                    quotes++;
                }
            }
            return quotes % 2 == 1;
        }

        private List<String> cells(String record, int line) {
            List<String> out = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < record.length(); i++) {
                char ch = record.charAt(i);
                if (quoted) {
                    if (ch == '"') {
                        if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                } else if (ch == separator) {
                    out.add(cell.toString().strip());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            if (quoted) {
                throw new UnitListException(source, line, AuditMessages.get(locale, "units.openQuote"));
            }
            out.add(cell.toString().strip());
            return out;
        }

        private static int column(List<String> cells, List<String> names) {
            for (int c = 0; c < cells.size(); c++) {
                String key = cells.get(c).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
                if (names.contains(key)) {
                    return c;
                }
            }
            return -1;
        }

        private static String cell(List<String> cells, int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        private static List<String> splitAliases(String cell) {
            List<String> out = new ArrayList<>();
            for (String a : cell.split("[;；|、]")) {
                if (!a.isBlank()) {
                    out.add(a.strip());
                }
            }
            return out;
        }

        private Optional<SubjectType> type(String cell, int line) {
            String key = key(cell);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            SubjectType t = switch (key) {
                case "localgovernment", "government", "政府", "人民政府", "地方政府", "地方人民政府", "乡镇政府", "街道" ->
                    SubjectType.LOCAL_GOVERNMENT;
                case "governmentdepartment", "department", "部门", "政府部门", "政府工作部门", "工作部门" ->
                    SubjectType.GOVERNMENT_DEPARTMENT;
                case "partyandgovernmentjoint", "joint", "党委政府", "党政", "党委和政府", "党政联合" ->
                    SubjectType.PARTY_AND_GOVERNMENT_JOINT;
                case "partycommittee", "party", "党委" -> SubjectType.PARTY_COMMITTEE;
                case "statecouncildepartment", "国务院部门" -> SubjectType.STATE_COUNCIL_DEPARTMENT;
                default -> null;
            };
            if (t == null) {
                throw new UnitListException(source, line, AuditMessages.get(locale, "units.type", cell));
            }
            return Optional.of(t);
        }

        private Optional<AdministrativeLevel> level(String cell, int line) {
            String key = key(cell);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            AdministrativeLevel l = switch (key) {
                case "central", "中央", "国家", "国家级" -> AdministrativeLevel.CENTRAL;
                case "province", "省", "省级" -> AdministrativeLevel.PROVINCE;
                case "city", "市", "市级", "地市", "地级", "地市级" -> AdministrativeLevel.CITY;
                case "county", "县", "县级", "区", "县区", "区县", "区级" -> AdministrativeLevel.COUNTY;
                case "township", "乡", "镇", "乡镇", "街道", "乡级", "乡镇级" -> AdministrativeLevel.TOWNSHIP;
                default -> null;
            };
            if (l == null) {
                throw new UnitListException(source, line, AuditMessages.get(locale, "units.level", cell));
            }
            return Optional.of(l);
        }

        private static String key(String cell) {
            return cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        }
    }
}
