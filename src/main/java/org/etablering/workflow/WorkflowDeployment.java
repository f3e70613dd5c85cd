package org.etablering.workflow;

import io.camunda.client.annotation.Deployment;
import org.springframework.context.annotation.Configuration;

/** Deploys the models in {@code bpmn/} at start-up; the engine keeps a new version only when one changed. */
@Configuration
@Deployment(resources = {"classpath*:/bpmn/*.bpmn", "classpath*:/bpmn/*.dmn"})
class WorkflowDeployment {
}
