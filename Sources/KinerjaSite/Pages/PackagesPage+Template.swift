extension PackagesPage: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 6)
        o.set("packages", .list(packages.map { $0.templateValue() }))
        o.set("count", .text(count))
        o.set("totalPagu", .text(totalPagu))
        o.set("opds", .list(opds.map { $0.templateValue() }))
        o.set("areas", .list(areas.map { $0.templateValue() }))
        o.set("methods", .list(methods.map { $0.templateValue() }))
        return .object(o)
    }
}

extension PackagesPage.Option: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 3)
        o.set("value", .text(value))
        o.set("label", .text(label))
        o.set("lang", TemplateValue(text: lang))
        return .object(o)
    }
}
