/// The lifecycle status of a plan (SOP 5–6).
public enum PlanStatus: String, Sendable, CaseIterable {
    case draft, proposed, revision, approved
}

/// A person or role and a date: used for approval, revision request.
public struct Signoff: Sendable, Hashable {
    public var by: String?
    public var on: SimpleDate?
    public var notes: String?

    public init(by: String? = nil, on: SimpleDate? = nil, notes: String? = nil) {
        self.by = by
        self.on = on
        self.notes = notes
    }
}

/// Surat edaran (SOP 7).
public struct Circular: Sendable, Hashable {
    public var number: String?
    public var on: SimpleDate?

    public init(number: String? = nil, on: SimpleDate? = nil) {
        self.number = number
        self.on = on
    }
}

/// Sosialisasi (SOP 8–9).
public struct Socialization: Sendable, Hashable {
    public var invitedOn: SimpleDate?
    public var heldOn: SimpleDate?
    public var attendees: Int?

    public init(invitedOn: SimpleDate? = nil, heldOn: SimpleDate? = nil, attendees: Int? = nil) {
        self.invitedOn = invitedOn
        self.heldOn = heldOn
        self.attendees = attendees
    }
}

/// Tujuan PBJ (SOP 1).
public struct Objective: Sendable, Hashable {
    public var id: String
    /// The title, written once or per language (docs/content.md).
    public var titles: LocalizedText
    /// The title in the default language.
    public var title: String {
        get { titles.text }
        set { titles = LocalizedText(newValue) }
    }
    public var positions: Positions

    public init(id: String, title: String, positions: Positions) {
        self.id = id
        titles = LocalizedText(title)
        self.positions = positions
    }
}

/// A change of a target or baseline after approval (SOP 5–6 again), or the removal or
/// renaming of an indicator, area or objective (docs/reviewing-changes.md).
public struct Revision: Sendable, Hashable {
    /// The fields whose `from` and `to` are ids: the item removed (no `to`) or renamed.
    public static let idFields: Set<String> = ["indicator", "area", "objective"]

    public var on: SimpleDate?
    /// The indicator of a target or baseline change; empty for an id field.
    public var indicator: String
    /// `target`, `baseline`, `targets.<period>`, or an id field: `indicator`, `area`, `objective`.
    public var field: String
    public var from: Double?
    public var to: Double?
    /// For an id field: the id before.
    public var fromID: String?
    /// For an id field: the id after, nil for a removal.
    public var toID: String?
    public var reason: String?
    public var approvedBy: String?
    public var positions: Positions

    public init(on: SimpleDate?, indicator: String, field: String, from: Double?, to: Double?,
                fromID: String? = nil, toID: String? = nil,
                reason: String?, approvedBy: String?, positions: Positions) {
        self.on = on
        self.indicator = indicator
        self.field = field
        self.from = from
        self.to = to
        self.fromID = fromID
        self.toID = toID
        self.reason = reason
        self.approvedBy = approvedBy
        self.positions = positions
    }

    /// Whether `from` and `to` are ids of an indicator, area or objective.
    public var isIDField: Bool { Self.idFields.contains(field) }
}

/// Rencana Kinerja (`<year>/plan.md`).
public struct Plan: Sendable {
    public var year: Int
    /// The title, written once or per language (docs/content.md).
    public var titles: LocalizedText
    /// The title in the default language.
    public var title: String {
        get { titles.text }
        set { titles = LocalizedText(newValue) }
    }
    public var status: PlanStatus
    public var proposedOn: SimpleDate?
    public var approval: Signoff?
    public var revisionRequest: Signoff?
    public var circular: Circular?
    public var socialization: Socialization?
    public var inputs: [String]
    public var objectives: [Objective]
    public var revisions: [Revision]
    /// CommonMark body.
    public var body: String
    /// Bodies in other languages (`plan.en.md`), by language code.
    public var bodies: [String: String] = [:]
    public var positions: Positions

    public init(year: Int, title: String = "", status: PlanStatus = .draft, proposedOn: SimpleDate? = nil,
                approval: Signoff? = nil, revisionRequest: Signoff? = nil, circular: Circular? = nil,
                socialization: Socialization? = nil, inputs: [String] = [], objectives: [Objective] = [],
                revisions: [Revision] = [], body: String = "", positions: Positions) {
        self.year = year
        titles = LocalizedText(title)
        self.status = status
        self.proposedOn = proposedOn
        self.approval = approval
        self.revisionRequest = revisionRequest
        self.circular = circular
        self.socialization = socialization
        self.inputs = inputs
        self.objectives = objectives
        self.revisions = revisions
        self.body = body
        self.positions = positions
    }

    public var isApproved: Bool { status == .approved }
}
