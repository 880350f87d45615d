package io.clausewarden.addin.web;

import io.clausewarden.addin.TaskpanePage;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The pane's entry page, with its Office.js script pointed at the configured source; every other file under
 * {@code /taskpane/} is served as it is by the static resources ({@code micronaut.router.static-resources.taskpane}).
 */
@Controller("/taskpane")
@Secured(SecurityRule.IS_ANONYMOUS)
class TaskpaneController {
    private final TaskpanePage page;

    TaskpaneController(TaskpanePage page) {
        this.page = page;
    }

    @Get(value = "/taskpane.html", produces = MediaType.TEXT_HTML + ";charset=utf-8")
    HttpResponse<String> taskpane() {
        return page.html().map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }
}
