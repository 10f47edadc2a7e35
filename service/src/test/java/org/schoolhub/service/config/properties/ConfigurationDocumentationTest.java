package org.schoolhub.service.config.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * docs/configuration.md against {@link SchoolhubProperties}, walked by reflection: every property
 * of the record tree is documented, with its environment variable, type and default, and the page
 * names no property that does not exist.
 */
class ConfigurationDocumentationTest {

    private static final Path PAGE = Path.of("..", "docs", "configuration.md");
    private static final String NO_DEFAULT = "none";

    @Test
    void every_property_is_documented_with_its_type_and_its_default() throws IOException {
        Map<String, Row> documented = documentedRows();
        Map<String, Row> declared = new LinkedHashMap<>();
        walk("schoolhub", SchoolhubProperties.class, declared);

        assertThat(declared).as("the record tree").isNotEmpty();
        assertThat(documented.keySet()).as("properties in " + PAGE)
                .containsExactlyInAnyOrderElementsOf(declared.keySet());
        declared.forEach((property, row) -> assertThat(documented.get(property)).as(property).isEqualTo(row));
    }

    @Test
    void every_documented_property_says_what_it_is_for() throws IOException {
        assertThat(Files.readAllLines(PAGE)).filteredOn(line -> line.startsWith("| `schoolhub."))
                .allSatisfy(line -> assertThat(cells(line)[5]).as(line).isNotBlank());
    }

    /** Leaves are documented properties; a component whose type is one of the nested records is a group. */
    private static void walk(String prefix, Class<?> record, Map<String, Row> into) {
        RecordComponent[] components = record.getRecordComponents();
        Parameter[] parameters = canonicalConstructor(record).getParameters();
        for (int i = 0; i < components.length; i++) {
            String property = prefix + "." + dashed(components[i].getName());
            Class<?> type = components[i].getType();
            if (type.isRecord() && type.getEnclosingClass() == SchoolhubProperties.class) {
                walk(property, type, into);
            } else {
                into.put(property, new Row(environmentVariable(property), typeLabel(type, parameters[i]),
                        defaultOf(parameters[i])));
            }
        }
    }

    private static Constructor<?> canonicalConstructor(Class<?> record) {
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return record.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(record + " has no canonical constructor", e);
        }
    }

    private static String dashed(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String environmentVariable(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static String defaultOf(Parameter parameter) {
        DefaultValue value = parameter.getAnnotation(DefaultValue.class);
        return value == null ? NO_DEFAULT : String.join(",", value.value());
    }

    /** The words the page uses for each kind of value. */
    private static String typeLabel(Class<?> type, Parameter parameter) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return parameter.isAnnotationPresent(Cron.class) ? "cron expression" : "text";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == boolean.class) {
            return "boolean";
        }
        if (type == Duration.class) {
            return "duration";
        }
        if (type == ZoneId.class) {
            return "time zone";
        }
        throw new AssertionError("no word on the page for " + type + ": add one to this test and to the page");
    }

    private static Map<String, Row> documentedRows() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PAGE)) {
            if (line.startsWith("| `schoolhub.")) {
                String[] cells = cells(line);
                Row previous = rows.put(unquoted(cells[1]), new Row(unquoted(cells[2]), cells[3], unquoted(cells[4])));
                assertThat(previous).as(cells[1] + " documented twice").isNull();
            }
        }
        return rows;
    }

    private static String[] cells(String line) {
        return Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    }

    private static String unquoted(String cell) {
        return cell.startsWith("`") && cell.endsWith("`") ? cell.substring(1, cell.length() - 1) : cell;
    }

    /** What the page says of one property, but its meaning. */
    private record Row(String environmentVariable, String type, String defaultValue) {
    }
}
