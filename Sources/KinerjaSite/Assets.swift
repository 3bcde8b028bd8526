import Foundation

/// The theme's static files (`site-templates/assets/`), copied to `assets/` in the output.
enum Assets {
    static func files(in folder: URL) throws -> [OutputFile] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else { return [] }
        let root = folder.standardizedFileURL.path
        guard let walker = fm.enumerator(atPath: root) else {
            throw TemplateError.unreadable(path: root, reason: "cannot list the assets folder")
        }
        var out: [OutputFile] = []
        for case let relative as String in walker where !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let path = root + "/" + relative
            guard fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let data = fm.contents(atPath: path) else {
                throw TemplateError.unreadable(path: path, reason: "cannot read the file")
            }
            out.append(OutputFile(path: "assets/" + relative, bytes: Array(data)))
        }
        return out.sorted { $0.path < $1.path }
    }
}
