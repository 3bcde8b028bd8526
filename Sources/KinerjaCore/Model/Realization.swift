/// One realization row: a value (or numerator/denominator) of one indicator for one period,
/// for one package or for the whole unit.
public struct RealizationRow: Sendable, Hashable {
    public var period: Period
    public var indicator: String
    public var package: String?
    public var value: Double?
    public var numerator: Double?
    public var denominator: Double?
    public var note: String?
    public var positions: Positions

    public init(period: Period, indicator: String, package: String? = nil, value: Double? = nil,
                numerator: Double? = nil, denominator: Double? = nil, note: String? = nil, positions: Positions) {
        self.period = period
        self.indicator = indicator
        self.package = package
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.note = note
        self.positions = positions
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
