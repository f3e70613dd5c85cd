package org.etablering.inquiry;

public enum EstablishmentType {
    NEW, EXPANSION, RELOCATION, LARGE
}
