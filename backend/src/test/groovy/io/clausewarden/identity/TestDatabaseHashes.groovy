package io.clausewarden.identity

import io.clausewarden.testing.TestDatabase

class TestDatabaseHashes {
    static String hashOf(String email) {
        def connection = TestDatabase.instance.ownerConnection()
        try {
            // as the owner, with the tenant bound the way the application binds it
            connection.autoCommit = false
            def directory = connection.prepareStatement('select tenant_id from user_directory where email = ?')
            directory.setString(1, email)
            def rs = directory.executeQuery()
            rs.next()
            String tenant = rs.getString(1)
            connection.prepareStatement("select set_config('app.tenant_id', '${tenant}', true)").execute()
            def users = connection.prepareStatement('select password_hash from users where email = ?')
            users.setString(1, email)
            def hashes = users.executeQuery()
            hashes.next()
            hashes.getString(1)
        } finally {
            connection.rollback()
            connection.close()
        }
    }
}
