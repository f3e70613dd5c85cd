package org.etablering.inquiry.web;

/** A message without attachments, sent as JSON. */
public record NewMessage(String text) {
}
