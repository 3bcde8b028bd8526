/// One realization row: a value (or numerator/denominator) of one indicator for one period,
/// for one package or for the whole unit.
public struct RealizationRow: Sendable, Hashable {
    /// The fields live in one shared, copy-on-write object: a year holds 150 000 rows that
    /// indexes, pages and tables pass around, and copying the struct itself retained every
    /// string field each time.
    private final class Storage: @unchecked Sendable {
        var period: Period
        var indicator: String
        var package: String?
        var value: Double?
        var numerator: Double?
        var denominator: Double?
        var note: String?
        var positions: Positions

        init(period: Period, indicator: String, package: String?, value: Double?, numerator: Double?, denominator: Double?, note: String?, positions: Positions) {
            self.period = period
            self.indicator = indicator
            self.package = package
            self.value = value
            self.numerator = numerator
            self.denominator = denominator
            self.note = note
            self.positions = positions
        }

        func copy() -> Storage {
            Storage(period: period, indicator: indicator, package: package, value: value, numerator: numerator, denominator: denominator, note: note, positions: positions)
        }
    }

    private var storage: Storage

    /// The storage, copied first when another row shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var period: Period {
        get { storage.period }
        set { unique().period = newValue }
    }
    public var indicator: String {
        get { storage.indicator }
        set { unique().indicator = newValue }
    }
    public var package: String? {
        get { storage.package }
        set { unique().package = newValue }
    }
    public var value: Double? {
        get { storage.value }
        set { unique().value = newValue }
    }
    public var numerator: Double? {
        get { storage.numerator }
        set { unique().numerator = newValue }
    }
    public var denominator: Double? {
        get { storage.denominator }
        set { unique().denominator = newValue }
    }
    public var note: String? {
        get { storage.note }
        set { unique().note = newValue }
    }
    public var positions: Positions {
        get { storage.positions }
        set { unique().positions = newValue }
    }

    public init(period: Period, indicator: String, package: String? = nil, value: Double? = nil,
                numerator: Double? = nil, denominator: Double? = nil, note: String? = nil, positions: Positions) {
        storage = Storage(period: period, indicator: indicator, package: package, value: value, numerator: numerator, denominator: denominator, note: note, positions: positions)
    }

    public static func == (a: RealizationRow, b: RealizationRow) -> Bool {
        a.storage === b.storage || (a.period == b.period && a.indicator == b.indicator && a.package == b.package && a.value == b.value && a.numerator == b.numerator && a.denominator == b.denominator && a.note == b.note && a.positions == b.positions)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(period)
        hasher.combine(indicator)
        hasher.combine(package)
        hasher.combine(value)
        hasher.combine(numerator)
        hasher.combine(denominator)
        hasher.combine(note)
        hasher.combine(positions)
    }
}

public enum ActionStatus: String, Sendable, CaseIterable {
    case planned, inProgress = "in_progress", done, delayed
}

/// Progress of a rencana aksi reported with a realization (SOP 11).
public struct ActionProgress: Sendable, Hashable {
    public var id: String
    public var status: ActionStatus?
    public var progress: Double?
    public var note: String?
    public var positions: Positions

    public init(id: String, status: ActionStatus?, progress: Double?, note: String?, positions: Positions) {
        self.id = id
        self.status = status
        self.progress = progress
        self.note = note
        self.positions = positions
    }
}

/// Realisasi (`<year>/realizations/<period>.md`, SOP 11–12).
public struct Realization: Sendable {
    public var period: Period
    public var reportedOn: SimpleDate?
    public var reportedBy: String?
    /// `values`, `packages` and the rows of the `data` CSV, in file order.
    public var rows: [RealizationRow]
    /// The CSV named by `data:`, relative to the realizations folder.
    public var dataFile: String?
    public var actions: [ActionProgress]
    /// Budget lines (docs/content.md, "Budget").
    public var budget: [BudgetLine] = []
    public var body: String
    public var positions: Positions

    public init(period: Period, reportedOn: SimpleDate? = nil, reportedBy: String? = nil, rows: [RealizationRow] = [],
                dataFile: String? = nil, actions: [ActionProgress] = [], body: String = "", positions: Positions) {
        self.period = period
        self.reportedOn = reportedOn
        self.reportedBy = reportedBy
        self.rows = rows
        self.dataFile = dataFile
        self.actions = actions
        self.body = body
        self.positions = positions
    }
}
