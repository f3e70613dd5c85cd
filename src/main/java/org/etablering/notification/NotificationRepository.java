package org.etablering.notification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    @Query("""
            select n from Notification n where n.municipality = :municipality
            and (n.recipient = :username or n.recipientRole in :roles) order by n.createdAt desc limit 200""")
    List<Notification> forRecipient(String municipality, String username, Collection<String> roles);

    /** How many came after {@code since}: counted in the database, as the header asks on every page. */
    @Query("""
            select count(n) from Notification n where n.municipality = :municipality
            and (n.recipient = :username or n.recipientRole in :roles) and n.createdAt > :since""")
    long countSince(String municipality, String username, Collection<String> roles, java.time.Instant since);
}
