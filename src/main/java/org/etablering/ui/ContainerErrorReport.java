package org.etablering.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The few errors that Tomcat answers itself, before the application sees the request (a header too large, a
 * malformed request line): a problem for the API and a plain page in the user's language for the web, instead
 * of Tomcat's own page.
 */
@Component
class ContainerErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat creates it by its class name. */
    public static class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            // the raw request line's path: for a request refused while its headers were read, nothing else is set
            String uri = String.valueOf(request.getCoyoteRequest().requestURI());
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer out = response.getReporter();
                if (out == null) {
                    return;
                }
                if (uri != null && uri.startsWith("/api/")) {
                    response.setContentType("application/problem+json");
                    out.write("{\"type\":\"about:blank\",\"title\":\"" + (status < 500 ? "Bad Request" : "Server Error")
                            + "\",\"status\":" + status + ",\"detail\":\"The request could not be read as sent.\"}");
                } else {
                    response.setContentType("text/html");
                    String shown = status < 500 ? "400" : "500";
                    Locale locale = request.getLocale();
                    out.write("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\"><head>"
                            + "<meta charset=\"utf-8\"><title>" + text(locale, "problem." + shown) + "</title></head>"
                            + "<body><main><h1 id=\"problem\">" + text(locale, "problem." + shown) + "</h1><p>"
                            + text(locale, "problem." + shown + ".explain") + "</p><p><a href=\"/\">"
                            + text(locale, "problem.home") + "</a></p></main></body></html>");
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away, or the response can no longer be written
            }
        }

        private static String text(Locale locale, String key) {
            try {
                return HtmlUtils.htmlEscape(ResourceBundle.getBundle("messages", locale).getString(key));
            } catch (MissingResourceException e) {
                return key;
            }
        }
    }
}
