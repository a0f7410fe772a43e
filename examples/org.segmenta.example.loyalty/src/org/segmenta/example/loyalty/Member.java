package org.segmenta.example.loyalty;

import java.time.LocalDate;

/**
 * A contact's membership of the loyalty programme.
 *
 * @param contactNo the contact's No.
 * @param name the contact's name, as Segmenta has it
 * @param tier the tier
 * @param points the points balance (0 or more)
 * @param joined the day the contact joined
 * @param textMessages whether the contact agreed to text messages
 */
public record Member(String contactNo, String name, Tier tier, long points, LocalDate joined, boolean textMessages) {
}
