/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

/**
 * The bytes of one element of a catalogue's {@code videos} array, cut out of the file by a
 * {@link VideoSplitter}, with where they were: enough to parse the video on any thread and to
 * report its problems as the whole document's reader would, at the same path, line and column.
 *
 * @param bytes  the buffer holding the element (shared with the elements read with it; never
 *     written once the slice is made)
 * @param offset  where the element starts in {@code bytes}: its opening brace
 * @param length  the element's length in bytes, to its closing brace
 * @param index  its index in {@code videos}
 * @param line  the line of its opening brace in the file, counting from one
 * @param column  the column of its opening brace, in bytes, counting from one
 * @param endLine  the line of its closing brace
 * @param endColumn  the column of its closing brace
 * @param end  the file offset just after the element, for {@link CatalogueReader#bytesRead()}
 */
record VideoSlice(byte[] bytes, int offset, int length, int index, int line, int column,
    int endLine, int endColumn, long end) {

  /** The path of the element in the document: {@code videos[7]}. */
  String path() {
    return "videos[" + index + "]";
  }
}
