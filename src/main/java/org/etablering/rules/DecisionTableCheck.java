package org.etablering.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.etablering.problem.FieldProblem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks an uploaded decision table before the engine sees it: well-formed DMN without external entities, a
 * decision the processes call, a table whose rules give a list, inputs that read the facts the process gives,
 * the outputs the process reads, expressions that FEEL can parse, and functions that exist.
 */
final class DecisionTableCheck {

    static final int LARGEST = 1024 * 1024;
    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    private static final Pattern STRING = Pattern.compile("^\\s*\"([^\"]*)\"\\s*$");
    private static final List<String> LIST_POLICIES = List.of("COLLECT", "RULE ORDER", "OUTPUT ORDER");

    /** A table that passed, with the decision it is for. */
    record Checked(DecisionContract contract, byte[] content) {
    }

    private DecisionTableCheck() {
    }

    /** The table's problems, each with a rule the page tells in the user's language; empty when it may go in. */
    static List<FieldProblem> problems(byte[] content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (content == null || content.length == 0) {
            return List.of(problem("dmn-empty", null));
        }
        if (content.length > LARGEST) {
            return List.of(problem("dmn-too-large", LARGEST / 1024));
        }
        Optional<Document> parsed = parse(content);
        if (parsed.isEmpty()) {
            return List.of(problem("dmn-not-xml", null));
        }
        Element definitions = parsed.get().getDocumentElement();
        String namespace = String.valueOf(definitions.getNamespaceURI());
        if (!"definitions".equals(definitions.getLocalName()) || !namespace.matches("https?://www\\.omg\\.org/spec/DMN/.*")) {
            return List.of(problem("dmn-not-dmn", null));
        }
        List<Element> decisions = children(definitions, "decision");
        Optional<DecisionContract> contract = decisions.stream().map(decision -> decision.getAttribute("id"))
                .flatMap(id -> DecisionContract.ALL.stream().filter(known -> known.decisionId().equals(id)))
                .findFirst();
        if (contract.isEmpty()) {
            return List.of(problem("dmn-unknown-decision", String.join(", ",
                    DecisionContract.ALL.stream().map(DecisionContract::decisionId).toList())));
        }
        Element decision = decisions.stream().filter(d -> d.getAttribute("id").equals(contract.get().decisionId()))
                .findFirst().orElseThrow();
        List<Element> tables = children(decision, "decisionTable");
        if (tables.size() != 1) {
            return List.of(problem("dmn-no-table", null));
        }
        checkTable(tables.get(0), contract.get(), problems);
        return problems;
    }

    static DecisionContract contractOf(byte[] content) {
        Element definitions = parse(content).orElseThrow().getDocumentElement();
        return children(definitions, "decision").stream().map(decision -> decision.getAttribute("id"))
                .flatMap(id -> DecisionContract.ALL.stream().filter(known -> known.decisionId().equals(id)))
                .findFirst().orElseThrow();
    }

    private static void checkTable(Element table, DecisionContract contract, List<FieldProblem> problems) {
        String hitPolicy = table.hasAttribute("hitPolicy") ? table.getAttribute("hitPolicy") : "UNIQUE";
        if (!LIST_POLICIES.contains(hitPolicy) || table.hasAttribute("aggregation")) {
            problems.add(problem("dmn-hit-policy", String.join(", ", LIST_POLICIES)));
        }
        List<Element> inputs = children(table, "input");
        for (Element input : inputs) {
            String expression = children(input, "inputExpression").stream().flatMap(e -> children(e, "text").stream())
                    .map(Node::getTextContent).findFirst().orElse("");
            if (contract.facts().stream().noneMatch(fact -> Pattern.compile("\\b" + fact + "\\b").matcher(expression).find())) {
                problems.add(problem("dmn-input-unknown", labelOf(input) + " (" + String.join(", ", contract.facts()) + ")"));
            } else if (FEEL.parseExpression(expression).isFailure()) {
                problems.add(problem("dmn-expression", labelOf(input)));
            }
        }
        List<Element> outputs = children(table, "output");
        List<String> outputNames = outputs.stream().map(output -> output.getAttribute("name")).toList();
        for (String needed : contract.outputs()) {
            if (!outputNames.contains(needed)) {
                problems.add(problem("dmn-output-missing", needed));
            }
        }
        List<Element> rules = children(table, "rule");
        if (rules.isEmpty()) {
            problems.add(problem("dmn-no-rules", null));
        }
        for (int r = 0; r < rules.size(); r++) {
            Element rule = rules.get(r);
            String name = ruleName(rule, r);
            List<Element> entries = children(rule, "inputEntry");
            List<Element> results = children(rule, "outputEntry");
            if (entries.size() != inputs.size() || results.size() != outputs.size()) {
                problems.add(problem("dmn-rule-shape", name));
                continue;
            }
            for (Element entry : entries) {
                if (FEEL.parseUnaryTests(textOf(entry)).isFailure()) {
                    problems.add(problem("dmn-rule-test", name + ": " + textOf(entry)));
                }
            }
            for (int o = 0; o < outputs.size(); o++) {
                String text = textOf(results.get(o));
                java.util.Set<String> allowed = contract.allowedValues().get(outputNames.get(o));
                if (FEEL.parseExpression(text).isFailure()) {
                    problems.add(problem("dmn-rule-output", name + ": " + text));
                } else if (allowed != null) {
                    Matcher value = STRING.matcher(text);
                    if (!value.matches() || !allowed.contains(value.group(1))) {
                        problems.add(problem("dmn-function-unknown", name + ": " + text.strip() + " ("
                                + String.join(", ", allowed.stream().sorted().toList()) + ")"));
                    }
                }
            }
        }
    }

    private static String labelOf(Element input) {
        return input.hasAttribute("label") ? input.getAttribute("label") : input.getAttribute("id");
    }

    private static String ruleName(Element rule, int index) {
        String description = children(rule, "description").stream().map(Node::getTextContent).findFirst().orElse("");
        return "#" + (index + 1) + (description.isBlank() ? "" : " " + description.strip());
    }

    private static String textOf(Element entry) {
        return children(entry, "text").stream().map(Node::getTextContent).findFirst().orElse("");
    }

    private static FieldProblem problem(String rule, Object limit) {
        return new FieldProblem("file", rule, rule, limit);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** Namespace-aware, with no document type, no external entity and no XInclude: a table cannot reach out. */
    private static Optional<Document> parse(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            return Optional.of(builder.parse(new ByteArrayInputStream(content)));
        } catch (Exception notXml) {
            return Optional.empty();
        }
    }
}
