package io.clausewarden.llm;

import io.clausewarden.tenant.TenantId;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The model questions of one document for one tenant. Clause text is masked before it leaves, the answer is
 * validated against the schema and restored; any failure becomes "not assessed", never an exception.
 */
public final class JudgementSession {
    private final ModelGateway gateway;
    private final TenantId tenant;
    private final Region region;
    private final ModelSettings settings;
    private final PersonalData personalData;
    private final Function<ModelCall, ProviderReply> call;
    private final String status;
    private final String notice;
    private final Judgement.Reason unavailable;
    private final AtomicInteger questions = new AtomicInteger();
    private final AtomicInteger providerCalls = new AtomicInteger();
    private final AtomicInteger cached = new AtomicInteger();

    JudgementSession(ModelGateway gateway, TenantId tenant, Region region, ModelSettings settings,
                     PersonalData personalData, Function<ModelCall, ProviderReply> call) {
        this.gateway = gateway;
        this.tenant = tenant;
        this.region = region;
        this.settings = settings;
        this.personalData = personalData;
        this.call = call;
        this.status = ModelUse.ON;
        this.notice = null;
        this.unavailable = null;
    }

    private JudgementSession(ModelSettings settings, Optional<Region> region, String status, String notice,
                             Judgement.Reason unavailable) {
        this.gateway = null;
        this.tenant = null;
        this.region = region.orElse(null);
        this.settings = settings;
        this.personalData = PersonalData.empty();
        this.call = null;
        this.status = status;
        this.notice = notice;
        this.unavailable = unavailable;
    }

    static JudgementSession unavailable(ModelSettings settings, Optional<Region> region, String status, String notice,
                                        Judgement.Reason reason) {
        return new JudgementSession(settings, region, status, notice, reason);
    }

    /** A session that never asks: rules only. */
    public static JudgementSession off() {
        return unavailable(ModelSettings.none(), Optional.empty(), ModelUse.OFF, null, Judgement.Reason.MODEL_OFF);
    }

    /** Whether questions can reach a model at all. */
    public boolean active() {
        return unavailable == null;
    }

    /** The reason every question is not assessed, when the session is not active. */
    public Optional<Judgement.Reason> unavailableReason() {
        return Optional.ofNullable(unavailable);
    }

    /** Asks on the gateway's workers; the future always completes, with an answer or a reason. */
    public CompletableFuture<Judgement> ask(Question question) {
        questions.incrementAndGet();
        if (!active()) {
            return CompletableFuture.completedFuture(new Judgement.NotAssessed(unavailable));
        }
        return CompletableFuture.supplyAsync(() -> answer(question), gateway.workers())
                .exceptionally(e -> new Judgement.NotAssessed(Judgement.Reason.PROVIDER_UNAVAILABLE));
    }

    public ModelUse use() {
        return new ModelUse(settings.provider().code(), settings.enabled() ? settings.model() : null,
                region == null ? null : region.name(), status, notice, questions.get(), providerCalls.get(), cached.get());
    }

    private Judgement answer(Question question) {
        String masked = personalData.mask(question.clauseText());
        if (masked.length() > gateway.options().maxClauseChars()) {
            return new Judgement.NotAssessed(Judgement.Reason.CLAUSE_TOO_LONG);
        }
        String hash = AnswerCache.hash(tenant, question.positionKey(), masked, settings);
        Optional<ModelAnswer> known = gateway.answers().find(tenant, hash);
        if (known.isPresent()) {
            cached.incrementAndGet();
            return new Judgement.Answered(restore(known.get()), true);
        }
        if (gateway.budget().usedToday(tenant) >= settings.dailyTokenLimit()) {
            return new Judgement.NotAssessed(Judgement.Reason.BUDGET_EXHAUSTED);
        }
        ProviderReply reply;
        try {
            providerCalls.incrementAndGet();
            reply = call.apply(new ModelCall(Prompts.system(), Prompts.user(question, masked), AnswerSchema.NAME,
                    AnswerSchema.wire(), settings.model(), gateway.options().maxOutputTokens()));
        } catch (ProviderException e) {
            return new Judgement.NotAssessed(e.kind() == ProviderException.Kind.MALFORMED
                    ? Judgement.Reason.INVALID_ANSWER : Judgement.Reason.PROVIDER_UNAVAILABLE);
        } catch (CallNotPermittedException | BulkheadFullException e) {
            return new Judgement.NotAssessed(Judgement.Reason.PROVIDER_UNAVAILABLE);
        }
        gateway.budget().record(tenant, reply.tokens());
        Optional<ModelAnswer> answer = AnswerSchema.parse(reply.answerJson());
        if (answer.isEmpty()) {
            return new Judgement.NotAssessed(Judgement.Reason.INVALID_ANSWER);
        }
        gateway.answers().put(tenant, hash, answer.get());
        return new Judgement.Answered(restore(answer.get()), false);
    }

    private ModelAnswer restore(ModelAnswer masked) {
        return new ModelAnswer(masked.verdict(), masked.confidence(), personalData.restore(masked.explanation()),
                personalData.restore(masked.quote()), personalData.restore(masked.suggestedText()));
    }
}
