/**
 * The SEN2 person-level return as read, before any law is applied: one shape for the XML return and
 * for the data collection service's CSV export of it (one file per module), so that everything
 * downstream (the cases, the data-quality findings, the Department for Education's measures) is
 * written once.
 *
 * Values are kept exactly as the file wrote them (text, trimmed of surrounding white space), never
 * converted here: dates appear as `2025-03-14` in the XML and as `2025-Mar-14 00:00:00` in the CSV
 * export, and a value that cannot be read must be reported with the element that held it, not
 * dropped. An element that is absent is `undefined`; an element present but empty is `''`.
 *
 * Element names are the specification's (DfE, "Special educational needs person level survey:
 * technical specification"); the property names below are those names in lower camel case.
 */

import type { ErrorIssue } from '../../errors.js';

/**
 * Where a part of the return was read: for a finding a caseworker can go and look at.
 * @example
 * ```ts
 * const where: Sen2Source = { file: 'SEN2_2026.xml', line: 1204, column: 5 };
 * ```
 */
export interface Sen2Source {
  /** The file it came from, as the user named it. */
  readonly file?: string;
  /** 1-based line where the element starts (XML) or the row's line (CSV export). */
  readonly line?: number;
  /** 1-based column where the element starts (XML). */
  readonly column?: number;
}

/**
 * `Header`: the return's collection details and source.
 * @example
 * ```ts
 * const header: Sen2Header = { collection: 'SEN2', year: '2026', referenceDate: '2026-01-15', lea: '999' };
 * ```
 */
export interface Sen2Header {
  /** `CollectionDetails/Collection`, e.g. `SEN2`. */
  readonly collection?: string;
  /** `CollectionDetails/Year`, e.g. `2026`. */
  readonly year?: string;
  /** `CollectionDetails/ReferenceDate`: the census date. */
  readonly referenceDate?: string;
  /** `Source/SourceLevel`. */
  readonly sourceLevel?: string;
  /** `Source/LEA`: the authority's code. */
  readonly lea?: string;
  /** `Source/SoftwareCode`. */
  readonly softwareCode?: string;
  /** `Source/Release`. */
  readonly release?: string;
  /** `Source/SerialNo`. */
  readonly serialNo?: string;
  /** `Source/DateTime`: when the return was made. */
  readonly dateTime?: string;
  /** `Source/DMO`: whether the area has a Designated Medical Officer (`Y`, `N`, `R`). */
  readonly dmo?: string;
  /** `Source/DCO`: whether the area has a Designated Clinical Officer (`Y`, `N`, `R`). */
  readonly dco?: string;
  /** `Source/DSCO`: whether the area has a Designated Social Care Officer (from the 2025 return). */
  readonly dsco?: string;
}

/**
 * `NamedPlan/PlanDetail` and `ActivePlans/PlacementDetail`: a placement named in, or held under, a plan.
 * @example
 * ```ts
 * const placement: Sen2Placement = { urn: '100001', placementRank: '1', entryDate: '2025-02-01' };
 * ```
 */
export interface Sen2Placement {
  readonly urn?: string;
  readonly ukprn?: string;
  readonly senSetting?: string;
  readonly senSettingOther?: string;
  readonly placementRank?: string;
  readonly entryDate?: string;
  readonly leavingDate?: string;
  readonly senUnitIndicator?: string;
  readonly resourcedProvisionIndicator?: string;
  readonly res?: string;
  readonly wbp?: string;
}

/**
 * `NamedPlan`: the EHC plan issued after an assessment.
 * @example
 * ```ts
 * const plan: Sen2NamedPlan = { startDate: '2025-01-20', placements: [{ urn: '100001', placementRank: '1' }] };
 * ```
 */
export interface Sen2NamedPlan {
  /** `StartDate`: the day the final plan was issued (for a plan transferred in, the first authority's). */
  readonly startDate?: string;
  readonly planRes?: string;
  readonly planWbp?: string;
  readonly pb?: string;
  readonly oa?: string;
  readonly dp?: string;
  /** `CeaseDate`: the day the authority ceased to maintain the plan. */
  readonly ceaseDate?: string;
  /** `CeaseReason`: 1 maximum age … 9 other. */
  readonly ceaseReason?: string;
  /** `PlanDetail` elements, in file order. */
  readonly placements: readonly Sen2Placement[];
  readonly source?: Sen2Source;
}

/**
 * `Assessment`: an EHC needs assessment carried out on a request.
 * @example
 * ```ts
 * const assessment: Sen2Assessment = { assessmentOutcome: 'Y', assessmentOutcomeDate: '2025-01-10', week20: '0' };
 * ```
 */
