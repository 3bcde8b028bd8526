/// A view-model that builds its `TemplateValue` itself instead of going through `Encoder`
/// (which makes a class instance and a container per composite value). Every page encodes
/// its layout and view-model, so the types on every page build their value by hand.
///
/// The hand-built value must be exactly what `TemplateEncoder.encode` gives for the type
/// (same members, same order, absent optionals as `.null`): `TemplateModels.value(of:)`
/// checks that in debug builds, so the tests that render the sample site catch any drift.
protocol TemplateModel: Encodable {
    func templateValue() throws -> TemplateValue
}

extension TemplateModel {
    func templateValue() throws -> TemplateValue { try TemplateEncoder.encode(self) }
}

enum TemplateModels {
    /// Whether `value(of:)` checks built values against the encoder (debug builds).
    #if DEBUG
    static let checksBuiltValues = true
    #else
    static let checksBuiltValues = false
    #endif

    /// The template value of `model`, built by the model itself. Debug builds also encode
    /// it and fail on any difference.
    static func value<M: TemplateModel>(of model: M) throws -> TemplateValue {
        let value = try model.templateValue()
        if checksBuiltValues { try check(value, against: model) }
        return value
    }

    /// `value(of:)` without the debug check (for the parts of a model that is checked whole).
    static func built<M: Encodable>(_ model: M) throws -> TemplateValue {
        if let model = model as? any TemplateModel { return try model.templateValue() }
        return try TemplateEncoder.encode(model)
    }

    /// Fails unless `value` is exactly what `TemplateEncoder` makes of `model`.
    static func check<M: Encodable>(_ value: TemplateValue, against model: M) throws {
        let encoded = try TemplateEncoder.encode(model)
        if let difference = value.difference(from: encoded, at: "") {
            throw TemplateEncodingError(path: difference.path,
                                        message: "the value \(M.self) builds differs from its encoding: \(difference.problem)")
        }
    }
}

extension TemplateValue {
    /// `.text`, or `.null` for nil (an absent optional, as `TemplateEncoder` keeps it).
    init(text: String?) {
        self = text.map(TemplateValue.text) ?? .null
    }

    /// `.html`, or `.null` for nil.
    init(html: HTML?) {
        self = html.map { .html($0.raw) } ?? .null
    }
}
