package org.nkgraph.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nkgraph.vocab.WD;

/**
 * Scores Wikidata candidates for an entity and decides, precision first, whether one of them is its item.
 * <p>
 * Score (0 to 1): the name is the item's label 0.45, only an alias 0.35; a compatible type 0.25 (human Q5 for a
 * person; for a place an item with coordinates or a parent division; for an organization an item with a class that
 * is not human); the country ({@code wdt:P17} or {@code wdt:P27}) the entity's country 0.2; the parent division
 * ({@code wdt:P131}) the entity's parent place 0.1. A candidate of an incompatible type (a human for a place, a
 * non-human for a person), of another country, or already linked from another entity of the store is ruled out; a
 * parent division other than the entity's costs 0.2. The best candidate is the link when it reaches the threshold and
 * the next best trails it by at least {@value #MARGIN}; otherwise the entity stays unlinked.
 *
 * <pre>
 * LinkDecision d = new CandidateRanker(0.8).decide(target, candidates, Set.of());
 * </pre>
 */
public final class CandidateRanker {
    /** How far the best candidate must lead the next for the name not to count as ambiguous. */
    public static final double MARGIN = 0.05;
    static final String HUMAN = WD.NS + "Q5";

    private final double threshold;

    /** A ranker that links at or above {@code threshold}. */
    public CandidateRanker(double threshold) {
        this.threshold = threshold;
    }

    /** The decision for {@code target}; {@code taken} holds items other entities of the store already denote. */
    public LinkDecision decide(LinkTarget target, List<Candidate> candidates, Set<String> taken) {
        List<LinkDecision> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!taken.contains(c.item())) {
                score(target, c).ifPresent(scored::add);
            }
        }
        if (scored.isEmpty()) {
            return LinkDecision.unlinked(target, LinkDecision.Status.NO_CANDIDATE, candidates.isEmpty()
                    ? "no item bears the name" : "no item of a compatible type and country");
        }
        scored.sort(Comparator.comparingDouble(LinkDecision::score).reversed());
        LinkDecision best = scored.get(0);
        if (scored.size() > 1 && best.score() - scored.get(1).score() < MARGIN) {
            return LinkDecision.unlinked(target, LinkDecision.Status.AMBIGUOUS, "fits " + WD.itemId(best.item())
                    + " and " + WD.itemId(scored.get(1).item()) + " about equally (" + best.score() + ")");
        }
        if (best.score() < threshold) {
            return LinkDecision.unlinked(target, LinkDecision.Status.BELOW_THRESHOLD, "best "
                    + WD.itemId(best.item()) + " scores " + best.score() + " (" + best.method() + ")");
        }
        return best;
    }

    /** The candidate's score and method, or empty when it is ruled out. */
    Optional<LinkDecision> score(LinkTarget target, Candidate c) {
        List<String> method = new ArrayList<>();
        double score = c.byLabel() ? 0.45 : 0.35;
        method.add(c.byLabel() ? "label" : "alias");
        Optional<Boolean> typeFits = typeFits(target.kind(), c);
        if (typeFits.isPresent() && !typeFits.get()) {
            return Optional.empty();
        }
        if (typeFits.isPresent()) {
            score += 0.25;
            method.add("type " + describeType(target.kind(), c));
        }
        if (target.countryItem() != null && !c.countries().isEmpty()) {
            if (!c.countries().contains(target.countryItem())) {
                return Optional.empty();
            }
            score += 0.2;
            method.add("country " + WD.itemId(target.countryItem()));
        }
        if (target.parentItem() != null && !c.parents().isEmpty()) {
            boolean same = c.parents().contains(target.parentItem());
            score += same ? 0.1 : -0.2;
            method.add((same ? "parent " : "other parent than ") + WD.itemId(target.parentItem()));
        }
        double rounded = BigDecimal.valueOf(Math.min(1.0, score)).setScale(2, RoundingMode.HALF_UP).doubleValue();
        return Optional.of(LinkDecision.linked(target, c.item(), rounded, String.join("; ", method)));
    }

    /** Empty when nothing tells, true when the type fits, false when it rules the candidate out. */
    private static Optional<Boolean> typeFits(LinkTarget.Kind kind, Candidate c) {
        boolean human = c.classes().contains(HUMAN);
        switch (kind) {
            case PERSON:
                return c.classes().isEmpty() ? Optional.empty() : Optional.of(human);
            case PLACE:
                if (human) {
                    return Optional.of(false);
                }
                return c.hasLocation() || !c.parents().isEmpty() ? Optional.of(true) : Optional.empty();
            default:
                if (human) {
                    return Optional.of(false);
                }
                return c.classes().isEmpty() ? Optional.empty() : Optional.of(true);
        }
    }

    private static String describeType(LinkTarget.Kind kind, Candidate c) {
        switch (kind) {
            case PERSON:
                return "human Q5";
            case PLACE:
                return c.hasLocation() ? "place with coordinates" : "place in a division";
            default:
                return "organization (not human)";
        }
    }
}
