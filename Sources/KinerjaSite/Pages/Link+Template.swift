extension Link: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 3)
        o.set("label", .text(label))
        o.set("href", .text(href))
        o.set("current", .bool(current))
        return .object(o)
    }
}
