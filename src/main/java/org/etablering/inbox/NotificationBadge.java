package org.etablering.inbox;

import org.etablering.identity.CurrentUser;
import org.etablering.notification.Notifications;
import org.etablering.ui.WebPage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread notifications beside the header's link to them, on every page an official sees. */
@ControllerAdvice(annotations = WebPage.class)
class NotificationBadge {

    private final Notifications notifications;

    NotificationBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unread() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser oidc) {
            CurrentUser user = CurrentUser.from(oidc);
            return user.isOfficial() ? notifications.unreadCount(user) : null;
        }
        return null;
    }
}
