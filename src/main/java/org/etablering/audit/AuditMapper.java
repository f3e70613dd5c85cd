package org.etablering.audit;

import org.mapstruct.Mapper;

@Mapper
public interface AuditMapper {

    AuditEntryView toView(AuditEvent event);
}
