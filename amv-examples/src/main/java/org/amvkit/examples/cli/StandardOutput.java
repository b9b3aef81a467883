/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The process's standard output, remembering the first write that failed and stopping the
 * command there. A {@link java.io.PrintWriter} swallows its stream's {@link IOException}s, so
 * without this a full disk ({@code > /dev/full}) would end the command with exit code 0 and nothing
 * said, and a closed pipe ({@code | head -1}) would let it classify to the end for no reader. A
 * failed write is thrown as a {@link WriteFailedException}, which the writer does not catch.
 */
final class StandardOutput extends FilterOutputStream {

  private IOException failure;

  StandardOutput() {
    super(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
  }

  /** The first failed write or flush, if any. */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remembered(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw remembered(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw remembered(e);
    }
  }

  private WriteFailedException remembered(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return new WriteFailedException(failure);
  }

  /**
   * Tells whether a failure is the reader going away ({@code | head -1}): then the command stops
   * quietly. Told by the operating system's words for EPIPE (Linux, macOS) and for a closed pipe
   * (Windows), since Java gives them no type of their own.
   */
  static boolean isClosedPipe(IOException failure) {
    String message = String.valueOf(failure.getMessage());
    return message.contains("Broken pipe") || message.contains("pipe is being closed");
  }

  /** A write to standard output failed: the command stops; {@link Amv#main} says why. */
  static final class WriteFailedException extends java.io.UncheckedIOException {
    private static final long serialVersionUID = 1L;

    WriteFailedException(IOException cause) {
      super(cause);
    }
  }

  /** Makes {@link OutputStream}'s contract explicit: closing standard output is not ours to do. */
  @Override
  public void close() {
    flush();
  }
}
