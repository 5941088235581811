import type { components } from './schema';
import type { Post, Thread, Topic, Tag, OrganizationReference, ThreadActivity, ListedThread } from '../app/forum-model';
import type {
  Draft,
  DraftVersion,
  Proposal,
  ProposalSponsor,
  StanceEntry,
  ParagraphConsensus,
  Dissociation,
  Contribution,
  VersionRef,
} from '../app/draft-model';
import type { Summary } from '../app/summary-model';
import type { Organization, Participant, Preferences } from '../app/model';
import type { Engagement, Board, Statistics, Party, ScorePart } from '../app/capacity-model';
import type {
  CountryProfile,
  ProfileThread,
  ProfileDraft,
  StanceOnRecord,
  StateComparison,
} from '../app/profile-model';
import type { MachineTranslation } from '../app/translation-model';
import type { Radar, RadarAssessment, RadarRound, RadarSignal, RadarSignalFigures } from '../app/radar-model';
import type { RegistryDocument, LanguageVersion, DocumentFile, WrittenInput } from '../app/documents-model';
import type {
  ContactEntry,
  PingExerciseResults,
  PingExerciseSummary,
  PointOfContact,
  TrainingOffer,
} from '../app/contacts-model';

type Schemas = components['schemas'];

/**
 * True when what the server sends (the contract's schema) fits what the client reads (its own type): every field
 * the client declares exists in the contract with a type the client can take (presence aside, see Present). A field renamed, removed or
 * retyped in the contract, or one the client starts to read that the contract does not promise, fails `tsc`.
 */
type Fits<Contract, Client> = [Present<Contract>] extends [Widened<Client>]
  ? true
  : { contract: Present<Contract>; client: Widened<Client> };

/**
 * The contract's schema with every property present: most schemas list no `required` properties although the
 * server always sends them, so presence is not what this check compares; names and types are.
 */
type Present<T> = T extends (infer Item)[]
  ? Present<Item>[]
  : T extends object
    ? { [Key in keyof T]-?: Present<Exclude<T[Key], undefined>> }
    : T;

/**
 * The client's type with its enumerations widened to strings: the contract declares several enumerated fields
 * (constituencies, regional groups) as plain strings, so their values are not compared yet.
 */
type Widened<T> = T extends string
  ? string
  : T extends (infer Item)[]
    ? Widened<Item>[]
    : T extends object
      ? { [Key in keyof T]: Widened<T[Key]> }
      : T;

export const contractFits: true[] = [
  true as Fits<Schemas['CountryProfile'], CountryProfile>,
  true as Fits<Schemas['ProfileThread'], ProfileThread>,
  true as Fits<Schemas['ProfileDraft'], ProfileDraft>,
  true as Fits<Schemas['StanceOnRecord'], StanceOnRecord>,
  true as Fits<Schemas['StateComparison'], StateComparison>,
  true as Fits<Schemas['Post'], Post>,
  true as Fits<Schemas['MachineTranslation'], MachineTranslation>,
  true as Fits<Schemas['Thread'], Thread>,
  true as Fits<Schemas['ThreadActivity'], ThreadActivity>,
  true as Fits<Schemas['ListedThread'], ListedThread>,
  true as Fits<Schemas['Topic'], Topic>,
  true as Fits<Schemas['Tag'], Tag>,
  true as Fits<Schemas['OrganizationReference'], OrganizationReference>,
  true as Fits<Schemas['Draft'], Draft>,
  true as Fits<Schemas['DraftVersion'], DraftVersion>,
  true as Fits<Schemas['Proposal'], Proposal>,
  true as Fits<Schemas['ProposalSponsor'], ProposalSponsor>,
  true as Fits<Schemas['StanceEntry'], StanceEntry>,
  true as Fits<Schemas['ParagraphConsensus'], ParagraphConsensus>,
  true as Fits<Schemas['Dissociation'], Dissociation>,
  true as Fits<Schemas['Contribution'], Contribution>,
  true as Fits<Schemas['VersionRef'], VersionRef>,
  true as Fits<Schemas['Summary'], Summary>,
  true as Fits<Schemas['Organization'], Organization>,
  true as Fits<Schemas['Participant'], Participant>,
  true as Fits<Schemas['Preferences'], Preferences>,
  true as Fits<Schemas['CapacityEngagement'], Engagement>,
  true as Fits<Schemas['CapacityBoard'], Board>,
  true as Fits<Schemas['CapacityStatistics'], Statistics>,
  true as Fits<Schemas['CapacityParty'], Party>,
  true as Fits<Schemas['CapacityScorePart'], ScorePart>,
  true as Fits<Schemas['Document'], RegistryDocument>,
  true as Fits<Schemas['DocumentLanguageVersion'], LanguageVersion>,
  true as Fits<Schemas['DocumentFile'], DocumentFile>,
  true as Fits<Schemas['WrittenInput'], WrittenInput>,
  true as Fits<Schemas['RadarSignal'], RadarSignal>,
  true as Fits<Schemas['RadarRound'], RadarRound>,
  true as Fits<Schemas['RadarSignalFigures'], RadarSignalFigures>,
  true as Fits<Schemas['Radar'], Radar>,
  true as Fits<Schemas['RadarAssessment'], RadarAssessment>,
  true as Fits<Schemas['ContactEntry'], ContactEntry>,
  true as Fits<Schemas['PointOfContact'], PointOfContact>,
  true as Fits<Schemas['PingExerciseResults'], PingExerciseResults>,
  true as Fits<Schemas['PingExerciseSummary'], PingExerciseSummary>,
  true as Fits<Schemas['ContactsTrainingOffer'], TrainingOffer>,
];
