package io.clausewarden.contracttype

import io.clausewarden.document.Clause

/** Short contracts of each kind, written for these specs: a title, a recital and a few defining clauses. */
class ContractFixtures {
    static final Map<String, List<String>> TEXTS = [
            nda                  : ['MUTUAL NON-DISCLOSURE AGREEMENT',
                                    'This Agreement is made between Alder Ltd and Birch GmbH. Each party may disclose Confidential Information to the other for the purpose of evaluating a possible joint venture.',
                                    'The Receiving Party shall hold the Disclosing Party\'s Confidential Information in confidence and use it only for the Purpose.',
                                    'On request the Receiving Party will return or destroy all Confidential Information.'],
            saas                 : ['SUBSCRIPTION AGREEMENT',
                                    'Provider grants Customer a right to access the Service during the Subscription Term for its Users.',
                                    'Provider will make the Service available with 99.9% uptime as set out in the Service Level Agreement; service credits are the sole remedy.',
                                    'Provider will process Customer Data only to provide the Service.'],
            professional_services: ['CONSULTING AGREEMENT',
                                    'Consultant will perform the services described in each Statement of Work agreed by the parties.',
                                    'Consultant will deliver the Deliverables by the milestones in the Statement of Work; all Work Product vests in Client on payment.',
                                    'Fees are charged on a time and materials basis.'],
            software_licence     : ['SOFTWARE LICENCE AGREEMENT',
                                    'Licensor grants Licensee a non-exclusive, perpetual licence to install and use the Licensed Software in object code form.',
                                    'Licensee may make copies of the Software for back-up only. No source code is licensed.'],
            hosting              : ['MANAGED HOSTING AGREEMENT',
                                    'The Supplier will host the Customer\'s servers in its data centre and provide rack space, power and bandwidth.',
                                    'Colocation services are provided from the data centre listed in Schedule 1.'],
            supply               : ['COURIER AGREEMENT',
                                    'The Carrier will collect parcels from the Shipper\'s warehouse and deliver each consignment to the address on the label.',
                                    'Each shipment is booked by purchase order. Title and risk in the Goods remain with the Shipper; freight charges are in Schedule 2.',
                                    'Delivery is complete when the recipient signs for the parcel.'],
            distribution         : ['EXCLUSIVE DISTRIBUTION AGREEMENT',
                                    'The Company appoints the Distributor as its exclusive distributor of the Products in the Territory.',
                                    'The Distributor may appoint a sub-distributor or reseller with the Company\'s consent and will meet the minimum purchase targets.',
                                    'The Distributor will resell the Products to end customers in the Territory only.'],
            dpa                  : ['DATA PROCESSING ADDENDUM',
                                    'This Addendum sets out the terms required by Article 28 GDPR. Customer is the controller and Provider the processor of Personal Data.',
                                    'Provider may engage a sub-processor only with Customer\'s prior authorisation; the Standard Contractual Clauses apply to transfers.',
                                    'Provider will assist Customer in answering requests from a data subject and the supervisory authority.'],
            other                : ['LEASE OF FARMLAND',
                                    'The Landlord lets the field known as Long Meadow to the Tenant for grazing sheep.',
                                    'The Tenant will maintain the hedges and gates and pay the rent each quarter day.'],
    ]

    static List<Clause> clauses(String kind) {
        List<String> texts = TEXTS[kind]
        texts.withIndex().collect { String text, int i -> new Clause(i, null, null, text, null) }
    }

    /** The same contract without its title line, so only the body speaks. */
    static List<Clause> untitled(String kind) {
        clauses(kind).drop(1)
    }
}
