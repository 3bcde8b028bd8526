extension Period {
    /// Months of `planYear` elapsed at the end of this period: its end month within the plan
    /// year, 12 after it, 0 before it.
    func monthsElapsed(in planYear: Int) -> Int {
        if year < planYear { return 0 }
        if year > planYear { return 12 }
        return endMonth
    }

    /// The period of `kind` in the same year that contains this period's end month. For a
    /// finer period that is the period containing it; for a coarser one (rule KJ704) it is the
    /// period at whose end the row starts to count year to date.
    func period(of kind: Kind) -> Period? {
        Period(year: year, kind: kind, index: (endMonth - 1) / kind.months + 1)
    }
}
