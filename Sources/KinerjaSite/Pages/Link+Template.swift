extension Link: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 4)
        o.set("label", .text(label))
        o.set("href", .text(href))
        o.set("current", .bool(current))
        o.set("text", .html(text.raw))
        return .object(o)
    }
}
