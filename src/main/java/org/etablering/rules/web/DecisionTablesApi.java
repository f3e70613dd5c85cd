package org.etablering.rules.web;

import java.io.IOException;
import java.util.List;
import org.etablering.identity.CurrentUser;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.rules.DecisionTableView;
import org.etablering.rules.DecisionTables;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Decision tables for administrators: versions, a new version into service, an earlier one back. */
@RestController
class DecisionTablesApi {

    private final DecisionTables tables;

    DecisionTablesApi(DecisionTables tables) {
        this.tables = tables;
    }

    @GetMapping("/api/v1/admin/decisions")
    List<DecisionTableView> versions() {
        return tables.versions();
    }

    /** A new version (multipart: {@code file}, the DMN; {@code comment}, why), deployed and put into service. */
    @PostMapping(path = "/api/v1/admin/decisions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DecisionTableView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
                                             @RequestParam(defaultValue = "") String comment, CurrentUser admin) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tables.upload(bytesOf(file), comment, admin));
    }

    @GetMapping(path = "/api/v1/admin/decisions/{decisionId}/versions/{version}", produces = "application/xml")
    ResponseEntity<byte[]> content(@PathVariable String decisionId, @PathVariable int version) {
        return DecisionTablePages.download(decisionId, version, tables.content(decisionId, version));
    }

    @PostMapping("/api/v1/admin/decisions/{decisionId}/versions/{version}/reinstate")
    ResponseEntity<DecisionTableView> reinstate(@PathVariable String decisionId, @PathVariable int version,
                                                @RequestParam(defaultValue = "") String comment, CurrentUser admin) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tables.reinstate(decisionId, version, comment, admin));
    }

    static byte[] bytesOf(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("decision-table-invalid",
                    List.of(new FieldProblem("file", "dmn-empty", "dmn-empty", null)));
        }
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new InvalidInputException("decision-table-invalid",
                    List.of(new FieldProblem("file", "dmn-not-xml", "dmn-not-xml", null)));
        }
    }
}
