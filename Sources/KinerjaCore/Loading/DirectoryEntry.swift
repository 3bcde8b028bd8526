#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Directory entries without following symbolic links.
enum Entry {
    enum Kind { case file, directory, symlink, other, missing }

    /// One listed name and what it is.
    struct Listed {
        let name: String
        let kind: Kind
    }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    static let symlinkMessage = "symbolic links are not followed in the content folder"
    static let symlinkHint = "copy the file into the content folder instead"

    /// Whether `path` is a directory, or a symbolic link to one (for the content root the user names).
    static func isDirectory(followingLink path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    /// Sorted names in `path`, hidden entries skipped; symbolic links and special files (FIFOs,
    /// devices, sockets) reported (KJ001) and skipped.
    static func list(_ path: String, display: String, diags: inout DiagnosticBag) -> [String] {
        entries(path, display: display, diags: &diags).compactMap { $0.kind == .file || $0.kind == .directory ? $0.name : nil }
    }

    /// Every non-hidden entry of `path` with its kind, sorted by name; symbolic links and
    /// special files are reported (KJ001) but listed, so that callers can tell them from
    /// missing names. Kinds come from the directory itself (`d_type`); a file is looked at
    /// (`lstat`) only where the file system does not say.
    static func entries(_ path: String, display: String, diags: inout DiagnosticBag) -> [Listed] {
        guard let all = FolderListing.read(path) else {
            diags.add(.KJ001, at: SourceLocation(file: display), "cannot read folder")
            return []
        }
        HiddenFiles.report(all.map(\.name), display: display, into: &diags)
        let names = all.filter { $0.name.utf8.first != UInt8(ascii: ".") }.map { Listed(name: $0.name, kind: kind(ofType: $0.type)) }
        var out = names.sorted { $0.name < $1.name }
        for i in out.indices where out[i].kind == .missing {
            out[i] = Listed(name: out[i].name, kind: kind(path + "/" + out[i].name))
        }
        for entry in out {
            switch entry.kind {
            case .symlink:
                diags.add(.KJ001, at: SourceLocation(file: display + "/" + entry.name), symlinkMessage, hint: symlinkHint)
            case .other:
                diags.add(.KJ001, at: SourceLocation(file: display + "/" + entry.name), "not a regular file or folder")
            default:
                break
            }
        }
        return out.filter { $0.kind != .missing }
    }

    private static func kind(ofType type: UInt8) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_LNK): return .symlink
        case Int32(DT_UNKNOWN): return .missing
        default: return .other
        }
    }
}

/// The names in a folder (all but `.` and `..`, hidden ones included) with the type the folder
/// itself gives (`d_type`; `DT_UNKNOWN` where the file system does not say), without
/// following symbolic links. Shared by the loader, the build fingerprint and `serve`'s watcher.
public enum FolderListing {
    public struct Item: Sendable {
        public let name: String
        /// `DT_REG`, `DT_DIR`, `DT_LNK`, … or `DT_UNKNOWN`.
        public let type: UInt8

        public var isDirectory: Bool { Int32(type) == Int32(DT_DIR) }
    }

    /// nil when the folder cannot be read.
    public static func read(_ path: String) -> [Item]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var out: [Item] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { out.append(Item(name: name, type: entry.pointee.d_type)) }
        }
        return out
    }
}
