package org.etablering.mail;

/** Who a mail is for: the company's contact, or an official. */
enum Audience {
    COMPANY,
    OFFICIAL
}
