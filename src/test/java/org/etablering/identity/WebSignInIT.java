package org.etablering.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inquiries;
import org.etablering.support.RawHttp;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the web pages as a browser does: redirect to Keycloak with PKCE, the login form,
 * back to the start page; then the language switch, and signing out of Keycloak too.
 */
@FullStackTest
class WebSignInIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";
    private final WebBrowser browser = new WebBrowser();

    @Test
    void anOfficialSignsInSeesWhoTheyAreAndSignsOut() throws Exception {
        HttpResponse<String> login = browser.get(APP + "/");
        assertThat(login.uri().toString()).startsWith(issuer() + "/protocol/openid-connect/auth");
        assertThat(login.uri().getQuery()).contains("code_challenge=", "code_challenge_method=S256",
                "client_id=etablering-web");

        HttpResponse<String> home = browser.submitLogin(login, "firstline");
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.uri().getPort()).isEqualTo(8089);
        assertThat(home.body())
                .contains("id=\"signed-in-user\">firstline<")
                .contains("Företagslots")
                .contains("Östersunds kommun")
                .contains("Logga ut");

        assertThat(browser.get(APP + "/?lang=nb").body()).contains("Førstelinjetjenesten", "Logg ut");
        assertThat(browser.get(APP + "/").body()).as("the language choice is kept").contains("Førstelinjetjenesten");
        assertThat(browser.get(APP + "/?lang=en").body()).contains("First-line business service", "Sign out");

        HttpResponse<String> withoutToken = browser.post(APP + "/logout", "");
        assertThat(withoutToken.statusCode()).as("signing out needs the CSRF token").isEqualTo(403);
        assertThat(browser.get(APP + "/").body()).as("still signed in").contains("signed-in-user");

        HttpResponse<String> afterLogout = browser.post(APP + "/logout", "_csrf=" + WebBrowser.encode(WebBrowser.csrf(browser.get(APP + "/").body())));
        assertThat(afterLogout.uri().toString())
                .as("the Keycloak session ended too, so the next page asks for a password again")
                .startsWith(issuer() + "/protocol/openid-connect/auth");
        assertThat(WebBrowser.isLoginForm(afterLogout.body())).isTrue();
    }

    @Test
    void pagesForbidInlineScriptAndTheSessionCookieStaysOnThisSite() {
        String answer = RawHttp.get(8089, "/", "Accept-Language: sv");
        assertThat(answer).startsWith("HTTP/1.1 302");
        assertThat(answer).containsPattern("(?i)Content-Security-Policy: default-src 'self'; script-src 'self'; "
                + "style-src 'self';[^\\r\\n]*frame-ancestors 'none'; form-action 'self' http://localhost:8181")
                .containsPattern("(?i)Referrer-Policy: same-origin")
                .containsPattern("(?i)Permissions-Policy: camera=\\(\\)")
                .containsPattern("(?i)Set-Cookie: SESSION=[^;]+;[^\\r\\n]*HttpOnly[^\\r\\n]*SameSite=Lax");
    }

    @Test
    void theAccessibilityStatementIsOpenToAnyoneAndLinkedFromEveryPage() throws Exception {
        String statement = RawHttp.get(8089, "/accessibility?lang=sv", "Accept-Language: sv");
        assertThat(statement).as("without signing in").startsWith("HTTP/1.1 200")
                .contains("id=\"accessibility\"", "WCAG 2.1", "DIGG", "id=\"accessibility-contact\"", "mailto:")
                .doesNotContain("/logout");
        HttpResponse<String> home = browser.submitLogin(browser.get(APP + "/"), "firstline");
        assertThat(home.body()).contains("id=\"footer-accessibility\"");
        assertThat(browser.get(APP + "/accessibility?lang=nb").body()).contains("Tilgjengelighetserklæring", "Uu-tilsynet");
    }

    @Test
    void aCompanyRepresentativeSeesTheirOrganisationNumber() throws Exception {
        HttpResponse<String> home = browser.submitLogin(browser.get(APP + "/?lang=en"), "applicant");

        assertThat(home.body()).contains("Company representative", "559900-0006", "Östersunds kommun");
    }

    @Test
    void pagesThatDoNotExistAreNotServed() throws Exception {
        browser.submitLogin(browser.get(APP + "/"), "manager");
        assertThat(browser.get(APP + "/anything-else").statusCode()).isIn(403, 404);
    }

    @Test
    void aCompanySeesOnlyTheCompanyPages() throws Exception {
        browser.submitLogin(browser.get(APP + "/"), "applicant");
        assertThat(browser.get(APP + "/portal").statusCode()).isEqualTo(200);
        assertThat(browser.get(APP + "/portal/inquiries/new").body()).contains("name=\"_csrf\"");
        assertThat(browser.get(APP + "/inbox").statusCode()).isEqualTo(403);
        assertThat(browser.get(APP + "/inbox/tasks/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(403);
        assertThat(browser.get(APP + "/dashboard").statusCode()).isEqualTo(403);
        assertThat(browser.get(APP + "/dashboard/cases.csv").statusCode()).isEqualTo(403);
        assertThat(browser.get(APP + "/admin/decisions").statusCode()).isEqualTo(403);
        assertThat(browser.post(APP + "/portal/inquiries/new", "step=1&submissionToken=x&companyName=A").statusCode())
                .as("a form without the CSRF token").isEqualTo(403);

        String otherCompanys = api.post("/api/v1/inquiries", tokens.of("applicant2"), Inquiries.fjallvind()).body()
                .get("id").asText();
        HttpResponse<String> edited = browser.get(APP + "/portal/cases/" + otherCompanys);
        assertThat(edited.statusCode()).as("another company's case by editing the address").isEqualTo(404);
        assertThat(edited.body()).doesNotContain("Fjällvind").contains("id=\"problem\"");
    }

    @Test
    void anOfficialSeesTheInboxButNotTheCompanyPagesOrTheDashboard() throws Exception {
        browser.submitLogin(browser.get(APP + "/"), "business");
        assertThat(browser.get(APP + "/inbox").statusCode()).isEqualTo(200);
        assertThat(browser.get(APP + "/portal").statusCode()).isEqualTo(403);
        assertThat(browser.get(APP + "/portal/land/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(403);
        assertThat(browser.get(APP + "/dashboard").statusCode()).isEqualTo(403);
        assertThat(browser.get(APP + "/admin/decisions").statusCode()).isEqualTo(403);
        assertThat(browser.get(APP + "/dashboard/statistics").statusCode()).isEqualTo(403);
        assertThat(browser.post(APP + "/inbox/tasks/" + java.util.UUID.randomUUID() + "/claim", "").statusCode())
                .as("without the CSRF token").isEqualTo(403);
    }

    @Test
    void aManagerSeesTheDashboardAndAnAdministratorNoCasePages() throws Exception {
        browser.submitLogin(browser.get(APP + "/"), "manager");
        assertThat(browser.get(APP + "/dashboard").statusCode()).isEqualTo(200);
        HttpResponse<String> csv = browser.get(APP + "/dashboard/cases.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("case_number,company,status,submitted_at,closed_at");
        assertThat(browser.get(APP + "/portal").statusCode()).isEqualTo(403);

        WebBrowser admin = new WebBrowser();
        admin.submitLogin(admin.get(APP + "/"), "admin");
        for (String page : java.util.List.of("/portal", "/inbox", "/dashboard")) {
            assertThat(admin.get(APP + page).statusCode()).as(page).isEqualTo(403);
        }
        assertThat(admin.get(APP + "/admin/decisions").statusCode()).isEqualTo(200);
        assertThat(browser.get(APP + "/dashboard/statistics").statusCode()).as("a manager").isEqualTo(200);
        assertThat(admin.get(APP + "/dashboard/statistics").statusCode()).as("the web figures are the managers'")
                .isEqualTo(403);
        assertThat(new WebBrowser().get(APP + "/journal/ostersund").statusCode()).as("the public journal, signed out")
                .isEqualTo(200);
        assertThat(browser.get(APP + "/admin/decisions").statusCode()).as("a manager").isEqualTo(403);
    }
}
