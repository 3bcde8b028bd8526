import Foundation

/// The folders of a target as layers (docs/architecture.md): a file may name the types
/// declared in its own folder and in folders of a lower layer, never those of its own
/// layer's other folders or of a higher layer. `LayoutDirectionTests` of KinerjaSiteTests
/// and KinerjaCoreTests run it on Sources/KinerjaSite and Sources/KinerjaCore.
public struct FolderLayers: Sendable {
    /// Lowest first; "" is the files directly in the target's folder.
    public let layers: [[String]]
    /// The name printed for "" (the target's own folder).
    public let target: String

    public init(layers: [[String]], target: String = "") {
        self.layers = layers
        self.target = target
    }

    public func rank(_ folder: String) -> Int? { layers.firstIndex { $0.contains(folder) } }

    /// The Swift files of every folder that has a layer, in layer order.
    public func files(in root: URL) throws -> [SwiftSource.File] {
        try layers.joined().flatMap { try SwiftSource.files(in: root, folder: $0) }
    }

    /// "folder/file names Type (its folder)", sorted.
    public func violations(_ files: [SwiftSource.File]) -> [String] {
        let code = files.map { (folder: $0.folder, name: $0.name, text: SwiftSource.code($0.text)) }
        var owner: [String: String] = [:]  // top-level type → the folder declaring it
        var local: [String: Set<String>] = [:]  // folder → every type it declares, nested ones too
        for file in code {
            for type in SwiftSource.declaredTypes(file.text) { owner[type] = file.folder }
            local[file.folder, default: []].formUnion(SwiftSource.allDeclaredTypes(file.text))
        }
        var out: [String] = []
        for file in code {
            guard let mine = rank(file.folder) else { continue }
            let names = SwiftSource.typeNames(file.text).subtracting(local[file.folder] ?? [])
            for name in names.sorted() {
                guard let folder = owner[name], folder != file.folder, let theirs = rank(folder), theirs >= mine else { continue }
                out.append("\(file.folder.isEmpty ? "" : file.folder + "/")\(file.name) names \(name) (\(folder.isEmpty ? target : folder))")
            }
        }
        return out.sorted()
    }
}
