extension PackagePage: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 3)
        o.set("attributes", .list(attributes.map { $0.templateValue() }))
        o.set("body", TemplateValue(html: body))
        o.set("values", .list(values.map { $0.templateValue() }))
        return .object(o)
    }
}

extension PackagePage.Attribute: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 3)
        o.set("label", .text(label))
        o.set("value", .html(value.raw))
        o.set("href", TemplateValue(text: href))
        return .object(o)
    }
}

extension PackagePage.ValueRow: TemplateModel {
    func templateValue() -> TemplateValue {
        var o = TemplateObject(capacity: 10)
        o.set("period", .text(period))
        o.set("indicator", indicator.templateValue())
        o.set("value", TemplateValue(text: value))
        o.set("parts", TemplateValue(text: parts))
        o.set("target", TemplateValue(text: target))
        o.set("capaian", TemplateValue(text: capaian))
        o.set("band", .text(band))
        o.set("bandId", .text(bandId))
        o.set("verdict", verdict.templateValue())
        o.set("note", TemplateValue(html: note))
        return .object(o)
    }
}
