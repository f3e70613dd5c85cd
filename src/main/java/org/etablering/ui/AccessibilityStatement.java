package org.etablering.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement (tillgänglighetsredogörelse / tilgjengelighetserklæring) that Swedish (DOS-lagen
 * 2018:1937) and Norwegian law require of a public digital service: open to anyone, linked from every page.
 */
@Controller
@WebPage
class AccessibilityStatement {

    private final String contact;

    AccessibilityStatement(@Value("${etablering.accessibility.contact:${etablering.mail.default-sender:etablering@localhost}}")
                           String contact) {
        this.contact = contact;
    }

    @GetMapping("/accessibility")
    String statement(Model model) {
        model.addAttribute("contact", contact);
        return "accessibility";
    }
}
