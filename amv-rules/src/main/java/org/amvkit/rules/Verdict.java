package org.amvkit.rules;

/**
 * Whether a video meets a {@link Definition}.
 *
 * <pre>{@code
 * // neoTokyo: set to music, footage of Akira and Your Name
 * BuiltInDefinitions.animash().evaluate(neoTokyo).verdict();                  // MET
 * BuiltInDefinitions.singleSourceMusicVideo().evaluate(neoTokyo).verdict();   // NOT_MET
 * Classification c = Classifier.of(BuiltInProfiles.allTheTropes()).classify(neoTokyo);
 * c.verdicts();   // {single-source-music-video=NOT_MET, animash=MET, ...}
 * }</pre>
 */
public enum Verdict {
  /** Every required rule passes. */
  MET,
  /** A required rule fails. */
  NOT_MET,
  /** No required rule fails, but one is unknown or broke, so the answer is open. */
  UNDETERMINED
}
