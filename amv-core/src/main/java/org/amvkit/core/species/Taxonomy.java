package org.amvkit.core.species;

import static org.amvkit.core.species.Family.BIRD;
import static org.amvkit.core.species.Family.CANINE;
import static org.amvkit.core.species.Family.CERVINE;
import static org.amvkit.core.species.Family.EQUINE;
import static org.amvkit.core.species.Family.FELINE;
import static org.amvkit.core.species.Family.FISH;
import static org.amvkit.core.species.Family.HUMAN;
import static org.amvkit.core.species.Family.LEPORINE;
import static org.amvkit.core.species.Family.MAMMAL;
import static org.amvkit.core.species.Family.MYTHICAL;
import static org.amvkit.core.species.Family.NON_ANIMAL;
import static org.amvkit.core.species.Family.PRIMATE;
import static org.amvkit.core.species.Family.REPTILE;
import static org.amvkit.core.species.Family.RODENT;
import static org.amvkit.core.species.Family.URSINE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amvkit.core.internal.Ids;

/**
 * The built-in table of species: each row a family, a canonical name and the other names people
 * use for it. Kept as data so that adding a species is adding a row.
 *
 * <p>A wolfdog is its own species in the canine family, not an alias of dog or wolf: Balto, the
 * best-known one, is told apart from both in his film, and a rule about canines counts him either
 * way.
 */
final class Taxonomy {

  private static final List<Row> ROWS = List.of(
      row(CANINE, "dog", "puppy", "pup", "hound", "doggy", "husky", "sled-dog", "canine"),
      row(CANINE, "wolf", "she-wolf", "wolf-god", "timber-wolf"),
      row(CANINE, "wolfdog", "wolf-dog", "wolf-hybrid", "wolfhound-hybrid"),
      row(CANINE, "fox", "vixen", "kit", "fox-kit", "kitsune"),
      row(CANINE, "coyote"),
      row(CANINE, "jackal"),
      row(CANINE, "dingo"),
      row(FELINE, "cat", "kitten", "kitty", "tomcat", "housecat", "feline"),
      row(FELINE, "lion", "lioness", "lion-cub"),
      row(FELINE, "tiger", "tigress"),
      row(FELINE, "leopard", "panther", "black-panther"),
      row(FELINE, "cheetah"),
      row(FELINE, "jaguar"),
      row(FELINE, "lynx", "bobcat"),
      row(FELINE, "cougar", "puma", "mountain-lion"),
      row(EQUINE, "horse", "stallion", "mare", "foal", "pony", "colt", "filly", "mustang", "steed"),
      row(EQUINE, "donkey", "mule"),
      row(EQUINE, "zebra"),
      row(URSINE, "bear", "grizzly", "grizzly-bear", "polar-bear", "bear-cub", "black-bear"),
      row(URSINE, "panda", "giant-panda"),
      row(CERVINE, "deer", "fawn", "doe", "stag", "buck"),
      row(CERVINE, "reindeer", "caribou"),
      row(CERVINE, "moose", "elk"),
      row(LEPORINE, "rabbit", "bunny", "hare"),
      row(RODENT, "mouse", "mice"),
      row(RODENT, "rat"),
      row(RODENT, "squirrel", "chipmunk"),
      row(RODENT, "hamster", "guinea-pig"),
      row(RODENT, "beaver"),
      row(BIRD, "bird", "songbird"),
      row(BIRD, "eagle", "hawk", "falcon"),
      row(BIRD, "owl"),
      row(BIRD, "parrot", "macaw"),
      row(BIRD, "duck", "goose", "geese"),
      row(BIRD, "chicken", "hen", "rooster"),
      row(BIRD, "penguin"),
      row(BIRD, "crow", "raven"),
      row(FISH, "fish", "clownfish", "goldfish"),
      row(FISH, "shark"),
      row(REPTILE, "snake", "serpent", "python", "cobra"),
      row(REPTILE, "lizard", "chameleon", "gecko"),
      row(REPTILE, "crocodile", "alligator"),
      row(REPTILE, "turtle", "tortoise"),
      row(PRIMATE, "monkey"),
      row(PRIMATE, "ape", "gorilla", "chimpanzee", "orangutan"),
      row(PRIMATE, "baboon", "mandrill"),
      row(PRIMATE, "lemur"),
      row(MAMMAL, "elephant", "mammoth"),
      row(MAMMAL, "meerkat"),
      row(MAMMAL, "warthog", "boar", "pig", "hog"),
      row(MAMMAL, "hyena"),
      row(MAMMAL, "raccoon"),
      row(MAMMAL, "skunk"),
      row(MAMMAL, "badger"),
      row(MAMMAL, "otter"),
      row(MAMMAL, "cow", "bull", "cattle", "ox"),
      row(MAMMAL, "buffalo", "bison", "cape-buffalo"),
      row(MAMMAL, "sloth"),
      row(MAMMAL, "sheep", "lamb", "ram"),
      row(MAMMAL, "goat"),
      row(MAMMAL, "giraffe"),
      row(MAMMAL, "hippopotamus", "hippo"),
      row(MAMMAL, "rhinoceros", "rhino"),
      row(MAMMAL, "kangaroo"),
      row(MAMMAL, "koala"),
      row(MAMMAL, "bat"),
      row(MAMMAL, "whale", "orca", "dolphin"),
      row(MAMMAL, "cub"),
      row(MYTHICAL, "dragon", "wyvern"),
      row(MYTHICAL, "griffin", "gryphon"),
      row(MYTHICAL, "unicorn"),
      row(MYTHICAL, "pegasus"),
      row(MYTHICAL, "phoenix"),
      row(HUMAN, "human", "person", "man", "woman", "boy", "girl", "child", "kid", "people", "men", "women",
          "children", "boys", "girls"),
      row(NON_ANIMAL, "robot", "android", "cyborg", "mecha"),
      row(NON_ANIMAL, "spirit", "ghost", "kami"),
      row(NON_ANIMAL, "god", "goddess", "deity"),
      row(NON_ANIMAL, "demon"));

