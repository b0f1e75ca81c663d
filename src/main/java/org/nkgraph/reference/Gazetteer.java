package org.nkgraph.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nkgraph.text.NameKey;

/**
 * The names of the reference entities, looked up by their {@link NameKey} word sequence, and the place
 * hierarchy needed to tell apart places that share a name.
 */
public final class Gazetteer {

    private final Map<List<String>, List<GazetteerEntry>> byKey;
    /** Every leading part of every key ("North" and "North Korea" for "North Korea Central"): see startsName. */
    private final Set<List<String>> prefixes = new HashSet<>();
    private final Map<String, Set<String>> ancestors;
    private final int longestName;

    Gazetteer(Collection<GazetteerEntry> entries, Map<String, Set<String>> ancestors) {
        Map<List<String>, List<GazetteerEntry>> map = new HashMap<>();
        int longest = 0;
        for (GazetteerEntry e : entries) {
            List<String> key = NameKey.of(e.name());
            if (key.isEmpty()) {
                continue;
            }
            List<GazetteerEntry> same = map.computeIfAbsent(key, k -> new ArrayList<>());
            if (same.stream().noneMatch(x -> x.entity().equals(e.entity()))) {
                same.add(e);
            }
            longest = Math.max(longest, key.size());
            for (int n = 1; n <= key.size(); n++) {
                prefixes.add(List.copyOf(key.subList(0, n)));
            }
        }
        this.byKey = map;
        this.ancestors = Map.copyOf(ancestors);
        this.longestName = longest;
    }

    /** The entities that bear this name; several when places share it, none when no entity does. */
    public List<GazetteerEntry> lookup(List<String> key) {
        return byKey.getOrDefault(key, List.of());
    }

    /**
     * Whether some name's key begins with these words. A matcher that tries longer word sequences first need
     * not try any longer than the longest that begins a name.
     */
    public boolean startsName(List<String> key) {
        return prefixes.contains(key);
    }

    /** The most words any name has: a matcher never needs to look further ahead. */
    public int longestName() {
        return longestName;
    }

    /** The places that contain this place, nearest first; empty for an entity that is not a place. */
    public Set<String> ancestorsOf(String entity) {
        return ancestors.getOrDefault(entity, Set.of());
    }

    /** The places without those that contain another of them: "Sinyang, South Pyongan" is just Sinyang. */
    public List<String> finest(Collection<String> places) {
        Set<String> out = new LinkedHashSet<>(places);
        for (String p : places) {
            out.removeAll(ancestorsOf(p));
        }
        return List.copyOf(out);
    }

    /**
     * Whether two lists name the same places, allowing one to name a province and the other its counties: each
     * place of either list is, contains or lies in a place of the other. Empty lists are never the same.
     */
    public boolean samePlaces(Collection<String> a, Collection<String> b) {
        return !a.isEmpty() && !b.isEmpty() && covered(a, b) && covered(b, a);
    }

    private boolean covered(Collection<String> places, Collection<String> by) {
        for (String p : places) {
            boolean related = by.stream().anyMatch(q -> q.equals(p) || ancestorsOf(q).contains(p)
                    || ancestorsOf(p).contains(q));
            if (!related) {
                return false;
            }
        }
        return true;
    }

    /** How many distinct names the gazetteer knows. */
    public int size() {
        return byKey.size();
    }

    /** Collects entries and containment before the gazetteer is built. */
    static final class Builder {
        private final Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        private final Map<String, String> parent = new HashMap<>();

        void add(GazetteerEntry e) {
            entries.putIfAbsent(e.entity() + "\u0000" + e.name(), e);
        }

        void partOf(String child, String container) {
            parent.putIfAbsent(child, container);
        }

        Gazetteer build() {
            Map<String, Set<String>> ancestors = new HashMap<>();
            for (String place : parent.keySet()) {
                Set<String> chain = new LinkedHashSet<>();
                for (String p = parent.get(place); p != null && chain.add(p); p = parent.get(p)) {
                    // walk up; the set guards against a cycle in bad data
                }
                ancestors.put(place, chain);
            }
            return new Gazetteer(entries.values(), ancestors);
        }
    }
}
