package org.nkgraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/** The place hierarchy and class hierarchy that event resolution relies on, on the bundled reference data. */
class GazetteerTest {

    private static final Gazetteer PLACES = ReferenceData.bundled().gazetteer();
    private static final String PROVINCE = NKGID.place("south-pyongan").getURI();
    private static final String SINYANG = NKGID.place("south-pyongan/sinyang").getURI();
    private static final String PUKCHANG = NKGID.place("south-pyongan/pukchang").getURI();
    private static final String HWANGJU = NKGID.place("north-hwanghae/hwangju").getURI();

    @Test
    void theFinestPlacesDropTheirContainers() {
        assertEquals(List.of(SINYANG, PUKCHANG), PLACES.finest(List.of(PROVINCE, SINYANG, PUKCHANG)));
    }

    @Test
    void aProvinceAndItsCountiesAreTheSamePlacesButOtherCountiesAreNot() {
        assertTrue(PLACES.samePlaces(List.of(PROVINCE), List.of(SINYANG, PUKCHANG)));
        assertFalse(PLACES.samePlaces(List.of(SINYANG), List.of(SINYANG, HWANGJU)));
        assertFalse(PLACES.samePlaces(List.of(), List.of(SINYANG)));
    }

    @Test
    void anInspectionIsAKindOfVisitButNotOfOpening() {
        ClassHierarchy classes = ReferenceData.bundled().classes();
        assertTrue(classes.sameKind(NKG.Inspection.getURI(), NKG.Visit.getURI()));
        assertFalse(classes.sameKind(NKG.Inspection.getURI(), NKG.Inauguration.getURI()));
    }
}
