public enum ReportStatus: String, Sendable, CaseIterable {
    case draft, final
}

public struct Recommendation: Sendable, Hashable {
    public var indicator: String?
    public var text: String
    /// Its id for follow-up (docs/content.md, "Follow-up"); without one, `<period>-R<n>`.
    public var id: String?
    public var owner: String?
    public var due: SimpleDate?
    public var positions: Positions

    public init(indicator: String?, text: String, id: String? = nil, owner: String? = nil, due: SimpleDate? = nil,
                positions: Positions) {
        self.indicator = indicator
        self.text = text
        self.id = id
        self.owner = owner
        self.due = due
        self.positions = positions
    }
}

/// Why an indicator met or missed its target, and what is done about it (a report's
/// `analysis` entry, docs/content.md).
public struct IndicatorAnalysis: Sendable, Hashable {
    public var indicator: String
    public var causes: String?
    public var solutions: String?
    public var positions: Positions

    public init(indicator: String, causes: String?, solutions: String?, positions: Positions) {
        self.indicator = indicator
        self.causes = causes
        self.solutions = solutions
        self.positions = positions
    }
}

/// Tindak lanjut: the state of an earlier report's recommendation.
public enum FollowUpStatus: String, Sendable, CaseIterable {
    case done, inProgress = "in_progress", dropped
}

public struct FollowUp: Sendable, Hashable {
    public var recommendation: String
    public var status: FollowUpStatus?
    public var note: String?
    public var positions: Positions

    public init(recommendation: String, status: FollowUpStatus?, note: String?, positions: Positions) {
        self.recommendation = recommendation
        self.status = status
        self.note = note
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
    /// Causes and solutions per indicator.
    public var analysis: [IndicatorAnalysis] = []
    /// Follow-up of earlier reports' recommendations.
    public var followUp: [FollowUp] = []
    public var meeting: Meeting?
    /// The analysis, in CommonMark.
    public var body: String
    /// Bodies in other languages (`<period>.en.md`), by language code.
    public var bodies: [String: String] = [:]
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

extension Report {
    /// The id of the recommendation at `index`: its own, else `<period>-R<n>` (n from 1).
    public func recommendationID(_ index: Int) -> String {
        recommendations[index].id ?? "\(period)-R\(index + 1)"
    }
}
