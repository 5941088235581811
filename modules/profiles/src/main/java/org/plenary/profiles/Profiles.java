package org.plenary.profiles;

import java.util.List;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;

/**
 * The country profiles context, wired: a State's record across the dialogue and States side by side. It owns no
 * data: it reads each context through that context's port, which applies its own rules of who may see what.
 */
public final class Profiles implements PlenaryModule {

  private final List<ApiModule> apis;

  public Profiles(Ports ports) {
    ProfileService profiles = new ProfileService(ports);
    this.apis = List.of(new ProfilesApi(profiles, new Comparison(ports, profiles)));
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }
}
