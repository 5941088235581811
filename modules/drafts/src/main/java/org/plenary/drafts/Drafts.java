package org.plenary.drafts;

import io.vertx.sqlclient.Pool;
import java.util.List;
import org.plenary.drafts.api.DraftConsensus;
import org.plenary.drafts.api.DraftVersions;
import org.plenary.drafts.api.StateStances;
import org.plenary.drafts.contributions.ContributionService;
import org.plenary.drafts.contributions.ContributionsApi;
import org.plenary.drafts.proposals.ProposalService;
import org.plenary.drafts.proposals.ProposalsApi;
import org.plenary.drafts.record.StateRecord;
import org.plenary.drafts.stances.ConsensusReader;
import org.plenary.drafts.stances.ConsensusTracker;
import org.plenary.drafts.stances.DissociationService;
import org.plenary.drafts.stances.StanceService;
import org.plenary.drafts.stances.StanceStore;
import org.plenary.drafts.stances.StancesApi;
import org.plenary.drafts.versions.DraftsApi;
import org.plenary.drafts.versions.VersionService;
import org.plenary.drafts.versions.VersionStore;
import org.plenary.forum.api.ForumAccess;
import org.plenary.platform.http.ApiModule;
import org.plenary.platform.module.PlenaryModule;
import org.plenary.platform.organizations.Organizations;

/**
 * The drafts bounded context, wired: versions of negotiating texts (threads of kind draft, owned by the
 * forum), stances and the consensus tracker, comments and amendments, and proposals with sponsors.
 */
public final class Drafts implements PlenaryModule {

  private final VersionService versions;
  private final StanceService stances;
  private final DissociationService dissociations;
  private final ContributionService contributions;
  private final ProposalService proposals;
  private final ConsensusReader consensus;
  private final DraftVersions publishedVersions;
  private final StateStances stateStances;
  private final List<ApiModule> apis;

  public Drafts(Pool pool, ForumAccess forum, Organizations organizations, DraftsConfig config) {
    DraftAccess access = new DraftAccess(forum);
    VersionStore versionStore = new VersionStore(pool);
    StanceStore stanceStore = new StanceStore(pool);
    this.publishedVersions = threadId -> versionStore.versions(threadId)
        .map(versions -> versions.stream().map(VersionStore.Version::number).toList());
    this.consensus = new ConsensusReader(versionStore, stanceStore,
        new ConsensusTracker(config.consensusMinGroups()));
    this.versions = new VersionService(pool, versionStore, access);
    this.stateStances = new StateRecord(pool, forum);
    this.stances = new StanceService(pool, stanceStore, access, organizations);
    this.dissociations = new DissociationService(pool, versionStore, stanceStore, access);
    ContributionsApi contributionsApi = new ContributionsApi(pool, access);
    ProposalsApi proposalsApi = new ProposalsApi(pool, access);
    this.contributions = contributionsApi.service();
    this.proposals = proposalsApi.service();
    this.apis = List.of(
        new DraftsApi(versionStore, versions, consensus, access),
        new StancesApi(stances, dissociations, stanceStore, versionStore, consensus, access),
        contributionsApi,
        proposalsApi);
  }

  @Override
  public List<ApiModule> apis() {
    return apis;
  }

  /** The published versions of drafts, for other bounded contexts. */
  public DraftVersions publishedVersions() {
    return publishedVersions;
  }

  /** What each State holds on drafts, for other bounded contexts (a country profile). */
  public StateStances stateStances() {
    return stateStances;
  }

  /** The consensus tracker, for other bounded contexts. */
  public DraftConsensus consensus() {
    return consensus;
  }

  public VersionService versions() {
    return versions;
  }

  public StanceService stances() {
    return stances;
  }

  public DissociationService dissociations() {
    return dissociations;
  }

  public ContributionService contributions() {
    return contributions;
  }

  public ProposalService proposals() {
    return proposals;
  }
}
