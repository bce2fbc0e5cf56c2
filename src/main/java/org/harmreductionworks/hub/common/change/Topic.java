package org.harmreductionworks.hub.common.change;

/** What a replica keeps in memory that another replica's write can make out of date. */
public enum Topic {
    /** The public directory: the written feeds each replica keeps. */
    LISTINGS,
    /** Which version of the script is current. */
    SCRIPT,
    /** The exercise library, and how often groups used each exercise (the meeting log). */
    LIBRARY,
    /** Shared learnings and their replies. */
    LEARNINGS,
    /** Groups' meeting plans, which say the exercise of a group's next meeting. */
    PLANS
}
