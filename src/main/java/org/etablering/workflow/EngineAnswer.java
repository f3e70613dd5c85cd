package org.etablering.workflow;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What an engine's refusal means, whichever protocol the client used. The Camunda 8 client talks gRPC
 * or REST; the same rejection arrives as a gRPC status code or as an HTTP problem detail whose title names
 * the engine's rejection type (404 {@code NOT_FOUND}, 409 {@code ALREADY_EXISTS} or {@code INVALID_STATE}).
 */
public enum EngineAnswer {

    /** The engine already holds it: a message id published before, for example. */
    ALREADY_EXISTS,
    /** The job, process instance or element is not there (any more). */
    NOT_FOUND,
    /** It exists, but not in a state that allows the command (a job that is not activated, say). */
    INVALID_STATE,
    /** The engine could not be reached or asked to be asked again later: worth retrying. */
    UNAVAILABLE,
    /** The engine refused the command as such; sending it again will not help. */
    REJECTED;

    public static EngineAnswer of(Throwable error) {
        Throwable current = unwrap(error);
        if (current instanceof ClientStatusException status) {
            return ofGrpc(status.getStatusCode());
        }
        if (current instanceof StatusRuntimeException status) {
            return ofGrpc(status.getStatus().getCode());
        }
        if (current instanceof ProblemException problem) {
            String title = problem.details() == null ? null : problem.details().getTitle();
            return ofHttp(problem.code(), title);
        }
        if (current instanceof ClientHttpException http) {
            return ofHttp(http.code(), null);
        }
        if (current instanceof ClientException || current instanceof java.io.IOException
                || current instanceof java.util.concurrent.TimeoutException) {
            // time-outs, refused connections, a stream cut short
            return UNAVAILABLE;
        }
        return REJECTED;
    }

    public static boolean isNotFound(Throwable error) {
        return of(error) == NOT_FOUND;
    }

    public static boolean isUnavailable(Throwable error) {
        return of(error) == UNAVAILABLE;
    }

    static EngineAnswer ofGrpc(Status.Code code) {
        return switch (code) {
            case ALREADY_EXISTS -> ALREADY_EXISTS;
            case NOT_FOUND -> NOT_FOUND;
            case FAILED_PRECONDITION -> INVALID_STATE;
            // UNAUTHENTICATED: an expired or not yet issued client token, which the client renews
            case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, CANCELLED, INTERNAL, UNKNOWN,
                 UNAUTHENTICATED -> UNAVAILABLE;
            default -> REJECTED;
        };
    }

    static EngineAnswer ofHttp(int status, String title) {
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status == 409) {
            return "ALREADY_EXISTS".equals(title) ? ALREADY_EXISTS : INVALID_STATE;
        }
        if (status == 401 || status == 408 || status == 429 || status >= 500) {
            return UNAVAILABLE;
        }
        return REJECTED;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        // the client wraps a gRPC or HTTP refusal in a ClientException of its own now and then
        if (current instanceof ClientException && !(current instanceof ClientStatusException)
                && !(current instanceof ClientHttpException) && current.getCause() != null
                && current.getCause() != current) {
            EngineAnswer inner = of(current.getCause());
            if (inner != REJECTED) {
                return current.getCause();
            }
        }
        return current;
    }
}
