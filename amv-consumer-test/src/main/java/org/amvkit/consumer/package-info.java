/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A consumer of amvkit: {@link org.amvkit.consumer.ConsumerApp} classifies a video and finds the
 * plug-in {@link org.amvkit.consumer.CollaborationRules} through the rule registry.
 */
package org.amvkit.consumer;
