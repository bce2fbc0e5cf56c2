package org.harmreductionworks.hub.group;

/**
 * Something the public may see of a group changed (its listing, status, schedule or hosts), fired within the
 * transaction that changed it. What is kept from the directory (written feeds) listens, after the commit.
 */
public record ListingChanged(long groupId) {
}
