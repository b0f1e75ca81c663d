package org.nkgraph.text;

/**
 * A verb of introducing a policy and what its sentence says around it.
 *
 * @param verbStart document offset of the verb
 * @param verbEnd   one past its end
 * @param target    the policy it introduces
 * @param agent     the IRI of who introduced it, or null
 * @param meeting   the meeting it was introduced at, or null
 * @param time      when, or null when the sentence does not say or it cannot be resolved
 */
record Introduction(int verbStart, int verbEnd, PolicySpot target, String agent,
        MeetingIdentity.Identified meeting, TimeValue time) {}
