package org.etablering.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The list behind a dashboard figure is read a page at a time: 120 inquiries opened in one week of 2002 (a week no
 * other test touches) come on three pages, newest first, each once, and the download holds them all.
 */
@FullStackTest
class DashboardListsIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";
    private static final String WEEK = "openedWeek=2002-03-04";
    private static final Pattern CASE_NUMBER = Pattern.compile(">(LST-2002-\\d{6})<");
    private static final Pattern NEXT = Pattern.compile("id=\"cases-next\" href=\"([^\"]+)\"");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aFiguresCasesComeAPageAtATimeNewestFirstEachOnce() {
        if (jdbc.queryForObject("select count(*) from case_file where case_number like 'LST-2002-%'", Integer.class) == 0) {
            // opened a minute apart from Monday 4 March 2002, 09:00 Swedish time
            jdbc.update("""
                    insert into case_file (id, kind, case_number, municipality, country, company_name, org_number,
                        contact_name, contact_email, description, status, confidential, opened_by, opened_at,
                        updated_at, version)
                    select gen_random_uuid(), 'INQUIRY', 'LST-2002-' || lpad(n::text, 6, '0'), 'ostersund', 'SE',
                           'Listbolaget AB ' || n, '556677-8899', 'Lisa Lista', 'lisa@lista.example', 'Known data',
                           'IN_TRIAGE', false, 'applicant', timestamptz '2002-03-04 08:00:00+00' + make_interval(mins => n),
                           now(), 0
                    from generate_series(1, 120) n""");
        }
        WebBrowser manager = new WebBrowser();
        manager.submitLogin(manager.get(APP + "/"), "manager");

        List<String> seen = new ArrayList<>();
        String page = APP + "/dashboard/cases?" + WEEK;
        int pages = 0;
        while (page != null && pages < 10) {
            HttpResponse<String> answer = manager.get(page);
            assertThat(answer.statusCode()).isEqualTo(200);
            List<String> numbers = numbers(answer.body());
            assertThat(numbers.size()).as("rows on page " + (pages + 1)).isLessThanOrEqualTo(CaseRows.PAGE);
            seen.addAll(numbers);
            Matcher next = NEXT.matcher(answer.body());
            page = next.find() ? APP + next.group(1).replace("&amp;", "&") : null;
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        Set<String> once = new LinkedHashSet<>(seen);
        assertThat(once).as("each case once").hasSize(seen.size()).hasSize(120);
        assertThat(seen.get(0)).as("newest first").isEqualTo("LST-2002-000120");
        assertThat(seen.get(119)).isEqualTo("LST-2002-000001");

        assertThat(manager.get(APP + "/dashboard/cases?" + WEEK + "&after=not-a-position").body())
                .as("a position the list did not hand out: the first page").contains("LST-2002-000120");
        assertThat(manager.get(APP + "/dashboard/cases.csv?" + WEEK).body()).as("the download, every row")
                .contains("LST-2002-000001", "LST-2002-000120");
    }

    private static List<String> numbers(String page) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = CASE_NUMBER.matcher(page);
        while (matcher.find()) {
            numbers.add(matcher.group(1));
        }
        return numbers;
    }
}
