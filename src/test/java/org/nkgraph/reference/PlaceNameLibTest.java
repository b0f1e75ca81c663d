package org.nkgraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceNameLibTest {

    @Test
    void stripsTheTrailingTypeWordOnly() {
        assertEquals("Changyon", PlaceNameLib.stripTypeWord("Changyon County"));
        assertEquals("South Pyongan", PlaceNameLib.stripTypeWord("South Pyongan Province"));
        assertEquals("Rason", PlaceNameLib.stripTypeWord("Rason Special City"));
        assertEquals("Pyongyang", PlaceNameLib.stripTypeWord("Pyongyang Directly Governed City"));
        assertEquals("Hungnam", PlaceNameLib.stripTypeWord("Hungnam District"));
        assertEquals("Kim Hyong Jik", PlaceNameLib.stripTypeWord("Kim Hyong Jik County"));
        assertEquals("County Down", PlaceNameLib.stripTypeWord("County Down"));
        assertEquals("Sinp'o-si", PlaceNameLib.stripTypeWord("Sinp'o-si"));
    }

    @Test
    void foldsDiacriticsAndApostrophes() {
        assertEquals("Changyon-gun", PlaceNameLib.asciiFold("Changyŏn-gun"));
        assertEquals("Sinpo-si", PlaceNameLib.asciiFold("Sinp'o-si"));
        assertEquals("Nampo", PlaceNameLib.asciiFold("Namp´o"));
        assertEquals("Undok", PlaceNameLib.asciiFold("Ŭndŏk"));
        assertEquals("Mangyongdae", PlaceNameLib.asciiFold("Man'gyŏngdae"));
    }

    @Test
    void writesMcCuneReischauerInTheNorthKoreanRomanisation() {
        assertEquals("Sinpho", PlaceNameLib.northKoreanStyle("Sinp'o"));
        assertEquals("Jangyon", PlaceNameLib.northKoreanStyle("Changyŏn"));
        assertEquals("Chorwon", PlaceNameLib.northKoreanStyle("Ch'ŏrwŏn"));
        assertEquals("South Phyongan", PlaceNameLib.northKoreanStyle("South P'yŏngan"));
        assertEquals("Pothonggang", PlaceNameLib.northKoreanStyle("Pot'onggang"));
        assertEquals("Kimchaek", PlaceNameLib.northKoreanStyle("Kimch'aek"));
        assertEquals("Mangyongdae", PlaceNameLib.northKoreanStyle("Man'gyŏngdae"));
    }

    @Test
    void recognisesHangulAndMcCuneReischauerMarks() {
        assertTrue(PlaceNameLib.isHangul("신양군"));
        assertTrue(PlaceNameLib.isHangul("조선로동당 중앙위원회"));
        assertFalse(PlaceNameLib.isHangul("Sinyang"));
        assertTrue(PlaceNameLib.hasMcCuneReischauerMarks("Sinp'o"));
        assertTrue(PlaceNameLib.hasMcCuneReischauerMarks("Hŭngnam"));
        assertFalse(PlaceNameLib.hasMcCuneReischauerMarks("Changyon"));
    }
}
