package sohoa.verapdf;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Validates PDF files against one PDF/A flavour and prints one JSON object per file and line.
 *
 * <pre>
 *   verapdf [--flavour 2b] FILE...     validate the files, then exit
 *   verapdf [--flavour 2b] -           read paths from standard input, one per line, and answer
 *                                      each with its line as soon as it is validated
 * </pre>
 *
 * A line looks like {@code {"file": "...", "flavour": "2b", "compliant": false, "failures":
 * [{"specification": "ISO 19005-2:2011", "clause": "6.2.11.4.1", "test": 1, "description":
 * "...", "checks": 2, "message": "...", "context": "..."}]}}; a file that cannot be read at all
 * gets {@code "compliant": false} and an {@code "error"} instead of failures.
 *
 * <p>Exit status: 0 when every file complies, 1 when one does not, 2 on a usage error.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.SEVERE);
        for (var handler : Logger.getLogger("").getHandlers()) {
            handler.setLevel(Level.SEVERE);
        }
        String flavourName = "2b";
        List<String> files = new ArrayList<>();
        boolean stdin = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--flavour", "-f" -> {
                    if (i + 1 >= args.length) {
                        usage("--flavour needs a value such as 2b");
                    }
                    flavourName = args[++i];
                }
                case "-" -> stdin = true;
                case "-h", "--help" -> usage(null);
                default -> files.add(args[i]);
            }
        }
        PDFAFlavour flavour = PDFAFlavour.byFlavourId(flavourName);
        if (flavour == PDFAFlavour.NO_FLAVOUR) {
            usage("unknown PDF/A flavour " + flavourName);
        }
        if (files.isEmpty() && !stdin) {
            usage("no file given");
        }
        VeraGreenfieldFoundryProvider.initialise();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean allCompliant = true;
        for (String file : files) {
            allCompliant &= report(out, file, flavour);
        }
        if (stdin) {
            var reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    allCompliant &= report(out, line.strip(), flavour);
                }
            }
        }
        System.exit(allCompliant ? 0 : 1);
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println("verapdf: " + problem);
        }
        System.err.println("usage: verapdf [--flavour 2b] FILE... | verapdf [--flavour 2b] -");
        System.exit(problem == null ? 0 : 2);
    }

    /** Validates one file, prints its line, and says whether it complies. */
    private static boolean report(PrintStream out, String path, PDFAFlavour flavour) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", path);
        line.put("flavour", flavour.getId());
        line.put("compliant", false);  // keeps its place in the line when set below
        try {
            ValidationResult result = validate(new File(path), flavour, line);
            line.put("compliant", result.isCompliant());
        } catch (Exception | StackOverflowError e) {
            line.put("compliant", false);
            line.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        out.println(Json.write(line));
        return Boolean.TRUE.equals(line.get("compliant"));
    }

    private static ValidationResult validate(File file, PDFAFlavour flavour,
                                             Map<String, Object> line) throws Exception {
        if (!file.isFile()) {
            throw new java.io.FileNotFoundException(file.getPath());
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(file, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<RuleId, Integer> failed = result.getFailedChecks();
            Map<RuleId, TestAssertion> first = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    first.putIfAbsent(assertion.getRuleId(), assertion);
                }
            }
            List<RuleId> rules = new ArrayList<>(failed.keySet());
            for (RuleId id : first.keySet()) {
                if (!failed.containsKey(id)) {
                    rules.add(id);
                }
            }
            rules.sort(Comparator.comparing(RuleId::getClause).thenComparing(RuleId::getTestNumber));
            List<Object> failures = new ArrayList<>();
            for (RuleId id : rules) {
                Map<String, Object> failure = new LinkedHashMap<>();
                failure.put("specification", id.getSpecification().getId());
                failure.put("clause", id.getClause());
                failure.put("test", id.getTestNumber());
                Rule rule = result.getValidationProfile() == null ? null
                        : result.getValidationProfile().getRuleByRuleId(id);
                failure.put("description", rule == null ? null : rule.getDescription());
                failure.put("checks", failed.getOrDefault(id, 1));
                TestAssertion assertion = first.get(id);
                if (assertion != null) {
                    String message = assertion.getErrorMessage();
                    failure.put("message", message != null ? message : assertion.getMessage());
                    failure.put("context", assertion.getLocationContext() != null
                            ? assertion.getLocationContext() : assertion.getLocation().getContext());
                }
                failures.add(failure);
            }
            line.put("failures", failures);
            return result;
        }
    }

    /** Just enough JSON for the report: maps, lists, strings, numbers, booleans and null. */
    static final class Json {
        private Json() {
        }

        static String write(Object value) {
            StringBuilder sb = new StringBuilder();
            append(sb, value);
            return sb.toString();
        }

        private static void append(StringBuilder sb, Object value) {
            if (value == null) {
                sb.append("null");
            } else if (value instanceof Map<?, ?> map) {
                sb.append('{');
                boolean comma = false;
                for (var entry : map.entrySet()) {
                    if (comma) {
                        sb.append(", ");
                    }
                    string(sb, String.valueOf(entry.getKey()));
                    sb.append(": ");
                    append(sb, entry.getValue());
                    comma = true;
                }
                sb.append('}');
            } else if (value instanceof List<?> list) {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    append(sb, list.get(i));
                }
                sb.append(']');
            } else if (value instanceof Number || value instanceof Boolean) {
                sb.append(value);
            } else {
                string(sb, value.toString());
            }
        }

        private static void string(StringBuilder sb, String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }
}
