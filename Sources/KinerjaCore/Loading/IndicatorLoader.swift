import Foundation

enum IndicatorLoader {
    static let known = ContentSchema.indicator.names

    static func load(_ path: String, display: String) -> (Indicator?, [Diagnostic]) {
        let file = MarkdownFile.load(path, display: display)
        guard let f = file.fields, let id = file.entityID(f) else { return (nil, file.doc.diags.items) }
        let doc = file.doc
        var ind = Indicator(id: id, title: id, positions: f.positions)
        ind.titles = f.localized("title", required: true, what: "an indicator") ?? LocalizedText(id)
        ind.area = f.string("area")
        ind.units = f.localized("unit")
        ind.polarity = f.choice("polarity", Polarity.self)
        ind.frequency = f.choice("frequency", Frequency.self)
        ind.aggregation = f.choice("aggregation", Aggregation.self)
        ind.per = f.choice("per", Level.self) ?? .unit
        if let scale = f.number("scale") {
            if scale > 0 { ind.scale = scale } else {
                doc.diags.add(.KJ004, at: f.valueLocation("scale"), "`scale` must be greater than 0")
            }
        }
        ind.formulas = f.localized("formula")
        ind.dataSources = f.localized("data_source")
        if let o = f.node("owner") {
            if case .scalar = o {
                ind.owner = Owner(name: f.string("owner"), role: nil)
            } else if let of = f.mapping("owner") {
                ind.owner = Owner(name: of.string("name"), role: of.string("role"))
                of.warnUnknown(ContentSchema.indicator.names(of: "owner"), what: "`owner`")
            }
        }
        if let b = f.node("baseline") {
            if case .scalar = b {
                ind.baseline = Baseline(value: f.number("baseline"), year: nil)
            } else if let bf = f.mapping("baseline") {
                ind.baseline = Baseline(value: bf.number("value", required: true, what: "`baseline`"),
                                        year: bf.int("year", required: true, what: "`baseline`"))
                bf.warnUnknown(ContentSchema.indicator.names(of: "baseline"), what: "`baseline`")
            }
        }
        if let t = f.node("target"), case .mapping = t {
            if let tf = f.mapping("target"), let lo = tf.number("min", required: true, what: "a target range"),
               let hi = tf.number("max", required: true, what: "a target range") {
                if lo <= hi { ind.targetRange = TargetRange(min: lo, max: hi) } else {
                    doc.diags.add(.KJ004, at: f.valueLocation("target"), "target range min \(lo) is above its max \(hi)")
                }
                tf.warnUnknown(["min", "max"], what: "a target range")
            }
        } else {
            ind.target = f.number("target")
        }
        ind.continues = f.id("continues")
        if let n = f.node("standard") {
            if case .scalar = n {
                ind.standard = f.number("standard").map { Standard(value: $0) }
            } else if let sf = f.mapping("standard") {
                ind.standard = sf.number("value", required: true, what: "`standard`").map { Standard(value: $0, source: sf.string("source")) }
                sf.warnUnknown(ContentSchema.indicator.names(of: "standard"), what: "`standard`")
            }
        }
        if let cf = f.mapping("compute") {
            cf.warnUnknown(ContentSchema.indicator.names(of: "compute"), what: "`compute`")
            var compute = Compute(from: cf.string("from", required: true, what: "`compute`"))
            for key in Compute.expressionKeys {
                guard let text = cf.string(key), case let .scalar(s)? = cf.node(key) else { continue }
                compute.expressions[key] = text
                // A quoted expression starts after its quote (docs/data-entry.md).
                var start = cf.valueLocation(key)
                if !s.isPlain { start.column += 1 }
                compute.starts[key] = start
            }
            ind.compute = compute
        }
        for (key, value, location) in f.numberMap("targets") {
            guard let p = Period(key) else {
                doc.diags.add(.KJ304, at: location, "`targets` key `\(key)` is not a period",
                              hint: "write 2026-Q1, 2026-S1, 2026-03 or 2026")
                continue
            }
            ind.targets[p] = value
        }
        for (_, a) in f.mappings("actions", what: "an action") {
            guard let aid = a.id("id", required: true, what: "an action") else { continue }
            a.warnUnknown(ContentSchema.indicator.names(of: "actions"), what: "an action")
            let titles = a.localized("title", required: true, what: "an action") ?? LocalizedText(aid)
            var action = Action(id: aid, title: aid, owner: a.string("owner"), due: a.date("due"), positions: a.positions)
            action.titles = titles
            for (key, value, location) in a.numberMap("targets") {
                guard let p = Period(key) else {
                    doc.diags.add(.KJ404, at: location, "`targets` key `\(key.clipped)` of action \(aid) is not a period",
                                  hint: "write 2026-Q1: 25 (percent of the action done by the end of the period)")
                    continue
                }
                action.targets[p] = value
            }
            action.positions = a.positions
            ind.actions.append(action)
        }
        f.warnUnknown(known, what: "an indicator")
        ind.body = file.body
        ind.positions = f.positions
        return (ind, doc.diags.items)
    }
}
