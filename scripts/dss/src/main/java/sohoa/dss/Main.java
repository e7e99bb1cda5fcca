package sohoa.dss;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlObjectModification;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

/**
 * Validates signed PDFs with EU DSS, offline, and prints one JSON object per file and line.
 *
 * <pre>
 *   dss [--at ISO-DATE] --trust CA.pem [--trust ...] FILE...   validate the files, then exit
 *   dss [--at ISO-DATE] --trust CA.pem -                       read paths from standard input,
 *                                                              one per line, answer each at once
 * </pre>
 *
 * Nothing is fetched from the network: no certificate (AIA), no CRL, no OCSP answer. Only what
 * the file carries (its CMS certificates, its DSS dictionary, its time stamps) and the trust
 * anchors given with {@code --trust} (PEM or DER, one or more certificates per file) count. The
 * validation policy is DSS's default one. {@code --at} validates as of that moment: a date
 * alone means noon in Vietnam (UTC+7) that day, as {@code sohoa verify --at} checks.
 *
 * <p>A line looks like {@code {"file": "...", "indication": "TOTAL_PASSED", "subIndication":
 * null, "format": "PAdES-BASELINE-LTA", "validationTime": "...", "signatures": [...],
 * "timestamps": [...], "errors": [...], "warnings": [...], "info": [...]}}; see README.md.
 *
 * <p>Exit status: 0 when every file's indication is TOTAL_PASSED, 1 when one's is not, 2 on a
 * usage error.
 */
