package org.etablering.problem;

/** Something the request needs (the database, the process engine) is away for a while; nothing was changed. */
public class ServiceUnavailableException extends Refusal {

    public ServiceUnavailableException(String code, Throwable cause) {
        super(code, null, cause);
    }
}
