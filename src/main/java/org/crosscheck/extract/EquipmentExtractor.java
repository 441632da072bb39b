package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.fact.Claim;

/**
 * Reads equipment designations ({@link DesignationFinder}): {@code Su-30}, {@code Su-30SM},
 * {@code Su-27 'Flanker B'}. Emits one {@code designation} claim (kind EQUIPMENT) per mention: value the family
 * ({@code Su-30}), detail the variant ({@code SM}, {@code Flanker B}, or empty for a bare family), unit the category.
 * The subject is the key of the sentence's transfer event (one named by an event word with {@code needs=equipment})
 * when it has one (so every mention of one deal shares a subject across articles), else the topic key
 * {@code equipment:<family>}, which grouping moves to the article's transfer of that family if there is one.
 */
public final class EquipmentExtractor implements Extractor {
    public static final String NAME = "equipment";

    private final DesignationFinder designations;
    private final EventFinder events;
    private final ModalityDetector modality;

    public EquipmentExtractor(DesignationFinder designations, EventFinder events, ModalityDetector modality) {
        this.designations = designations;
        this.events = events;
        this.modality = modality;
    }

    @Override
    public List<Claim> extract(SentenceContext context) {
        String text = context.sentence().text();
        List<EventFinder.Mention> mentions = events.find(context);
        List<Claim> out = new ArrayList<>();
        for (DesignationFinder.Designation d : designations.find(text)) {
            String subject = ClaimConventions.EQUIPMENT_TOPIC + d.family();
            EventFinder.Mention transfer = null;
            for (EventFinder.Mention m : mentions) {
                if (m.word().needsEquipment() && m.key().name().equals(Lexicon.key(d.family()))
                        && (transfer == null || Math.abs(m.start() - d.start()) < Math.abs(transfer.start() - d.start()))) {
                    transfer = m;
                }
            }
            if (transfer != null) {
                subject = transfer.key().format();
            }
            ModalityDetector.Modality mod = modality.at(context, d.start(), d.end());
            out.add(context.claim(NAME, context.fileOffset(d.start()), context.fileOffset(d.end()))
                    .kind(ClaimConventions.KIND_EQUIPMENT)
                    .subject(subject)
                    .attribute(ClaimConventions.DESIGNATION)
                    .value(d.family())
                    .detail(d.detail())
                    .unit(d.category())
                    .modality(mod.modality())
                    .negated(mod.negated())
                    .time(transfer == null ? null : transfer.timeSpan())
                    .build());
        }
        return out;
    }
}
