package org.etablering.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak Swedish, Norwegian (bokmål) and English. A choice made with {@code ?lang=} is kept
 * in a cookie; without one, the browser's preference decides, and Swedish when it names none of these.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    static final List<Locale> SUPPORTED = List.of(SWEDISH, NORWEGIAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("etablering-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getHeader("Accept-Language") == null) {
                return SWEDISH; // without the header the container reports the server's own locale
            }
            for (Locale wanted : java.util.Collections.list(request.getLocales())) {
                Locale supported = supported(wanted);
                if (supported != null) {
                    return supported;
                }
            }
            return SWEDISH;
        });
        return resolver;
    }

    /** Norwegian arrives as nb, no or nn; all of them get bokmål. */
    static Locale supported(Locale wanted) {
        return org.etablering.problem.ProblemTexts.spoken(wanted);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
