package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Invented vocabulary of the synthetic corpus: countries, towns, people, outlets, equipment and topics. Every
 * name is made up or generic; designations use real maker prefixes so the equipment extractor reads them.
 */
final class Vocab {
    private Vocab() {
    }

    static final List<String> COUNTRIES = List.of("Arvenia", "Belmoria", "Calvastia", "Dravonia", "Estmoria",
            "Feldoria", "Galvesia", "Halvaria", "Istrovia", "Jorvania", "Korelia", "Lusitria", "Morvania",
            "Nordavia", "Ostravia", "Pelagia", "Quenaria", "Rostavia", "Selvania", "Tarvonia", "Ulmaria",
            "Valtoria", "Westmaria", "Zelvania");
    static final List<String> CITY_HEADS = List.of("Ar", "Bel", "Cor", "Dun", "El", "Fen", "Gal", "Har", "Is",
            "Jor", "Kal", "Lor", "Mar", "Nor", "Or", "Pel", "Quar", "Ros", "Sal", "Tor", "Ul", "Val", "Wes", "Zan");
    static final List<String> CITY_TAILS = List.of("grad", "ford", "haven", "mar", "ova", "polis", "stad", "burg",
            "ene", "mont", "port", "dale");
    /**
     * The towns of each country, index-aligned with {@link #COUNTRIES}: every head-tail name, shuffled once with a
     * fixed seed and dealt out in equal shares. A fixed map, whatever the corpus seed, so that the gazetteer rows
     * of a corpus ({@link Gazetteer}) are the same for every corpus.
     */
    static final List<List<String>> TOWNS;
    private static final long TOWN_SEED = 17;
    private static final Map<String, String> TOWN_COUNTRY = new HashMap<>();

    static {
        List<String> all = new ArrayList<>();
        for (String head : CITY_HEADS) {
            for (String tail : CITY_TAILS) {
                all.add(head + tail);
            }
        }
        Collections.shuffle(all, new Random(TOWN_SEED));
        int share = all.size() / COUNTRIES.size();
        List<List<String>> towns = new ArrayList<>();
        for (int c = 0; c < COUNTRIES.size(); c++) {
            List<String> mine = List.copyOf(all.subList(c * share, (c + 1) * share));
            towns.add(mine);
            for (String t : mine) {
                TOWN_COUNTRY.put(t, COUNTRIES.get(c));
            }
        }
        TOWNS = List.copyOf(towns);
    }

    /** The towns of a country. */
    static List<String> towns(String country) {
        return TOWNS.get(COUNTRIES.indexOf(country));
    }

    /** The country a town lies in. */
    static String countryOf(String town) {
        return TOWN_COUNTRY.get(town);
    }

    static final List<String> FIRST_NAMES = List.of("Anton", "Mira", "Teodor", "Lena", "Ivo", "Sara", "Doran",
            "Kasia", "Emil", "Nadia", "Oskar", "Vera", "Ruben", "Ilse", "Marek", "Tamsin", "Pavel", "Greta",
            "Luka", "Alma", "Viktor", "Nora", "Stefan", "Hana");
    static final List<String> SURNAME_HEADS = List.of("Val", "Dor", "Kes", "Mar", "Ost", "Ren", "Sel", "Tav",
            "Vor", "Zel", "Bran", "Hal", "Lud", "Mir", "Pol", "Rad");
    /** No tail is also a town tail, so that no surname spells a town of {@link #TOWNS}. */
    static final List<String> SURNAME_TAILS = List.of("eskov", "anic", "ovan", "ard", "elli", "berg", "enko",
            "aro", "ides", "sen", "ovic", "icki");
    static final List<String> TITLES = List.of("Defence Minister", "Foreign Minister", "Deputy Defence Minister",
            "Chief of General Staff", "Trade Minister", "Interior Minister", "Energy Minister");
    static final List<String> OUTLETS = List.of("The Morning Ledger", "Daily Courier", "The Evening Standard-Post",
            "Capital Times", "The Frontier Herald", "News Wire Weekly", "The Observer Review", "Metro Gazette");
    static final List<String> AGENCIES = List.of("Agencies", "NWA", "INP", "CPN", "APN", "Staff Reporter");
    static final List<String> TOPICS = List.of("Strategic Stability", "Counter-Terrorism", "Regional Security",
            "Energy Cooperation", "Trade and Investment", "Cyber Security", "Maritime Affairs", "Border Management",
            "Space Research", "Food Security");
    static final List<String> FIELDS = List.of("energy", "railways", "education", "customs", "health",
            "agriculture", "tourism", "science", "shipping", "fisheries");
    static final List<String> CODENAMES = List.of("Steppe Shield", "Northern Anchor", "Silver Falcon",
            "Iron Bridge", "Desert Lance", "Blue Horizon", "Mountain Echo", "Coastal Guard", "Amber Watch",
            "Granite Arrow", "Eastern Bastion", "Red Meridian", "Valley Sentinel", "Harbour Lance", "Thunder Gate",
            "Winter Citadel", "Golden Compass", "Southern Beacon", "Cedar Spear", "Falcon Strike");

    /** Equipment families with their variants; the prefixes are in rules/data/designations.csv. */
    record Family(String family, String noun, List<String> variants) {
    }

    static final List<Family> FAMILIES = List.of(
            new Family("Su-30", "fighter jets", List.of("SM", "MKI", "MK2")),
            new Family("Su-35", "fighter jets", List.of("S", "SK")),
            new Family("Mi-17", "transport helicopters", List.of("V-5", "MD", "KF")),
            new Family("Mi-35", "attack helicopters", List.of("M", "P")),
            new Family("Ka-52", "attack helicopters", List.of("K", "M")),
            new Family("MiG-29", "fighter jets", List.of("SMT", "M2", "K")),
            new Family("BTR-82", "armoured personnel carriers", List.of("A", "AM")),
            new Family("BMP-3", "infantry fighting vehicles", List.of("M", "F")));

    /** Ordinals written out, used for editions and meeting rounds (index 1 = first). */
    static final List<String> ORDINAL_WORDS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth");
    static final List<String> ROMAN = List.of("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
            "XII", "XIII", "XIV", "XV");
    static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** Background sentences with slots {A} {B} {a} {b} (country, demonym), {P} (a person), {T} (a topic). */
    static final List<String> FILLER = List.of(
            "Relations between {A} and {B} have grown steadily over the past decade.",
            "Officials said the talks covered {T} and economic connectivity.",
            "Both sides exchanged views on regional and global developments.",
            "The {a} side stressed the importance of regular high-level contacts.",
            "{P} said the two countries shared a common interest in stability.",
            "Analysts in {A} described the meeting as a sign of deepening ties.",
            "The {b} delegation included senior officials from several ministries.",
            "A joint statement issued afterwards called the talks frank and constructive.",
            "Trade between the two countries has risen sharply in recent years.",
            "The two sides agreed to keep in close contact on issues of mutual interest.",
            "Observers noted that {A} has been widening its partnerships across the region.",
            "\u201CWe are satisfied with the pace of our cooperation,\u201D {P} told reporters.",
            "Both delegations also reviewed the progress of earlier agreements.",
            "{B} has expressed interest in expanding cooperation on {T}.",
            "The ministry described the visit as productive and forward-looking.",
            "Earlier contacts between the two governments had focused on {T}.");
}
