package org.amvkit.rules.builtin;

import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.amvkit.rules.internal.Facts;
import org.amvkit.rules.internal.StatusRule;

/** {@value BuiltInRules#SINGLE_SOURCE}: passes when the video uses exactly one source. */
final class SingleSource extends StatusRule {

  SingleSource() {
    super(BuiltInRules.SINGLE_SOURCE, "uses footage from exactly one source");
  }

  @Override
  public Status status(Video video) {
    return video.usedSources().size() == 1 ? Status.PASS : Status.FAIL;
  }

  @Override
  public Status statusFrom(int facts) {
    return (facts & Facts.ONE_SOURCE) != 0 ? Status.PASS : Status.FAIL;
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    return Sources.countEvidence(video, CountBy.TITLE);
  }
}
