package org.etablering.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.etablering.cases.CaseNotes;
import org.etablering.cases.CaseRegister;
import org.etablering.inquiry.InquiryService;
import org.etablering.land.LandActions;
import org.etablering.land.ParcelInventory;
import org.etablering.land.ParcelSearch;
import org.etablering.municipality.Municipalities;
import org.etablering.support.Api.Response;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.task.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application against every role, with real tokens from the embedded Keycloak.
 * A role outside an endpoint's rule gets 403, no token gets 401, and a role inside it gets past the
 * door (the request itself may then be invalid or point at nothing). An endpoint that is added without
 * an entry here fails {@link #theMatrixCoversEveryEndpoint()}.
 */
@FullStackTest
class AccessMatrixIT extends FullStackSupport {

    /** Who may pass, and how to knock: a request that an allowed caller gets past the rules with. */
    private record Rule(Set<Role> allowed, String path, Object body) {
    }

    private static final Set<Role> OFFICIALS = EnumSet.of(Role.FIRST_LINE, Role.BUSINESS, Role.DEVELOPMENT,
            Role.PLANNING, Role.MANAGER);
    private static final Set<Role> CASE_READERS = union(OFFICIALS, Role.APPLICANT);
    private static final String ANY_ID = UUID.randomUUID().toString();
    private static final Map<String, Role> DEMO_USERS = Map.of(
            "applicant", Role.APPLICANT, "firstline", Role.FIRST_LINE, "business", Role.BUSINESS,
            "development", Role.DEVELOPMENT, "planning", Role.PLANNING, "manager", Role.MANAGER, "admin", Role.ADMIN);

    /** Keys are "METHOD pattern" exactly as the controllers declare them. */
    private static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("POST /api/v1/inquiries", new Rule(EnumSet.of(Role.APPLICANT), "/api/v1/inquiries", Map.of()));
        MATRIX.put("GET /api/v1/inquiries", new Rule(CASE_READERS, "/api/v1/inquiries", null));
        MATRIX.put("GET /api/v1/cases", new Rule(CASE_READERS, "/api/v1/cases", null));
        MATRIX.put("GET /api/v1/cases/{id}", new Rule(CASE_READERS, "/api/v1/cases/" + ANY_ID, null));
        MATRIX.put("GET /api/v1/cases/{id}/documents", new Rule(CASE_READERS, "/api/v1/cases/" + ANY_ID + "/documents",
                null));
        MATRIX.put("GET /api/v1/cases/{id}/documents/{documentId}", new Rule(CASE_READERS,
                "/api/v1/cases/" + ANY_ID + "/documents/" + ANY_ID, null));
        MATRIX.put("GET /api/v1/cases/{id}/audit", new Rule(EnumSet.of(Role.MANAGER), "/api/v1/cases/" + ANY_ID + "/audit",
                null));
        MATRIX.put("GET /api/v1/inquiries/{id}", new Rule(CASE_READERS, "/api/v1/inquiries/" + ANY_ID, null));
        MATRIX.put("GET /api/v1/inquiries/{id}/notes", new Rule(OFFICIALS, "/api/v1/inquiries/" + ANY_ID + "/notes", null));
        MATRIX.put("POST /api/v1/inquiries/{id}/notes", new Rule(OFFICIALS, "/api/v1/inquiries/" + ANY_ID + "/notes",
                Map.of("text", "A note")));
        MATRIX.put("GET /api/v1/inquiries/{id}/audit", new Rule(EnumSet.of(Role.MANAGER),
                "/api/v1/inquiries/" + ANY_ID + "/audit", null));
        MATRIX.put("GET /api/v1/inquiries/{id}/messages", new Rule(CASE_READERS, "/api/v1/inquiries/" + ANY_ID + "/messages", null));
        MATRIX.put("POST /api/v1/inquiries/{id}/messages", new Rule(CASE_READERS, "/api/v1/inquiries/" + ANY_ID + "/messages",
                Map.of("text", "Hello")));
        MATRIX.put("GET /api/v1/inquiries/{id}/messages/{messageId}/attachments/{attachmentId}", new Rule(CASE_READERS,
                "/api/v1/inquiries/" + ANY_ID + "/messages/" + ANY_ID + "/attachments/" + ANY_ID, null));
        MATRIX.put("GET /api/v1/tasks", new Rule(OFFICIALS, "/api/v1/tasks", null));
        MATRIX.put("GET /api/v1/tasks/{id}", new Rule(OFFICIALS, "/api/v1/tasks/" + ANY_ID, null));
        MATRIX.put("POST /api/v1/tasks/{id}/claim", new Rule(OFFICIALS, "/api/v1/tasks/" + ANY_ID + "/claim", ""));
        MATRIX.put("POST /api/v1/tasks/{id}/unclaim", new Rule(OFFICIALS, "/api/v1/tasks/" + ANY_ID + "/unclaim", ""));
        MATRIX.put("POST /api/v1/tasks/{id}/complete", new Rule(OFFICIALS, "/api/v1/tasks/" + ANY_ID + "/complete",
                Map.of()));
        MATRIX.put("POST /api/v1/tasks/{id}/assign", new Rule(EnumSet.of(Role.MANAGER),
                "/api/v1/tasks/" + ANY_ID + "/assign", Map.of("assignee", "firstline")));
        MATRIX.put("POST /api/v1/permits", new Rule(EnumSet.of(Role.APPLICANT), "/api/v1/permits", Map.of()));
        MATRIX.put("GET /api/v1/permits", new Rule(CASE_READERS, "/api/v1/permits", null));
        MATRIX.put("GET /api/v1/permits/{id}", new Rule(CASE_READERS, "/api/v1/permits/" + ANY_ID, null));
        MATRIX.put("POST /api/v1/permits/{id}/completion", new Rule(EnumSet.of(Role.APPLICANT),
                "/api/v1/permits/" + ANY_ID + "/completion", Map.of("text", "Here it is")));
        MATRIX.put("POST /api/v1/permits/{id}/reply", new Rule(EnumSet.of(Role.APPLICANT),
                "/api/v1/permits/" + ANY_ID + "/reply", Map.of("text", "We disagree")));
        MATRIX.put("POST /api/v1/permits/{id}/request-decision", new Rule(EnumSet.of(Role.APPLICANT),
                "/api/v1/permits/" + ANY_ID + "/request-decision", ""));
        MATRIX.put("POST /api/v1/permits/{id}/clock/extension", new Rule(EnumSet.of(Role.PLANNING, Role.MANAGER),
                "/api/v1/permits/" + ANY_ID + "/clock/extension", Map.of("weeks", 2, "reason", "Consultation")));
        MATRIX.put("POST /api/v1/permits/{id}/clock/pause", new Rule(EnumSet.of(Role.PLANNING, Role.MANAGER),
                "/api/v1/permits/" + ANY_ID + "/clock/pause", ""));
        MATRIX.put("POST /api/v1/permits/{id}/clock/resume", new Rule(EnumSet.of(Role.PLANNING, Role.MANAGER),
                "/api/v1/permits/" + ANY_ID + "/clock/resume", ""));
        MATRIX.put("GET /api/v1/notifications", new Rule(OFFICIALS, "/api/v1/notifications", null));
        MATRIX.put("GET /api/v1/parcels", new Rule(union(OFFICIALS, Role.ADMIN), "/api/v1/parcels", null));
        MATRIX.put("GET /api/v1/parcels/{id}", new Rule(union(OFFICIALS, Role.ADMIN), "/api/v1/parcels/" + ANY_ID, null));
        MATRIX.put("POST /api/v1/parcels", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/parcels", Map.of()));
        MATRIX.put("PUT /api/v1/parcels/{id}", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/parcels/" + ANY_ID, Map.of()));
        MATRIX.put("POST /api/v1/parcels/{id}/retire", new Rule(EnumSet.of(Role.ADMIN),
                "/api/v1/parcels/" + ANY_ID + "/retire", ""));
        MATRIX.put("POST /api/v1/parcels/{id}/sold", new Rule(EnumSet.of(Role.ADMIN),
                "/api/v1/parcels/" + ANY_ID + "/sold", ""));
        MATRIX.put("POST /api/v1/parcels/import", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/parcels/import", ""));
        MATRIX.put("POST /api/v1/land-requests", new Rule(EnumSet.of(Role.APPLICANT), "/api/v1/land-requests", Map.of()));
        MATRIX.put("GET /api/v1/land-requests", new Rule(CASE_READERS, "/api/v1/land-requests", null));
        MATRIX.put("GET /api/v1/land-requests/{id}", new Rule(CASE_READERS, "/api/v1/land-requests/" + ANY_ID, null));
        MATRIX.put("GET /api/v1/land-requests/{id}/matching-parcels", new Rule(EnumSet.of(Role.PLANNING, Role.MANAGER),
                "/api/v1/land-requests/" + ANY_ID + "/matching-parcels", null));
        MATRIX.put("POST /api/v1/land-requests/{id}/offer/accept", new Rule(EnumSet.of(Role.APPLICANT),
                "/api/v1/land-requests/" + ANY_ID + "/offer/accept", ""));
        MATRIX.put("POST /api/v1/land-requests/{id}/offer/decline", new Rule(EnumSet.of(Role.APPLICANT),
                "/api/v1/land-requests/" + ANY_ID + "/offer/decline", Map.of("reason", "Too far from the rail")));
        MATRIX.put("POST /api/v1/land-requests/{id}/reservation/extension", new Rule(EnumSet.of(Role.PLANNING, Role.MANAGER),
                "/api/v1/land-requests/" + ANY_ID + "/reservation/extension", Map.of("months", 3, "reason", "Financing")));
        MATRIX.put("GET /api/v1/admin/municipalities", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/admin/municipalities", null));
        MATRIX.put("GET /api/v1/admin/outbox", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/admin/outbox", null));
        MATRIX.put("GET /api/v1/admin/decisions", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/admin/decisions", null));
        MATRIX.put("GET /api/v1/admin/retention/rules", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/admin/retention/rules", null));
        MATRIX.put("GET /api/v1/admin/retention/preview", new Rule(EnumSet.of(Role.ADMIN),
                "/api/v1/admin/retention/preview", null));
        MATRIX.put("GET /api/v1/admin/retention/runs", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/admin/retention/runs", null));
        // without a period the allowed roles get 400, which is JSON to read
        MATRIX.put("GET /api/v1/statistics/insikt", new Rule(EnumSet.of(Role.MANAGER, Role.ADMIN),
                "/api/v1/statistics/insikt", null));
        MATRIX.put("GET /api/v1/statistics/building", new Rule(EnumSet.of(Role.MANAGER, Role.ADMIN),
                "/api/v1/statistics/building", null));
        MATRIX.put("POST /api/v1/admin/decisions", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/admin/decisions", ""));
        MATRIX.put("GET /api/v1/admin/decisions/{decisionId}/versions/{version}", new Rule(EnumSet.of(Role.ADMIN),
                "/api/v1/admin/decisions/inquiry-routing/versions/99999", null));
        MATRIX.put("POST /api/v1/admin/decisions/{decisionId}/versions/{version}/reinstate", new Rule(EnumSet.of(Role.ADMIN),
                "/api/v1/admin/decisions/inquiry-routing/versions/999/reinstate", ""));
        MATRIX.put("POST /api/v1/inquiries/{id}/close", new Rule(EnumSet.of(Role.FIRST_LINE, Role.MANAGER),
                "/api/v1/inquiries/" + ANY_ID + "/close", Map.of("outcome", "WITHDRAWN", "reason", "The company said so")));
        for (String kind : List.of("inquiries", "permits", "land-requests")) {
            MATRIX.put("POST /api/v1/" + kind + "/{id}/withdraw", new Rule(EnumSet.of(Role.APPLICANT),
                    "/api/v1/" + kind + "/" + ANY_ID + "/withdraw", Map.of("reason", "We chose another town")));
        }
        MATRIX.put("GET /api/v1/admin/engine", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/admin/engine", null));
        MATRIX.put("POST /api/v1/admin/engine/restart", new Rule(EnumSet.of(Role.ADMIN), "/api/v1/admin/engine/restart",
                ""));
        // The web pages take a browser session, not a bearer token: WebSignInIT signs in as each audience
        // and is refused the others' pages; BrowserJourneyIT uses them in a real browser.
        for (String page : List.of("GET /", "GET /portal", "GET /portal/cases/{id}", "POST /portal/cases/{id}/messages",
                "GET /portal/cases/{id}/messages/{messageId}/attachments/{attachmentId}", "GET /portal/inquiries/new",
                "POST /portal/inquiries/new", "GET /portal/land/{id}", "POST /portal/land/{id}/accept",
                "POST /portal/land/{id}/decline", "GET /inbox", "GET /inbox/tasks/{id}", "POST /inbox/tasks/{id}/claim",
                "POST /inbox/tasks/{id}/unclaim", "POST /inbox/tasks/{id}/complete", "GET /dashboard",
                "GET /dashboard/cases", "GET /dashboard/cases.csv", "GET /inbox/cases", "GET /inbox/cases/{id}", "GET /inbox/notifications", "POST /inbox/cases/{id}/close", "POST /inbox/cases/{id}/messages", "POST /inbox/cases/{id}/notes",
                "GET /inbox/cases/{id}/messages/{messageId}/attachments/{attachmentId}", "POST /inbox/tasks/{id}/assign",
                "GET /portal/permits/{id}", "GET /inbox/parcels", "GET /dashboard/permits", "GET /dashboard/permits.csv",
                // managers only (ReassignmentIT, CaseFileActionsIT); planning and managers (CaseFileActionsIT, LandAllocationIT)
                "GET /inbox/all-tasks", "GET /inbox/cases/{id}/audit", "POST /inbox/cases/{id}/clock/extension",
                "POST /inbox/cases/{id}/clock/pause", "POST /inbox/cases/{id}/clock/resume",
                "POST /inbox/cases/{id}/reservation/extension", "POST /portal/permits/{id}/reply",
                "POST /portal/permits/{id}/completion", "GET /portal/permits/new", "POST /portal/permits/new",
                "GET /portal/land/new", "POST /portal/land/new", "POST /portal/cases/{id}/withdraw",
                "POST /portal/permits/{id}/withdraw", "POST /portal/land/{id}/withdraw",
                "POST /portal/permits/{id}/messages", "POST /portal/land/{id}/messages",
                "GET /portal/permits/{id}/messages/{messageId}/attachments/{attachmentId}",
                "GET /portal/land/{id}/messages/{messageId}/attachments/{attachmentId}",
                "GET /portal/cases/{id}/documents/{documentId}", "GET /portal/permits/{id}/documents/{documentId}",
                "GET /portal/land/{id}/documents/{documentId}", "GET /inbox/cases/{id}/documents/{documentId}",
                "POST /inbox/notifications/digest", "POST /inbox/tasks/{id}/form",
                "GET /admin/decisions", "POST /admin/decisions", "GET /admin/decisions/{decisionId}/versions/{version}",
                "POST /admin/decisions/{decisionId}/versions/{version}/reinstate",
                "GET /dashboard/statistics", "GET /dashboard/statistics/insikt.csv", "GET /dashboard/statistics/insikt.xlsx",
                "GET /dashboard/statistics/building.csv",
                "GET /journal/{municipality}", "GET /journal/{municipality}/request", "POST /journal/{municipality}/request",
                // open to anyone, signed in or not (WebSignInIT)
                "GET /accessibility")) {
            MATRIX.put(page, new Rule(EnumSet.noneOf(Role.class), page.substring(page.indexOf(' ') + 1), null));
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private InquiryService inquiries;
    @Autowired
    private CaseRegister register;
    @Autowired
    private CaseNotes notes;
    @Autowired
    private TaskService tasks;
    @Autowired
    private Municipalities municipalities;
    @Autowired
    private ParcelInventory parcels;
    @Autowired
    private LandActions land;

    @Test
    void theMatrixCoversEveryEndpoint() {
        Set<String> declared = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("org.etablering")) {
                info.getMethodsCondition().getMethods().forEach(method ->
                        info.getPatternValues().forEach(pattern -> declared.add(method + " " + pattern)));
            }
        });
        assertThat(declared).as("endpoints without an entry in the access matrix, or entries for no endpoint")
                .containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
    }

    @Test
    void everyRoleIsLetThroughOrRefusedAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        MATRIX.forEach((endpoint, rule) -> {
            if (!endpoint.startsWith("GET /api") && !endpoint.startsWith("POST /api") && !endpoint.startsWith("PUT /api")) {
                return;
            }
            for (Map.Entry<String, Role> user : DEMO_USERS.entrySet()) {
                int status = call(endpoint, rule, tokens.of(user.getKey())).status();
                boolean allowed = rule.allowed().contains(user.getValue());
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(endpoint + " as " + user.getKey() + " -> " + status);
                }
            }
            int anonymous = call(endpoint, rule, null).status();
            if (anonymous != 401) {
                wrong.add(endpoint + " without a token -> " + anonymous);
            }
        });
        assertThat(wrong).as("requests answered against the matrix").isEmpty();
    }

    @Test
    void refusalsAreProblemDetails() {
        Response refused = api.get("/api/v1/admin/outbox", tokens.of("manager"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Response unauthenticated = api.get("/api/v1/tasks", null);
        assertThat(unauthenticated.contentType()).startsWith("application/problem+json");
        assertThat(unauthenticated.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void theServicesEnforceTheirRulesWithoutTheUrlRules() {
        CurrentUser business = new CurrentUser("b", "business", EnumSet.of(Role.BUSINESS), "ostersund", null);
        CurrentUser applicant = new CurrentUser("a", "applicant", EnumSet.of(Role.APPLICANT), "ostersund", "559900-0006");
        try {
            signIn(business);
            assertThatThrownBy(() -> inquiries.submit(null, business, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> register.auditOf(UUID.randomUUID(), business)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tasks.reassign(UUID.randomUUID(), "x", business)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(municipalities::configuration).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> parcels.importCsv("", business)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> land.extend(UUID.randomUUID(), 1, "x", business)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> land.accept(UUID.randomUUID(), business)).isInstanceOf(AccessDeniedException.class);
            signIn(applicant);
            assertThatThrownBy(() -> tasks.inbox(applicant, org.etablering.task.TaskQuery.all(), null, 50)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> parcels.search(new ParcelSearch(null, null, null, null, null, null), applicant))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.of(UUID.randomUUID(), applicant)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Response call(String endpoint, Rule rule, String token) {
        if (endpoint.startsWith("POST")) {
            return api.post(rule.path(), token, rule.body());
        }
        return endpoint.startsWith("PUT") ? api.put(rule.path(), token, rule.body()) : api.get(rule.path(), token);
    }

    private static void signIn(CurrentUser user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.username(), null,
                user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
    }

    private static Set<Role> union(Set<Role> roles, Role extra) {
        Set<Role> all = EnumSet.copyOf(roles);
        all.add(extra);
        return all;
    }
}
