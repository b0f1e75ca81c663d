package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Identifies plans named by their kind ("a five-year economic plan"): by the meeting that adopted it, else by the
 * year of its adoption; a plan a sentence does not say the adoption of is the one plan of its kind the document
 * identifies elsewhere. Each identified plan becomes a new entity of class Policy and a mention.
 */
final class PlanIdentity {

    private static final String PLAN_CLASS = "Policy";

    private final PolicyNames names;

    PlanIdentity(PolicyNames names) {
        this.names = names;
    }

    void identify(AnalyzedDocument doc, List<PolicySpot> spots, List<Introduction> intros,
            List<MeetingIdentity.Identified> meetings) {
        List<PolicySpot> identified = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (PolicySpot s : spots) {
            if (isPlan(s)) {
                byAdoption(s, intros, meetings, identified, labels);
            }
        }
        for (PolicySpot s : spots) {
            if (isPlan(s) && s.entity == null) {
                byDocument(s, identified, labels);
            }
        }
        for (int i = 0; i < identified.size(); i++) {
            record(doc, identified.get(i), labels.get(i));
        }
    }

    private static boolean isPlan(PolicySpot s) {
        return s.kind == PolicySpot.Kind.PLAN && !s.hedged && !s.expectedOnly;
    }

    /**
     * A plan whose sentence says it was adopted: keyed by the meeting, else by the one meeting of the document held
     * in the year it was adopted, else by the year.
     */
    private void byAdoption(PolicySpot s, List<Introduction> intros, List<MeetingIdentity.Identified> meetings,
            List<PolicySpot> identified, List<String> labels) {
        Introduction intro = intros.stream().filter(i -> i.target() == s).findFirst().orElse(null);
        if (intro == null) {
            return;
        }
        MeetingIdentity.Identified meeting = intro.meeting() != null ? intro.meeting() : meetingOfYear(intro, meetings);
        String key = null;
        if (meeting != null) {
            key = meeting.key();
            labels.add(label(s.plan, meeting.label()));
        } else if (intro.time() != null && intro.time().earliest().getYear() == intro.time().latest().getYear()) {
            key = Integer.toString(intro.time().earliest().getYear());
            labels.add(label(s.plan, key));
        }
        if (key != null) {
            s.entity = PolicyFinder.planIri(names, s.plan, key);
            identified.add(s);
        }
    }

    /** The one meeting the document places in the single year of an adoption; null if none or several. */
    private static MeetingIdentity.Identified meetingOfYear(Introduction intro, List<MeetingIdentity.Identified> all) {
        if (intro.time() == null || intro.time().earliest().getYear() != intro.time().latest().getYear()) {
            return null;
        }
        int year = intro.time().earliest().getYear();
        List<MeetingIdentity.Identified> fits = all.stream()
                .filter(m -> m.mention().time().isResolved() && m.mention().time().earliest().getYear() == year
                        && m.mention().time().latest().getYear() == year)
                .toList();
        return fits.stream().map(MeetingIdentity.Identified::key).distinct().count() == 1 ? fits.get(0) : null;
    }

    /** A plan whose adoption its sentence does not state: the one plan of its kind the document identifies. */
    private static void byDocument(PolicySpot s, List<PolicySpot> identified, List<String> labels) {
        List<Integer> same = new ArrayList<>();
        for (int i = 0; i < identified.size(); i++) {
            PolicySpot other = identified.get(i);
            if (other.plan.plan().equals(s.plan.plan()) && other.plan.years() == s.plan.years()
                    && same.stream().noneMatch(j -> identified.get(j).entity.equals(other.entity))) {
                same.add(i);
            }
        }
        if (same.size() == 1) {
            s.entity = identified.get(same.get(0)).entity;
            identified.add(s);
            labels.add(labels.get(same.get(0)));
        }
    }

    private String label(PolicyNames.PlanMatch match, String by) {
        String word = names.numberWord(match.years());
        String number = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return number + "-" + match.plan().name() + " (" + by + ")";
    }

    private static void record(AnalyzedDocument doc, PolicySpot s, String label) {
        doc.addNewEntity(new NewEntity(s.entity, PLAN_CLASS, label, Set.of(s.plan.text()), null));
        doc.addMention(new Mention(s.start, s.end, s.plan.text(), EntityClass.POLICY, s.entity, s.sentence,
                s.plan.plan().id(), s.plan.plan().confidence()));
    }
}
