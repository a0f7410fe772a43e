package org.segmenta.example.loyalty;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The loyalty programme: a tier and a points balance per contact, kept in the plug-in's own tables
 * ({@code loyalty_member}). An OSGi service; every method is one unit of work of Segmenta's store and posts
 * {@link #TOPIC_CHANGED} after a change is committed. Thread-safe.
 */
@ProviderType
public interface LoyaltyService {

    /** The Event Admin topic posted after members changed (data: the contact No., or {@code *} for many). */
    String TOPIC_CHANGED = "org/segmenta/example/loyalty/changed";

    /**
     * Enrols a contact, or changes its tier and points when it is a member already.
     *
     * @param contactNo an existing contact's No.
     * @param tier the tier
     * @param points the points balance, 0 or more
     * @return the member as stored
     * @throws IllegalArgumentException when the points are negative or the contact does not exist
     */
    Member enrol(String contactNo, Tier tier, long points);

    /**
     * Adds (or with a negative number takes away) points.
     *
     * @param contactNo a member's contact No.
     * @param points the points to add
     * @return the member afterwards
     * @throws IllegalArgumentException when the contact is no member or the balance would become negative
     */
    Member addPoints(String contactNo, long points);

    /**
     * @param contactNo a contact No.
     * @return its membership, if it is a member
     */
    Optional<Member> member(String contactNo);

    /** @return every member, by contact No. */
    List<Member> members();

    /** @return how many members each tier has (tiers without members included, with 0) */
    Map<Tier, Long> tierCounts();
}
