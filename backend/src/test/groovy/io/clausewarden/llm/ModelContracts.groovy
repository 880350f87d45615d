package io.clausewarden.llm

/** Small SaaS contracts whose clauses the saas-customer playbook asks the model about, with personal data in them. */
class ModelContracts {
    static final String PROVIDER_NAME = 'Northwind Analytics, Inc.'
    static final String CUSTOMER_NAME = 'Halcyon Biotech Limited'
    static final String EMAIL = 'counsel@northwind-analytics.example'
    static final String PHONE = '+1 (415) 555-0132'
    static final String CONTACT = 'Jane Okafor'
    /** Values that must never reach a model provider. */
    static final List<String> CANARIES = ['Northwind', 'Halcyon', EMAIL, '555-0132', CONTACT, '1200 Market Street']

    static final String LIABILITY = "Each party's total liability under this Agreement shall not exceed the fees paid in the twelve (12) months before the claim."

    static String saas(String liability = LIABILITY) {
        """\
1. Parties
This Cloud Services Agreement is entered into by and between ${PROVIDER_NAME}, a Delaware corporation ("Provider"), and ${CUSTOMER_NAME} (the "Customer").

2. Limitation of Liability
${liability}

3. Indemnification
Provider will defend Customer against any third-party claim alleging that the Service infringes that third party's intellectual property rights, and will pay the resulting damages and costs.

4. Confidentiality
Each party will protect the other's Confidential Information with at least reasonable care and use it only to perform this Agreement.

5. Governing Law
This Agreement is governed by the laws of the State of New York.

6. Notices
Notices to Provider must be sent to 1200 Market Street, Suite 400, San Francisco, CA 94103, Attention: ${CONTACT}, ${EMAIL}, ${PHONE}.
"""
    }
}