  /**
   * Words that qualify a species without changing it: an anthropomorphic fox is a fox, and an
   * anthropomorphic animal is an animal.
   */
  private static final List<String> QUALIFIERS =
      List.of("anthropomorphic-", "anthro-", "talking-", "baby-", "young-", "giant-", "little-");

  private static final Map<String, Species> BY_NAME = index();

  private Taxonomy() {}

  private static Row row(Family family, String canonical, String... aliases) {
    return new Row(family, canonical, List.of(aliases));
  }

  private static Map<String, Species> index() {
    Map<String, Species> byName = new HashMap<>();
    for (Row row : ROWS) {
      Species species = ImmutableSpecies.of(row.canonical, row.canonical, row.family);
      byName.put(row.canonical, species);
      for (String alias : row.aliases) {
        byName.put(alias, species);
      }
    }
    return byName;
  }

  /** Returns every canonical species, in table order. */
  static List<Species> all() {
    return ROWS.stream().map(row -> BY_NAME.get(row.canonical)).toList();
  }

  /**
   * Finds the species named {@code id} (already normalized): by name or alias, then without
   * qualifiers, then as a plural.
   */
  static Optional<Species> find(String id) {
    String name = id;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String qualifier : QUALIFIERS) {
        if (name.startsWith(qualifier) && name.length() > qualifier.length()) {
          name = name.substring(qualifier.length());
          stripped = true;
        }
      }
    }
    for (String candidate : singulars(name)) {
      Species species = BY_NAME.get(candidate);
      if (species != null) {
        return Optional.of(species);
      }
    }
    return Optional.empty();
  }

  /** The name itself, then the singulars English would make of it ("wolves", "foxes", "cats"). */
  private static List<String> singulars(String name) {
    if (name.endsWith("ies")) {
      return List.of(name, name.substring(0, name.length() - 3) + "y");
    }
    if (name.endsWith("ves")) {
      String stem = name.substring(0, name.length() - 3);
      return List.of(name, stem + "f", stem + "fe", name.substring(0, name.length() - 1));
    }
    if (name.endsWith("es")) {
      return List.of(name, name.substring(0, name.length() - 2), name.substring(0, name.length() - 1));
    }
    if (name.endsWith("s")) {
      return List.of(name, name.substring(0, name.length() - 1));
    }
    return List.of(name);
  }

  /** Normalizes a name as catalogues write it. */
  static String normalize(CharSequence name) {
    return Ids.normalize(name);
  }

  private record Row(Family family, String canonical, List<String> aliases) {}
}
