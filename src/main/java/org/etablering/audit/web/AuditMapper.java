package org.etablering.audit.web;

import org.etablering.audit.AuditEvent;
import org.mapstruct.Mapper;

@Mapper
public interface AuditMapper {

    AuditEntryView toView(AuditEvent event);
}
