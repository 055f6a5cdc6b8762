/**
 * The SEN2 return's elements as the specification writes them, with where each is kept in the
 * model: one table for the XML reader and the CSV export reader (whose column names are the same
 * names in lower case), so that both formats read to the same shape.
 *
 * Names are matched without regard to case, because vendors' returns differ (`SENsetting` and
 * `SENSetting`, `UPNunknown` and `UPNUnknown`); the table is keyed by the lower-case name.
 */

/** The parts of the return that hold other elements. */
export type Sen2Group =
  | 'message' | 'header' | 'collectionDetails' | 'source' | 'persons' | 'person' | 'requests'
  | 'assessment' | 'namedPlan' | 'planDetail' | 'activePlans' | 'placementDetail' | 'senNeed';

/** A child part: the group it opens, and the model's list it joins (or `once` where the specification allows one). */
export interface Sen2ChildGroup {
  readonly group: Sen2Group;
  /** The property of the parent's model object that holds it. */
  readonly property: string;
  /** `list`: repeated, kept in file order; `once`: a second one is set aside. */
  readonly repeat: 'list' | 'once';
}

/** One group: its name in the specification, its values (element name → model property) and its child groups. */
export interface Sen2GroupShape {
  readonly name: string;
  readonly values: Readonly<Record<string, string>>;
  readonly children: Readonly<Record<string, Sen2ChildGroup>>;
}

/** Element names as the specification writes them → model property. */
const valuesOf = (names: Record<string, string>): Record<string, string> => names;

const collectionDetailsValues = valuesOf({ Collection: 'collection', Year: 'year', ReferenceDate: 'referenceDate' });
const sourceValues = valuesOf({
  SourceLevel: 'sourceLevel', LEA: 'lea', SoftwareCode: 'softwareCode', Release: 'release', SerialNo: 'serialNo',
  DateTime: 'dateTime', DMO: 'dmo', DCO: 'dco', DSCO: 'dsco',
});
const placementValues = {
  URN: 'urn', UKPRN: 'ukprn', SENsetting: 'senSetting', SENsettingOther: 'senSettingOther', PlacementRank: 'placementRank',
  SENunitIndicator: 'senUnitIndicator', ResourcedProvisionIndicator: 'resourcedProvisionIndicator',
};

/** The specification's names, as written, for each group (the keys of `values` and `children`). */
const spec: Record<Sen2Group, { name: string; values: Record<string, string>; children: Record<string, Sen2ChildGroup> }> = {
  message: {
    name: 'Message',
    values: {},
    children: { Header: { group: 'header', property: 'header', repeat: 'once' }, Persons: { group: 'persons', property: 'persons', repeat: 'once' } },
  },
  header: {
    name: 'Header',
    values: {},
    children: {
      CollectionDetails: { group: 'collectionDetails', property: 'collectionDetails', repeat: 'once' },
      Source: { group: 'source', property: 'source', repeat: 'once' },
    },
  },
  collectionDetails: { name: 'CollectionDetails', values: collectionDetailsValues, children: {} },
  source: { name: 'Source', values: sourceValues, children: {} },
  persons: { name: 'Persons', values: {}, children: { Person: { group: 'person', property: 'persons', repeat: 'list' } } },
  person: {
    name: 'Person',
    values: {
      Surname: 'surname', Forename: 'forename', PersonBirthDate: 'personBirthDate', Sex: 'sex', Ethnicity: 'ethnicity',
      PostCode: 'postCode', UPN: 'upn', UniqueLearnerNumber: 'uniqueLearnerNumber', UPNunknown: 'upnUnknown',
    },
    children: { Requests: { group: 'requests', property: 'requests', repeat: 'list' } },
  },
  requests: {
    name: 'Requests',
    values: {
      ReceivedDate: 'receivedDate', RequestSource: 'requestSource', RYA: 'rya', RequestOutcomeDate: 'requestOutcomeDate',
      RequestOutcome: 'requestOutcome', RequestMediation: 'requestMediation', RequestTribunal: 'requestTribunal', Exported: 'exported',
    },
    children: {
      Assessment: { group: 'assessment', property: 'assessments', repeat: 'list' },
      ActivePlans: { group: 'activePlans', property: 'activePlans', repeat: 'once' },
    },
  },
  assessment: {
    name: 'Assessment',
    values: {
      AssessmentOutcome: 'assessmentOutcome', AssessmentOutcomeDate: 'assessmentOutcomeDate', AssessmentMediation: 'assessmentMediation',
      AssessmentTribunal: 'assessmentTribunal', OtherMediation: 'otherMediation', OtherTribunal: 'otherTribunal', Week20: 'week20',
    },
    children: { NamedPlan: { group: 'namedPlan', property: 'namedPlan', repeat: 'once' } },
  },
  namedPlan: {
    name: 'NamedPlan',
    values: {
      StartDate: 'startDate', PlanRes: 'planRes', PlanWBP: 'planWbp', PB: 'pb', OA: 'oa', DP: 'dp',
      CeaseDate: 'ceaseDate', CeaseReason: 'ceaseReason',
    },
    children: { PlanDetail: { group: 'planDetail', property: 'placements', repeat: 'list' } },
  },
  planDetail: { name: 'PlanDetail', values: placementValues, children: {} },
  activePlans: {
    name: 'ActivePlans',
    values: {
      TransferLA: 'transferLa', ReviewMeeting: 'reviewMeeting', ReviewOutcome: 'reviewOutcome', LastReview: 'lastReview',
      ReviewDraft: 'reviewDraft', PhaseTransferDueDate: 'phaseTransferDueDate', PhaseTransferFinalDate: 'phaseTransferFinalDate',
    },
    children: {
      PlacementDetail: { group: 'placementDetail', property: 'placements', repeat: 'list' },
      SENneed: { group: 'senNeed', property: 'needs', repeat: 'list' },
    },
  },
  placementDetail: {
    name: 'PlacementDetail',
    values: { ...placementValues, EntryDate: 'entryDate', LeavingDate: 'leavingDate', Res: 'res', WBP: 'wbp' },
    children: {},
  },
  senNeed: { name: 'SENneed', values: { SENtype: 'senType', SENtypeRank: 'senTypeRank' }, children: {} },
};

const lowerKeys = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));

/**
 * Each group with its values and children keyed by the lower-case element name (null-prototype
 * objects, so that a file's `constructor` or `__proto__` element is simply unknown).
 */
export const SEN2_GROUPS: Readonly<Record<Sen2Group, Sen2GroupShape>> = Object.fromEntries(
  Object.entries(spec).map(([group, shape]) => [group, {
    name: shape.name,
    values: Object.assign(Object.create(null) as object, lowerKeys(shape.values)),
    children: Object.assign(Object.create(null) as object, lowerKeys(shape.children)),
  }]),
) as Record<Sen2Group, Sen2GroupShape>;

/** The specification's element names of a group's values, as written (for documentation and the CSV export's columns). */
export function specValueNames(group: Sen2Group): readonly string[] {
  return Object.keys(spec[group].values);
}
