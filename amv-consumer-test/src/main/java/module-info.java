/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A host application with a plug-in rule, as an amvkit user writes one: it reads amvkit's rules
 * module and offers its own {@link org.amvkit.rules.spi.RuleProvider} to the registry.
 */
module org.amvkit.consumer {
  requires org.amvkit.rules;

  provides org.amvkit.rules.spi.RuleProvider with org.amvkit.consumer.CollaborationRules;
}
