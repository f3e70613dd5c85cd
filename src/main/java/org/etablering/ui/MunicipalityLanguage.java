package org.etablering.ui;

import java.util.Locale;
import java.util.Optional;
import org.etablering.identity.CurrentUser;
import org.etablering.municipality.Letters;
import org.etablering.problem.CallerLanguage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** The signed-in caller's municipality's language, when the caller asks for none the product speaks. */
@Component
class MunicipalityLanguage implements CallerLanguage {

    private final Letters letters;

    MunicipalityLanguage(Letters letters) {
        this.letters = letters;
    }

    @Override
    public Optional<Locale> ofMunicipality() {
        try {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            CurrentUser user = authentication == null ? null
                    : authentication.getPrincipal() instanceof Jwt jwt ? CurrentUser.from(jwt)
                    : authentication.getPrincipal() instanceof OidcUser person ? CurrentUser.from(person) : null;
            return user == null || user.municipality() == null ? Optional.empty()
                    : Optional.of(letters.languageOf(user.municipality()));
        } catch (RuntimeException unknownMunicipality) {
            return Optional.empty();
        }
    }
}
