package io.groundswell.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The people of the synthetic organisation and who among them writes and rates: departments of
 * varied sizes, a long tail of activity, and a latent writing quality per person.
 */
final class Organisation {

    /** Department names and relative sizes; the last one is deliberately tiny (see {@link #TINY_SIZE}). */
    private static final String[] DEPARTMENTS = {
        "Engineering", "Sales", "Customer Support", "Operations", "IT Services", "Marketing",
        "Finance", "Product Management", "Human Resources", "Research", "Legal", "Internal Audit"
    };

    private static final double[] DEPARTMENT_WEIGHTS = {22, 13, 11, 9, 8, 8, 7, 6, 6, 5, 3};

    /** Internal Audit stays below the privacy threshold of 5 people so breakdowns must suppress it. */
    static final int TINY_SIZE = 3;

    private static final String[] FIRST_NAMES =
            ("Amélie Aisha Ana Anders Arjun Beatriz Ben Carla Chen Chloé Daniel Dara Elena Emeka Emma Fatima"
                            + " Felix Grace Hana Hugo Ingrid Isabel Jamal Jonas Julia Kai Karin Leila Liam Lucía Lukas"
                            + " Maja Marco Maria Mateo Mei Nadia Niklas Noah Olga Omar Paula Pedro Priya Rafael Rosa"
                            + " Sam Sara Sofia Sven Tariq Tomás Valentina Wei Yara Yusuf Zoé")
                    .split(" ");

    private static final String[] LAST_NAMES =
            ("Abadi Andersen Baker Bauer Becker Berg Costa Dubois Durand Eriksson Fernández Fischer Garcia"
                            + " Haddad Hansen Ito Jensen Kaplan Kowalski Lambert Larsen Lehmann Martin Meyer Moreau"
                            + " Müller Nakamura Novak Okafor Olsen Patel Petit Popescu Richter Rossi Santos Schmidt"
                            + " Silva Singh Sousa Tanaka Thompson Varga Vogel Wagner Walker Weber Yilmaz Zhang")
                    .split(" ");

    private final List<SyntheticPerson> people;
    private final double[] leniency;
    private final Map<String, Integer> departmentSizes;
    private final WeightedSampler raters;

    Organisation(int size, SplittableRandom random) {
        if (size < 2) {
            throw new IllegalArgumentException("an organisation needs at least 2 people, so others can rate");
        }
        departmentSizes = allocate(size);
        List<String> departments = new ArrayList<>(size);
        departmentSizes.forEach((name, count) -> departments.addAll(Collections.nCopies(count, name)));
        Collections.shuffle(departments, new Random(random.nextLong()));
        List<SyntheticPerson> list = new ArrayList<>(size);
        leniency = new double[size];
        double[] writerWeights = zipfByRandomRank(size, 0.9, 3, random);
        // Rating is steeper than writing: a handful of people rate far more than anyone else.
        raters = new WeightedSampler(zipfByRandomRank(size, 1.1, 2, random));
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            double quality = clamp(3.4 + 0.7 * gaussian(random), 1.5, 4.8);
            // About one in five hardly ever writes: readers, not writers.
            double activity = writerWeights[i] * (random.nextDouble() < 0.2 ? 0.05 : 1.0);
            list.add(new SyntheticPerson(
                    uniqueKey(first, last, keys), first + " " + last, departments.get(i), quality, activity));
            leniency[i] = 0.4 * gaussian(random);
        }
        people = List.copyOf(list);
    }

    List<SyntheticPerson> people() {
        return people;
    }

    Map<String, Integer> departmentSizes() {
        return departmentSizes;
    }

    /** Samples authors of a topic: active people, and people of departments that lean to the topic. */
    WeightedSampler authorsOf(Topic topic) {
        double[] weights = new double[people.size()];
        for (int i = 0; i < weights.length; i++) {
            SyntheticPerson person = people.get(i);
            weights[i] = person.activity() * (topic.departments().contains(person.department()) ? 6.0 : 1.0);
        }
        return new WeightedSampler(weights);
    }

    /**
     * The ratings one post receives: distinct raters other than the author, mostly 0 to 5 of them,
     * 10 to 15 for the rare viral post; stars scatter around the author's quality, shifted by how
     * lenient each rater is.
     */
    List<SyntheticRating> rate(String source, String externalId, int author, SplittableRandom random) {
        boolean viral = random.nextDouble() < 0.02;
        double quality = people.get(author).quality();
        int wanted = viral ? 10 + random.nextInt(6) : poisson(clamp(0.6 + 1.4 * (quality - 2.5), 0.2, 5), random);
        wanted = Math.min(wanted, Math.min(15, people.size() - 1));
        List<SyntheticRating> ratings = new ArrayList<>(wanted);
        Set<Integer> chosen = new HashSet<>();
        // Rejection sampling keeps the heavy raters heavy; the attempt limit bounds tiny organisations.
        for (int attempt = 0; ratings.size() < wanted && attempt < 40 * wanted; attempt++) {
            int rater = raters.sample(random);
            if (rater == author || !chosen.add(rater)) {
                continue;
            }
            double mean = quality + leniency[rater] + (viral ? 0.4 : 0.0);
            int stars = (int) Math.round(clamp(mean + 0.8 * gaussian(random), 1, 5));
            ratings.add(
                    new SyntheticRating(source, externalId, people.get(rater).key(), stars));
        }
        return List.copyOf(ratings);
    }

    private static Map<String, Integer> allocate(int size) {
        int tiny = Math.min(TINY_SIZE, size / 10);
        int rest = size - tiny;
        double total = 0;
        for (double weight : DEPARTMENT_WEIGHTS) {
            total += weight;
        }
        // Largest remainder: sizes add up exactly and follow the weights as closely as possible.
        int[] sizes = new int[DEPARTMENT_WEIGHTS.length];
        double[] remainders = new double[sizes.length];
        int assigned = 0;
        for (int i = 0; i < sizes.length; i++) {
            double exact = rest * DEPARTMENT_WEIGHTS[i] / total;
            sizes[i] = (int) Math.floor(exact);
            remainders[i] = exact - sizes[i];
            assigned += sizes[i];
        }
        for (; assigned < rest; assigned++) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                best = remainders[i] > remainders[best] ? i : best;
            }
            sizes[best]++;
            remainders[best] = -1;
        }
        Map<String, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < sizes.length; i++) {
            result.put(DEPARTMENTS[i], sizes[i]);
        }
        result.put(DEPARTMENTS[DEPARTMENTS.length - 1], tiny);
        return Collections.unmodifiableMap(result);
    }

    private static double[] zipfByRandomRank(int size, double exponent, double offset, SplittableRandom random) {
        List<Integer> ranks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ranks.add(i);
        }
        Collections.shuffle(ranks, new Random(random.nextLong()));
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 1.0 / StrictMath.pow(ranks.get(i) + 1 + offset, exponent);
        }
        return weights;
    }

    private static String uniqueKey(String first, String last, Set<String> taken) {
        String base = ascii(first) + "." + ascii(last);
        String key = base;
        for (int n = 2; !taken.add(key); n++) {
            key = base + n;
        }
        return key;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller from two uniforms: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * random.nextDouble());
    }

    static int poisson(double mean, SplittableRandom random) {
        double limit = StrictMath.exp(-mean);
        int count = 0;
        for (double product = random.nextDouble(); product > limit; product *= random.nextDouble()) {
            count++;
        }
        return count;
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
