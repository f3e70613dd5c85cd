package org.etablering.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the web pages as a browser does: redirect to Keycloak with PKCE, the login form,
 * back to the start page; then the language switch, and signing out of Keycloak too.
 */
@FullStackTest
class WebSignInIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookies())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void anOfficialSignsInSeesWhoTheyAreAndSignsOut() throws Exception {
        HttpResponse<String> login = get(APP + "/");
        assertThat(login.uri().toString()).startsWith(issuer() + "/protocol/openid-connect/auth");
        assertThat(login.uri().getQuery()).contains("code_challenge=", "code_challenge_method=S256",
                "client_id=etablering-web");

        HttpResponse<String> home = submitLogin(login, "firstline");
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.uri().getPort()).isEqualTo(8089);
        assertThat(home.body())
                .contains("id=\"signed-in-user\">firstline<")
                .contains("Företagslots")
                .contains("Östersunds kommun")
                .contains("Logga ut");

        assertThat(get(APP + "/?lang=nb").body()).contains("Førstelinjetjenesten", "Logg ut");
        assertThat(get(APP + "/").body()).as("the language choice is kept").contains("Førstelinjetjenesten");
        assertThat(get(APP + "/?lang=en").body()).contains("First-line business service", "Sign out");

        HttpResponse<String> withoutToken = post(APP + "/logout", "");
        assertThat(withoutToken.statusCode()).as("signing out needs the CSRF token").isEqualTo(403);
        assertThat(get(APP + "/").body()).as("still signed in").contains("signed-in-user");

        HttpResponse<String> afterLogout = post(APP + "/logout", "_csrf=" + encode(csrf(get(APP + "/").body())));
        assertThat(afterLogout.uri().toString())
                .as("the Keycloak session ended too, so the next page asks for a password again")
                .startsWith(issuer() + "/protocol/openid-connect/auth");
        assertThat(LOGIN_FORM.matcher(afterLogout.body()).find()).isTrue();
    }

    @Test
    void aCompanyRepresentativeSeesTheirOrganisationNumber() throws Exception {
        HttpResponse<String> home = submitLogin(get(APP + "/?lang=en"), "applicant");

        assertThat(home.body()).contains("Company representative", "559900-0006", "Östersunds kommun");
    }

    @Test
    void pagesThatDoNotExistAreNotServed() throws Exception {
        submitLogin(get(APP + "/"), "manager");
        assertThat(get(APP + "/anything-else").statusCode()).isIn(403, 404);
    }

    @Test
    void aCompanySeesOnlyTheCompanyPages() throws Exception {
        submitLogin(get(APP + "/"), "applicant");
        assertThat(get(APP + "/portal").statusCode()).isEqualTo(200);
        assertThat(get(APP + "/portal/inquiries/new").body()).contains("name=\"_csrf\"");
        assertThat(get(APP + "/inbox").statusCode()).isEqualTo(403);
        assertThat(get(APP + "/inbox/tasks/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(403);
        assertThat(get(APP + "/dashboard").statusCode()).isEqualTo(403);
        assertThat(get(APP + "/dashboard/cases.csv").statusCode()).isEqualTo(403);
        assertThat(post(APP + "/portal/inquiries/new", "step=1&submissionToken=x&companyName=A").statusCode())
                .as("a form without the CSRF token").isEqualTo(403);

        String otherCompanys = api.post("/api/v1/inquiries", tokens.of("applicant2"), Inquiries.fjallvind()).body()
                .get("id").asText();
        HttpResponse<String> edited = get(APP + "/portal/cases/" + otherCompanys);
        assertThat(edited.statusCode()).as("another company's case by editing the address").isEqualTo(404);
        assertThat(edited.body()).doesNotContain("Fjällvind").contains("id=\"problem\"");
    }

    @Test
    void anOfficialSeesTheInboxButNotTheCompanyPagesOrTheDashboard() throws Exception {
        submitLogin(get(APP + "/"), "business");
        assertThat(get(APP + "/inbox").statusCode()).isEqualTo(200);
        assertThat(get(APP + "/portal").statusCode()).isEqualTo(403);
        assertThat(get(APP + "/portal/land/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(403);
        assertThat(get(APP + "/dashboard").statusCode()).isEqualTo(403);
        assertThat(post(APP + "/inbox/tasks/" + java.util.UUID.randomUUID() + "/claim", "").statusCode())
                .as("without the CSRF token").isEqualTo(403);
    }

    @Test
    void aManagerSeesTheDashboardAndAnAdministratorNoCasePages() throws Exception {
        submitLogin(get(APP + "/"), "manager");
        assertThat(get(APP + "/dashboard").statusCode()).isEqualTo(200);
        HttpResponse<String> csv = get(APP + "/dashboard/cases.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("case_number,company,status,submitted_at,closed_at");
        assertThat(get(APP + "/portal").statusCode()).isEqualTo(403);

        HttpClient admin = HttpClient.newBuilder().cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = admin.send(HttpRequest.newBuilder(URI.create(APP + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = LOGIN_FORM.matcher(login.body());
        assertThat(form.find()).isTrue();
        admin.send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin&credentialId=")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String page : List.of("/portal", "/inbox", "/dashboard")) {
            assertThat(admin.send(HttpRequest.newBuilder(URI.create(APP + page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as(page).isEqualTo(403);
        }
    }

    private HttpResponse<String> submitLogin(HttpResponse<String> loginPage, String username) throws Exception {
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        assertThat(form.find()).as("Keycloak's login form").isTrue();
        String action = form.group(1).replace("&amp;", "&");
        return post(action, "username=" + encode(username) + "&password=" + encode(username) + "&credentialId=");
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token in the sign-out form").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Browsers treat http://localhost as a secure context and send Keycloak's {@code Secure} cookies to
     * it; Java's cookie manager does not, so this one forgets the flag, as a browser would here.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> headers = new HashMap<>();
            responseHeaders.forEach((name, values) -> headers.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(value -> value.replaceAll("(?i);\\s*Secure", "")).toList()
                    : values));
            cookies.put(uri, headers);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(Optional.ofNullable(value).orElse(""), StandardCharsets.UTF_8);
    }
}