public final class Main {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.SEVERE);
        for (var handler : Logger.getLogger("").getHandlers()) {
            handler.setLevel(Level.SEVERE);
        }
        List<String> files = new ArrayList<>();
        List<String> trust = new ArrayList<>();
        Date at = null;
        boolean stdin = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--at" -> {
                    if (i + 1 >= args.length) {
                        usage("--at needs a date such as 2040-01-01");
                    }
                    at = moment(args[++i]);
                }
                case "--trust" -> {
                    if (i + 1 >= args.length) {
                        usage("--trust needs a certificate file");
                    }
                    trust.add(args[++i]);
                }
                case "-" -> stdin = true;
                case "-h", "--help" -> usage(null);
                default -> {
                    if (args[i].startsWith("--")) {
                        usage("unknown option " + args[i]);
                    }
                    files.add(args[i]);
                }
            }
        }
        if (trust.isEmpty()) {
            usage("no trust anchor given (--trust CA.pem)");
        }
        if (files.isEmpty() && !stdin) {
            usage("no file given");
        }
        CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
        for (String path : trust) {
            for (CertificateToken token : certificates(path)) {
                anchors.addCertificate(token);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean allPassed = true;
        for (String file : files) {
            allPassed &= report(out, file, anchors, at);
        }
        if (stdin) {
            var reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    allPassed &= report(out, line.strip(), anchors, at);
                }
            }
        }
        System.exit(allPassed ? 0 : 1);
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println("dss: " + problem);
        }
        System.err.println("usage: dss [--at ISO-DATE] --trust CA.pem FILE... | "
                + "dss [--at ISO-DATE] --trust CA.pem -");
        System.exit(problem == null ? 0 : 2);
    }

    /** An ISO date (noon in Vietnam that day), local date-time (Vietnam) or offset date-time. */
    private static Date moment(String text) {
        try {
            if (text.length() == 10) {
                return Date.from(LocalDate.parse(text).atTime(12, 0).atOffset(VIETNAM).toInstant());
            }
            try {
                return Date.from(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                return Date.from(LocalDateTime.parse(text).atOffset(VIETNAM).toInstant());
            }
        } catch (DateTimeParseException e) {
            usage("--at takes an ISO date or date-time, not " + text);
            return null;
        }
    }

    private static List<CertificateToken> certificates(String path) {
        List<CertificateToken> tokens = new ArrayList<>();
        try (InputStream in = new FileInputStream(path)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (var cert : factory.generateCertificates(in)) {
                tokens.add(new CertificateToken((X509Certificate) cert));
            }
        } catch (Exception e) {
            usage("cannot read the trust anchor " + path + ": " + e.getMessage());
        }
        if (tokens.isEmpty()) {
            usage("the trust anchor file " + path + " holds no certificate");
        }
        return tokens;
    }

    /** Validates one file, prints its line, and says whether it passed. */
    private static boolean report(PrintStream out, String path, CommonTrustedCertificateSource anchors,
                                  Date at) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", path);
        line.put("indication", null);
        line.put("subIndication", null);
        line.put("format", null);
        try {
            validate(new File(path), anchors, at, line);
        } catch (Exception | LinkageError | StackOverflowError e) {
            line.put("indication", null);
            line.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        out.println(Json.write(line));
        return Indication.TOTAL_PASSED.name().equals(line.get("indication"));
    }

    private static void validate(File file, CommonTrustedCertificateSource anchors, Date at,
                                 Map<String, Object> line) throws Exception {
        if (!file.isFile()) {
            throw new java.io.FileNotFoundException(file.getPath());
        }
        // true: no default AIA source; and no CRL or OCSP source: nothing from the network
        CommonCertificateVerifier verifier = new CommonCertificateVerifier(true);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        verifier.setTrustedCertSources(anchors);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(file));
        validator.setCertificateVerifier(verifier);
        if (at != null) {
            validator.setValidationTime(at);
        }
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        line.put("validationTime", iso(simple.getValidationTime()));

        Set<String> errors = new LinkedHashSet<>();
        Set<String> warnings = new LinkedHashSet<>();
        Set<String> info = new LinkedHashSet<>();
        List<Object> signatures = new ArrayList<>();
        Indication worst = null;
        SubIndication worstSub = null;
        SignatureLevel lowest = null;
        for (String id : simple.getSignatureIdList()) {
            Map<String, Object> sig = token(simple, id, errors, warnings, info);
            SignatureWrapper wrapper = diagnostic.getSignatureById(id);
            SignatureLevel level = simple.getSignatureFormat(id);
            sig.put("format", level == null ? null : level.toString());
            sig.put("field", wrapper == null || wrapper.getPDFRevision() == null ? null
                    : wrapper.getPDFRevision().getFirstFieldName());
            sig.put("signedBy", simple.getSignedBy(id));
            sig.put("signingTime", iso(simple.getSigningTime(id)));
            sig.put("bestSignatureTime", iso(simple.getBestSignatureTime(id)));
            sig.put("modifications", wrapper == null ? null : modifications(wrapper.getPDFRevision()));
            List<Object> stamps = new ArrayList<>();
            for (XmlTimestamp ts : simple.getSignatureTimestamps(id)) {
                stamps.add(timestamp(simple, diagnostic, ts.getId(), errors, warnings, info));
            }
            sig.put("timestamps", stamps);
            signatures.add(sig);
            Indication indication = simple.getIndication(id);
            if (worst == null || rank(indication) > rank(worst)) {
                worst = indication;
                worstSub = simple.getSubIndication(id);
            }
            if (level != null && (lowest == null || level.ordinal() < lowest.ordinal())) {
                lowest = level;
            }
        }
        List<Object> detached = new ArrayList<>();
        for (String id : simple.getTimestampIdList()) {
            detached.add(timestamp(simple, diagnostic, id, errors, warnings, info));
            Indication indication = simple.getIndication(id);
            if (worst == null || rank(indication) > rank(worst)) {
                worst = indication;
                worstSub = simple.getSubIndication(id);
            }
        }
        if (signatures.isEmpty() && detached.isEmpty()) {
            line.put("error", "no signature or time stamp found");
        }
        line.put("indication", worst == null ? null : passedAsTotal(worst).name());
        line.put("subIndication", worstSub == null ? null : worstSub.name());
        line.put("format", lowest == null ? null : lowest.toString());
        line.put("signatures", signatures);
        line.put("timestamps", detached);
        line.put("errors", new ArrayList<>(errors));
        line.put("warnings", new ArrayList<>(warnings));
        line.put("info", new ArrayList<>(info));
    }

    /** TOTAL_FAILED and FAILED worst, then INDETERMINATE, then the passing ones. */
    private static int rank(Indication indication) {
        if (indication == null) {
            return 3;
        }
        return switch (indication) {
            case TOTAL_FAILED, FAILED -> 2;
            case INDETERMINATE, NO_SIGNATURE_FOUND -> 1;
            default -> 0;
        };
    }

    /** A time stamp alone passes with PASSED; the file's line says TOTAL_PASSED/FAILED. */
    private static Indication passedAsTotal(Indication indication) {
        return switch (indication) {
            case PASSED -> Indication.TOTAL_PASSED;
            case FAILED -> Indication.TOTAL_FAILED;
            default -> indication;
        };
    }

    private static Map<String, Object> token(SimpleReport simple, String id, Set<String> errors,
                                             Set<String> warnings, Set<String> info) {
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("id", id);
        Indication indication = simple.getIndication(id);
        SubIndication sub = simple.getSubIndication(id);
        token.put("indication", indication == null ? null : indication.name());
        token.put("subIndication", sub == null ? null : sub.name());
        token.put("errors", messages(simple.getAdESValidationErrors(id), errors));
        token.put("warnings", messages(simple.getAdESValidationWarnings(id), warnings));
        token.put("info", messages(simple.getAdESValidationInfo(id), info));
        return token;
    }

    private static Map<String, Object> timestamp(SimpleReport simple, DiagnosticData diagnostic, String id,
                                                 Set<String> errors, Set<String> warnings, Set<String> info) {
        Map<String, Object> ts = token(simple, id, errors, warnings, info);
        TimestampWrapper wrapper = diagnostic.getTimestampById(id);
        ts.put("type", wrapper == null || wrapper.getType() == null ? null : wrapper.getType().name());
        ts.put("productionTime", iso(simple.getProductionTime(id)));
        ts.put("producedBy", simple.getProducedBy(id));
        return ts;
    }

    private static List<Object> messages(List<Message> list, Set<String> all) {
        List<Object> texts = new ArrayList<>();
        if (list != null) {
            for (Message message : list) {
                texts.add(message.getValue());
                all.add(message.getValue());
            }
        }
        return texts;
    }

    /** What DSS found changed in the revisions after a signature, as it names the changes. */
    private static Map<String, Object> modifications(PDFRevisionWrapper revision) {
        Map<String, Object> found = new LinkedHashMap<>();
        if (revision == null) {
            return found;
        }
        found.put("annotationOverlapPages", pages(revision.getPdfAnnotationsOverlapConcernedPages()));
        found.put("visualDifferencePages", pages(revision.getPdfVisualDifferenceConcernedPages()));
        found.put("pageDifferencePages", pages(revision.getPdfPageDifferenceConcernedPages()));
        found.put("extensionChanges", objects(revision.getPdfExtensionChanges()));
        found.put("signatureOrFormFill", objects(revision.getPdfSignatureOrFormFillChanges()));
        found.put("annotationChanges", objects(revision.getPdfAnnotationChanges()));
        found.put("undefinedChanges", objects(revision.getPdfUndefinedChanges()));
        return found;
    }

    private static List<Object> pages(List<BigInteger> pages) {
        List<Object> numbers = new ArrayList<>();
        if (pages != null) {
            for (BigInteger page : pages) {
                numbers.add(page.intValue());
            }
        }
        return numbers;
    }

    private static List<Object> objects(List<XmlObjectModification> changes) {
        List<Object> named = new ArrayList<>();
        if (changes != null) {
            for (XmlObjectModification change : changes) {
                String action = change.getAction() == null ? "" : change.getAction().name() + " ";
                named.add(action + change.getValue());
            }
        }
        return named;
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
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
