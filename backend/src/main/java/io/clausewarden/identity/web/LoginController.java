package io.clausewarden.identity.web;

import io.clausewarden.identity.store.UserAccounts;
import io.clausewarden.http.ApiProblem;
import io.clausewarden.tenant.TenantContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {
    private final UserAccounts accounts;
    private final TokenGenerator tokens;
    private final int expiresIn;

    public LoginController(UserAccounts accounts, TokenGenerator tokens,
                           @Value("${micronaut.security.token.jwt.generator.access-token.expiration:900}") int expiresIn) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.expiresIn = expiresIn;
    }

    @Introspected
    public record LoginRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password) {
    }

    @Introspected
    public record TokenResponse(String access_token, String token_type, int expires_in, boolean password_change_required) {
    }

    @Post("/login")
    public TokenResponse login(@Body @Valid LoginRequest request) {
        UserAccounts.SignedIn signedIn = accounts.authenticate(request.email(), request.password())
                .orElseThrow(() -> new ApiProblem(ApiProblem.Kind.INVALID_CREDENTIALS,
                        "The e-mail or password is not correct."));
        TenantContext context = signedIn.context();
        Authentication authentication = Authentication.build(context.userId().toString(), List.copyOf(context.roles()),
                Map.of(TenantContextBinder.TENANT_CLAIM, context.tenantId().toString()));
        String token = tokens.generateToken(authentication, expiresIn)
                .orElseThrow(() -> new IllegalStateException("No access token could be generated"));
        return new TokenResponse(token, "Bearer", expiresIn, signedIn.mustChangePassword());
    }
}
