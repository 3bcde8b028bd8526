public enum ReportStatus: String, Sendable, CaseIterable {
    case draft, final
}

public struct Recommendation: Sendable, Hashable {
    public var indicator: String?
    public var text: String
    public var positions: Positions

    public init(indicator: String?, text: String, positions: Positions) {
        self.indicator = indicator
        self.text = text
        self.positions = positions
    }
}

/// The outcome of SOP 17 for one indicator.
public enum DecisionKind: String, Sendable, CaseIterable {
    case `continue`, achieved, timeElapsed = "time_elapsed", revise
}

public struct Decision: Sendable, Hashable {
    public var indicator: String
    public var decision: DecisionKind?
    public var note: String?
    public var positions: Positions

    public init(indicator: String, decision: DecisionKind?, note: String?, positions: Positions) {
        self.indicator = indicator
        self.decision = decision
        self.note = note
        self.positions = positions
    }
}

public struct Presentation: Sendable, Hashable {
    public var on: SimpleDate?
    public var to: String?

    public init(on: SimpleDate?, to: String?) {
        self.on = on
        self.to = to
    }
}

/// Rapat pimpinan (SOP 17).
public struct Meeting: Sendable, Hashable {
    public var on: SimpleDate?
    public var chair: String?
    public var decisions: [Decision]

    public init(on: SimpleDate?, chair: String?, decisions: [Decision]) {
        self.on = on
        self.chair = chair
        self.decisions = decisions
    }
}

/// Laporan kinerja (`<year>/reports/<period>.md`, SOP 13–17).
public struct Report: Sendable {
    public var period: Period
    public var status: ReportStatus
    public var preparedBy: String?
    public var presented: Presentation?
    public var recommendations: [Recommendation]
    public var meeting: Meeting?
    /// The analysis, in CommonMark.
    public var body: String
    public var positions: Positions

    public init(period: Period, status: ReportStatus = .draft, preparedBy: String? = nil, presented: Presentation? = nil,
                recommendations: [Recommendation] = [], meeting: Meeting? = nil, body: String = "", positions: Positions) {
        self.period = period
        self.status = status
        self.preparedBy = preparedBy
        self.presented = presented
        self.recommendations = recommendations
        self.meeting = meeting
        self.body = body
        self.positions = positions
    }
}
