package org.etablering.ui;

import org.etablering.identity.CurrentUser;
import org.etablering.municipality.Municipalities;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in start page: who you are, in which role and municipality, and a way to sign out. */
@Controller
@WebPage
class HomeController {

    private final Municipalities municipalities;

    HomeController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("municipalityName", municipalities.nameOf(user.municipality()));
        return "home";
    }
}
