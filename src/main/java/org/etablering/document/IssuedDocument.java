package org.etablering.document;

/** A document's bytes as they were issued, with what a download needs to name them. */
public record IssuedDocument(DocumentView view, byte[] content) {
}
