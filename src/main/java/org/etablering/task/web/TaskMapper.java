package org.etablering.task.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.etablering.task.Task;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface TaskMapper {

    @Mapping(target = "form", ignore = true)
    TaskView toView(Task task);

    @Mapping(target = "form", source = "form")
    TaskView toView(Task task, JsonNode form);
}
