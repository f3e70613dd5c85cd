package org.etablering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.etablering.local.LocalStack;
import org.etablering.support.Accessibility;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser (Debian's headless Chromium) against the whole application: a company
 * submits an inquiry, first-line triages it, business accepts the hand-off, the manager sees it counted,
 * and the page turns Norwegian. Each page is saved as a screenshot under {@code target/screenshots}.
 */
@FullStackTest
class BrowserJourneyIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration ENGINE_STEP = Duration.ofSeconds(20);

    private static WebDriver browser;
    /** Serious or critical WCAG 2.1 AA violations found on the pages of the current test. */
    private static final List<String> INACCESSIBLE = new java.util.ArrayList<>();

    /** Once the application runs: JUnit's before-all comes before Spring has started it. */
    @BeforeEach
    void startBrowser() throws IOException {
        LocalStack.awaitKeycloak(Duration.ofMinutes(3));
        if (browser != null) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("etablering.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1600",
                // Bootstrap scrolls smoothly unless motion is reduced; a click during the scroll misses its button
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + Files.createTempDirectory("etablering-chromium"));
        // the browser's console, to catch anything the Content-Security-Policy blocked
        org.openqa.selenium.logging.LoggingPreferences console = new org.openqa.selenium.logging.LoggingPreferences();
        console.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("etablering.chromedriver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Every page state the test looked at passed axe-core's WCAG 2.1 AA rules with nothing serious or critical. */
    @org.junit.jupiter.api.AfterEach
    void everyPageWasAccessible() {
        List<String> found = List.copyOf(INACCESSIBLE);
        INACCESSIBLE.clear();
        assertThat(found).as("serious or critical WCAG 2.1 AA violations").isEmpty();
    }

    /** Every page ran as written: the Content-Security-Policy blocked no script, style or form. */
    @org.junit.jupiter.api.AfterEach
    void nothingWasBlocked() {
        List<String> blocked = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        assertThat(blocked).as("console messages about the Content-Security-Policy").isEmpty();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Every audience's pages on a phone (390 CSS pixels) and at 200 % zoom of a 1280-pixel window (640 CSS pixels):
     * nothing scrolls sideways (WCAG 1.4.10) and axe-core finds nothing serious; errors are the site's own pages.
     */
    @Test
    void everyPageFitsAPhoneAndTwiceTheZoom() throws IOException {
        String id = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body().get("id").asText();
        String elsewhere = java.util.UUID.randomUUID().toString();
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("applicant", List.of("/portal", "/portal/inquiries/new", "/portal/cases/" + id, "/accessibility",
                "/inbox", "/portal/cases/" + elsewhere, "/journal/ostersund", "/journal/ostersund/request"));
        pages.put("firstline", List.of("/inbox", "/inbox/cases", "/inbox/cases/" + id, "/inbox/notifications"));
        pages.put("manager", List.of("/dashboard", "/dashboard/permits", "/inbox/all-tasks",
                "/inbox/cases/" + id + "/audit", "/dashboard/statistics"));
        pages.put("planning", List.of("/inbox/parcels"));
        pages.put("admin", List.of("/admin/decisions"));
        List<String> wide = new java.util.ArrayList<>();
        try {
            for (Map.Entry<String, List<String>> audience : pages.entrySet()) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
                signIn(audience.getKey());
                for (int width : new int[] {390, 640}) {
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                    for (String page : audience.getValue()) {
                        open(page + (page.contains("?") ? "&" : "?") + "lang=sv");
                        long over = Accessibility.overflow(browser);
                        if (over > 0) {
                            wide.add(audience.getKey() + " " + page + " at " + width + " px: " + over + " px too wide");
                        }
                        if (width == 390) {
                            shoot("narrow-" + audience.getKey() + page.replaceAll("[^a-z]+", "-"));
                        }
                    }
                }
            }
            assertThat(wide).as("pages that scroll sideways").isEmpty();
            signIn("applicant");
            open("/inbox?lang=sv");
            assertThat(browser.findElement(By.id("problem")).getText()).as("a 403 is the site's page, in Swedish")
                    .isEqualTo("Inte för din roll");
            assertThat(browser.findElements(By.id("nav-portal"))).as("with the site's navigation").isNotEmpty();
            open("/portal/cases/" + elsewhere + "?lang=nb");
            assertThat(browser.findElement(By.id("problem")).getText()).as("a 404, in Norwegian").isEqualTo("Ikke funnet");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
        }
    }

    @Test
    void aCompanysInquiryIsTriagedHandedOffAndCountedOnTheDashboard() throws IOException {
        signIn("applicant");
        open("/portal");
        browser.findElement(By.id("lang-sv")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mina ärenden");
        shoot("01-company-cases");
        browser.findElement(By.id("start-inquiry")).click();
        shoot("02-inquiry-step-1");
        browser.findElement(By.id("wizard-next")).click();
        assertThat(browser.findElements(By.cssSelector(".invalid-feedback")).stream().map(WebElement::getText))
                .as("validation messages in the chosen language (Swedish)").contains("Fältet måste fyllas i.");
        shoot("03-inquiry-step-1-errors");
        assertThat(focused()).as("the refused form's summary takes the focus").isEqualTo("form-errors");
        type("companyName", "Norrsken Data AB");
        type("contactName", "Nora Lindqvist");
        type("contactEmail", "nora@norrskendata.example");
        browser.findElement(By.id("wizard-next")).click();
        new Select(browser.findElement(By.id("establishmentType"))).selectByValue("LARGE");
        type("sector", "63.11");
        String description = "A data centre <script>document.title='owned'</script> with waste heat";
        type("description", description);
        browser.findElement(By.id("wizard-next")).click();
        browser.findElement(By.id("need-LAND")).click();
        browser.findElement(By.id("need-PERMITS")).click();
        type("landAreaSqm", "60000");
        browser.findElement(By.id("wizard-next")).click();
        shoot("04-inquiry-review");
        browser.findElement(By.id("wizard-next")).click();

        String caseNumber = browser.findElement(By.id("case-number")).getText();
        assertThat(caseNumber).startsWith("ETB-");
        assertThat(browser.findElement(By.id("case-description")).getText()).as("shown as text, not run")
                .isEqualTo(description);
        assertThat(browser.getTitle()).doesNotContain("owned");
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Tack");
        shoot("05-company-case");

        signIn("firstline");
        String triage = awaitTask(caseNumber, "Bedöm ärendet");
        browser.get(triage);
        assertThat(browser.findElement(By.id("task-name")).getText()).as("the chosen language stays with the browser")
                .isEqualTo("Bedöm ärendet");
        shoot("06-official-task-before-claim");
        browser.findElement(By.id("claim")).click();
        assertThat(browser.findElement(By.id("text-Text_TriageIntro")).getText()).as("the form in Swedish too")
                .isEqualTo("Bedöm ärendet");
        assertThat(browser.findElements(By.id("field-missingInformation")))
                .as("what the company must complete is asked only when something is missing").isEmpty();
        browser.findElement(By.cssSelector("input[name='inquiryComplete'][value='no']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(page -> !page.findElements(By.id("field-missingInformation")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("input[name='routingAdd']"))).isEmpty();
        browser.findElement(By.cssSelector("input[name='inquiryComplete'][value='yes']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(page -> page.findElements(By.id("field-missingInformation")).isEmpty()
                        && !page.findElements(By.cssSelector("input[name='routingAdd']")).isEmpty());
        assertThat(browser.findElements(By.id("field-routingReason"))).as("a reason only when the routing changes")
                .isEmpty();
        browser.findElement(By.id("field-triageNote")).sendKeys("Large establishment, needs land and permits");
        shoot("07-official-triage-form");
        browser.findElement(By.id("complete")).click();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();
        shoot("08-official-inbox");
        browser.findElement(By.id("nav-cases")).click();
        browser.findElement(By.id("q")).sendKeys(caseNumber);
        browser.findElement(By.cssSelector("#case-search button[type='submit']")).click();
        assertThat(browser.findElement(By.id("case-count")).getText()).isEqualTo("1 ärende");
        shoot("08b-official-case-finder");
        browser.findElement(By.linkText(caseNumber)).click();
        assertThat(browser.findElement(By.id("case-header")).getText()).contains("Norrsken Data AB", "Förfrågan");
        shoot("08c-official-case-page");

        signIn("business");
        browser.get(awaitTask(caseNumber, "Ta emot överlämningen"));
        browser.findElement(By.id("claim")).click();
        browser.findElement(By.id("complete")).click();
        assertThat(browser.findElement(By.id("task-problems")).getText()).as("the server's check, in Swedish")
                .contains("Min funktion tar emot överlämningen: kryssa i");
        shoot("09-business-form-problem");
        assertThat(focused()).as("the refused form's summary takes the focus").isEqualTo("task-problems");
        assertThat(browser.findElements(By.cssSelector("#task-problems li a")).stream().map(a -> a.getAttribute("href")))
                .as("each problem links to its field").anyMatch(href -> href.endsWith("#field-acceptHandOff"));
        browser.findElement(By.id("field-acceptHandOff")).click();
        shoot("10-business-accepts");
        browser.findElement(By.id("complete")).click();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();

        signIn("manager");
        open("/dashboard");
        shoot("11-manager-dashboard");
        List<WebElement> opened = browser.findElements(By.cssSelector("#weeks tbody tr td:nth-child(2) a"));
        WebElement thisWeek = opened.get(opened.size() - 1);
        assertThat(Integer.parseInt(thisWeek.getText())).as("opened this week").isPositive();
        thisWeek.click();
        assertThat(browser.findElement(By.id("dashboard-cases")).getText()).as("the cases behind the figure")
                .contains(caseNumber);
        shoot("12-manager-cases-behind-figure");

        open("/dashboard");
        browser.findElement(By.id("lang-nb")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Oversikt");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");
        open("/inbox");
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice persists").isEqualTo("Oppgaver");
        shoot("13-manager-norwegian");
    }

    @Test
    void aCompanyAnswersALandOfferAndFollowsItsPermitWhileOfficialsSearchTheInventory() throws IOException {
        String designation = "Östersund Webbtorget " + java.util.UUID.randomUUID().toString().substring(0, 6);
        assertThat(api.post("/api/v1/parcels", tokens.of("admin"), Map.of("designation", designation, "area", "Torvalla",
                "sizeSqm", 12_000, "zoning", "INDUSTRY", "powerMw", 2, "waterAndSewer", true, "roadAccess", true,
                "railAccess", false, "pricePerSqm", 90)).status()).isEqualTo(201);
        String free = designation + " B";
        assertThat(api.post("/api/v1/parcels", tokens.of("admin"), Map.of("designation", free, "area", "Torvalla",
                "sizeSqm", 11_000, "zoning", "INDUSTRY", "powerMw", 2, "waterAndSewer", true, "roadAccess", true,
                "railAccess", false, "pricePerSqm", 90)).status()).isEqualTo(201);
        var request = api.post("/api/v1/land-requests", tokens.of("applicant"), Map.of("companyName", "Norrsken Data AB",
                "purpose", "A hall", "minimumSizeSqm", 10_000)).body();
        new Inbox(api).complete(tokens.of("planning"), request.get("caseNumber").asText(), "Match a parcel and make an offer",
                Map.of("offerDecision", "OFFER", "parcelDesignation", designation, "offerTerms", "Start within a year"));
        var permit = api.post("/api/v1/permits", tokens.of("applicant"), Map.of("permitType", "building-permit-se",
                "companyName", "Norrsken Data AB", "description", "A production hall", "site", "Torvalla")).body();

        signIn("applicant");
        String landPage = "/portal/land/" + request.get("id").asText();
        long until = System.nanoTime() + ENGINE_STEP.toNanos();
        do {
            open(landPage);
        } while (browser.findElements(By.id("accept-offer")).isEmpty() && System.nanoTime() < until && pause());
        assertThat(browser.findElement(By.id("offer")).getText()).contains(designation).contains("Start within a year");
        shoot("21-company-land-offer");
        browser.findElement(By.id("accept-offer")).click();
        assertThat(browser.findElement(By.id("reservation-expiry")).getText()).isNotBlank();
        shoot("22-company-land-reserved");
        open("/portal/permits/" + permit.get("id").asText());
        assertThat(browser.findElement(By.id("permit-status")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("permit-fee")).getText()).endsWith("kr");
        shoot("23-company-permit");
        open("/portal");
        browser.findElement(By.id("apply-permit")).click();
        browser.findElement(By.id("apply-send")).click();
        assertThat(browser.findElements(By.cssSelector("#apply-problems a")).stream().map(a -> a.getAttribute("href")))
                .as("every problem named, each a link to its field")
                .anyMatch(href -> href.endsWith("#permitType")).anyMatch(href -> href.endsWith("#companyName"))
                .anyMatch(href -> href.endsWith("#description"));
        shoot("23b-company-permit-form-problems");
        assertThat(focused()).as("the refused form's summary takes the focus").isEqualTo("apply-problems");
        browser.findElement(By.id("permitType")).click();
        type("companyName", "Norrsken Data AB");
        type("site", "Torvalla 1:24");
        type("description", "An office building beside the hall");
        browser.findElement(By.id("apply-send")).click();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("permit-status")).getText()).isNotBlank();
        shoot("23c-company-applied-on-the-web");

        signIn("planning");
        open("/inbox/parcels?minSizeSqm=10000&area=Torvalla");
        assertThat(browser.findElements(By.cssSelector("#parcels tbody tr td:first-child")).stream().map(WebElement::getText))
                .contains(free).as("a reserved parcel is not offered again").doesNotContain(designation);
        shoot("24-planning-parcel-search");

        signIn("applicant");
        open(landPage);
        type("withdraw-reason", "We found a site in the next town");
        browser.findElement(By.id("withdraw-send")).click();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("withdraw-form"))).as("nothing left to withdraw").isEmpty();
        shoot("24b-company-withdrew-land");
        signIn("planning");
        open("/inbox/parcels?minSizeSqm=10000&area=Torvalla");
        assertThat(browser.findElements(By.cssSelector("#parcels tbody tr td:first-child")).stream().map(WebElement::getText))
                .as("the withdrawn reservation's parcel is in the inventory again").contains(designation, free);

        signIn("manager");
        open("/inbox/cases/" + api.post("/api/v1/inquiries", tokens.of("applicant2"), Inquiries.fjallvind()).body()
                .get("id").asText());
        assertThat(browser.findElement(By.id("open-tasks")).isDisplayed()).isTrue();
        shoot("25-manager-case");
        open("/dashboard/permits?measure=AT_RISK");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        shoot("26-manager-permits-at-risk");
    }

    /**
     * The officials' case file (issue 15): first-line finds a case that waits for the company, opens the company's
     * attachment and writes to it, and the company reads it; the three functions' results are on the meeting task;
     * a manager reassigns from the list of all tasks; first-line closes a case early and it is counted.
     */
    @Test
    void firstLineWorksTheCaseFileAManagerReassignsAndAnEarlyCloseIsCounted() throws IOException {
        String applicant = tokens.of("applicant");
        String firstLine = tokens.of("firstline");
        Inbox inbox = new Inbox(api);
        var waiting = api.post("/api/v1/inquiries", applicant, Inquiries.norrsken()).body();
        String waitingId = waiting.get("id").asText();
        String waitingNumber = waiting.get("caseNumber").asText();
        assertThat(api.postMultipart("/api/v1/inquiries/" + waitingId + "/messages", applicant,
                Map.of("text", "Our site plan, before you ask."),
                List.of(new org.etablering.support.Api.FilePart("attachments", "site-plan.pdf", "application/pdf", PDF)))
                .status()).isEqualTo(201);
        inbox.complete(firstLine, waitingNumber, "Triage the inquiry",
                Map.of("inquiryComplete", "no", "missingInformation", "Please add when you need the power connection."));
        org.etablering.support.Eventually.await("the case to wait for the company", ENGINE_STEP, () -> java.util.Optional.of(
                api.get("/api/v1/cases/" + waitingId, firstLine).body().get("status").asText())
                .filter("AWAITING_COMPLETION"::equals));

        signIn("firstline");
        browser.findElement(By.id("lang-sv")).click();
        browser.findElement(By.id("nav-cases")).click();
        new Select(browser.findElement(By.id("status"))).selectByValue("AWAITING_COMPLETION");
        browser.findElement(By.id("q")).sendKeys(waitingNumber);
        WebElement before = browser.findElement(By.id("case-count"));
        browser.findElement(By.cssSelector("#case-search button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        assertThat(browser.findElement(By.id("case-count")).getText()).isEqualTo("1 ärende");
        shoot("31-first-line-finds-a-waiting-case");
        browser.findElement(By.linkText(waitingNumber)).click();
        String attachment = browser.findElement(By.linkText("site-plan.pdf")).getAttribute("href");
        Object fetched = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ':' + b.byteLength)));",
                attachment);
        assertThat(fetched).as("the company's attachment opens").isEqualTo("200:" + PDF.length);
        browser.findElement(By.id("official-message-text"))
                .sendKeys("Thank you for the site plan. When do you need the power connection?");
        shoot("32-first-line-writes-to-the-company");
        browser.findElement(By.id("official-message-send")).click();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();

        signIn("applicant");
        open("/portal/cases/" + waitingId);
        assertThat(browser.findElement(By.id("messages")).findElement(By.xpath("..")).getText())
                .contains("When do you need the power connection?");
        shoot("33-company-reads-the-message");

        Map<String, Object> everyFunction = new java.util.HashMap<>(Inquiries.norrsken());
        everyFunction.put("needs", List.of("LAND", "PERMITS", "FINANCING"));
        everyFunction.put("description", "A battery factory that needs land, permits and financing.");
        var coordinated = api.post("/api/v1/inquiries", applicant, everyFunction).body();
        String number = coordinated.get("caseNumber").asText();
        inbox.complete(firstLine, number, "Triage the inquiry", Map.of("inquiryComplete", "yes"));
        for (String function : List.of("business", "planning", "development")) {
            inbox.complete(tokens.of(function), number, "Accept the hand-off", Map.of("acceptHandOff", true));
            inbox.complete(tokens.of(function), number, "Work the hand-off",
                    Map.of("summary", "Result from " + function + " for the meeting", "followUp", "NONE"));
        }
        signIn("firstline");
        browser.get(awaitTask(number, "Håll det samordnade mötet med företaget"));
        String meeting = browser.findElement(By.tagName("main")).getText();
        assertThat(meeting).as("every function's result beside the meeting task").contains(
                "Result from business for the meeting", "Result from planning for the meeting",
                "Result from development for the meeting");
        shoot("34-first-line-meeting-with-results");

        signIn("manager");
        browser.findElement(By.id("nav-all-tasks")).click();
        new Select(browser.findElement(By.id("function"))).selectByValue("first-line");
        WebElement unfiltered = browser.findElement(By.id("all-tasks-count"));
        browser.findElement(By.cssSelector("#all-tasks-filter button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(unfiltered));
        WebElement row = browser.findElement(By.cssSelector("#all-tasks tr[data-case='" + number + "']"));
        new Select(row.findElement(By.tagName("select"))).selectByValue("firstline2");
        shoot("35-manager-reassigns-from-the-list");
        row.findElement(By.cssSelector("button[type='submit']")).click();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#all-tasks tr[data-case='" + number + "'] select option[selected]"))
                .getAttribute("value")).isEqualTo("firstline2");

        signIn("firstline");
        open("/inbox/cases/" + coordinated.get("id").asText());
        new Select(browser.findElement(By.id("close-outcome"))).selectByValue("ESTABLISHED");
        browser.findElement(By.id("close-reason")).sendKeys("Agreed at the meeting; the company goes ahead.");
        shoot("36-first-line-closes-early");
        browser.findElement(By.id("close-submit")).click();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();
        org.etablering.support.Eventually.await("the case closed", ENGINE_STEP, () -> java.util.Optional.of(
                api.get("/api/v1/cases/" + coordinated.get("id").asText(), firstLine).body())
                .filter(view -> view.hasNonNull("closedAt")));

        signIn("manager");
        open("/dashboard");
        browser.findElement(By.cssSelector("[aria-labelledby='lead-heading'] dd a")).click();
        assertThat(browser.findElement(By.id("dashboard-cases")).getText()).as("counted in the lead-time figures")
                .contains(number);
        shoot("37-manager-lead-time-cases");
    }

    /**
     * Issue 16: a company applies for a permit on the web with a drawing, completes it when asked, says it has nothing
     * to add to a draft rejection, the manager's second review is in the inbox at once, and the company downloads the
     * rejection as a PDF/A.
     */
    @Test
    void aCompanyAppliesCompletesHasNothingToAddAndDownloadsTheDecision() throws IOException {
        Inbox inbox = new Inbox(api);
        String planning = tokens.of("planning");
        Path drawing = Files.createTempFile("fasadritning", ".pdf");
        Files.write(drawing, PDF);

        signIn("applicant");
        open("/portal/permits/new");
        browser.findElement(By.id("lang-sv")).click();
        browser.findElement(By.id("permitType")).click();
        type("companyName", "Norrsken Data AB");
        type("site", "Torvalla 1:25");
        type("description", "A cold store beside the road");
        browser.findElement(By.id("attachments")).sendKeys(drawing.toAbsolutePath().toString());
        browser.findElement(By.id("apply-send")).click();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("document-list")).getText()).contains(drawing.getFileName().toString());
        String permitPage = java.net.URI.create(browser.getCurrentUrl()).getPath();
        String id = permitPage.substring(permitPage.lastIndexOf('/') + 1);
        String number = api.get("/api/v1/permits/" + id, tokens.of("applicant")).body().get("caseNumber").asText();
        shoot("41-company-applied-with-drawing");

        inbox.complete(planning, number, "Check that the application is complete",
                Map.of("applicationComplete", "no", "missingInformation", "Please add the cooling machinery's noise levels."));
        awaitPermit(id, "AWAITING_COMPLETION");
        open(permitPage);
        assertThat(browser.findElement(By.id("answer")).getText()).contains("noise levels");
        assertThat(browser.findElement(By.id("answer-due")).getText()).isNotBlank();
        type("answer-text", "The machinery gives 38 dB at the boundary; the report is attached.");
        browser.findElement(By.id("answer-files")).sendKeys(drawing.toAbsolutePath().toString());
        browser.findElement(By.id("answer-send")).click();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();
        shoot("42-company-completed");

        inbox.complete(planning, number, "Check that the application is complete", Map.of("applicationComplete", "yes"));
        inbox.complete(planning, number, "Assess the application",
                Map.of("proposedOutcome", "REJECT", "proposalReasoning", "The detailed plan does not allow a cold store here."));
        inbox.complete(planning, number, "Explore a way to yes", Map.of("alternativeKind", "OTHER_LOCATION",
                "alternativeDescription", "The neighbouring plot", "alternativeWorks", "no",
                "dialogueWithApplicant", "Meeting on site"));
        awaitPermit(id, "COMMUNICATING");
        open(permitPage);
        assertThat(browser.findElement(By.id("answer-heading")).getText()).isNotBlank();
        shoot("43-company-draft-rejection");
        browser.findElement(By.id("nothing-to-add")).click();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("answer-form"))).isEmpty();

        inbox.complete(planning, number, "Consider the applicant's reply to the draft", Map.of(
                "replyChangesAssessment", "no", "considerationNote", "Nothing to add; the assessment stands."));
        signIn("manager");
        String review = awaitTask(number, "Granska det föreslagna avslaget");
        browser.get(review);
        shoot("44-manager-second-review-at-once");
        inbox.complete(tokens.of("manager"), number, "Review the proposed rejection",
                Map.of("reviewVerdict", "AGREE", "reviewComment", "The plan leaves no room."));
        inbox.complete(planning, number, "Write the decision", Map.of("decisionOutcome", "REJECTED",
                "legalBasis", "Plan- och bygglagen 9 kap. 30 §", "reasoning", "A cold store is against the detailed plan."));
        awaitPermit(id, "DECIDED");
        open("/inbox/cases/" + id);
        assertThat(browser.findElement(By.id("document-list")).getText()).contains("Beslut");
        assertThat(browser.findElement(By.id("mail-list")).getText()).as("the mail of the case, for the officials")
                .contains(number);
        shoot("44b-manager-case-documents-and-mail");

        signIn("applicant");
        open(permitPage);
        WebElement decision = browser.findElement(By.cssSelector("#document-list .document-decision a"));
        assertThat(decision.getText()).startsWith("Beslut");
        shoot("45-company-decision-document");
        String base64 = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                        + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });",
                decision.getAttribute("href"));
        byte[] pdf = java.util.Base64.getDecoder().decode(base64);
        org.etablering.support.DecisionDocumentCheck.assertValidPdfA(pdf);
        assertThat(org.etablering.support.DecisionDocumentCheck.text(pdf))
                .contains(number, "Ansökan avslås.", "A cold store is against the detailed plan.", "Så överklagar ni");
    }

    private void awaitPermit(String id, String status) {
        org.etablering.support.Eventually.await("the permit " + status, ENGINE_STEP, () -> {
            var view = api.get("/api/v1/permits/" + id, tokens.of("applicant")).body();
            return status.equals(view.get("status").asText()) ? java.util.Optional.of(view) : java.util.Optional.empty();
        });
    }

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static boolean pause() {
        sleep();
        return true;
    }

    /** Signs out first if someone is signed in: that ends the Keycloak session too, as a user would. */
    private static void signIn(String user) {
        List<WebElement> signOut = browser.findElements(By.cssSelector("form[action$='/logout'] button"));
        if (signOut.isEmpty()) {
            browser.get(APP + "/");
        } else {
            // from the top of a page with no anchor: Bootstrap scrolls smoothly, and a click mid-scroll misses
            browser.get(APP + "/");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
            browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> !page.findElements(By.id("username")).isEmpty());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.id("kc-login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> !page.findElements(By.id("signed-in-user")).isEmpty());
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo(user);
    }

    /** Waits for the case's task to reach the inbox; returns the address of its page. */
    private static String awaitTask(String caseNumber, String taskName) {
        long until = System.nanoTime() + ENGINE_STEP.toNanos();
        while (System.nanoTime() < until) {
            open("/inbox?q=" + caseNumber);
            for (WebElement link : browser.findElements(By.cssSelector("#tasks tbody tr td:first-child a"))) {
                if (link.getText().equals(taskName)) {
                    return link.getAttribute("href");
                }
            }
            sleep();
        }
        throw new AssertionError("'" + taskName + "' on " + caseNumber + " never reached the inbox");
    }

    private static void open(String path) {
        browser.get(APP + path);
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A picture of the page for the README and for a person to look at, and axe-core's verdict on it. */
    private static void shoot(String name) throws IOException {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Accessibility.violations(browser).forEach(violation -> INACCESSIBLE.add(name + ": " + violation));
    }

    /** The element that has the focus now. */
    private static String focused() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.activeElement ? document.activeElement.id : ''"));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
