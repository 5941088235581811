package org.plenary.platform.files;

import java.nio.file.Path;

/**
 * A file the edge has received whole and checked: its bytes are in {@code temporary} (deleted when the request
 * ends, whatever happens), they are of {@code type} (sniffed, and the type the request declared), {@code size}
 * bytes within the limit, with the hex SHA-256 {@code sha256} computed while they streamed in.
 */
public record Upload(Path temporary, String filename, FileType type, long size, String sha256) {
}
