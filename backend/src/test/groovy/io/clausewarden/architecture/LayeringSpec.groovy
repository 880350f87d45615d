package io.clausewarden.architecture

import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import spock.lang.Shared
import spock.lang.Specification

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses

/**
 * Domain logic is plain Java: the top-level package of each feature holds no framework, SQL or
 * HTTP types. Adapters live in the feature's sub-packages (store, web).
 */
class LayeringSpec extends Specification {
    static final List<String> DOMAIN_PACKAGES = ['review', 'playbook', 'document', 'classify', 'redline', 'tenant', 'identity', 'crypto', 'llm', 'contracttype', 'parties', 'evaluation']

    @Shared
    JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages('io.clausewarden')

    def "the #feature domain package does not depend on Micronaut, SQL or HTTP types"() {
        given:
        def rule = noClasses().that().resideInAPackage("io.clausewarden.${feature}")
                .should().dependOnClassesThat().resideInAnyPackage(
                'io.micronaut..', 'java.sql..', 'javax.sql..', 'io.netty..', 'jakarta.persistence..', 'java.net.http..')
                .allowEmptyShould(true)

        expect:
        rule.check(classes)

        where:
        feature << DOMAIN_PACKAGES
    }

    def "domain packages do not reach into adapters"() {
        given:
        def rule = noClasses().that().resideInAnyPackage(DOMAIN_PACKAGES.collect { "io.clausewarden.${it}" } as String[])
                .should().dependOnClassesThat().resideInAnyPackage('..store..', '..web..')

        expect:
        rule.check(classes)
    }

    def "the rule does catch a violation"() {
        given: 'a class in the domain package that uses JDBC'
        JavaClasses offending = new ClassFileImporter().importClasses(io.clausewarden.tenant.store.TenantTransactions)
        def rule = noClasses().that().resideInAPackage('io.clausewarden.tenant.store')
                .should().dependOnClassesThat().resideInAnyPackage('java.sql..')

        when:
        rule.check(offending)

        then:
        thrown(AssertionError)
    }
}
