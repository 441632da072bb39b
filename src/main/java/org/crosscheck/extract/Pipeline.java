package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.fact.Claim;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Sentence;
import org.crosscheck.time.Anchor;
import org.crosscheck.ingest.DateOrders;
import org.crosscheck.time.TemporalTagger;
import org.crosscheck.time.TimeExpression;
import org.crosscheck.vocab.Vocabulary;

/**
 * The extraction pipeline: the temporal layer tags each sentence, then every extractor reads it, in the order
 * listed in {@link #standard}. Holds no per-article state, so articles can be processed in parallel.
 */
public final class Pipeline {
    private final TemporalTagger tagger;
    private final List<Extractor> extractors;
    private final DateOrders dateOrders;

    public Pipeline(TemporalTagger tagger, List<Extractor> extractors) {
        this(tagger, extractors, DateOrders.none());
    }

    public Pipeline(TemporalTagger tagger, List<Extractor> extractors, DateOrders dateOrders) {
        this.tagger = tagger;
        this.extractors = List.copyOf(extractors);
        this.dateOrders = dateOrders;
    }

    /** The temporal tagger the pipeline reads times with. */
    public TemporalTagger tagger() {
        return tagger;
    }

    /** The standard pipeline; the one place where the extractors and their order are chosen. */
    public static Pipeline standard(Vocabulary vocabulary, TemporalTagger tagger) {
        return standard(vocabulary, Lexicon.load(vocabulary), tagger);
    }

    /** The standard pipeline over a lexicon the caller already loaded (and shares with the corpus stages). */
    public static Pipeline standard(Vocabulary vocabulary, Lexicon lexicon, TemporalTagger tagger) {
        ModalityDetector modality = new ModalityDetector(vocabulary);
        QuantityLexicon quantities = QuantityLexicon.load(vocabulary);
        Attribution attribution = new Attribution(vocabulary);
        DesignationFinder designations = new DesignationFinder(vocabulary);
        PersonFinder persons = new PersonFinder(lexicon, vocabulary);
        EventFinder events = new EventFinder(lexicon, persons, designations);
        ThingFinder things = new ThingFinder(lexicon, quantities, persons, vocabulary);
        // Events first, then what is said about them, then the entities: the order claims appear in per sentence.
        return new Pipeline(tagger, List.of(
                new TimeExtractor(),
                new EventExtractor(events, modality),
                new OrdinalExtractor(events, modality),
                new PlaceExtractor(new PlaceFinder(lexicon, persons, vocabulary), events, modality),
                new CountExtractor(lexicon, quantities, events, modality, attribution, things),
                new MoneyExtractor(lexicon, quantities, events, modality, attribution, things),
                new FoundingExtractor(things, modality),
                new ClockExtractor(quantities, events, modality, attribution),
                new ScoreExtractor(vocabulary, events, modality),
                new EquipmentExtractor(designations, events, modality),
                new PersonExtractor(persons, lexicon, modality),
                new HonourExtractor(vocabulary, lexicon, modality),
                new AttendanceExtractor(vocabulary, lexicon, persons, events)), DateOrders.from(vocabulary));
    }

    /**
     * All claims of an article, in sentence order. The article's sentences are tagged as one document, so "that
     * year" and "a week later" count from the time spoken of before them.
     */
    public List<Claim> extract(Article article) {
        List<Claim> claims = new ArrayList<>();
        List<Sentence> sentences = article.sentences();
        List<String> texts = new ArrayList<>(sentences.size());
        sentences.forEach(s -> texts.add(s.text()));
        List<List<TimeExpression>> tagged = tagger.tagDocument(texts, Anchor.of(article.publication().date()),
                dateOrders.of(article.publication()));
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            List<TimeExpression> times = new ArrayList<>();
            List<TimeExpression> durations = new ArrayList<>();
            for (TimeExpression t : tagged.get(i)) {
                (t.isPoint() ? times : durations).add(t.shift(sentence.start()));
            }
            SentenceContext context = new SentenceContext(article, sentence, List.copyOf(times), List.copyOf(durations));
            for (Extractor extractor : extractors) {
                claims.addAll(extractor.extract(context));
            }
        }
        return claims;
    }
}
