package org.etablering.workflow;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The plain-language names that the BPMN models give their elements, for showing tasks to people. */
@Component
public class ProcessModels {

    static final String MODELS = "classpath*:bpmn/*.bpmn";

    private final Map<String, String> names = new HashMap<>();
    private final java.util.Set<String> called = new java.util.HashSet<>();

    ProcessModels() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(MODELS)) {
                try (InputStream in = resource.getInputStream()) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(in);
                    for (var call : model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement.class)) {
                        called.add(call.getProcessId());
                    }
                    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                        if (element.getName() != null) {
                            names.put(processOf(element) + "/" + element.getId(), element.getName());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the process models", e);
        }
    }

    private static String processOf(ModelElementInstance element) {
        ModelElementInstance current = element;
        while (current != null && !(current instanceof Process)) {
            current = current.getParentElement();
        }
        return current == null ? "" : ((Process) current).getId();
    }

    /** Whether the process runs only as called by another (a call activity), never on its own. */
    public boolean isCalledProcess(String processId) {
        return called.contains(processId);
    }

    /** The element's name in the model, or its id if it has none. */
    public String elementName(String processId, String elementId) {
        return names.getOrDefault(processId + "/" + elementId, elementId);
    }
}
