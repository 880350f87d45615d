package io.clausewarden.llm;

/**
 * How a review used a model, for the report.
 *
 * @param status        "off" (rules only by configuration), "on", or "no_endpoint_in_region"
 * @param notice        a sentence for the user when the model was not (fully) used; null otherwise
 * @param questions     questions the review had for the model
 * @param providerCalls questions sent to the provider (not counting retries)
 * @param cached        questions answered from the cache
 */
public record ModelUse(String provider, String model, String region, String status, String notice, int questions,
                       int providerCalls, int cached) {
    public static final String OFF = "off";
    public static final String ON = "on";
    public static final String NO_ENDPOINT_IN_REGION = "no_endpoint_in_region";
}
