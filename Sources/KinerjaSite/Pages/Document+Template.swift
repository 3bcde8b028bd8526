extension Document: TemplateModel {
    func templateValue() throws -> TemplateValue {
        var o = TemplateObject(capacity: 3)
        o.set("layout", try layout.templateValue())
        o.set("page", try TemplateModels.built(page))
        o.set("t", t.value)
        return .object(o)
    }
}
