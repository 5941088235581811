package org.plenary.testing.files;

import java.util.List;
import org.plenary.runtime.ContextAssembly;
import org.plenary.testing.Registry;

/** The file edge's tests run the registry and a test-only module that uploads and downloads files. */
public final class FileContexts implements ContextAssembly {

  @Override
  public Assembled assemble(Kernel kernel) {
    return Assembled.of(List.of(Registry.withoutAccreditation(kernel),
        new FileRoundTrip(kernel.database().pool(), kernel.files().store())));
  }
}
