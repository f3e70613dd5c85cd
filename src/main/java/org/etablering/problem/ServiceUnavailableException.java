package org.etablering.problem;

/** Something the request needs (the database, the process engine) is away for a while; nothing was changed. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
