/// What differs between two content trees, per year (DESIGN §8).
public struct ContentDiff: Sendable {
    public var years: [YearDiff]

    public init(years: [YearDiff]) { self.years = years }

    public var changes: [FieldChange] { years.flatMap(\.changes) }
    public var items: [ItemChange] { years.flatMap(\.items) }
    public var added: [ItemChange] { items.filter(\.isAdded) }
    public var removed: [ItemChange] { items.filter(\.isRemoved) }
    public var renamed: [ItemChange] { items.filter { $0.previousTitle != nil } }
    /// Target and baseline changes, and removed objectives, areas and indicators, of approved
    /// plans that lack a matching revision.
    public var unapproved: Int { changes.filter { !$0.approved }.count + items.filter { !$0.approved }.count }
    public var isEmpty: Bool { years.allSatisfy { $0.changes.isEmpty && $0.items.isEmpty } }
}

/// The differences within one fiscal year.
public struct YearDiff: Sendable {
    public var year: Int
    /// The plan's status at BASE, nil when the year or its plan did not exist there.
    public var baseStatus: PlanStatus?
    /// The plan's status at HEAD, nil when the year or its plan does not exist there.
    public var headStatus: PlanStatus?
    public var items: [ItemChange]
    public var changes: [FieldChange]

    public init(year: Int, baseStatus: PlanStatus?, headStatus: PlanStatus?, items: [ItemChange] = [],
                changes: [FieldChange] = []) {
        self.year = year
        self.baseStatus = baseStatus
        self.headStatus = headStatus
        self.items = items
        self.changes = changes
    }

    /// Whether target and baseline changes need a `revisions` entry: the plan was approved at BASE.
    public var isChangeControlled: Bool { baseStatus == .approved }
}

/// An objective, area or indicator that was added, removed, or renamed (same id, new title).
public struct ItemChange: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case objective, area, indicator
    }

    public enum Change: Sendable, Hashable {
        case added
        case removed
        case renamed(from: String)
    }

    public var year: Int
    public var kind: Kind
    public var id: String
    /// The title at HEAD (at BASE for a removed item).
    public var title: String
    public var change: Change
    /// For a rename: the language whose title changed when it is not the default one (`en`),
    /// else nil. An item renamed in two languages is two changes.
    public var language: String?
    /// How a removal stands against change control (docs/reviewing-changes.md); additions
    /// and new titles are `notRequiredField`.
    public var approval: FieldChange.Approval

    public init(year: Int, kind: Kind, id: String, title: String, change: Change,
                approval: FieldChange.Approval = .notRequiredField, language: String? = nil) {
        self.language = language
        self.year = year
        self.kind = kind
        self.id = id
        self.title = title
        self.change = change
        self.approval = approval
    }

    /// False only for a removal of an approved plan's item without a revision (KJ904).
    public var approved: Bool {
        if case .missing = approval { return false }
        return true
    }

    public var isAdded: Bool { change == .added }
    public var isRemoved: Bool { change == .removed }
    /// The title at BASE of a renamed item.
    public var previousTitle: String? {
        if case let .renamed(from) = change { return from }
        return nil
    }
}

/// One changed field of an indicator present at both revisions.
public struct FieldChange: Sendable {
    /// How a change stands against the change control of SOP 5–6.
    public enum Approval: Sendable, Hashable {
        /// Matched by this new `revisions` entry of HEAD's plan.
        case revision(Revision)
        /// A target or baseline change of an approved plan without a matching revision (KJ904).
        case missing
        /// The plan was not approved at BASE: changes are part of drafting.
        case notRequiredDraft(PlanStatus?)
        /// A descriptive field (unit, polarity, aggregation, owner, baseline year).
        case notRequiredField
    }

    public var year: Int
    public var indicator: String
    /// The indicator's title at HEAD.
    public var title: String
    /// `target`, `targets.<period>`, `baseline`, `baseline.year`, `polarity`, `unit`,
    /// `aggregation` or `owner`.
    public var field: String
    public var from: FieldValue
    public var to: FieldValue
    public var approval: Approval
    /// The changed key in HEAD's indicator file (the indicator's start when the key was removed).
    public var location: SourceLocation

    public init(year: Int, indicator: String, title: String, field: String, from: FieldValue, to: FieldValue,
                approval: Approval, location: SourceLocation) {
        self.year = year
        self.indicator = indicator
        self.title = title
        self.field = field
        self.from = from
        self.to = to
        self.approval = approval
        self.location = location
    }

    /// False only for an unapproved change (KJ904).
    public var approved: Bool {
        if case .missing = approval { return false }
        return true
    }

    /// Whether the field is under change control: targets and the baseline value.
    public static func isControlled(_ field: String) -> Bool {
        field == "target" || field == "baseline" || field.hasPrefix("targets.")
    }
}
