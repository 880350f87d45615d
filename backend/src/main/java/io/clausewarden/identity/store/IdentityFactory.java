package io.clausewarden.identity.store;

import io.clausewarden.identity.PasswordHasher;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

@Factory
class IdentityFactory {
    @Singleton
    PasswordHasher passwordHasher(@Value("${clausewarden.argon2.memory-kib:19456}") int memoryKib,
                                  @Value("${clausewarden.argon2.iterations:2}") int iterations) {
        return new PasswordHasher(memoryKib, iterations, 1);
    }
}
