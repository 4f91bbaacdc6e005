package org.citycoop.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which form of a name a reader gets, with the other beside it or not, and the fallback when one is missing. */
class NameTest {

    private static final Name KITAKYUSHU = new Name("City of Kitakyushu", "北九州市");

    @Test
    void eachReaderGetsTheFormOfTheirLanguageAndAnyOtherLanguageGetsEnglish() {
        assertThat(KITAKYUSHU.in(Locale.JAPANESE)).isEqualTo("北九州市");
        assertThat(KITAKYUSHU.in(Locale.JAPAN)).isEqualTo("北九州市");
        assertThat(KITAKYUSHU.in(Locale.ENGLISH)).isEqualTo("City of Kitakyushu");
        assertThat(KITAKYUSHU.in(Locale.forLanguageTag("id"))).isEqualTo("City of Kitakyushu");
        assertThat(KITAKYUSHU.toString()).as("logs and files for other systems").isEqualTo("City of Kitakyushu");
    }

    @Test
    void theOtherFormStandsBesideWhereThereIsOne() {
        assertThat(KITAKYUSHU.withOther(Locale.JAPANESE)).isEqualTo("北九州市 (City of Kitakyushu)");
        assertThat(KITAKYUSHU.withOther(Locale.ENGLISH)).isEqualTo("City of Kitakyushu (北九州市)");
        assertThat(new Name("Cebu", null).withOther(Locale.JAPANESE)).isEqualTo("Cebu");
        assertThat(new Name("CityCoop", "CityCoop").withOther(Locale.ENGLISH)).as("the same twice is said once").isEqualTo("CityCoop");
    }

    @Test
    void aMissingFormFallsBackToTheOther() {
        assertThat(Name.english("Cebu").in(Locale.JAPANESE)).isEqualTo("Cebu");
        Name japaneseOnly = new Name("  ", " 荒川区 ");
        assertThat(japaneseOnly.en()).as("blank is no form").isNull();
        assertThat(japaneseOnly.in(Locale.ENGLISH)).isEqualTo("荒川区");
        assertThat(japaneseOnly.toString()).isEqualTo("荒川区");
    }

    @Test
    void aListIsInTheOrderOfTheReadersFormsAndLanguage() {
        List<Name> names = List.of(new Name("City of Yokohama", "横浜市"), new Name("Dalian", "大連市"),
                new Name("Surabaya", "スラバヤ市"), Name.english("Cebu"));

        assertThat(names.stream().sorted(Name.readingOrder(Locale.ENGLISH)).map(name -> name.in(Locale.ENGLISH)))
                .containsExactly("Cebu", "City of Yokohama", "Dalian", "Surabaya");
        // kana before kanji; the first-level kanji in the order of their readings (横 おう before 大 だい)
        assertThat(names.stream().sorted(Name.readingOrder(Locale.JAPANESE)).map(name -> name.in(Locale.JAPANESE)))
                .containsExactly("Cebu", "スラバヤ市", "横浜市", "大連市");
    }

    @Test
    void aNameNeedsAtLeastOneForm() {
        assertThatThrownBy(() -> new Name(null, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
