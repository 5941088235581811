package org.plenary.capacity.http;

import java.util.List;
import java.util.Optional;

/** A page of a list, and the cursor of the next page if there is one. */
record ListPage<T>(List<T> items, Optional<String> next) {
}
