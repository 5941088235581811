package org.plenary.runtime;

import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.plenary.devidp.DevIdentityProvider;
import org.plenary.platform.config.PlenaryConfig;
import org.plenary.platform.database.DatabaseOutage;
import org.plenary.platform.files.Files;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.identity.OidcTokenVerifier;
import org.plenary.platform.identity.ParticipantDirectory;

/** What the HTTP verticles share: built once by {@link PlenaryVerticle}, thread-safe. */
record Services(
    PlenaryConfig config,
    Pool pool,
    DatabaseOutage outage,
    ParticipantDirectory participants,
    AtomicReference<OidcTokenVerifier> verifier,
    DevIdentityProvider devIdentityProvider,
    OpenApiDocument openApi,
    io.vertx.openapi.contract.OpenAPIContract contract,
    List<ApiModule> modules,
    String metricsRegistryName,
    /** Ends the open event streams, which would otherwise hold a graceful shutdown for its whole grace period. */
    Runnable closeEventStreams,
    InFlightLimit inFlightLimit,
    Draining draining,
    Files files) {
}
