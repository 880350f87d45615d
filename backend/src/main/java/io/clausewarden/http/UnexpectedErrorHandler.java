package io.clausewarden.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for anything no other handler claims. It logs the failure without exception
 * messages, which can carry submitted content (a database constraint names the offending value,
 * a parser quotes its input), and answers 500 problem+json.
 */
@Produces
@Singleton
public class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
        LOG.error("Unhandled error on {} {}: {}", request.getMethodName(), request.getPath(),
                SafeThrowables.describe(exception));
        return ProblemResponses.render(request, new ApiProblem(ApiProblem.Kind.INTERNAL,
                "Something went wrong on our side. Quote the request id when reporting it."));
    }
}
