package org.etablering.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/**
 * A person signing in to the web pages. Keycloak puts realm roles in the access token, not in the ID
 * token, so the roles are read from the (verified) access token of the same sign-in.
 */
@Component
class KeycloakUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();
    private final JwtDecoder accessTokens;

    KeycloakUserService(JwtDecoder accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = standard.loadUser(request);
        Set<GrantedAuthority> authorities = CurrentUser.rolesOf(accessTokens.decode(request.getAccessToken().getTokenValue()))
                .stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toSet());
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
    }
}
