/// The verdict as hand-built template data, for view-models that build theirs by hand.
extension VerdictView: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 3)
        o.set("id", .text(id))
        o.set("symbol", .text(symbol))
        o.set("text", .text(text))
        return .object(o)
    }
}
