package org.etablering.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 A and AA checks of the page in the browser: axe-core (the script Deque ships in its Selenium jar) finds
 * serious and critical violations, and a page must fit its window without scrolling sideways.
 */
public final class Accessibility {

    private static final String AXE = script();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(function (result) {
                done(JSON.stringify(result.violations
                  .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) {
                    return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ');
                  })));
              })
              .catch(function (e) { done(JSON.stringify(['axe could not run: ' + e])); });
            """;

    private Accessibility() {
    }

    /** The serious and critical WCAG 2.1 AA violations on the page as it is now. */
    public static List<String> violations(WebDriver browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe !== 'undefined'"))) {
            page.executeScript(AXE);
        }
        try {
            return List.of(new ObjectMapper().readValue((String) page.executeAsyncScript(RUN), String[].class));
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** How many CSS pixels the page is wider than its window (0 when nothing scrolls sideways). */
    public static long overflow(WebDriver browser) {
        Object wider = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return ((Number) wider).longValue();
    }

    private static String script() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
