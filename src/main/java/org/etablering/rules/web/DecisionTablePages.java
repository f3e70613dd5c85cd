package org.etablering.rules.web;

import org.etablering.identity.CurrentUser;
import org.etablering.problem.ConflictException;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.ServiceUnavailableException;
import org.etablering.rules.DecisionTables;
import org.etablering.ui.WebPage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of decision tables: what is in service, earlier versions, a new one from Camunda Modeler. */
@Controller
@WebPage
class DecisionTablePages {

    private final DecisionTables tables;

    DecisionTablePages(DecisionTables tables) {
        this.tables = tables;
    }

    @GetMapping("/admin/decisions")
    String page(Model model) {
        model.addAttribute("versions", tables.versions());
        return "admin/decisions";
    }

    @PostMapping("/admin/decisions")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "") String comment, CurrentUser admin, RedirectAttributes redirect) {
        try {
            var version = tables.upload(DecisionTablesApi.bytesOf(file), comment, admin);
            redirect.addFlashAttribute("notice", "decisions.uploaded");
            redirect.addFlashAttribute("noticeVersion", version.version());
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("problemNotice", "decisions.refused");
            redirect.addFlashAttribute("problems", refused.fields());
            redirect.addFlashAttribute("comment", comment);
        } catch (ServiceUnavailableException engineAway) {
            redirect.addFlashAttribute("problemNotice", "decisions.engineAway");
            redirect.addFlashAttribute("comment", comment);
        }
        return "redirect:/admin/decisions";
    }

    @PostMapping("/admin/decisions/{decisionId}/versions/{version}/reinstate")
    String reinstate(@PathVariable String decisionId, @PathVariable int version,
                     @RequestParam(defaultValue = "") String comment, CurrentUser admin, RedirectAttributes redirect) {
        try {
            var reinstated = tables.reinstate(decisionId, version, comment, admin);
            redirect.addFlashAttribute("notice", "decisions.reinstated");
            redirect.addFlashAttribute("noticeVersion", reinstated.version());
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("problemNotice", "decisions.reinstateRefused");
            redirect.addFlashAttribute("problems", refused.fields());
        } catch (ConflictException alreadyInService) {
            redirect.addFlashAttribute("problemNotice", "decisions.alreadyInService");
        } catch (ServiceUnavailableException engineAway) {
            redirect.addFlashAttribute("problemNotice", "decisions.engineAway");
        }
        return "redirect:/admin/decisions";
    }

    @GetMapping("/admin/decisions/{decisionId}/versions/{version}")
    ResponseEntity<byte[]> content(@PathVariable String decisionId, @PathVariable int version) {
        return download(decisionId, version, tables.content(decisionId, version));
    }

    static ResponseEntity<byte[]> download(String decisionId, int version, byte[] content) {
        String name = decisionId.replaceAll("[^A-Za-z0-9-]", "") + "-v" + version + ".dmn";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_XML).body(content);
    }
}