export interface Sen2Assessment {
  readonly assessmentOutcome?: string;
  /** `AssessmentOutcomeDate`: when the outcome (plan or no plan) was decided. */
  readonly assessmentOutcomeDate?: string;
  readonly assessmentMediation?: string;
  readonly assessmentTribunal?: string;
  readonly otherMediation?: string;
  readonly otherTribunal?: string;
  /** `Week20`: `1` when exceptions to the 20-week time limit apply (reg 13(3)); the return carries no reason and no dates. */
  readonly week20?: string;
  readonly namedPlan?: Sen2NamedPlan;
  readonly source?: Sen2Source;
}

/**
 * `SENneed`: a primary or secondary type of need.
 * @example
 * ```ts
 * const need: Sen2Need = { senType: 'ASD', senTypeRank: '1' };
 * ```
 */
export interface Sen2Need {
  readonly senType?: string;
  readonly senTypeRank?: string;
}

/**
 * `ActivePlans`: the plan the authority maintains, with its latest review cycle and phase transfer.
 * @example
 * ```ts
 * const active: Sen2ActivePlan = { reviewMeeting: '2025-12-01', reviewOutcome: 'M', lastReview: '2025-12-20', placements: [], needs: [] };
 * ```
 */
export interface Sen2ActivePlan {
  /** `TransferLA`: the authority the plan was transferred from. */
  readonly transferLa?: string;
  /** `ReviewMeeting`: the latest review meeting on or before the census date. */
  readonly reviewMeeting?: string;
  /** `ReviewOutcome`: `A` amend, `C` cease, `M` maintain (take the letters from the specification). */
  readonly reviewOutcome?: string;
  /** `LastReview`: the day the authority notified its decision after that review. */
  readonly lastReview?: string;
  readonly reviewDraft?: string;
  readonly phaseTransferDueDate?: string;
  readonly phaseTransferFinalDate?: string;
  readonly placements: readonly Sen2Placement[];
  readonly needs: readonly Sen2Need[];
  readonly source?: Sen2Source;
}

/**
 * `Requests`: one request for an EHC needs assessment (a person may have several).
 * @example
 * ```ts
 * const request: Sen2Request = { receivedDate: '2024-09-02', requestOutcome: 'Y', requestOutcomeDate: '2024-10-14', assessments: [] };
 * ```
 */
export interface Sen2Request {
  readonly receivedDate?: string;
  readonly requestSource?: string;
  readonly rya?: string;
  readonly requestOutcomeDate?: string;
  readonly requestOutcome?: string;
  readonly requestMediation?: string;
  readonly requestTribunal?: string;
  readonly exported?: string;
  /** `Assessment` elements, in file order. */
  readonly assessments: readonly Sen2Assessment[];
  /** `ActivePlans`, when the request's plan is maintained. */
  readonly activePlans?: Sen2ActivePlan;
  readonly source?: Sen2Source;
}

/**
 * `Person`: a child or young person, with every request made for them.
 * @example
 * ```ts
 * const person: Sen2Person = { position: 1, upn: 'A123456789012', requests: [] };
 * ```
 */
export interface Sen2Person {
  /** 1-based position of the person in the return (the case id when there is no UPN). */
  readonly position: number;
  readonly surname?: string;
  readonly forename?: string;
  readonly personBirthDate?: string;
  readonly sex?: string;
  readonly ethnicity?: string;
  readonly postCode?: string;
  readonly upn?: string;
  readonly uniqueLearnerNumber?: string;
  readonly upnUnknown?: string;
  /** `Requests` elements, in file order. */
  readonly requests: readonly Sen2Request[];
  readonly source?: Sen2Source;
}

/**
 * An element the reader does not know, counted per path and reported once, never fatal. The path
 * runs from the root, with the specification's names for the known elements and the unknown one as
 * the file wrote it, without a namespace prefix (`Message/Persons/Person/Requests/VendorNote`); the
 * elements inside an unknown one are not counted separately. The CSV export's unknown columns are
 * reported with the path of the element they would be (`Message/Persons/Person/gendercurrent`).
 * @example
 * ```ts
 * const unknown: Sen2UnknownElement = { path: 'Message/Persons/Person/Requests/VendorNote', count: 312 };
 * ```
 */
export interface Sen2UnknownElement {
  readonly path: string;
  readonly count: number;
  /** Where it was first seen. */
  readonly first?: Sen2Source;
}

/**
 * A whole return read into memory (small returns, tests, the page). Large returns are streamed person by person.
 * @example
 * ```ts
 * const sen2: Sen2Return = { header: { collection: 'SEN2' }, persons: [], unknownElements: [] };
 * ```
 */
export interface Sen2Return {
  readonly header: Sen2Header;
  readonly persons: readonly Sen2Person[];
  readonly unknownElements: readonly Sen2UnknownElement[];
  /**
   * Parts of the file that could not be placed in the return, each reported with its line and never
   * placed by guess (code `MALFORMED_FILE`): a second `NamedPlan`, `ActivePlans` or value where the
   * specification allows one (the first is kept), text where an element was expected, a row of the
   * CSV export whose parent (person, request, assessment, plan) is not in the export. Absent or
   * empty when everything was placed.
   */
  readonly setAside?: readonly ErrorIssue[];
}
