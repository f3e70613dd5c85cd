package org.etablering.problem;

import java.util.Locale;
import java.util.Optional;

/** The language of the signed-in caller's municipality, for a caller who asks for none the product speaks. */
public interface CallerLanguage {

    Optional<Locale> ofMunicipality();
}
