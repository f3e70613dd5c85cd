package org.etablering.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;

/**
 * The guided inquiry form takes numbers with a decimal comma, refuses a planned start in the past, names and links
 * every problem in its summary, keeps what was typed, and its review step shows every answer.
 */
@FullStackTest
class GuidedInquiryFormIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";
    private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([^\"]+)\"");

    @Test
    void decimalCommaPastStartAndTheReviewStep() {
        WebBrowser company = new WebBrowser();
        company.submitLogin(company.get(APP + "/"), "applicant");
        String form = company.get(APP + "/portal/inquiries/new?lang=sv").body();
        Matcher token = TOKEN.matcher(form);
        assertThat(token.find()).isTrue();
        String earlier = "_csrf=" + WebBrowser.encode(WebBrowser.csrf(form)) + "&submissionToken=" + token.group(1)
                + "&companyName=" + WebBrowser.encode("Norrsken Data AB") + "&contactName=Nora&contactEmail="
                + WebBrowser.encode("nora@norrsken.example") + "&establishmentType=NEW&sector=" + WebBrowser.encode("63.11")
                + "&description=" + WebBrowser.encode("A small data hall") + "&needs=LAND";

        String refused = company.post(APP + "/portal/inquiries/new", earlier + "&step=3&move=next&powerDemandMw="
                + WebBrowser.encode("2,5") + "&landAreaSqm=" + WebBrowser.encode("12 000") + "&plannedStart=2020-01-01").body();
        assertThat(refused).as("the past start is refused, named and linked").contains("id=\"form-errors\"",
                "href=\"#plannedStart\"");
        assertThat(refused).as("the numbers were read and are kept").contains("value=\"2.5\"", "value=\"12000\"")
                .doesNotContain("href=\"#powerDemandMw\"");

        String review = company.post(APP + "/portal/inquiries/new", earlier + "&step=3&move=next&powerDemandMw="
                + WebBrowser.encode("2,5") + "&plannedStart=2027-09-01&confidential=true").body();
        assertThat(review).as("every answer on the review step").contains("id=\"review\"", "id=\"review-org-number\"",
                "id=\"review-planned-start\"", "2027", "id=\"review-confidential\"")
                .doesNotContain("id=\"review-org-number\">–");

        String notANumber = company.post(APP + "/portal/inquiries/new", earlier + "&step=3&move=next&powerDemandMw=two").body();
        assertThat(notANumber).contains("href=\"#powerDemandMw\"", "value=\"two\"");
    }
}
