package org.nkgraph.text;

/**
 * Words of a sentence that stand for a policy: its name, a plan named by its kind, or words such as "the
 * initiative". The policy is decided in steps (a plan by its adoption, "the initiative" by the policy last named),
 * so {@link #entity} is filled in as the document is read; it stays null when no policy can be decided.
 */
final class PolicySpot {

    enum Kind { NAMED, PLAN, ANAPHOR }

    final int start;
    final int end;
    final int sentence;
    final Kind kind;
    final PolicyNames.PlanMatch plan;
    /** The clause before a plan only expects it ("is expected to present another five-year plan"). */
    final boolean hedged;
    /** A verb of introducing that takes this policy is only expected. */
    boolean expectedOnly;
    String entity;
    /** For an anaphor: how many sentences back the policy it stands for may be named. */
    int window;

    private PolicySpot(int start, int end, int sentence, Kind kind, PolicyNames.PlanMatch plan, boolean hedged,
            String entity) {
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.kind = kind;
        this.plan = plan;
        this.hedged = hedged;
        this.entity = entity;
    }

    static PolicySpot named(int start, int end, int sentence, String entity) {
        return new PolicySpot(start, end, sentence, Kind.NAMED, null, false, entity);
    }

    static PolicySpot plan(PolicyNames.PlanMatch plan, int sentence, boolean hedged) {
        return new PolicySpot(plan.start(), plan.end(), sentence, Kind.PLAN, plan, hedged, null);
    }

    static PolicySpot anaphor(int start, int end, int sentence, int window) {
        PolicySpot spot = new PolicySpot(start, end, sentence, Kind.ANAPHOR, null, false, null);
        spot.window = window;
        return spot;
    }
}
